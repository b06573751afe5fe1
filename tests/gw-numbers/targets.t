# The main-targets paragraphs of samples 000 and 004, every quantity.
gw-numbers "$S"/000_865d686ba06770a9.txt | awk -F'\t' 'NR == 1 || $2 == 4'
gw-numbers "$S"/004_1b5cf71f539affb1.txt | awk -F'\t' 'NR == 1 || $2 == 4'
