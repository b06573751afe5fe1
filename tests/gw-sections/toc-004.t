# The outline of sample 004 read as plain text, with its runs of lead
# sentences (--leads; hand-checked golden).
cd $S && gw-sections --leads --toc 004_1b5cf71f539affb1.txt
