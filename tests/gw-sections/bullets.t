# A short line opening with a heading bullet (■ ◆ ▲ ★ □ ◇) is a heading
# even among short lines (the title before it, ● list items after it);
# ● items, and ■ lines that end a sentence, are body text.
printf '%s\n' '政府工作报告摘要' '■ 2024年成绩单' '●粮食总产达到557亿斤' '●城乡居民收入稳步增长' \
	'■2025年主要预期目标' '●经济增长6%左右' '◆ 重点工作' '●扩大有效投资' '■ 这是一句完整的话。' | gw-sections
