#!/usr/bin/env python3
"""Property check: for every row gw-numbers --all writes, the paragraph
text from start to end (code points) is the span, and the clause holds
the span. The samples are fed as a gongwen stream (doc, par, text: each
non-blank line a paragraph) so that the check knows each paragraph's
exact text whatever the plain-text reader does. Prints a count and the
first mismatches; exits 1 on any."""
import subprocess
import sys

bad = rows = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        pars = [l.rstrip("\n") for l in fh if l.strip()]
    # the stream's escapes: backslash, TAB, CR (no LF inside a line)
    esc = [p.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r") for p in pars]
    stream = "doc\tpar\ttext\n" + "".join("d\t%d\t%s\n" % (k + 1, t) for k, t in enumerate(esc))
    out = subprocess.run(["gw-numbers", "-N", "--all"], input=stream, capture_output=True,
                         text=True, check=False).stdout
    for line in out.splitlines():
        f = line.split("\t")
        par, start, end, span, clause = int(f[1]), int(f[3]), int(f[4]), f[5], f[12]
        rows += 1
        text = pars[par - 1]
        if text[start:end] != span or span not in clause:
            bad += 1
            if bad <= 5:
                print("MISMATCH %s par %d %d-%d %r vs %r" % (path, par, start, end, span, text[start:end]))
print("%d rows, %d mismatches" % (rows, bad))
sys.exit(1 if bad else 0)
