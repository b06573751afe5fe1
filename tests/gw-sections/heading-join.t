# heading followed by text gives the paragraph back exactly, white space
# before the marker included (it goes in heading), so the tools after
# gw-sections read the paragraph gw-strip wrote: a body that repeats its
# heading keeps both, and with -k (column head, not heading: nothing to
# join) nothing is counted twice. Offsets are the same in every pipeline.
t=$(mktemp)
printf 'doc\tpar\ttext\n' > "$t"
printf 'd\t%s\t%s\n' 1 '　一、2023年增长5%。正文。' \
	2 '一、增长5%。一、增长5%。' \
	3 '  二、增长6%。' \
	4 ' 正文7%。' >> "$t"
gw-sections "$t"
gw-sections -k "$t"
echo "joined: $(gw-sections -N "$t" | awk -F'\t' '{ print $5 $6 }' | cmp - <(tail -n +2 "$t" | cut -f 3) && echo same)"
# the columns by name: a sec column comes only with gw-sections
cols() { awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
	{ print $c["doc"], $c["par"], $c["start"], $c["end"], $c["span"] }' OFS='\t'; }
gw-numbers "$t" | cols > "$t.a"
gw-sections "$t" | gw-numbers | cols > "$t.b"
gw-sections -k "$t" | gw-numbers | cols > "$t.c"
cat "$t.a"
cmp "$t.a" "$t.b" && cmp "$t.a" "$t.c" && echo "offsets: the same through gw-sections and gw-sections -k"
rm -f "$t" "$t.a" "$t.b" "$t.c"
