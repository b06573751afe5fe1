# nesting deeper than libxml2's limit (256) stops the parse: reported, not
# silently short; the next page is still read
d=$(mktemp -d)
{ printf '<html><body>'; for i in $(seq 300); do printf '<div>'; done; printf '<p>正文，内容。</p></body></html>\n'; } > $d/deep.html
gw-strip $d/deep.html tests/man/strip-page.html 2>&1 | sed "s|$d/||"
echo "exit ${PIPESTATUS[0]}"
rm -rf $d
