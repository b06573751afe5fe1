# A signature's date whose 年 月 日 the scrape lost (2019116) is kept
# under the signing body; a bare number elsewhere, and digits that are no
# date (2019136: no month 13, no day 36), are still page numbers.
p='现将《若干措施》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请径向市发展改革委反映。'
q='为全面贯彻落实优化营商环境的各项部署，进一步聚焦企业关切，结合本市实际，制定以下措施。'
strip() { gw-strip -N --label --doc "$1" | cut -f1,3-5; }
printf '%s\n' '各区人民政府：' "$p" '' '厦门市人民政府办公厅' '' '2019116' '' "$q" | strip date
printf '%s\n' '各区人民政府：' "$p" '' '厦门市人民政府办公厅' '2019136' "$q" | strip no-date
printf '%s\n' '各区人民政府：' "$p" '2019116' "$q" | strip no-signature
