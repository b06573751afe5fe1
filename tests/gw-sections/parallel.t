# Through GNU parallel: the stream cut into chunks of whole documents
# (--group-by doc), and per file (-k), gives the rows of one run.
. tests/lib.sh; need_cmd parallel parallel
t=$(mktemp -d)
for f in $S/00*.txt; do
	awk -v d="${f##*/}" 'BEGIN { OFS = "\t" } { gsub(/^[ \t]+|[ \t\r]+$/, "") } NF { gsub(/\\/, "\\\\"); print d, ++n, $0 }' "$f"
done | sed '1i doc\tpar\ttext' > "$t/all"
gw-sections -N "$t/all" > "$t/one"
parallel --pipe --header 1 --group-by doc --block 100k -k gw-sections -N < "$t/all" > "$t/par"
cmp "$t/one" "$t/par" && echo "parallel --pipe --group-by doc: same $(wc -l < "$t/one") lines"
gw-sections -N $S/00*.txt > "$t/files1"
parallel -k gw-sections -N ::: $S/00*.txt > "$t/files2"
cmp "$t/files1" "$t/files2" && echo "parallel -k per file: same $(wc -l < "$t/files1") lines"
rm -rf "$t"
