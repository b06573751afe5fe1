# The page's headline is the first paragraph by default: an HTML page's
# <h1> that agrees with its <title> (else the <title> without the site's
# name); --no-title leaves it out. (Paragraphs cut at their first comma
# to keep this short.) Text dumps: title.t.
. tests/lib.sh; need_boilerplate; cd "$B"
gw-strip -N gne/gzggw-1/page.html | head -n 2 | cut -f2,3 | sed 's/，.*//'
gw-strip -N --no-title gne/gzggw-1/page.html | head -n 1 | cut -f2,3 | sed 's/，.*//'
# two <h1>, the <title> with the site's name after _
gw-strip -N cwced/f70d9c97/page.html | head -n 1 | cut -f2,3
gw-strip --meta cwced/f70d9c97/page.html | awk -F'\t' '$2 == "title"' | cut -f2,3
