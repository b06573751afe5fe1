# A meeting line without its dash, its numbers spaced out by the scrape
# and wrapped before "第七次会议上", is joined back into one line. A dated
# line that the next line does not close, and a dated sentence, stay.
p='现在，我代表县人民政府向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。'
strip() { gw-strip -N --label --doc "$1" | cut -f1,3-5; }
printf '%s\n' '政府工作报告' '2021 年 2 月 4 日在马山县第十六届人民代表大会' '第七次会议上' '各位代表：' "$p" | strip spaced
printf '%s\n' '政府工作报告' '2021年2月4日在马山县第十六届人民代表大会' '县长 张三' '各位代表：' "$p" | strip not-closed
printf '%s\n' '政府工作报告' '2021年2月4日在县城，全县干部群众参加植树' '第七次会议上' '各位代表：' "$p" | strip sentence
