#!/usr/bin/env python3
"""Offsets of a downstream tool run after gw-sections count from the start
of the paragraph gw-strip wrote: for every row, the paragraph's text from
start to end is the span. Usage: offsets.py STRIP.tsv ROWS.tsv"""
import sys

def rows(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(head, line.rstrip("\n").split("\t")))

def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "\\tnr":
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

text = {(r["doc"], r["par"]): unescape(r["text"]) for r in rows(sys.argv[1])}
n = bad = 0
for r in rows(sys.argv[2]):
    n += 1
    t = text.get((r["doc"], r["par"]))
    got = t[int(r["start"]):int(r["end"])] if t is not None else None
    if got != unescape(r["span"]):
        bad += 1
        if bad <= 5:
            print(f"par {r['par']}: span {r['span']!r} but text has {got!r}")
print(f"{n} rows, {bad} with wrong offsets")
sys.exit(1 if bad or n == 0 else 0)
