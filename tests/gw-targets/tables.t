# Targets against published tables (README.md): for every report found
# (tests/targets-check/SOURCES.tsv), each GDP growth target row that
# gw-targets writes must have the figure and qualifier of every table
# row for that place and year. The page dates (meta.tsv) are what
# gw-strip --meta would read in the pages' chrome.
cd tests/targets-check
rows=$(mktemp)
gw-strip docs/*.txt | gw-targets -N --meta meta.tsv |
awk -F'\t' '$5 == "gdp" && $7 == "growth" && $13 == "target" { print $2 "\t" $4 "\t" $8 "\t" $12 }' >"$rows"
awk -F'\t' -v rows="$rows" '
	BEGIN { while ((getline l < rows) > 0) { split(l, f, "\t"); k = f[1] "\t" f[2]; got[k] = got[k] " " f[3] "|" f[4]; n[k]++ } }
	/^#/ || $1 == "table" { next }
	{
		k = $3 "\t" $2
		if (!(k in got)) { nf++; next }
		m = split(substr(got[k], 2), g, " ")
		for (i = 1; i <= m; i++) {
			ok = g[i] == $4 "|" $5
			printf "%s %s %s table %s%s, gw-targets %s: %s\n", $1, $2, $3, $4, $5, g[i], ok ? "same" : "DIFFERENT"
			bad += !ok
		}
	}
	END { printf "%d table rows without a report found here; %d different\n", nf, bad; exit bad > 0 }' published.tsv
rc=$?
rm -f "$rows"
exit $rc
