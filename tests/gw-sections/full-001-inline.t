# Headings that open a paragraph: the heading ends with the first 。, the
# body keeps the rest (shown to its first comma); heading and text together give the paragraph back.
f=$S/001_ad147ba315cb1764.txt
gw-sections "$f" | awk -F'\t' 'NR == 1 || $5 != "" { sub(/.*\//, "", $1); split($6, a, ","); print $1, $2, $3, $4, $5, a[1] }' OFS='\t'
t=$(mktemp)
gw-sections -N "$f" | awk -F'\t' '{ print $5 $6 }' > "$t"
grep -v '^[[:space:]]*$' "$f" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | cmp - "$t" && echo "heading+text = paragraph: $(wc -l < "$t") paragraphs"
rm -f "$t"
