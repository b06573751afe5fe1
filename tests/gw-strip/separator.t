# A line of nothing but an ellipsis between quoted passages is a
# separator, not text; a line with words after the dots is text.
p='“五年来，我们坚定不移推动转型发展，高质量发展驶入快车道，累计投入技术改造资金88亿元。”'
q='委员们在座位上认真聆听，不时用笔记下报告中的关键词，会场内多次响起热烈的掌声。'
printf '%s\n' "$p" '……' "$q" '… …' "$p。" '……等等' "$q。" | gw-strip -N --label --doc sep | cut -f3-5
