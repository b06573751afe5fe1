# A numbered item that is one long running sentence with nothing under it
# (its next sibling follows, or a short line after a sibling that was such
# an item) is body text, and its number still counts; a task of one long
# sentence with its 责任单位 line under it, and an item whose long first
# sentence is followed by more text, are headings.
L='各责任单位要高度重视,切实加强领导,对照年度目标任务制订工作方案,明确责任,明确措施,明确时间节点,狠抓落实'
printf '%s\n' '各街道办事处:' '现将分解方案印发给你们,并就有关事项通知如下:' \
	"一、$L。" "二、区绩效考评机构要$L,纳入绩效管理考核范围。" "三、从第一季度开始,$L(联系电话:87768003)。" \
	'某某区人民政府办公室' '2023年1月3日' '主要目标任务责任分解方案' \
	'一、主要预期目标' "(一)$L。" '责任单位:区发展和改革局' "(二)$L。" '责任单位:区财政局' \
	"(三)$L。各单位要抓好落实。" "(四)$L。" | gw-sections --toc
echo '--- an item alone at the end of a document is a heading'
printf '%s\n' '通知如下:' "1. $L。" | gw-sections --toc -N
