# The outline of sample 002 read as plain text (hand-checked golden).
cd $S && gw-sections --toc 002_d679a0d87a186134.txt
