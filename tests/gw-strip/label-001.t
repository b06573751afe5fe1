# every input line of the forum page with its decision
gw-strip --label $S/001_*.txt
