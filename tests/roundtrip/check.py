#!/usr/bin/env python3
"""The round-trip property (issue 15) on one gongwen stream.

Usage: check.py STREAM

For every paragraph of STREAM (its text as the tools read it: unescaped,
every byte outside a well-formed UTF-8 sequence replaced by U+FFFD):
  - gw-sections writes one row, in order, whose heading followed by text
    is the paragraph (the joining rule of gw-sections(1)); with -k, text
    is the paragraph and head a prefix of it;
  - gw-numbers and gw-agencies, run on STREAM, after gw-sections and
    after gw-sections -k, write rows whose (start, end) pick their span
    out of the paragraph, and the same rows in all three pipelines;
  - all output is valid UTF-8 (doc and par repaired like text).
Prints a summary; exits 1 on any failure."""
import subprocess
import sys

ESC = {ord("\\"): b"\\", ord("t"): b"\t", ord("n"): b"\n", ord("r"): b"\r"}


def unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        if b[i] == 0x5C and i + 1 < len(b) and b[i + 1] in ESC:
            out += ESC[b[i + 1]]
            i += 2
        else:
            out.append(b[i])
            i += 1
    return bytes(out)


def seqlen(b, i):
    """Length of the well-formed UTF-8 sequence at b[i], 0 if none."""
    c = b[i]
    if c < 0x80:
        return 1
    if 0xC2 <= c <= 0xDF:
        n, lo, hi = 2, 0x80, 0xBF
    elif 0xE0 <= c <= 0xEF:
        n = 3
        lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F)}.get(c, (0x80, 0xBF))
    elif 0xF0 <= c <= 0xF4:
        n = 4
        lo, hi = {0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}.get(c, (0x80, 0xBF))
    else:
        return 0
    if i + n > len(b) or not lo <= b[i + 1] <= hi:
        return 0
    if any(not 0x80 <= b[i + k] <= 0xBF for k in range(2, n)):
        return 0
    return n


def repair(b):
    """One U+FFFD per byte that is not part of a well-formed sequence, as
    the tools repair (docs/guarantees.md)."""
    out, i = [], 0
    while i < len(b):
        k = seqlen(b, i)
        if k:
            out.append(b[i:i + k].decode())
            i += k
        else:
            out.append("\ufffd")
            i += 1
    return "".join(out)


def paragraphs(path):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    head = lines[0].split(b"\t")
    c = {h: i for i, h in enumerate(head)}
    pars = []
    for line in lines[1:]:
        if not line:
            continue
        line = line[:-1] if line.endswith(b"\r") else line
        f = line.split(b"\t")
        pars.append((repair(f[c[b"doc"]]), repair(f[c[b"par"]]), repair(unescape(f[c[b"text"]]))))
    return pars


def run(cmd, data):
    """cmd (a list) on data, a file's path (its stdin is then the file) or
    bytes (through a pipe): its rows, and an error if its output is not
    UTF-8; also the output itself, to feed the next tool."""
    if isinstance(data, bytes):
        r = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    else:
        with open(data, "rb") as f:
            r = subprocess.run(cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    err = None
    name = " ".join(cmd)
    try:
        text = r.stdout.decode("utf-8")
    except UnicodeDecodeError as e:
        err = f"{name}: invalid UTF-8 in the output ({e})"
        text = r.stdout.decode("utf-8", errors="replace")  # check the rest all the same
    lines = text.split("\n")
    head = lines[0].split("\t")
    rows = [dict(zip(head, l.split("\t"))) for l in lines[1:] if l]
    return rows, err, r.stdout


def un(s):
    return unescape(s.encode()).decode()


def check_sections(data, pars, fails):
    """gw-sections and gw-sections -k on the file: their outputs, for the
    pipelines of check_tool."""
    rows, err, out = run(["gw-sections"], data)
    krows, kerr, kout = run(["gw-sections", "-k"], data)
    for e in (err, kerr):
        if e:
            fails.append(e)
    if len(rows) != len(pars) or len(krows) != len(pars):
        fails.append(f"gw-sections: {len(rows)} rows, -k {len(krows)}, for {len(pars)} paragraphs")
    for p, r, k in zip(pars, rows, krows):
        joined = un(r["heading"]) + un(r["text"])
        if (r["doc"], r["par"]) != p[:2] or joined != p[2]:
            fails.append(f"gw-sections {p[0]}:{p[1]}: heading+text {joined!r} != {p[2]!r}")
        if un(k["text"]) != p[2] or not p[2].startswith(un(k.get("head", k.get("heading", "")))):
            fails.append(f"gw-sections -k {p[0]}:{p[1]}: text {un(k['text'])!r} head {k.get('head', k.get('heading'))!r}")
    print(f"gw-sections: {len(rows)} rows, heading+text = paragraph: "
          f"{'no' if any(f.startswith('gw-sections') for f in fails) else 'all'}")
    return out, kout


def check_tool(tool, inputs, text, fails):
    """tool on the stream and on the outputs of gw-sections and -k."""
    sets = []
    for pre, data in zip(("", "gw-sections | ", "gw-sections -k | "), inputs):
        rows, err, _ = run([tool], data)
        if err:
            fails.append(err)
        bad = 0
        for r in rows:
            t = text.get((r["doc"], r["par"]))
            got = t[int(r["start"]):int(r["end"])] if t is not None else None
            if got != un(r["span"]):
                bad += 1
                if bad <= 3:
                    fails.append(f"{pre}{tool} {r['doc']}:{r['par']}: span {r['span']!r}, text has {got!r}")
        sets.append(sorted((r["doc"], r["par"], int(r["start"]), int(r["end"]), r["span"]) for r in rows))
        print(f"{pre}{tool}: {len(rows)} rows, {bad} with wrong offsets")
    if not sets[0]:
        fails.append(f"{tool}: no rows at all")
    if sets[1] != sets[0] or sets[2] != sets[0]:
        fails.append(f"{tool}: the rows differ with gw-sections ({len(sets[0])}, {len(sets[1])}, {len(sets[2])})")
    else:
        print(f"{tool}: the same rows in the three pipelines")


def main(path):
    pars = paragraphs(path)
    text = {(d, p): t for d, p, t in pars}
    fails = []
    if len(text) != len(pars):
        fails.append("doc and par do not name each paragraph once")
    print(f"{len(pars)} paragraphs in {len({d for d, _, _ in pars})} documents")
    inputs = (path, *check_sections(path, pars, fails))
    for tool in ("gw-numbers", "gw-agencies"):
        check_tool(tool, inputs, text, fails)
    for f in fails[:20]:
        print("FAIL:", f)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main(sys.argv[1])
