# A number in a heading that gw-sections split off its paragraph still
# reaches gw-numbers, with the section path passed through (001).
gw-strip $S/001_ad147ba315cb1764.txt | gw-sections | gw-numbers |
	awk -F'\t' 'NR == 1 || ($3 ~ /^[1-4]$/ && $12 == "year")' | cut -f3,6,7,12,13
