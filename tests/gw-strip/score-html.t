# token F1 against the gold text on the 75 Chinese pages (page.html);
# Mozilla Readability's mean there is 0.928, so the floor is 0.93
. tests/lib.sh; need_boilerplate
tests/gw-strip/score-boilerplate --floor 0.93 html "$B" | tail -n 1
