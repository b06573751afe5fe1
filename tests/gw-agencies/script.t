# agency-script.txt: traditional characters are matched as simplified,
# the span written as found, the name simplified, role words too; a pair that is not
# one Chinese character each is a bad data file (exit 2).
printf '縣政協委員、區人民政府辦公室\n縣發改局牽頭、縣財政局負責\n' | gw-agencies -N
top=$PWD; d=$(mktemp -d); cd $d
mkdir data; cp "$top"/share/gongwen/*.txt data
printf '國務\t国务\n' >>data/agency-script.txt
echo x | GONGWEN_DATADIR=data gw-agencies 2>&1 | sed 's/:[0-9]*:/:N:/'; echo "exit ${PIPESTATUS[1]}"
cd /; rm -rf $d
