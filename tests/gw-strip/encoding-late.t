# ASCII for more than the first 64 KiB block, GBK after: the first
# non-ASCII bytes decide the encoding again (no invalid bytes reported),
# for a text dump and for an HTML page without a charset
t=${TMPDIR:-/tmp}/gw-strip-late.$$
body='2022年重点工作：继续推进改革开放，全面提高经济发展质量和效益。'
{ for i in $(seq 2000); do echo "ascii line $i of the site's chrome"; done
  echo "$body" | iconv -f UTF-8 -t GBK; } > $t.txt
gw-strip -N --doc late-gbk $t.txt | tail -n 1
{ printf '<html><body><div>'; for i in $(seq 3000); do printf '<a href="/x%d">link %d</a> ' $i $i; done
  printf '</div><div><p>'; echo "$body" | iconv -f UTF-8 -t GBK; echo "$body" | iconv -f UTF-8 -t GBK
  printf '</p></div></body></html>\n'; } > $t.html
gw-strip -N --doc late-gbk-html $t.html | tail -n 1
rm -f $t.*
