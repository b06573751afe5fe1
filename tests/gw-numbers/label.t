# --label: the rule that made each row, in a column before clause; the
# other columns are the same as without it.
printf '2022年粮食产量达到1.2万吨以上，增长3%%-5%%，第五届全会，十几家企业，1-2月，大于10小于20个\n' >"${TMPDIR:-/tmp}/label.$$"
gw-numbers --label "${TMPDIR:-/tmp}/label.$$" | cut -f4-
echo "## without --label the same rows"
diff <(gw-numbers --label "${TMPDIR:-/tmp}/label.$$" | cut -f1-12,14) <(gw-numbers "${TMPDIR:-/tmp}/label.$$") && echo same
echo "## names with --all"
printf '打赢“三大攻坚战”，PM2.5浓度下降\n' | gw-numbers --label --all -N | cut -f6,12,13
rm -f "${TMPDIR:-/tmp}/label.$$"
