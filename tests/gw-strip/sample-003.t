gw-strip $S/003_*.txt
