# The outline of sample 000 read as plain text, with its runs of lead
# sentences (--leads; hand-checked golden).
cd $S && gw-sections --leads --toc 000_865d686ba06770a9.txt
