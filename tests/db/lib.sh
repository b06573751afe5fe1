# Shared by the database tests (tests/cluster/run --dir tests/db sources
# it): every tool's output over the samples, and over a stream whose text
# holds escaped TAB, LF, CR and backslash, each as the command that makes
# it (CMD[name], run in $t) and the stream it wrote ($t/out/name.tsv).
set -u
top=$(pwd)
t=$(mktemp -d)
chmod 755 "$t"   # a server run as another user reads and writes below it
pids=()
stop_all() { local p; for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$t"; }
trap stop_all EXIT
mkdir -p "$t/in" "$t/out"
cp "$S"/*.txt "$t/in/"
# The escapes: a TAB inside a text dump's line comes out as \t; the
# stream's own \n \r \\ go through gw-sections and into every text or
# clause field after it.
printf '一、总体要求\n全年增长5%%，\t投资3亿元，路径C:\\gw\\数据。\n' > "$t/in/escapes.txt"
printf 'doc\tpar\ttext\nesc\\\\doc\t1\t一、县发展改革局牵头\nesc\\\\doc\t2\t增长6%%，第一行\\n第二行\\r\\t县财政局负责\\\\备注12万吨\n' > "$t/esc.tsv"
declare -A CMD
CMD[strip]='gw-strip in/*.txt'
CMD[sections]='gw-strip in/*.txt | gw-sections'
CMD[toc]='gw-strip in/*.txt | gw-sections --toc'
CMD[numbers]='gw-strip in/*.txt | gw-sections | gw-numbers'
CMD[agencies]='gw-strip in/*.txt | gw-sections | gw-agencies'
CMD[tasks]='gw-strip in/*.txt | gw-sections | gw-agencies --tasks'
CMD[esc_sections]='gw-sections esc.tsv'
CMD[esc_numbers]='gw-sections esc.tsv | gw-numbers'
CMD[esc_agencies]='gw-sections esc.tsv | gw-agencies'
NAMES=(strip sections toc numbers agencies tasks esc_sections esc_numbers esc_agencies)
for n in "${NAMES[@]}"; do (cd "$t" && sh -c "${CMD[$n]}" > "out/$n.tsv" 2>/dev/null); done
# What the streams hold: each escape must be there for the test to mean
# anything.
for e in '\t' '\n' '\r' '\\'; do
	printf '%s in the streams: %s\n' "$e" "$(cat "$t"/out/*.tsv | grep -c -F -e "$e" | sed 's/^0$/none/; s/^[1-9][0-9]*$/yes/')"
done

# same NAME FILE: FILE (rows, no header) equals the stream's rows byte for
# byte (so field by field).
same() {
	if tail -n +2 "$t/out/$1.tsv" | cmp -s - "$2"; then
		echo "$1: same fields as the stream"
	else
		echo "$1: DIFFERENT"; tail -n +2 "$t/out/$1.tsv" | diff - "$2" | head -n 5
	fi
}
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
	echo $((20000 + RANDOM % 20000)); }
wait_for() { local end=$((SECONDS + $1)); shift; while ! "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }
