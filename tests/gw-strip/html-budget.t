# An HTML page and everything made from it (libxml2's tree, the scores,
# the text) stay within twice --max-record: a 31 KB page of <i></i>,
# whose tree would be 40 times its size, is reported and skipped without
# being parsed to the end; an ordinary page of 6 KB (a tree of about
# six times its size) under the same limit is extracted whole, and the next input is still read.
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
{ printf '<html><body>'; for i in $(seq 4500); do printf '<i></i>'; done; printf '</body></html>\n'; } >"$d/ii.html"
{ printf '<html><head><title>通知</title></head><body>\n'
  for i in $(seq 60); do printf '<p>第%d条，各地区各部门要认真贯彻落实本通知精神，结合实际抓好组织实施。</p>\n' $i; done
  printf '</body></html>\n'; } >"$d/ok.html"
wc -c <"$d/ii.html"; wc -c <"$d/ok.html"
gw-strip -N --max-record 64K "$d/ii.html" "$d/ok.html" $S/000_*.txt 2>&1 | sed "s|$d/||" | awk -F'\t' '{ n[$1]++ } n[$1] <= 2 { print } END { for (d in n) print d, n[d] | "sort" }'
echo "exit ${PIPESTATUS[0]}"
