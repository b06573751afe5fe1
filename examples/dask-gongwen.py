#!/usr/bin/python3
"""Run a gongwen pipeline over many pages on a Dask cluster.

    dask-gongwen.py SCHEDULER PARTITIONS COMMAND FILE...

The files are shared out, in order, into PARTITIONS partitions; each
partition runs as one task on a worker: COMMAND is run by sh with the
partition's files as "$@" (as in sh -c 'gw-strip "$@" | gw-sections |
gw-numbers -N' sh FILE...), and its output comes back as bytes. The rows
of all partitions are written to stdout, partition after partition.

No shuffle is needed: every tool keeps state per document only, and a
page is one document, so any partition of the files gives the rows of one
sequential run (sort both on doc, par, start to compare). The tools must
be on the workers' PATH, with GONGWEN_DATADIR set if not installed, and
the files readable by the workers at the same paths, the driver's working
directory included (a shared file system, or one machine). Messages of the
tools are copied to stderr; a partition whose command fails otherwise than
with exit 1 fails the run.
"""
import os
import subprocess
import sys

from dask.distributed import Client


def run_partition(command, files, cwd):
    """One task: the command on this partition's files, run in the
    driver's directory (so relative names, the doc ids, are the same);
    its rows and messages as bytes."""
    done = subprocess.run(["sh", "-c", command, "sh", *files], cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # exit 1 is "some input reported, the rest done" (gongwen(7))
    if done.returncode not in (0, 1):
        raise RuntimeError("%s: exit %d: %s" % (command, done.returncode,
                                                done.stderr.decode(errors="replace")))
    return done.stdout, done.stderr


def partitions(files, n):
    """n runs of consecutive files, as equal in count as they can be."""
    n = max(1, min(n, len(files)))
    k, r = divmod(len(files), n)
    out, i = [], 0
    for p in range(n):
        j = i + k + (1 if p < r else 0)
        out.append(files[i:j])
        i = j
    return out


def main(argv):
    if len(argv) < 5:
        sys.stderr.write(__doc__)
        return 2
    scheduler, n, command, files = argv[1], int(argv[2]), argv[3], argv[4:]
    with Client(scheduler) as client:
        futures = [client.submit(run_partition, command, part, os.getcwd(), pure=False)
                   for part in partitions(files, n)]
        for rows, messages in client.gather(futures):
            sys.stdout.buffer.write(rows)
            sys.stderr.buffer.write(messages)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
