gw-strip $S/004_*.txt
