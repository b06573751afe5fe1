# The outline of sample 000 read as plain text (hand-checked golden).
cd $S && gw-sections --toc 000_865d686ba06770a9.txt
