# HTML pages (UTF-8) from the gne set: main text only, navigation gone
gw-strip --label $X/boilerplate/gne/cmse-1/page.html $X/boilerplate/gne/gzggw-1/page.html | awk -F'\t' '$3 == "keep"'
