# Options: user unit/qualifier/not-number files, a headed stream with sec,
# errors in data files, usage errors.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '# my units\n标箱\t标准箱\t1\n万标箱\t标准箱\t10000\n' >"$tmp/u.txt"
printf '挂牌\tbefore\tnone\n' >"$tmp/q.txt"
printf '三大战役\tname\n' >"$tmp/x.txt"
echo "## without and with -u, -q, -x"
printf '集装箱吞吐量120万标箱，挂牌5家，打好三大战役\n' | gw-numbers -N | cut -f6-12
printf '集装箱吞吐量120万标箱，挂牌5家，打好三大战役\n' | gw-numbers -N --all -u "$tmp/u.txt" -q "$tmp/q.txt" -x "$tmp/x.txt" | cut -f6-12
echo "## a currency added with -u is named before the number or after 元 too"
printf '比索\t比索\t1\tcurrency\n' >"$tmp/cur.txt"
printf '捐款比索两千元，另有三万元比索\n' | gw-numbers -N | cut -f6-12
printf '捐款比索两千元，另有三万元比索\n' | gw-numbers -N -u "$tmp/cur.txt" | cut -f6-12
echo "## a gongwen stream with sec: keys carried over"
printf 'doc\tpar\tsec\ttext\nr1\t3\t2.1\t增长6%%以上，投资\\t10亿元\n' | gw-numbers
echo "## bad data files"
printf '标箱\n' >"$tmp/bad.txt"
printf 'x\n' | gw-numbers -u "$tmp/bad.txt" 2>&1 | sed "s|$tmp|TMP|"; echo "exit ${PIPESTATUS[1]}"
printf '标箱\t标准箱\tabc\n' >"$tmp/bad.txt"
printf 'x\n' | gw-numbers -u "$tmp/bad.txt" 2>&1 | sed "s|$tmp|TMP|"; echo "exit ${PIPESTATUS[1]}"
printf '左右\tmiddle\tlow\n' >"$tmp/bad.txt"
printf 'x\n' | gw-numbers -q "$tmp/bad.txt" 2>&1 | sed "s|$tmp|TMP|"; echo "exit ${PIPESTATUS[1]}"
gw-numbers -u "$tmp/none.txt" </dev/null 2>&1 | sed "s|$tmp|TMP|"; echo "exit ${PIPESTATUS[0]}"
echo "## usage"
gw-numbers --bogus </dev/null 2>&1; echo "exit $?"
gw-numbers "$tmp/missing.txt" 2>&1 | sed "s|$tmp|TMP|"; echo "exit ${PIPESTATUS[0]}"
echo "## empty inputs still get a header (with sec when the input names it)"
printf 'doc\tpar\tsec\ttext\n' | gw-numbers
printf '' | gw-numbers
