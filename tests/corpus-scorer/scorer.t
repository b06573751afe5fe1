# tests/corpus/eval on a one-document corpus made by hand, with stub tools that
# write canned rows (tests/corpus-scorer/out), so every figure is known:
# strip keeps a crumb line, leaves a broken line unjoined and drops the last
# 责任单位 line (lines P 4/7, R 4/6, one task line lost; characters P 79/84,
# R 79/88); sections puts （一） at level 1 and has one
# false heading; numbers misses 120家, gives 8% no unit, has one false row,
# and finds 1万人 after 5.1万人 (not the tail of 5.1万人: exact 4/6);
# agencies misses 县政府 and 县财政局, finds 财政 inside 市财政局, wrong role
# and name; of 4 task assignments --tasks gets 2 right (市发改委, 县政府), puts
# 市财政局 under the wrong task, misses 县财政局 and adds 财政 (taskP 2/4, taskR 2/4).
c=tests/corpus-scorer
tests/corpus/eval --corpus $c/corpus --bin $c/bin --per-doc --summary -
echo "--- each error, by kind"
tests/corpus/eval --corpus $c/corpus --bin $c/bin --errors - | sed -n '/^doc\ttool/,$p'
echo "--- a figure below its floor fails, one above passes"
f=$(mktemp)
printf 'tool\tmetric\top\tbound\ngw-numbers\texact\t>=\t0.5\ngw-numbers\tfalse\t<=\t0.2\ngw-sections\tlevel\t>=\t0.6\n' >"$f"
tests/corpus/eval --corpus $c/corpus --bin $c/bin --tools gw-numbers,gw-sections --floors "$f" | grep "^eval:"
echo "exit ${PIPESTATUS[0]}"
rm -f "$f"
