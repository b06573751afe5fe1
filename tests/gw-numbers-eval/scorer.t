# The scorer itself, independent of gw-numbers. An oracle that answers each
# case as the spec expects (in gongwen's row form) must score 100%.
o="tests/gw-numbers-eval/spec-oracle $X/recognizers-text-zh $X/jionlp"
tests/gw-numbers-eval/score-recognizers --cmd "$o" --floor 100
# Hand-written gongwen-style rows: unit and qualifier inside the span,
# 个百分点 and ‰, 万元 -> 元, 近一吨 as 1000 千克 = 1 Ton, 三斤半 as
# 1.75 千克, a range with its unit, a bound with its qualifier outside the
# span, 位于…之间 around a range row, 不小于三十 against a row 三十岁 pass;
# a wrong value, an extra row, the wrong currency, a short span, offsets
# that do not point at the span, a kind name row, one row for two numbers,
# a qualifier not written there and a bound word outside an unqualified
# row (之下) fail.
echo "--- verdicts"
tests/gw-numbers-eval/score-recognizers --verdicts \
	--cmd "cat tests/gw-numbers-eval/scorer-rows.tsv" |
	grep -E '^(pass|fail) ' | grep -Fwf <(cut -f1 tests/gw-numbers-eval/scorer-rows.tsv | sort -u)
echo "--- a tool that finds nothing is below the floor"
tests/gw-numbers-eval/score-recognizers --floor 50 \
	--cmd "printf 'doc\tpar\tstart\tend\tspan\tvalue\tunit\tlow\thigh\tqual\tkind\tclause\n'"
