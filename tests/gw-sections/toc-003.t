# The outline of sample 003 read as plain text (hand-checked golden).
cd $S && gw-sections --toc 003_1b2eeb0ada89c1ec.txt
