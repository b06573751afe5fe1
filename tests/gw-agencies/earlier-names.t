# Bureaus under the names of earlier organisation plans, as tables and
# older reports still write them: a province's 厅 as its city's 局
# (国土资源厅 like 国土资源局; 环保厅 and 环境保护厅 under the body that took
# them over, 生态环境厅, as 环保局 is 生态环境局; 住房城乡建设厅 without its
# 和). A table row joined by spaces names them after its figures.
printf '%s\n' '城镇化率 8 5 省住房城乡建设厅、省统计局' \
    '土地税收产出率 4 省国土资源厅、省财政厅' \
    '主要污染物排放总量完成情况 4 省环保厅' \
    '市环境保护局、县国土局负责，省环境保护厅配合。' | gw-agencies -N --doc e
