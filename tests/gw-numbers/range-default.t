# the man page's own range examples are rows in the default mode, without
# a unit: bound words at both ends, or a scale word; a bare 2-3 and a lone
# bound stay bare numerals (rows only with --all)
printf '%s\n' '就业增加2——3万。' '温度大于10小于20。' '工资1000以上，1500以下。' '参见2-3。' '大于10。' |
	gw-numbers -N | cut -f2-
