gw-strip $S/002_*.txt
