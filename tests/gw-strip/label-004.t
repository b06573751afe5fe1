gw-strip --label $S/004_*.txt
