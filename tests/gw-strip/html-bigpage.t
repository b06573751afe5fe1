# an HTML page is parsed whole; one over --max-record is reported, not read,
# and the next input is read
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
{ echo '<html><head><title>big</title></head><body>'
  for i in $(seq 12000); do echo "<p>第${i}段，内容。</p>"; done
  echo '</body></html>'; } > "$t/page.html"
gw-strip --max-record 10k "$t/page.html" $S/000_*.txt 2>"$t/err" | cut -c1-60
sed "s|$t/||" "$t/err" >&2
