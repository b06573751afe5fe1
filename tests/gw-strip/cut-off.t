# An input that ends inside a paragraph (a store that keeps a page's first
# bytes) ends without a line end: its last line, a few words right under
# the body, is the start of the next paragraph and is kept. Not when the
# input ends with a line end (a page's last chrome line), when two short
# lines end the page, when a pattern names it, or when it has marks or
# digits.
p='过去的五年，是全县经济发展实现新跨越的五年，城市综合经济实力迈上了新台阶，人民生活水平不断提高。'
strip() { gw-strip -N --label --doc "$1" | cut -f1,3-5; }
printf '%s\n\n%s\n\n%s' '政府工作报告' "$p" '经济规' | strip cut
printf '%s\n\n%s\n\n%s\n' '政府工作报告' "$p" '隐身登录' | strip line-end
printf '%s\n\n%s\n%s\n%s' '政府工作报告' "$p" '经济规' '县政府网站' | strip two-lines
printf '%s\n\n%s\n%s' '政府工作报告' "$p" '返回顶部' | strip pattern
printf '%s\n\n%s\n%s' '政府工作报告' "$p" '联系电话12345' | strip digits
