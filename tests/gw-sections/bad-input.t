# Bad input: a header without a text column, invalid UTF-8 (replaced and
# reported, the rest done), an empty input, a bad option.
printf 'doc\tpar\n1\t2\n' | gw-sections; echo "exit $?"
printf '一、\xff\xfe标题\n正文。\n' | gw-sections; echo "exit $?"
printf '' | gw-sections --toc; echo "exit $?"
gw-sections --max-title=0 /dev/null; echo "exit $?"
gw-sections /nonexistent/file; echo "exit $?"
