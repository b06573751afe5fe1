# -P and -Y override what the document says; -i adds indicators; -p adds
# places; --meta gives a title; -N; errors in data files and options.
d=tests/gw-targets/docs
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
{
echo '== -P -Y'
gw-targets -N -P 测试县 -Y 2030 $d/era2019-district.txt | cut -f2-5,13 | sort -u
echo '== --place --year, place in the table'
gw-targets -N --place 厦门市 --year 2013 $d/share-growth.txt | cut -f2-5,13 | sort -u
echo '== -i: a user indicator'
printf '# mine\nnev_output\t新能源汽车产量|新能源车产量\tgrowth,level\n' >"$tmp/ind.txt"
printf '主要预期目标是：新能源汽车产量增长30%%，地区生产总值增长6%%。\n' | gw-targets -N -i "$tmp/ind.txt" | cut -f5-8,13
echo '== -p: a user place'
printf '测试新区\tcounty\n' >"$tmp/pl.txt"
printf '测试新区政府工作报告\n主要预期目标是：地区生产总值增长6%%。\n' | gw-targets -N -p "$tmp/pl.txt" | cut -f2-5
echo '== --meta title'
printf 'doc\tkey\tvalue\np.txt\ttitle\t2021年安吉县政府工作报告\n' >"$tmp/meta.tsv"
printf 'doc\tpar\ttext\np.txt\t1\t主要预期目标是：地区生产总值增长8%%以上。\n' | gw-targets -N --meta "$tmp/meta.tsv" | cut -f1-8
echo '== a gw-sections stream: sec written'
printf '一、2023年主要预期目标\n主要预期目标是：地区生产总值增长6%%。\n' | gw-sections | gw-targets -N | cut -f5,8,14-16
echo '== a bad indicators file'
printf 'gdp\t地区生产总值\tspeed\n' >"$tmp/bad.txt"
gw-targets -i "$tmp/bad.txt" </dev/null; echo "exit $?"
printf 'gdp\n' >"$tmp/bad2.txt"
gw-targets -i "$tmp/bad2.txt" </dev/null; echo "exit $?"
printf 'x\tX名\tgrowth\tnope\n' >"$tmp/bad3.txt"
gw-targets -i "$tmp/bad3.txt" </dev/null; echo "exit $?"
echo '== a bad places file'
printf '某地\ttown\n' >"$tmp/bad4.txt"
gw-targets -p "$tmp/bad4.txt" </dev/null; echo "exit $?"
echo '== a missing indicators file'
gw-targets -i /nonexistent/ind.txt </dev/null; echo "exit $?"
echo '== a bad year'
gw-targets -Y 20x3 </dev/null; echo "exit $?"
} 2>&1 | sed "s|$tmp|TMP|g"
