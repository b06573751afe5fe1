# -p adds a user's own patterns; --label names file:line
d=$(mktemp -d)
printf '# drop the reporter line\n记者\\s+\\S+$\n' > $d/mine.txt
gw-strip --label -b $d/mine.txt $S/004_*.txt | grep -a 记者
# a bad pattern is a usage error naming file:line
printf 'ok\n(unclosed\n' > $d/bad.txt
gw-strip -b $d/bad.txt $S/004_*.txt 2>&1 | sed "s|$d/||"; echo "exit ${PIPESTATUS[0]}"
rm -rf $d
