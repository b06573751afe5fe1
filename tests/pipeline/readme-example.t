# The two pipelines README.md shows, so its example output cannot drift
# (README shows TABs as spaces and the files under short names).
gw-strip $S/004_1b5cf71f539affb1.txt | gw-sections | gw-numbers | awk -F'\t' 'NR==1 || $8=="%"' | cut -f2,3,6-8,11-13
gw-strip examples/tasks-2023.txt | gw-sections | gw-agencies | awk -F'\t' '$NF=="lead"' | cut -f2- | head -3
