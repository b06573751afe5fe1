# The five samples as one gongwen stream: run whole, and in two halves
# split at a document boundary, the rows are the same.
t=$(mktemp -d)
for f in $S/00*.txt; do
	awk -v d="${f##*/}" 'BEGIN { OFS = "\t" } { gsub(/^[ \t]+|[ \t\r]+$/, "") } NF { gsub(/\\/, "\\\\"); print d, ++n, $0 }' "$f"
done | sed '1i doc\tpar\ttext' > "$t/all"
gw-sections "$t/all" > "$t/one"
n=$(grep -n "^003_" "$t/all" | head -1 | cut -d: -f1)
head -n $((n - 1)) "$t/all" > "$t/a"
{ head -n 1 "$t/all"; tail -n +$n "$t/all"; } > "$t/b"
{ gw-sections "$t/a"; gw-sections -N "$t/b"; } > "$t/two"
cmp "$t/one" "$t/two" && echo "halves: same $(wc -l < "$t/one") lines"
gw-sections --toc "$t/all" > "$t/toc1"
{ gw-sections --toc "$t/a"; gw-sections --toc -N "$t/b"; } | cmp - "$t/toc1" && echo "halves --toc: same"
rm -rf "$t"
