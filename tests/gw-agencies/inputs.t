# Several inputs: one header; --doc names plain-text input; --files0-from
# reads NUL-separated names; a task does not run on into the next file.
printf '1. 甲任务。（牵头单位：县科技局）\n' >/tmp/gwag-a.$$
printf '由县发改局牵头。\n' >/tmp/gwag-b.$$
gw-agencies --doc report - </tmp/gwag-a.$$
printf '/tmp/gwag-a.%s\0/tmp/gwag-b.%s\0' $$ $$ >/tmp/gwag-l.$$
gw-agencies -N --files0-from /tmp/gwag-l.$$ | cut -f2-
gw-agencies -N --tasks /tmp/gwag-a.$$ /tmp/gwag-b.$$ | cut -f2-
rm -f /tmp/gwag-a.$$ /tmp/gwag-b.$$ /tmp/gwag-l.$$
