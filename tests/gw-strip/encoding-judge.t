# The encoding is judged on enough non-ASCII text wherever it starts
# (issue 15): Chinese text that starts in the last bytes of the first
# 64 KiB block, a short GBK file, UTF-8 with one broken sequence (UTF-8,
# its two bytes repaired), a page label the bytes contradict (utf-16 on
# ASCII/UTF-8 bytes reads as UTF-8, as browsers do; iso-8859-1 on GBK),
# labels the bytes agree with (Big5, Latin-1), and text after the
# decision that does not fit it (reported with its offset).
d=$(mktemp -d)
cd "$d" || exit 1
t=judge
body='增长经济发展，推动高质量发展，全面提高经济发展质量和效益。'
for k in 65533 65534 65535; do
	{ head -c $k /dev/zero | tr '\0' a; echo; echo "$body" | iconv -f UTF-8 -t GBK; } > $t.late
	gw-strip -N --doc "late-$k" $t.late | tail -n 1
done
printf '县发改局\n' | iconv -f UTF-8 -t GBK > $t.short; gw-strip -N --doc short-gbk $t.short
printf '\xe5\xa2%s\n' "$body" > $t.trunc; gw-strip -N --doc utf8-truncated $t.trunc; echo "exit $?"
printf '<html><head><meta charset="utf-16"></head><body><p>%s</p></body></html>\n' \
	'The plan keeps growth at 6.5 percent, and the deficit below three percent.' > $t.u16a
gw-strip -N --doc utf16-label-ascii $t.u16a
printf '<html><head><meta charset="UTF-16LE"></head><body><p>%s</p></body></html>\n' "$body" > $t.u16u
gw-strip -N --doc utf16-label-utf8 $t.u16u
{ printf '<html><head><meta charset="iso-8859-1"></head><body><p>'; echo "$body$body" | iconv -f UTF-8 -t GBK
  printf '</p></body></html>\n'; } > $t.latin-gbk
gw-strip -N --doc latin1-label-gbk $t.latin-gbk
{ printf '<html><head><meta charset="big5"></head><body><p>'
  echo '全面提高經濟發展質量和效益，推動高質量發展，增長經濟發展。' | iconv -f UTF-8 -t BIG5
  printf '</p></body></html>\n'; } > $t.big5
gw-strip -N --doc big5-label $t.big5
{ printf '<html><head><meta charset="iso-8859-1"></head><body><p>'
  echo 'Le développement économique a été soutenu, à un rythme élevé, grâce à la réforme.' | iconv -f UTF-8 -t ISO-8859-1
  printf '</p></body></html>\n'; } > $t.latin
gw-strip -N --doc latin1-label $t.latin
{ for i in $(seq 40); do echo "$body"; done; for i in $(seq 3000); do echo "$body"; done | iconv -f UTF-8 -t GBK; } > $t.mixed
gw-strip -N --doc utf8-then-gbk $t.mixed | cut -f 3 | sort | uniq -c | sort -rn | head -n 2; echo "exit ${PIPESTATUS[0]}"
cd / && rm -rf "$d"
