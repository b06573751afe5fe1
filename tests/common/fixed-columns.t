# Every downstream tool writes the same columns whatever its input has:
# sec is 0 when no outline is known (plain text, a stream without sec),
# so a field number means one thing in every pipeline (issue 11).
f=tests/man/agencies-lijin.txt
echo "## plain text: sec 0"
gw-numbers $f
gw-agencies $f
gw-agencies --tasks $f
echo "## a stream without sec: sec 0"
gw-strip $f | gw-numbers | cut -f1-4
gw-strip $f | gw-agencies | cut -f1-4
echo "## after gw-sections: the same columns, sec filled in"
gw-strip $f | gw-sections | gw-numbers | cut -f1-4
echo "## unit is field 8 with and without gw-sections"
gw-strip $f | gw-numbers | awk -F'\t' '{ print $8 }' | sort | uniq -c
gw-strip $f | gw-sections | gw-numbers | awk -F'\t' '{ print $8 }' | sort | uniq -c
echo "## empty input: the full header"
gw-numbers </dev/null
gw-agencies </dev/null
gw-agencies --tasks </dev/null
