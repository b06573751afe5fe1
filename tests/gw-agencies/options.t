# -n adds agency names, -p places, -N drops the header; bad data files
# and unknown options are usage errors (exit 2).
top=$PWD; d=$(mktemp -d); cd $d
printf '# mine\n数据局\t大数据管理局\n' >names.txt
printf '雄安新区\tcity\n' >places.txt
printf '县数据局\n雄安新区发改局\n' | gw-agencies -N -n names.txt -p places.txt
printf '协办单位\tcooperating\tlabel\n' >roles.txt
printf '服务所\tgeneric\n' >heads.txt
printf '协办单位：县科技局、县文联\n县农业技术服务所\n' | gw-agencies -N -r roles.txt -H heads.txt
printf 'bad\tlevel\n' >bad.txt
echo x | gw-agencies -p bad.txt; echo "exit $?"
printf '牵头单位\tleader\tlabel\n' >badrole.txt
echo x | gw-agencies -r badrole.txt; echo "exit $?"
gw-agencies -n missing.txt </dev/null; echo "exit $?"
gw-agencies --bogus </dev/null; echo "exit $?"
# townships.txt is read on first need, but its absence is an error at
# the start (exit 2), before any output
mkdir data; cp "$top"/share/gongwen/*.txt data; rm data/townships.txt
echo 纸坊镇人民政府 | GONGWEN_DATADIR=data gw-agencies 2>&1; echo "exit $?"
# agency-context.txt: a kind it does not know, a word list with two values
cp "$top"/share/gongwen/townships.txt data
cp data/agency-context.txt ctx.txt
printf 'not-before-town\t全\n' >>data/agency-context.txt
echo x | GONGWEN_DATADIR=data gw-agencies 2>&1 | sed 's/:[0-9]*:/:N:/'; echo "exit ${PIPESTATUS[1]}"
cp ctx.txt data/agency-context.txt
printf 'town-suffix\t镇\t乡\n' >>data/agency-context.txt
echo x | GONGWEN_DATADIR=data gw-agencies 2>&1 | sed 's/:[0-9]*:/:N:/'; echo "exit ${PIPESTATUS[1]}"
cd /; rm -rf $d
