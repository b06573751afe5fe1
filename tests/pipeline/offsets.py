#!/usr/bin/env python3
"""Offsets of a downstream tool run after gw-sections count from the start
of the paragraph gw-strip wrote: for every row, the paragraph's text from
start to end is the span. Usage: offsets.py STRIP.tsv KIND=ROWS.tsv...
Says "DOC KIND: ok" for each document of STRIP.tsv and each KIND, or
FAILED with the wrong spans, also when a document has no row of a KIND;
exit status 1 if any failed."""
import os
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

def check(text, path):
    """doc -> (rows, wrong, first messages) for the rows of one tool."""
    res = {}
    for r in rows(path):
        n, bad, msgs = res.setdefault(r["doc"], [0, 0, []])
        res[r["doc"]][0] += 1
        t = text.get((r["doc"], r["par"]))
        got = t[int(r["start"]):int(r["end"])] if t is not None else None
        if got != unescape(r["span"]):
            res[r["doc"]][1] += 1
            if len(msgs) < 5:
                msgs.append(f"par {r['par']}: span {r['span']!r} but text has {got!r}")
    return res

text, docs = {}, []
for r in rows(sys.argv[1]):
    if r["doc"] not in text and (not docs or docs[-1] != r["doc"]):
        docs.append(r["doc"])
    text[(r["doc"], r["par"])] = unescape(r["text"])
kinds = [a.split("=", 1) for a in sys.argv[2:]]
results = {kind: check(text, path) for kind, path in kinds}
failed = 0
for doc in docs:
    for kind, _ in kinds:
        n, bad, msgs = results[kind].get(doc, [0, 0, []])
        if n and not bad:
            print(f"{os.path.basename(doc)} {kind}: ok")
            continue
        failed = 1
        print(f"{os.path.basename(doc)} {kind}: FAILED")
        for m in msgs:
            print(m)
        print(f"{n} rows, {bad} with wrong offsets")
for kind, _ in kinds:
    for doc in results[kind]:
        if doc not in docs:
            failed = 1
            print(f"{doc} {kind}: FAILED: rows of a document gw-strip did not write")
sys.exit(failed)
