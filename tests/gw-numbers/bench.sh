#!/usr/bin/env bash
# Throughput of gw-numbers on a corpus of about 100 MB made from the five
# samples, next to grep -oP with one comparable pattern (a run of Arabic
# or Chinese numeral characters and an optional unit) on the same file,
# and gw-numbers' peak memory. Not a test: speeds go in reports.
# Usage: tests/gw-numbers/bench.sh [MB]   (from the top directory, with
# gw-numbers on PATH, e.g. via make's TESTENV)
set -eu
mb=${1:-100}
S=${S:-tests/data/samples}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
corpus=$tmp/corpus.txt
cat "$S"/00[0-4]_*.txt >"$tmp/one"
one=$(wc -c <"$tmp/one")
n=$(( mb * 1024 * 1024 / one + 1 ))
for ((k = 0; k < n; k++)); do cat "$tmp/one"; done >"$corpus"
size=$(wc -c <"$corpus")
pat='[0-9０-９〇零一二两三四五六七八九十百千万亿][0-9０-９.,〇零一二两三四五六七八九十百千万亿]*(?:%|个百分点|[元个家项人名户套座处所条台辆部件场次头张床亩吨]|平方米|公里)?'
run() { # label, command...
	local label=$1; shift
	local t0 t1
	t0=$(date +%s.%N)
	/usr/bin/time -f '%M' -o "$tmp/mem" "$@" >"$tmp/out"
	t1=$(date +%s.%N)
	awk -v l="$label" -v s="$size" -v a="$t0" -v b="$t1" -v m="$(cat "$tmp/mem")" -v r="$(wc -l <"$tmp/out")" \
		'BEGIN { printf "%-22s %7.1f MB/s  %6.2f s  %8d rows  %6d KB peak\n", l, s / 1048576 / (b - a), b - a, r, m }'
}
echo "corpus: $((size / 1048576)) MB ($n copies of the five samples)"
run "gw-numbers" gw-numbers "$corpus"
run "gw-numbers --all" gw-numbers --all "$corpus"
run "grep -oP (comparable)" grep -aoP "$pat" "$corpus"
