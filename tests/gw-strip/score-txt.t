# the same pages as html2text dumps (page.txt)
tests/gw-strip/score-boilerplate --floor 0.93 txt $X/boilerplate | tail -n 1
