# gw-parallel on 2 jobs gives the bytes of one sequential run, in
# each of its three ways in (a file cut at changes of doc, a pipe cut by
# GNU parallel at marks, files shared out), for the tools that keep
# per-document state. The input: the five samples three times under
# distinct doc ids (15 documents, about 350 KB), as a gongwen stream.
set -u
. tests/lib.sh; need_cmd parallel parallel
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
gp=gw-parallel
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

# gw-cuts: each piece after the first starts with a record whose doc
# differs from the record before it; the pieces cover the file exactly;
# LINE is the line number of the piece's first byte.
gw-cuts -b 30k "$t/in.tsv" > "$t/cuts"
echo "gw-cuts -b 30k: $(wc -l < "$t/cuts") pieces"
awk -F'\t' -v size="$(stat -c %s "$t/in.tsv")" -v hdr="$(head -n 1 "$t/in.tsv" | wc -c)" '
	NR == 1 && $1 != hdr { print "first piece starts at " $1 ", not " hdr }
	NR > 1 && $1 != end { print "gap or overlap at " $1 }
	{ end = $1 + $2 } END { if (end != size) print "pieces end at " end ", not " size }' "$t/cuts"
while IFS=$'\t' read -r start len line; do
	[ "$line" = 2 ] && continue
	prev=$(sed -n "$((line - 1))p" "$t/in.tsv" | cut -f1)
	first=$(tail -c +"$((start + 1))" "$t/in.tsv" | head -n 1 | cut -f1)
	[ "$first" = "$(sed -n "${line}p" "$t/in.tsv" | cut -f1)" ] || echo "line $line is not at byte $start"
	[ "$first" != "$prev" ] || echo "cut inside $first at line $line"
done < "$t/cuts"
gw-cuts --mark < "$t/in.tsv" | grep -c $'^\036$'
gw-cuts < "$t/in.tsv" 2>&1; echo "exit $?"
cat "$t/in.tsv" | gw-cuts /dev/stdin 2>&1; echo "exit $?"
gw-cuts -n 0 "$t/in.tsv" 2>&1; echo "exit $?"

# A raw LF inside a field makes lines whose first field looks like a new
# doc: no cut there (the document's outline stays whole), and the
# messages name the file and its line, as the sequential run does.
printf 'doc\tpar\ttext\na\t1\t一、总则\na\t2\t增长5%%\nraw\n文本\ta\na\t3\t（一）目标\na\t4\t增长7%%\nb\t1\t一、其他\nb\t2\t增长8%%\n' > "$t/nl.tsv"
echo "nl.tsv cut at: $(gw-cuts -b 1 "$t/nl.tsv" | cut -f3 | tr '\n' ' ')"
(cd "$t" && gw-sections nl.tsv > seq 2> seq.err; echo "sequential exit $?"
 gw-parallel -j2 -b 1 -a nl.tsv gw-sections > par 2> par.err; echo "gw-parallel exit $?"
 cmp seq par && echo "gw-sections on nl.tsv: same bytes"; sort par.err; sort par.err | cmp -s - <(sort seq.err) && echo "same messages")
(cd "$t" && gw-parallel -j2 -b 1 -a nl.tsv gw-numbers 2>/dev/null | cmp - <(gw-numbers nl.tsv 2>/dev/null) 2>/dev/null && echo "gw-numbers on nl.tsv: same bytes")

# The reader goes away: a quiet end by SIGPIPE (141), as the tools give.
for r in 1 2 3 4 5 6; do sed 1d "$t/in.tsv" | sed "s/^/x$r/"; done | { head -n 1 "$t/in.tsv"; cat; } > "$t/big.tsv"
gw-parallel -j2 -b 100k -a "$t/big.tsv" gw-sections 2>&1 | head -n 1 | cut -f1-3; echo "file: exit ${PIPESTATUS[0]}"
cat "$t/big.tsv" | gw-parallel -j2 -b 100k gw-sections 2>&1 | head -n 1 | cut -f1-3; echo "pipe: exit ${PIPESTATUS[1]}"

# gw-cuts --run: usage errors, and a command that cannot run (exit 2).
gw-cuts --run gw-sections 2>&1; echo "exit $?"
gw-cuts --run -j2 -a "$t/in.tsv" 2>&1; echo "exit $?"
gw-cuts --run -j2 -a "$t/in.tsv" gw-no-such-tool 2>&1 | sort -u; echo "exit ${PIPESTATUS[0]}"

# GW_INPUT_RANGES: a tool with a regular file on stdin reads only the
# ranges named (the header's and one piece's, as gw-cuts --run gives
# them); on a pipe it is ignored. The second piece of a 2-way cut:
IFS=$'\t' read -r s2 l2 _ < <(gw-cuts -n 2 "$t/in.tsv" | sed -n 2p)
h=$(head -n 1 "$t/in.tsv" | wc -c)
{ head -n 1 "$t/in.tsv"; tail -c +"$((s2 + 1))" "$t/in.tsv"; } | gw-sections > "$t/seq"
GW_INPUT_RANGES="0:$h,$s2:$((s2 + l2))" gw-sections < "$t/in.tsv" > "$t/par"
same "GW_INPUT_RANGES, the second piece" "$t/seq" "$t/par"
echo "rows of the piece: $(($(wc -l < "$t/par") - 1)) of $(($(gw-sections < "$t/in.tsv" | wc -l) - 1))"
cat "$t/in.tsv" | GW_INPUT_RANGES="0:$h,$s2:$((s2 + l2))" gw-sections | cmp -s - <(gw-sections "$t/in.tsv") &&
	echo "GW_INPUT_RANGES on a pipe: ignored"
