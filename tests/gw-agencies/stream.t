# A gongwen stream with sec: the key columns are kept, offsets are code
# points in the paragraph (heading and text), escapes in the text are
# undone; --tasks takes its tasks from the heading column.
printf 'doc\tpar\tsec\tlevel\theading\ttext\nr1\t3\t2.1\t0\t\t（牵头单位：县发改局、县财政局）\nr1\t4\t2.1\t0\t\t第1项\\t由县卫健局负责\nr2\t1\t1\t1\t12. 建设项目。\t内容（县商务局牵头）\n' >/tmp/gwag-stream.$$
gw-agencies /tmp/gwag-stream.$$
gw-agencies --tasks /tmp/gwag-stream.$$
rm -f /tmp/gwag-stream.$$
