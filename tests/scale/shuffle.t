# The cluster run, simulated (docs/scaling.md): records keyed by doc are
# hashed into 3 partitions, as Hadoop's partitioner or Spark's groupBy
# would; each partition is sorted by (doc, par as a number), as the
# secondary sort does; the reducer (a gongwen tool) runs on each partition
# alone; the outputs are merged. Sorted the same way, the merge equals the
# sequential run: a tool's rows for a document depend only on that
# document's paragraphs in order, since its state resets when doc changes.
set -u
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
k=3
hdr=$(printf 'doc\tpar\ttext')
for r in 1 2 3; do for f in "$S"/*.txt; do echo "$f"; done; done | awk '
	{ f = $0; n++; par = 0; doc = "r" int((n - 1) / 5 + 1) "/" substr(f, length(f) - 23)
	  while ((getline l < f) > 0) {
		sub(/^[ \t\r]+/, "", l); sub(/[ \t\r]+$/, "", l)
		if (l != "") print doc "\t" (++par) "\t" l }
	  close(f) }' > "$t/records"

# The shuffle: partition by a hash of doc (bytes, C locale), then the
# sort by doc and numeric par within each partition. SORT picks the key.
tab=$(printf '\t')
bykey=(-s "-t$tab" -k1,1 -k2,2n)
shuffle() { # sort options for par
	rm -f "$t"/part.*
	LC_ALL=C awk -F'\t' -v k=$k -v dir="$t" '
		BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
		!($1 in h) { x = 0; for (i = 1; i <= length($1); i++) x = (x * 31 + ord[substr($1, i, 1)]) % 65521; h[$1] = x % k }
		{ print > (dir "/part." h[$1]) }' "$t/records"
	for p in "$t"/part.*; do LC_ALL=C sort "$@" "$p" > "$p.sorted"; done
}
# reduce CMD: each partition through CMD (header added, as a reducer script
# does), outputs merged and sorted by (doc, par) with ties in output order.
reduce() {
	for p in "$t"/part.*.sorted; do { echo "$hdr"; cat "$p"; } | sh -c "$1" | sed 1d; done |
		LC_ALL=C sort "${bykey[@]}"
}
sequential() {
	LC_ALL=C sort "${bykey[@]}" "$t/records" | { echo "$hdr"; cat; } | sh -c "$1" | sed 1d | LC_ALL=C sort "${bykey[@]}"
}
check() { # label cmd
	sequential "$2" > "$t/seq"
	reduce "$2" > "$t/red"
	if cmp -s "$t/seq" "$t/red"; then
		if [ -s "$t/seq" ]; then echo "$1: same rows ($(cut -f1 "$t/seq" | uniq | wc -l) documents)"
		else echo "$1: no rows at all"; fi
	else
		echo "$1: DIFFERENT"; diff "$t/seq" "$t/red" | head -n 5
	fi
}

shuffle "${bykey[@]}"
for p in "$t"/part.?; do echo "partition ${p##*.}: $(cut -f1 "$p" | sort -u | wc -l) documents, $(wc -l < "$p") records"; done
count='awk -F"\t" -v OFS="\t" '\''NR == 1 { print "doc", "par", "nth"; next } $1 != d { d = $1; n = 0 } { print $1, $2, ++n }'\'
check "counter (per-document state)" "$count"
check "gw-sections" gw-sections
check "gw-numbers" gw-numbers
check "gw-agencies" gw-agencies
check "gw-sections | gw-numbers" 'gw-sections | gw-numbers'
check "gw-sections | gw-agencies" 'gw-sections | gw-agencies'

# The control: par sorted as text (1, 10, 11, ..., 2) puts paragraphs out
# of order, and the outline comes out different.
shuffle -s "-t$tab" -k1,1 -k2,2
check "gw-sections, par sorted as text (must differ)" gw-sections | head -n 1
