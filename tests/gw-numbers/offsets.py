#!/usr/bin/env python3
"""Property check: for every row gw-numbers writes, the paragraph text
from start to end (code points) is the span, and the clause holds the
span. Reads plain-text files (each non-blank line a paragraph, trimmed as
gw-numbers trims) and runs gw-numbers --all on them. Prints a count and
the first mismatches; exits 1 on any."""
import subprocess
import sys

BLANKS = " \t\r\f\v\u00a0\u3000"


def paragraphs(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            t = line.rstrip("\n").strip(BLANKS)
            if t:
                yield t


bad = rows = 0
for path in sys.argv[1:]:
    pars = list(paragraphs(path))
    out = subprocess.run(["gw-numbers", "-N", "--all", path], capture_output=True,
                         text=True, check=False).stdout
    for line in out.splitlines():
        f = line.split("\t")
        par, start, end, span, clause = int(f[1]), int(f[2]), int(f[3]), f[4], f[11]
        rows += 1
        text = pars[par - 1]
        if text[start:end] != span or span not in clause:
            bad += 1
            if bad <= 5:
                print("MISMATCH %s par %d %d-%d %r vs %r" % (path, par, start, end, span, text[start:end]))
print("%d rows, %d mismatches" % (rows, bad))
sys.exit(1 if bad else 0)
