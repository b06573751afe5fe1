# One meaning per option letter across the tools (long names kept), and
# each --help speaks only of its own tool (issue 11).
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
printf '记者\n' > "$t/mine.txt"
echo "## gw-strip: -b --boilerplate (--patterns kept); --type long only"
printf '正文一段。\n记者 张三\n' | gw-strip -N -b "$t/mine.txt"
printf '正文一段。\n记者 张三\n' | gw-strip -N --patterns "$t/mine.txt"
printf '正文一段。\n记者 张三\n' | gw-strip -N --boilerplate="$t/mine.txt"
printf '<p>正文</p>\n' | gw-strip -N --type text
printf '<p>正文</p>\n' | gw-strip -N -t text; echo "exit $?"
printf '<p>正文</p>\n' | gw-strip -N -p "$t/mine.txt"; echo "exit $?"
echo "## gw-agencies: -T --tasks, -n --names, -H --heads, -p --places"
printf '# mine\n数据局\t大数据管理局\n' > "$t/names.txt"
printf '服务所\tgeneric\n' > "$t/heads.txt"
printf '雄安新区\tcity\n' > "$t/places.txt"
printf '县数据局、县农业技术服务所、雄安新区发改局\n' | gw-agencies -N -n "$t/names.txt" -H "$t/heads.txt" -p "$t/places.txt" | cut -f7-
gw-agencies -N -T tests/man/agencies-lijin.txt | cut -f4-
gw-agencies -N -t tests/man/agencies-lijin.txt; echo "exit $?"
gw-agencies -N -a "$t/names.txt" </dev/null; echo "exit $?"
gw-agencies -N -w "$t/heads.txt" </dev/null; echo "exit $?"
echo "## each tool's help: only its own options"
for tool in gw-strip gw-sections gw-numbers gw-agencies; do
	echo "$tool: $($tool --help | grep -c 'gw-strip') lines name gw-strip; short options:" \
		$($tool --help | grep -o '^  -[A-Za-z]' | tr -d ' ' | sort | tr '\n' ' ')
done
gw-sections --help | grep -e --plain -e --datadir -e --max-record
gw-strip --help | grep -e --plain -e --datadir -e --max-record
echo "## no letter with two long names across the tools"
for tool in gw-strip gw-sections gw-numbers gw-agencies; do $tool --help; done |
	grep -o '^ *-[A-Za-z], --[a-z0-9-]*' | sed 's/^ *//' | sort -u |
	awk -F', ' '{ n[$1]++; l[$1] = l[$1] " " $2 } END { for (k in n) if (n[k] > 1) print "letter " k ":" l[k]; print "letters checked" }'
