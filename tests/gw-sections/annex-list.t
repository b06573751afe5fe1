# A numbered line that names an annex (1．附件1：…) is an entry of the
# notice's list of annexes, body text; its number still counts.
printf '%s\n' '一、工作要求' '各单位要抓好落实。' '附件：' '1．附件1：重点项目表.doc' '2．附件2：民生实事清单.doc' | gw-sections --toc
echo '--- 附件 as a word in the title, not a marker, is a heading'
printf '%s\n' '一、工作要求' '正文。' '1.按附件格式报送材料' '正文。' '2.附件材料要齐全' '正文。' | gw-sections --toc -N
