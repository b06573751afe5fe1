# Targets against published tables (README.md): for every report found
# (tests/targets-check/SOURCES.tsv: file, place, year), each table row
# for that place and year must be among the GDP growth target rows that
# gw-targets writes (figure and qualifier; the tool's qualifier words are
# compared joined, "力争,达到" as the table's "力争达到"; a range without
# a figure, low 5 and high 5.5, as the table's "5至5.5"), and every such
# row must be in the tables (reports of places no table lists are only
# counted). The page dates (meta.tsv) are what
# gw-strip --meta would read in the pages' chrome; the 2025 corpus
# reports are read where they are, in tests/corpus/docs.
cd tests/targets-check
rows=$(mktemp)
{
	awk -F'\t' 'NR > 1 && $1 !~ /-(plan|tasks)\.txt$/ { print $1 }' SOURCES.tsv |
		xargs gw-strip | gw-targets -N --meta meta.tsv
	# a plan's notice and a task list name their government only as the
	# issuer ("省"): the place is given
	gw-strip docs/hunan-2025-plan.txt | gw-targets -N --meta meta.tsv -P 湖南省
	gw-strip docs/liaoning-2025-tasks.txt | gw-targets -N --meta meta.tsv -P 辽宁省
} | awk -F'\t' '$5 == "gdp" && $7 == "growth" && $13 == "target" {
	v = $8 != "" ? $8 : $10 "至" $11; q = $12; gsub(",", "", q); print $2 "\t" $4 "\t" v "\t" q }' >"$rows"
awk -F'\t' -v rows="$rows" '
	BEGIN {
		while ((getline l < rows) > 0) {
			split(l, f, "\t"); k = f[1] "\t" f[2]
			got[k] = got[k] " " f[3] "|" f[4]
		}
	}
	FILENAME == "SOURCES.tsv" { if (FNR > 1) found[$2 "\t" $3] = 1; next }
	/^#/ || $1 == "table" { next }
	{
		k = $3 "\t" $2; want = $4 "|" $5; seen[k "\t" want] = 1; tabled[k] = 1
		if (!(k in found)) { nf++; next }
		has = k in got
		ok = has && index(got[k] " ", " " want " ") > 0
		printf "%s %s %s table %s%s, gw-targets%s: %s\n", $1, $2, $3, $4, $5, (has ? got[k] : " no target row"), ok ? "same" : "DIFFERENT"
		bad += !ok
	}
	END {
		for (k in got) {
			if (!(k in tabled)) { nt++; continue }
			m = split(substr(got[k], 2), g, " ")
			for (i = 1; i <= m; i++)
				if (!((k "\t" g[i]) in seen) && !((k "\t" g[i]) in said)) {
					said[k "\t" g[i]] = 1; split(k, kk, "\t")
					printf "%s %s gw-targets %s in no table: %s\n", kk[2], kk[1], g[i], "DIFFERENT"
					bad++
				}
		}
		printf "%d table rows without a report found here; %d reports in no table; %d different\n", nf, nt, bad
		exit bad > 0
	}' SOURCES.tsv published.tsv
rc=$?
rm -f "$rows"
exit $rc
