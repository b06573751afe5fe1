# A bad line in gw-strip's data files is an error naming FILE:LINE, exit 2,
# before any input is read: a meta.txt label without its key, a bad
# pattern in boilerplate.txt, an unreadable pattern file.
d=$(mktemp -d)
cp -r share/gongwen $d/data
printf '标题\n' >> $d/data/meta.txt
n=$(wc -l < $d/data/meta.txt)
echo x | gw-strip --datadir=$d/data --meta 2>&1 | sed "s|$d/||;s|:$n:|:LAST:|"; echo "exit ${PIPESTATUS[1]}"
cp share/gongwen/meta.txt $d/data/meta.txt
printf 'broken\t(?#head)^(来源\n' >> $d/data/boilerplate.txt
n=$(wc -l < $d/data/boilerplate.txt)
echo x | gw-strip --datadir=$d/data 2>&1 | sed "s|$d/||;s|:$n:|:LAST:|"; echo "exit ${PIPESTATUS[1]}"
echo x | gw-strip -b $d/none.txt 2>&1 | sed "s|$d/||"; echo "exit ${PIPESTATUS[1]}"
rm -rf $d
