# Bad input: no crash, no overflow, a clear result.
echo "## a 10,000-digit number and a 10,000-digit fraction"
{ printf '共'; head -c 10000 /dev/zero | tr '\0' '7'; printf '元\n'; } | gw-numbers -N | awk -F'\t' '{print $4, $5, length($7), substr($7, 1, 12), $8, $12}'
{ printf '0.'; head -c 10000 /dev/zero | tr '\0' '0'; printf '1元\n'; } | gw-numbers -N | awk -F'\t' '{print $4, $5, length($7), substr($7, 10000), $8}'
echo "## scale words without a number, repeated scale words"
printf '亿亿亿亿元\n一亿亿亿亿元\n1万万元\n十十十个\n' | gw-numbers -N --all | cut -f2,6-12
echo "## number at the end of input without a newline"
printf '增长8%%' | gw-numbers -N | cut -f2,6-12
printf '共12' | gw-numbers -N --all | cut -f2,6-12
echo "## invalid UTF-8 inside a number: replaced, reported, exit 1"
printf '投资1\3772亿元，新增3\xe4\xb8个\n' | gw-numbers -N --doc bad 2>&1 | cut -f2,6-12; echo "exit ${PIPESTATUS[1]}"
echo "## a record over --max-record"
{ printf '增长5%%\n'; head -c 3000 /dev/zero | tr '\0' '1'; printf '\n增长6%%\n'; } | gw-numbers -N --max-record 1K 2>&1 | cut -f2,6-12; echo "exit ${PIPESTATUS[1]}"
