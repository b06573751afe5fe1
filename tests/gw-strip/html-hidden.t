# What browsers do not show is not text: an element with the hidden
# attribute, a CDATA section, a DOCTYPE's internal subset, other "<!"
# declarations (but "<!" inside a script stays the script's and goes with
# it). A table of tasks whose rows are short but one comes out whole: no
# row lost to the sibling threshold.
P='各地区各部门要认真贯彻落实本通知精神，结合实际抓好组织实施，确保各项工作取得实效。'
printf '<!DOCTYPE html [\n<!ENTITY foo "entity text">\n<!ELEMENT p (#PCDATA)>\n]>\n<html><body><div class="content"><p>%s</p>\n<div hidden>隐藏的文字，不应出现。</div><![CDATA[CDATA的内容，不是段落。]]>\n<script>if (a <!b) x = "</p>";</script><p>第二段<![CDATA[a>b]]>，%s</p></div></body></html>\n' "$P" "$P" |
	gw-strip -N --no-title --doc page
printf '<html><body><table>\n<tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>\n<tr><td>1</td><td>%s</td><td>县发改局</td></tr>\n<tr><td>2</td><td>推进项目建设</td><td>县住建局</td></tr>\n<tr><td>3</td><td>抓好安全生产</td><td>县应急局</td></tr>\n</table></body></html>\n' "$P" |
	gw-strip -N --doc table
