# A gongwen stream of two documents: the outline starts again at doc B.
# B's "3." does not continue A's 1. 2. (a new style starts at 1), B's (一)
# is level 1, and A's last line, a heading candidate, is decided inside A
# (no body follows it there), not by B's first paragraph.
t=$(mktemp)
printf 'doc\tpar\ttext\n' > "$t"
printf 'A\t%s\t%s\n' 1 '一、总体要求' 2 '1. 任务一。正文。' 3 '2. 任务二。正文。' 4 '正文段落。' 5 '最后一行没有标点' >> "$t"
printf 'B\t%s\t%s\n' 1 '3. 任务三。正文。' 2 '(一)第一部分' 3 '正文段落,很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。' >> "$t"
gw-sections "$t"
echo '--- the same, each document alone'
for d in A B; do awk -F'\t' -v d=$d 'NR == 1 || $1 == d' "$t" | gw-sections -N; done
rm -f "$t"
