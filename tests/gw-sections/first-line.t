# The first line is the document's title, unless it ends with a section
# word (share/gongwen/section-words.txt) and body text follows it.
# Lines alone that sum up a period (这是……的五年。) between body
# paragraphs head what follows.
printf '%s\n' '过去五年工作回顾' '这是经济持续发展的五年。' '全市生产总值年均增长7%，经济总量迈上新台阶。' \
	'这是民生持续改善的五年。' '城乡居民收入稳步提高，就业形势总体稳定。' | gw-sections --toc
echo '--- a title, a caption: not headings'
printf '%s\n' '全县经济工作会议隆重开幕' '会议听取了县长所作的工作报告。' | gw-sections --toc -N
printf '%s\n' '大会现场' '代表们认真审议政府工作报告。' | gw-sections --toc -N
echo '--- the frame inside a paragraph, and one such line with no body after it'
printf '%s\n' '总体情况' '过去五年，是经济持续发展的五年。全市生产总值年均增长7%。' '结语' | gw-sections --toc -N
printf '%s\n' '正文。' '这是经济持续发展的五年。' '一、主要任务' | gw-sections --toc -N
