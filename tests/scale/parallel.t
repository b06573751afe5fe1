# scripts/gw-parallel on 2 jobs gives the bytes of one sequential run, in
# each of its three ways in (a file cut at changes of doc, a pipe cut by
# GNU parallel at marks, files shared out), for the tools that keep
# per-document state. The input: the five samples three times under
# distinct doc ids (15 documents, about 350 KB), as a gongwen stream.
set -u
. tests/lib.sh; need_cmd parallel parallel
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
gp=scripts/gw-parallel
for r in 1 2 3; do for f in "$S"/*.txt; do echo "$f"; done; done | awk '
	BEGIN { print "doc\tpar\ttext" }
	{ f = $0; n++; par = 0; doc = "r" int((n - 1) / 5 + 1) "/" substr(f, length(f) - 23)
	  while ((getline l < f) > 0) {
		sub(/^[ \t\r]+/, "", l); sub(/[ \t\r]+$/, "", l)
		if (l != "") print doc "\t" (++par) "\t" l }
	  close(f) }' > "$t/in.tsv"
echo "input: $(($(wc -l < "$t/in.tsv") - 1)) records, $(cut -f1 "$t/in.tsv" | sed 1d | uniq | wc -l) documents"

# same LABEL SEQ PAR: compare two output files byte for byte.
same() {
	if cmp -s "$2" "$3"; then
		echo "$1: same bytes ($(cut -f1 "$2" | sed 1d | uniq | wc -l) documents in the output)"
	else
		echo "$1: DIFFERENT"; diff "$2" "$3" | head -n 5
	fi
}

# A stand-in with per-document state: numbers the records of each
# document. Cut inside a document, its count would restart.
count='awk -F"\t" -v OFS="\t" '\''NR == 1 { print "doc", "par", "nth"; next } $1 != d { d = $1; n = 0 } { print $1, $2, ++n }'\'
sh -c "$count" < "$t/in.tsv" > "$t/seq"
$gp -v -j2 -b 20k sh -c "$count" < "$t/in.tsv" > "$t/par" 2> "$t/err"
same "counter, file cut every 20k" "$t/seq" "$t/par"; cat "$t/err"
cat "$t/in.tsv" | $gp -v -j2 -b 64k sh -c "$count" > "$t/par" 2> "$t/err"
same "counter, pipe cut by parallel --pipe" "$t/seq" "$t/par"; cat "$t/err"
# The control: cut every 100 records, as parallel --pipe -N 100 would
# (simulated with split), the counter restarts inside documents, and the
# check sees it.
sed 1d "$t/in.tsv" | split -l 100 - "$t/naive."
{ printf 'doc\tpar\tnth\n'
  for p in "$t"/naive.*; do { head -n 1 "$t/in.tsv"; cat "$p"; } | sh -c "$count" | sed 1d; done; } > "$t/naive"
same "counter, naive cut every 100 records (must differ)" "$t/seq" "$t/naive" | head -n 1

# GNU parallel costs about 0.3 s a run: the pipe way for gw-sections only
# (the tool whose outline a wrong cut would break).
for tool in gw-sections gw-numbers gw-agencies; do
	$tool "$t/in.tsv" > "$t/seq"
	$gp -j2 -b 40k $tool < "$t/in.tsv" > "$t/par"
	same "$tool, file cut every 40k" "$t/seq" "$t/par"
	if [ $tool = gw-sections ]; then
		cat "$t/in.tsv" | $gp -j2 -b 64k $tool > "$t/par"
		same "$tool, pipe cut by parallel --pipe" "$t/seq" "$t/par"
	fi
done

# A pipeline on plain text files shared out among the jobs; and -N.
gw-sections "$S"/*.txt | gw-numbers > "$t/seq"
$gp -v -j2 -b 20k sh -c 'gw-sections "$@" | gw-numbers' sh ::: "$S"/*.txt > "$t/par" 2> "$t/err"
same "gw-sections | gw-numbers, files shared out" "$t/seq" "$t/par"; cat "$t/err"
$gp -N -j2 -b 40k -a "$t/in.tsv" gw-agencies > "$t/par"
gw-agencies -N "$t/in.tsv" > "$t/seq"
same "gw-agencies -N" "$t/seq" "$t/par"

# Plain text (no doc column) is one document: run once, unsplit.
gw-sections < "$S/003_1b2eeb0ada89c1ec.txt" > "$t/seq"
$gp -v -j2 -b 4k gw-sections < "$S/003_1b2eeb0ada89c1ec.txt" > "$t/par" 2> "$t/err"
same "gw-sections, plain text on stdin" "$t/seq" "$t/par"; cat "$t/err"

# Usage errors: exit 2 with a message.
$gp -j2 gw-sections -N < "$t/in.tsv" 2>&1; echo "exit $?"
$gp -j 0 gw-sections < "$t/in.tsv" 2>&1; echo "exit $?"
$gp -b 12q gw-sections < "$t/in.tsv" 2>&1; echo "exit $?"
