#!/usr/bin/env python3
"""Score gw-numbers --all against the numeral-conversion oracles in
tests/data/external: cn2an's cn2an.tsv (strict, normal, smart and direct
rows: a Chinese numeral and its value) and JioNLP's money_parser.tsv (a
money phrase and its low/high amounts).

A case passes when one row of `gw-numbers --all` on the input alone has
the expected value (cn2an), or the expected value / low and high
(JioNLP: a point amount is value = low = high; a blur amount passes on
its value too; ranges on low and high). Values are compared as exact
decimals. Prints per-table counts and the failures; exits 1 if a count
is below the floor given on the command line:
    oracle.py EXTERNAL_DIR CN2AN_FLOOR JIONLP_FLOOR [-v]
"""
import subprocess
import sys
from decimal import Decimal, InvalidOperation


def dec(s):
    try:
        return Decimal(s)
    except (InvalidOperation, TypeError):
        return None


def run(lines):
    out = subprocess.run(["gw-numbers", "--all", "-N", "--doc", "t"],
                         input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=False).stdout
    rows = {}
    for line in out.splitlines():
        f = line.split("\t")
        # doc par start end span value unit low high qual kind clause
        rows.setdefault(int(f[1]), []).append(f)
    return rows


def read_tsv(path):
    with open(path, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        return [dict(zip(head, l.rstrip("\n").split("\t"))) for l in fh if l.strip()]


def main():
    ext, floor_cn, floor_jio = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    verbose = "-v" in sys.argv
    ok = True

    cases = [c for c in read_tsv(ext + "/cn2an/cn2an.tsv")
             if c["min_mode"] in ("strict", "normal", "smart", "direct")]
    rows = run([c["input"] for c in cases])
    npass = 0
    for k, c in enumerate(cases, 1):
        want = dec(c["expected"])
        got = [dec(f[6]) for f in rows.get(k, [])]
        if want is not None and want in got:
            npass += 1
        elif verbose:
            print("cn2an FAIL %s want %s got %s" % (c["input"], c["expected"],
                  [f[5] + "=" + f[6] for f in rows.get(k, [])]))
    print("cn2an: %d/%d pass (floor %d)" % (npass, len(cases), floor_cn))
    ok &= npass >= floor_cn

    cases = read_tsv(ext + "/jionlp/money_parser.tsv")
    rows = run([c["input"] for c in cases])
    npass = 0
    for k, c in enumerate(cases, 1):
        lo, hi = dec(c["num_low"]), dec(c["num_high"])
        good = False
        for f in rows.get(k, []):
            v, l, h = dec(f[6]), dec(f[8]), dec(f[9])
            if v is not None and lo == hi and v.quantize(Decimal("0.01")) == lo:
                good = True
            elif l is not None and h is not None and l == lo and h == hi:
                good = True
        if good:
            npass += 1
        elif verbose:
            print("jionlp FAIL %s want %s..%s got %s" % (c["input"], c["num_low"], c["num_high"],
                  [f[5] + "=" + f[6] + "[" + f[8] + "," + f[9] + "]" for f in rows.get(k, [])]))
    print("jionlp money_parser: %d/%d pass (floor %d)" % (npass, len(cases), floor_jio))
    ok &= npass >= floor_jio
    sys.exit(0 if ok else 1)


main()
