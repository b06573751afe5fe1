# Structural rules of text dumps, each decision shown with --label:
# a sidebar list before the body, a menu inside the body followed by a
# second copy of two paragraphs (dropped as repeats), a list of agencies
# inside the body kept (space-separated, not a menu)
p='各地区各部门要认真贯彻落实，确保各项任务按期完成，切实提高工作质量和效率。'
q='会议要求，各成员单位要加强协调配合，形成工作合力，推动重点任务落地见效。'
{
	echo '最新评论'
	echo '* 这篇文章写得很好，支持一下，希望多多更新'
	echo '* 说得对，基层工作确实不容易，辛苦了大家'
	echo '* 转发给同事们学习，很有参考价值的文章'
	echo '关于做好2023年重点工作的通知'
	echo "$p"
	echo '成员单位：'
	echo '县发改局 县财政局 县商务局'
	echo '县科技局 县教育局 县民政局'
	echo '县水务局'
	echo "$q"
	echo '* 首页'
	echo '* 要闻动态'
	echo '* 政务公开'
	echo '* 政民互动'
	echo "$p"
	echo "$q"
	echo '全年共开展督查检查十二次，发现问题四十余个，已全部整改到位，取得明显成效。'
	echo '县人民政府办公室'
} | gw-strip --label --doc menus | cut -f2-5
# a list of attachments after the body is the document's, not a sidebar
{
	echo '关于做好2023年重点工作的通知'
	echo "$p"
	echo '* 附件1：重点工作任务分解表'
	echo '* 附件2：责任单位联系表'
	echo '* 附件3：进度安排表'
} | gw-strip -N --label --doc attachments | cut -f2-5
