# Every task number 1..76 appears, in order.
gw-agencies -N --tasks $S/003_1b2eeb0ada89c1ec.txt | cut -f4 | uniq | awk '$1 != NR { print "task", NR, "missing"; bad = 1 } END { print NR, "tasks" }'
