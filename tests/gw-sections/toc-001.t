# The outline of sample 001 read as plain text (hand-checked golden).
cd $S && gw-sections --toc 001_ad147ba315cb1764.txt
