# token F1 against the gold text on the 75 Chinese pages (page.html);
# Mozilla Readability's mean there is 0.928
tests/gw-strip/score-boilerplate --floor 0.92 html $X/boilerplate | tail -n 1
