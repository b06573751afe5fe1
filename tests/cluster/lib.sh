# Shared by the cluster tests (tests/cluster/run sources it): the pages
# (the samples, and the corpus documents when present) in $t/work/in,
# the sequential rows of each pipeline, sorted on (doc, par, start), and
# helpers to start servers bounded in time on loopback.
set -u
top=$(pwd)
t=$(mktemp -d)
pids=()
stop_all() { local p; for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$t"; }
trap stop_all EXIT
mkdir -p "$t/work/in"
cp "$S"/*.txt "$t/work/in/"
if [ -d tests/corpus/docs ]; then cp tests/corpus/docs/* "$t/work/in/" 2>/dev/null; fi
npages=$(ls "$t/work/in" | wc -l)

# Rows put in one order: doc, then par and start as numbers, then bytes.
sort_rows() { LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2n -k3,3n -k4; }
PIPES=(numbers agencies)
# pipeline NAME: the command run on pages "$@", rows only (the header is
# cut off, not left out with -N, so that the columns are the same in every
# run whatever the header decides); header: the same with its header.
header() {
	case $1 in
	numbers) echo 'gw-strip "$@" | gw-sections | gw-numbers' ;;
	agencies) echo 'gw-strip "$@" | gw-sections | gw-agencies' ;;
	esac
}
pipeline() { echo "$(header "$1") | tail -n +2"; }
for p in "${PIPES[@]}"; do
	(cd "$t/work" && sh -c "$(pipeline "$p")" sh in/* 2>/dev/null) | sort_rows > "$t/seq.$p"
done

# compare LABEL PIPE FILE: the rows in FILE (any order) against the
# sequential run's, byte for byte after sorting.
compare() {
	sort_rows < "$3" > "$t/got"
	if [ ! -s "$t/seq.$2" ]; then echo "$1: no sequential rows at all"
	elif cmp -s "$t/seq.$2" "$t/got"; then
		echo "$1: same rows as the sequential run"
	else echo "$1: DIFFERENT"; diff "$t/seq.$2" "$t/got" | head -n 5; fi
}

# A free TCP port on 127.0.0.1 (the kernel picks it).
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
	echo $((20000 + RANDOM % 20000)); }
# wait_for SECONDS CMD...: until CMD succeeds, or say it did not.
wait_for() { local end=$((SECONDS + $1)); shift; while ! "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }
