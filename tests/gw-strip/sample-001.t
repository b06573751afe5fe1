gw-strip $S/001_*.txt
