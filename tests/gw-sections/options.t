# -U finds numbered headings only; -w changes the longest heading; -N
# drops the header; --doc names plain-text input.
cd $S
gw-sections -U --toc 004_1b5cf71f539affb1.txt 002_d679a0d87a186134.txt
echo '--- -w 8: longer first sentences make numbered paragraphs with the marker alone as heading'
echo '--- (the toc title is still the first sentence)'
gw-sections -w 8 --toc -N --doc=r001 001_ad147ba315cb1764.txt | head -n 4
gw-sections -w 8 -N --doc=r001 001_ad147ba315cb1764.txt | awk -F'\t' '$2 == 31 { print $5 }'

echo '--- -k: text keeps the whole paragraph'
gw-sections -k -N 001_ad147ba315cb1764.txt | awk -F'\t' '$2 == 31 { print $5; print (index($6, $5) == 1 ? "text starts with the heading" : "text lost the heading") }'
echo '--- -k output read again (its sec column ignored, recomputed) gives the same rows'
t=$(mktemp)
gw-sections -k 00*.txt > "$t"
gw-sections -k "$t" | cmp - "$t" && echo "same $(wc -l < "$t") lines"
rm -f "$t"
