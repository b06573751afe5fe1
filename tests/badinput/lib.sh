# The bad-input suite (issue 7): what every gw-* tool does with input the
# web really serves. Sourced by tests/badinput/gw-*.t, one file a tool,
# each running the same cases through `cases TOOL`. For each case the
# golden file records: the exit status, every line on stderr, the header
# line, which paragraphs (doc:par) produced rows, and whether each good
# record around the bad one still came out ("good 2/2").
#
# Outcomes the stream contract (DESIGN.md, gongwen(7)) asks for:
#   bad input in one place   -> message FILE:LINE, exit 1, the rest written
#   usage error              -> exit 2
#   stdout closed (| head)   -> killed by SIGPIPE (status 141), no message
#   write error (full disk)  -> "write error: ...", exit 2
#
# The 1 GB line: here a 1 MiB line against --max-record 1K exercises the
# same skip path in milliseconds; scripts/badinput-slow streams a real
# 1 GiB line through each tool at the default limit (make check-slow).
set -u
export LC_ALL=C.UTF-8
data=$PWD/share/gongwen   # the tests run from the top directory
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# Two good paragraphs every tool has something to say about: a number
# with its unit and qualifier, and a lead agency.
GOOD1='2023年全市地区生产总值增长6.5%左右，由市发展和改革委员会牵头负责。'
GOOD2='城镇登记失业率控制在4.5%以内，市人力资源和社会保障局负责。'
printf '%s\n' "$GOOD1" >good1.txt
printf '%s\n' "$GOOD2" >good2.txt
cat good1.txt good2.txt >good.txt

ncases=0
case_() { ncases=$((ncases + 1)); echo "== $ncases $*"; }

# What each tool's rows carry of a good paragraph: strip and sections
# the text, numbers the number, agencies the agency's name.
marks() {
	case $1 in
	gw-numbers) echo '6.5 4.5' ;;
	gw-agencies) echo '发展和改革 人力资源和社会保障' ;;
	*) echo '6.5%左右 4.5%以内' ;;
	esac
}

# summary TOOL RC: the case's outcome from o (stdout) and e (stderr), in
# one awk: the stderr lines, the header (NULs taken out), which
# paragraphs made rows (par found by name: gw-targets writes it after its
# own columns), and how many of the good paragraphs' marks are in o.
summary() {
	echo "exit $2"
	awk -F'\t' -v marks="$(marks "$1")" '
		FILENAME == "e" { print "stderr: " $0; next }
		FNR == 1 {
			h = $0; gsub(/\0/, "", h)
			if (h ~ /^doc/) print "header: " h
			pc = 2; for (i = 1; i <= NF; i++) if ($i == "par") pc = i
		}
		{ for (i = 1; i <= nm; i++) if (!found[i] && index($0, m[i])) found[i] = 1 }
		FNR > 1 { k = $1 ":" $pc; if (k != last) rows = rows k " "; last = k }
		BEGIN { nm = split(marks, m, " ") }
		END {
			print "rows from: " rows
			for (i = 1; i <= nm; i++) n += found[i]
			print "good " n + 0 "/" nm
		}' e o
}

# run TOOL ARG... (stdin as given): run and summarise.
run() {
	"$@" >o 2>e
	summary "$1" $?
}

