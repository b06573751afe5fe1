# HTML pages (UTF-8) from the gne set: main text only, navigation gone
. tests/lib.sh; need_boilerplate; cd "$B"
gw-strip --label gne/cmse-1/page.html gne/gzggw-1/page.html | awk -F'\t' '$3 == "keep"'
