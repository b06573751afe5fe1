gw-strip $S/000_*.txt
