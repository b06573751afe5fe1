# PostgreSQL: the stream is COPY's text format. A server of its own (a
# cluster made by initdb in a temporary directory, loopback port, run as a
# user that is not root, bounded in time, stopped at the end); every
# tool's output loaded with \copy t FROM PROGRAM 'the tools', written back
# with \copy t TO: byte for byte the stream's rows. A query shows the
# escapes decoded into real characters.
. tests/db/lib.sh
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")
# The server refuses to run as root: as root, it runs as nobody.
# (A prefix, not a function: a function in the background would be a
# subshell, and stopping it would leave the server running.)
as=()
[ "$(id -u)" = 0 ] && as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
mkdir -p "$t/pg"
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$t/pg"
"${as[@]}" "$bin/initdb" -D "$t/pg/data" -U gw -A trust -E UTF8 --no-locale > "$t/pg/initdb.log" 2>&1 ||
	{ echo "initdb failed:"; tail -n 5 "$t/pg/initdb.log"; exit 1; }
port=$(free_port)
"${as[@]}" timeout 300 "$bin/postgres" -D "$t/pg/data" -h 127.0.0.1 -p "$port" -k "$t/pg" -c fsync=off \
	> "$t/pg/server.log" 2>&1 &
pids+=($!)
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U gw -d postgres "$@"; }
wait_for 60 psql -c 'SELECT 1' || { echo "postgres did not start:"; tail -n 5 "$t/pg/server.log"; exit 1; }
echo "postgres on 127.0.0.1 (a loopback port)"
# A clean stop first (the EXIT trap then only reaps it).
trap '"${as[@]}" "$bin/pg_ctl" -D "$t/pg/data" -m fast -w stop >/dev/null 2>&1; stop_all' EXIT
cd "$t"
for n in "${NAMES[@]}"; do
	# Columns named as in the header (quoted: "end" is a keyword), all
	# text; seq keeps the order of loading, which a table does not.
	names=$(head -n 1 "out/$n.tsv" | sed 's/[^\t]*/"&"/g; s/\t/, /g')
	cols=$(head -n 1 "out/$n.tsv" | sed 's/[^\t]*/"&" text/g; s/\t/, /g')
	psql -c "CREATE TABLE $n (seq bigint GENERATED ALWAYS AS IDENTITY, $cols)"
	# the tools run by psql, their header cut off (COPY's text format
	# has no header line before PostgreSQL 15)
	psql -c "\\copy $n ($names) FROM PROGRAM '${CMD[$n]} 2>/dev/null | tail -n +2'"
	psql -c "\\copy (SELECT $names FROM $n ORDER BY seq) TO 'rows.$n'"
	same "$n" "rows.$n"
done
psql -A -t -F ' ' -c "SELECT doc, position(E'\\n' in text) > 0, position(E'\\r' in text) > 0, position(E'\\t' in text) > 0, position(E'\\\\' in text) > 0 FROM esc_sections WHERE par = '2'"
