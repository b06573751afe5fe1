# -U finds numbered headings only; -w changes the longest title; -N
# drops the header; --doc names plain-text input.
cd $S
gw-sections -U --toc 004_1b5cf71f539affb1.txt 002_d679a0d87a186134.txt
echo '--- -w 8: longer first sentences make numbered paragraphs with the marker alone'
gw-sections -w 8 --toc -N --doc=r001 001_ad147ba315cb1764.txt | head -n 4
