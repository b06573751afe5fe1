# After the signature a page may go on with the attachment, a task list
# whose items and responsible units are short lines: they are the
# document's (attachment, task), never the page's tail. A task label line
# with nothing numbered before it is kept too; a footer line is not.
p='各责任单位要高度重视，切实加强领导，对照目标任务制定具体措施，确保按期完成。'
{
	echo '关于印发重点工作任务分解方案的通知'
	echo "$p"
	echo '县人民政府办公室'
	echo '2024年2月1日'
	echo '重点工作任务分解方案'
	echo '一、主要预期目标'
	echo '（一）地区生产总值增长6%左右'
	echo '责任单位：县发展和改革局'
	echo '（二）粮食产量稳定在50万吨以上'
	echo '牵头单位：县农业农村局'
	echo '配合单位：县'
} | gw-strip --label --doc tasks | cut -f2-5
{
	echo '关于做好春季植树造林工作的通知'
	echo "$p"
	echo '县人民政府办公室'
	echo '责任单位：各乡镇'
	echo '网站地图'
} | gw-strip --label --doc tasks2 | cut -f2-5
# The closing formula and an attached table's title after the signature
# end with a title word: kept (attachment), however short.
{
	echo '关于下达2024年度经济社会发展目标任务的通知'
	echo "$p"
	echo '特此通知'
	echo '县人民政府'
	echo '2024年3月1日'
	echo '县2024年度经济社会发展目标任务分解表'
	echo '网站地图'
} | gw-strip --label --doc tasks3 | cut -f2-5
