# A document site's label glued before the document's first words
# (文档介绍:) is split off and dropped; the words after it are judged as
# any line is (here a meeting line wrapped before 会议上, joined back). An
# editor's summary (导读:) is still dropped whole, and a label with
# nothing after it too.
p='现在，我代表县人民政府向大会作报告，请予审议，并请各位政协委员和其他列席人员提出宝贵意见。'
strip() { gw-strip -N --label --doc "$1" | cut -f1,3-5; }
printf '%s\n' '文档介绍:——2009年5月16日在昔阳县第十五届人民代表大会' '   第三次会议上' '各位代表:' "$p" | strip glued
printf '%s\n' '导读：今年以来，全县上下认真贯彻落实各项决策部署' '各位代表:' "$p" | strip summary
printf '%s\n' '文档介绍：' '各位代表:' "$p" | strip alone
