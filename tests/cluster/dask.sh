# Dask distributed: a scheduler and two workers started by this test on
# loopback (bounded in time, stopped at the end), and the driver in
# examples/dask-gongwen.py piping each partition of the pages through the
# tools; the rows equal the sequential run's.
. tests/cluster/lib.sh
py=/usr/bin/python3
$py -c 'import distributed' 2>/dev/null || py=python3
port=$(free_port)
cd "$t"
# Workers run in $t (their scratch space goes there), one thread each.
timeout 600 $py -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --dashboard-address 127.0.0.1:0 \
	> "$t/scheduler.log" 2>&1 &
pids+=($!)
for w in 1 2; do
	timeout 600 $py -m distributed.cli.dask_worker "tcp://127.0.0.1:$port" --host 127.0.0.1 --nthreads 1 --nworkers 1 \
		--no-dashboard --name "w$w" --local-directory "$t/w$w" > "$t/worker$w.log" 2>&1 &
	pids+=($!)
done
# Until both workers have registered (the scheduler may not listen yet).
wait_for 60 $py -c "from dask.distributed import Client
with Client('tcp://127.0.0.1:$port', timeout=10) as c: c.wait_for_workers(2, timeout=120)" ||
	{ echo "the cluster did not start:"; tail -n 5 "$t"/*.log; exit 1; }
echo "scheduler and 2 workers on 127.0.0.1"
cd "$t/work"
for p in "${PIPES[@]}"; do
	timeout 600 $py "$top/examples/dask-gongwen.py" "tcp://127.0.0.1:$port" 3 "$(pipeline "$p")" in/* > "$t/rows.$p" 2> "$t/err.$p"
	echo "driver exit $?"
	compare "dask, $p" "$p" "$t/rows.$p"
done
