# metadata found in the chrome: counters, dates, the 003 header table
gw-strip --meta $S/000_*.txt $S/001_*.txt $S/002_*.txt $S/003_*.txt $S/004_*.txt
