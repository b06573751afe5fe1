# the same pages as html2text dumps (page.txt)
. tests/lib.sh; need_boilerplate
tests/gw-strip/score-boilerplate --floor 0.93 txt "$B" | tail -n 1