cases() {
	local T=$1

	case_ empty input
	run "$T" </dev/null

	case_ only a header
	printf 'doc\tpar\ttext\n' | run "$T"

	case_ a header without text, then good rows
	printf 'doc\tpar\tbody\nd\t1\t%s\nd\t2\t%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ a stream row with too few fields between good rows
	printf 'doc\tpar\ttext\nd\t1\t%s\nd\t2\nd\t3\t%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ a UTF-8 BOM before the header
	printf '\357\273\277doc\tpar\ttext\nd\t1\t%s\nd\t2\t%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ a PNG among good files
	printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\001\0\0\0\001\010\006\0\0\0\037\025\304\211\0\0\0\rIDATx\234c\370\017\0\001\001\001\0\030\335\215\260\0\0\0\0IEND\256B`\202' >pic.png
	run "$T" good1.txt pic.png good2.txt

	case_ a gzip file among good files
	printf '%s\n' "$GOOD1" "$GOOD2" | gzip -n -9 >page.gz
	run "$T" good1.txt page.gz good2.txt

	case_ NUL bytes inside a line
	printf '2023年全市地区生产总值增长6.5%%左右\0\0，由市发展和改革委员会牵头负责。\n%s\n' "$GOOD2" >nul.txt
	run "$T" nul.txt
	echo "NUL bytes out: $(tr -cd '\0' <o | wc -c)"

	case_ invalid UTF-8 between good lines
	printf '%s\n坏\377\376字节\n%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ overlong and surrogate UTF-8
	printf '%s\n斜线\300\257和\340\200\257代理\355\240\200\n%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ UTF-16LE without BOM
	iconv -f UTF-8 -t UTF-16LE good.txt >u16.txt
	run "$T" u16.txt good2.txt

	case_ GBK labelled as UTF-8
	{ printf '<html><head><meta charset="utf-8"><title>t</title></head><body>\n<p>'
	  printf '%s' "$GOOD1" | iconv -f UTF-8 -t GBK
	  printf '</p>\n</body></html>\n'; } >gbk.html
	run "$T" gbk.html good2.txt

	case_ a 1 MiB line with --max-record 1K between good lines
	{ cat good1.txt; head -c 1048576 /dev/zero | tr '\0' x; echo; cat good2.txt; } | run "$T" --max-record 1K

	case_ an over-long last line without LF
	{ cat good.txt; head -c 5000 /dev/zero | tr '\0' x; } | run "$T" --max-record 1K

	case_ 10^6 empty lines, then good lines
	{ yes '' | head -n 1000000; cat good.txt; } | run "$T"

	case_ CR-only line ends
	printf '%s\r%s\r' "$GOOD1" "$GOOD2" | run "$T"

	case_ CRLF line ends
	printf '%s\r\n%s\r\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ a missing file among good ones
	run "$T" good1.txt missing.txt good2.txt

	case_ an unreadable file among good ones
	cp good1.txt locked.txt
	chmod 000 locked.txt
	# root reads anything: drop to nobody so the permission applies. nobody
	# may not reach this checkout (a clone in a 0700 directory), so the
	# binary, its data and the files go to a box everyone can enter. Under
	# scripts/valgrind-check $T is a wrapper script naming the real
	# binary's directory: this one case then runs without valgrind.
	if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
		real=$(command -v "$T")
		if [ "$(head -c 2 "$real")" = "#!" ]; then
			real=$(sed -n 's/.* PATH=\([^:]*\):.*/\1/p' "$real")/$T
		fi
		box=$(mktemp -d /tmp/gw-nobody.XXXXXX)
		cp "$real" "$box/$T"
		cp -R "$data" "$box/data"
		cp good1.txt good2.txt locked.txt "$box/"
		chmod -R a+rX "$box"
		chmod 000 "$box/locked.txt"
		(cd "$box" && setpriv --reuid=65534 --regid=65534 --clear-groups -- \
			env GONGWEN_DATADIR="$box/data" "./$T" good1.txt locked.txt good2.txt) >o 2>e
		summary "$T" $?
		rm -rf "$box"
	else
		run "$T" good1.txt locked.txt good2.txt
	fi

	case_ a directory among good files
	mkdir -p dir
	run "$T" good1.txt dir good2.txt

	case_ stdout closed early '(| head -n 1)'
	# distinct lines: gw-strip drops a repeated long line, and too little
	# output would end before head does
	seq 20000 | awk -v g="$GOOD1" '{ print g " " $0 }' >many.txt
	"$T" many.txt 2>e | head -n 1 >o
	echo "exit ${PIPESTATUS[0]}"
	sed 's/^/stderr: /' e
	echo "lines out: $(wc -l <o)"

	case_ a full disk '(> /dev/full)'
	"$T" good.txt >/dev/full 2>e
	echo "exit $?"
	sed 's/^/stderr: /' e

	case_ an invalid --max-record
	run "$T" --max-record 0 good.txt

	# issue 15: silent loss. A broken E2 80 looks like the start of
	# U+2000..U+200B: the trim must not take the ASCII byte after it.
	case_ a broken E2 80 before ASCII at both ends of lines
	printf 'abc\342\200A\n\342\200Bxyz\n\342\200C\n%s\n%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ invalid UTF-8 in the doc, par and sec columns
	printf 'doc\tpar\tsec\ttext\nd\377\t1\376\t1\375\t%s\nd\t2\t1\t%s\n' "$GOOD1" "$GOOD2" | run "$T"
	echo "invalid bytes out: $(LC_ALL=C grep -c $'[\xfd-\xff]' o)"

	case_ GBK text after 65533 ASCII bytes
	{ head -c 65533 /dev/zero | tr '\0' a; echo; printf "%s\n" "$GOOD2" | iconv -f UTF-8 -t GBK; } >late.txt
	run "$T" late.txt good1.txt

	case_ a short GBK file
	printf '县发改局\n' | iconv -f UTF-8 -t GBK >short.txt
	run "$T" short.txt good.txt
	echo "text: $(grep -c '县发改局' o)"

	case_ UTF-8 that opens with a truncated sequence
	printf '\345\242%s\n%s\n' "$GOOD1" "$GOOD2" | run "$T"

	case_ an ASCII page labelled utf-16
	printf '<html><head><meta charset="utf-16"><title>t</title></head><body><p>%s</p></body></html>\n' 'Growth was 6.5% in 2023, and the plan is to keep it at that level.' >u16label.html
	run "$T" u16label.html good.txt
	echo "text: $(grep -c 'Growth was' o)"

	case_ a GBK page labelled iso-8859-1
	{ printf '<html><head><meta charset="iso-8859-1"><title>t</title></head><body>\n<p>'
	  printf '%s' "$GOOD1" | iconv -f UTF-8 -t GBK
	  printf '</p>\n</body></html>\n'; } >latin.html
	run "$T" latin.html good2.txt

	case_ a file name that is not UTF-8
	cp good1.txt "$(printf 'bad\377name.txt')"
	run "$T" "$(printf 'bad\377name.txt')" good2.txt
	echo "invalid bytes out: $(LC_ALL=C grep -c $'\xff' o)"

	case_ a 5 KB line with --max-record 1K inside the first read block
	{ cat good1.txt; head -c 5000 /dev/zero | tr '\0' x; echo; cat good2.txt; } | run "$T" --max-record 1K

	case_ a missing file whose name holds a LF, among good files
	run "$T" good1.txt "$(printf 'no\nsuch.txt')" good2.txt

	case_ standard input is a directory
	run "$T" <dir

	echo "$ncases cases ran"
}
