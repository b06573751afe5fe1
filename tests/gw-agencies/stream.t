# A gongwen stream with sec: the key columns are kept, offsets are code
# points in the text field, escapes in the text are undone.
printf 'doc\tpar\tsec\tlevel\theading\ttext\nr1\t3\t2.1\t0\t\t（牵头单位：县发改局、县财政局）\nr1\t4\t2.1\t0\t\t第1项\\t由县卫健局负责\nr2\t1\t0\t0\t\t12. 建设项目。内容（县商务局牵头）\n' >/tmp/gwag-stream.$$
gw-agencies /tmp/gwag-stream.$$
gw-agencies --tasks /tmp/gwag-stream.$$
rm -f /tmp/gwag-stream.$$
