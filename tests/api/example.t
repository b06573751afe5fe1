# examples/numbers.c over the public header (lib/gongwen.h) and
# libgongwen.a: each quantity of each line, and errors as values.
ex=$GW_TESTBIN/../examples/numbers
export GONGWEN_DATADIR=share/gongwen
echo "## quantities, line by line"
printf '增长6%%以上\n全年GDP达到207.8亿元，比上年增长8.5%%。\n没有数字\n一千二百万吨、3.5万人\n' | "$ex"
echo "## a line that is not UTF-8 is refused, the next one read"
printf '投资1\3772亿元\n增长6%%\n' | "$ex"; echo "exit $?"
echo "## no data files: an error returned, no exit inside the library"
echo 增长6% | GONGWEN_DATADIR=/nonexistent "$ex"; echo "exit $?"
