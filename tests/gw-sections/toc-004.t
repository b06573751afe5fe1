# The outline of sample 004 read as plain text (hand-checked golden).
cd $S && gw-sections --toc 004_1b5cf71f539affb1.txt
