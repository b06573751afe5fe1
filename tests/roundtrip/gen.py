#!/usr/bin/env python3
"""Deterministic hostile gongwen streams for the round-trip test (issue 15).

Usage: gen.py [--seed N] [--docs K] [FILE]...

Writes to standard output one gongwen stream (doc par text) of K random
documents, the same for the same seed: numbered and unnumbered headings,
bodies that repeat their heading, numbers and agencies, white space at
both ends (ASCII, NBSP, U+2000..U+200B, U+3000), escaped TAB/LF/CR/
backslash, and broken UTF-8 (stray, truncated, overlong, surrogate bytes,
a broken E2 80 before ASCII) in text, doc and par. Each FILE is added
after them: a gongwen stream (a header with a text column) has its rows
copied with their doc and par; any other file is plain text, one
document named by its path, each non-blank line a paragraph."""
import random
import sys

HEADS = ["一、", "二、", "三、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "(1)", "（2）",
         "①", "②", "第一章 ", "第二章 ", "第三条 ", "附件1：", "附件"]
TITLES = ["2023年工作回顾", "增长5%", "扩大有效投资", "办好民生实事", "县发改局牵头",
          "一、增长5%", "主要目标", "加强政府自身建设"]
BODIES = ["全年完成投资100亿元，增长6.5%左右。", "城镇登记失业率控制在4.5%以内。",
          "由市发展和改革委员会牵头负责，县财政局配合。", "新建幼儿园5所，改造道路12.3公里。",
          "2022年全市地区生产总值207.8亿元。", "着力推进项目攻坚，强化园区承载。",
          "居民人均可支配收入增长8%，高于经济增长。", "坚持稳中求进工作总基调不动摇。"]
SPACES = [" ", "\t", "\u3000", "\u00a0", "\u2002", "\u2003", "\u200b", "\u3000\u3000"]
BROKEN = [b"\xff", b"\xfe", b"\x80", b"\xe2\x80", b"\xe5\xa2", b"\xc0\xaf", b"\xed\xa0\x80",
          b"\xf4\x90\x80\x80", b"\xe2\x80A", b"\xe3\x80"]


def escape(b):
    return (b.replace(b"\\", b"\\\\").replace(b"\t", b"\\t")
            .replace(b"\n", b"\\n").replace(b"\r", b"\\r"))


def spaces(r):
    return "".join(r.choice(SPACES) for _ in range(r.choice([0, 0, 0, 1, 2])))


def break_utf8(r, b):
    """Insert broken sequences at random byte positions (they may cut a
    character: the tools repair that too)."""
    for _ in range(r.choice([0, 0, 0, 1, 1, 2])):
        i = r.randrange(len(b) + 1)
        b = b[:i] + r.choice(BROKEN) + b[i:]
    return b


def paragraph(r):
    kind = r.randrange(6)
    if kind == 0:      # a heading alone
        s = r.choice(HEADS) + r.choice(TITLES)
    elif kind == 1:    # heading and body in one paragraph
        s = r.choice(HEADS) + r.choice(TITLES) + "。" + r.choice(BODIES)
    elif kind == 2:    # a body that repeats its heading
        h = r.choice(HEADS) + r.choice(TITLES) + "。"
        s = h * r.choice([2, 3])
    elif kind == 3:    # an unnumbered heading line
        s = r.choice(TITLES)
    else:              # body text, at times with escapes
        s = "".join(r.choice(BODIES) for _ in range(r.choice([1, 2, 3])))
        if r.random() < 0.2:
            s = s.replace("，", r.choice(["\t", "\\", "\n", "\r"]), 1)
    return break_utf8(r, (spaces(r) + s + spaces(r)).encode())


def random_docs(r, k, out):
    for d in range(1, k + 1):
        doc = f"r{d}".encode()
        if r.random() < 0.05:
            doc = break_utf8(r, doc + b"\xff")
        for p in range(1, r.randrange(1, 12) + 1):
            par = str(p).encode()
            if r.random() < 0.02:
                par += b"\xfe"
            text = paragraph(r)
            if not text.strip():
                text = b"x"
            out.write(escape(doc) + b"\t" + par + b"\t" + escape(text) + b"\n")


def copy_file(path, out):
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    head = lines[0].rstrip(b"\r").split(b"\t")
    if b"text" in head and all(h and h.islower() for h in head):
        col = {h: i for i, h in enumerate(head)}
        for line in lines[1:]:
            f = line.rstrip(b"\r").split(b"\t")
            if len(f) != len(head):
                continue
            doc = f[col[b"doc"]] if b"doc" in col else escape(path.encode())
            par = f[col[b"par"]] if b"par" in col else b"0"
            out.write(doc + b"\t" + par + b"\t" + f[col[b"text"]] + b"\n")
        return
    n = 0
    for line in lines:
        line = line.rstrip(b"\r")
        if line.strip():
            n += 1
            out.write(escape(path.encode()) + b"\t" + str(n).encode() + b"\t" + escape(line) + b"\n")


def main(argv):
    seed, docs, files = 15, 200, []
    i = 0
    while i < len(argv):
        if argv[i] == "--seed":
            seed, i = int(argv[i + 1]), i + 2
        elif argv[i] == "--docs":
            docs, i = int(argv[i + 1]), i + 2
        else:
            files.append(argv[i])
            i += 1
    out = sys.stdout.buffer
    out.write(b"doc\tpar\ttext\n")
    random_docs(random.Random(seed), docs, out)
    for f in files:
        copy_file(f, out)


if __name__ == "__main__":
    main(sys.argv[1:])
