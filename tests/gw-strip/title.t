# The page's headline is the first paragraph by default; --no-title leaves
# it out, of text dumps too (HTML pages: title-html.t). (Paragraphs cut at
# their first comma to keep this short.)
gw-strip -N $S/000_*.txt | head -n 2 | cut -f2,3 | sed 's/,.*//'
gw-strip -N --no-title $S/000_*.txt | head -n 1 | cut -f2,3 | sed 's/,.*//'
gw-strip --label --no-title $S/000_*.txt | awk -F'\t' '$4 == "title"' | cut -f3-
