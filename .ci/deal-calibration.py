#!/usr/bin/env python3
"""How often a deal is right at each confidence, on a scored set: the table that tells whether
min_confidence is a real lever.

usage: deal-calibration.py TOOLS news FACTS GOLD_DIR [--min-top X]
       deal-calibration.py TOOLS acquisitions FACTS KEY_DIR [--min-top X]

TOOLS is ../shared/tools (its scorelib matches names as the scorers do). Each deal is judged per
document it cites:
- news (gold in the FACTS.md format): right when it matches a gold deal as the scorer matches
  them (type group, parties); wrong when it matches none; left out when it matches only an
  optional gold deal (borderline, counted neither way, as by the scorer);
- acquisitions (Reuters keys): right when its buyer is a PURCHASER (the seller for a
  divestiture) and its target an ACQUIRED answer of the document's key.
Prints, per band (>=0.9, 0.7-0.9, 0.5-0.7, <0.5), how many deals fall in it and the share right.
With --min-top, exits 1 when the share right at >=0.9 is below X.
"""
import argparse
import importlib.util
import json
import os
import re
import sys

BANDS = [(0.9, 1.01, ">=0.9"), (0.7, 0.9, "0.7-0.9"), (0.5, 0.7, "0.5-0.7"), (0.0, 0.5, "<0.5")]


def load_scorelib(tools):
    spec = importlib.util.spec_from_file_location("scorelib", os.path.join(tools, "scorelib.py"))
    lib = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lib)
    return lib


def judge_news(lib, facts, gold_dir):
    gold = {}
    for fn in os.listdir(gold_dir):
        if fn.endswith(".json"):
            g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
            gold[g["document"]] = g
    out = []
    for d in facts.get("deals") or []:
        for doc in set(d.get("documents") or []):
            key = lib.doc_key(doc, gold)
            if key is None:
                continue
            g = gold[key]
            if any(lib.deal_same(d, x) for x in g.get("deals") or []):
                out.append((d["confidence"], True))
            elif not any(lib.deal_same(d, x) for x in g.get("deals_optional") or []):
                out.append((d["confidence"], False))
    return out


def parse_key(path):
    slots = {"PURCHASER": [], "ACQUIRED": [], "SELLER": []}
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"(\w+):\s*(.*)", line.strip())
        if not m or m.group(1) not in slots or m.group(2).strip() in ("---", ""):
            continue
        slots[m.group(1)] += [a.strip().strip('"') for a in re.split(r'"\s*/\s*"', m.group(2).strip())]
    return slots


def judge_acquisitions(lib, facts, key_dir):
    keys = {fn[:-4]: parse_key(os.path.join(key_dir, fn)) for fn in os.listdir(key_dir) if fn.endswith(".key")}
    out = []
    for d in facts.get("deals") or []:
        if d.get("type") not in ("acquisition", "merger", "divestiture"):
            continue
        for doc in set(d.get("documents") or []):
            name = doc.rsplit("/", 1)[-1]
            k = keys.get(name[:-4] if name.endswith(".txt") else name)
            if k is None:
                continue
            buyer_slot = "SELLER" if d["type"] == "divestiture" else "PURCHASER"
            buyer = any(lib.name_match(d.get("acquirer", ""), x) for x in k[buyer_slot])
            target = any(lib.name_match(d.get("target", ""), x) for x in k["ACQUIRED"])
            out.append((d["confidence"], buyer and target))
    return out


def table(judged):
    rows = []
    for lo, hi, label in BANDS:
        inband = [ok for c, ok in judged if lo <= c < hi]
        share = sum(inband) / len(inband) if inband else None
        rows.append((label, len(inband), share))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tools")
    ap.add_argument("kind", choices=["news", "acquisitions"])
    ap.add_argument("facts")
    ap.add_argument("gold")
    ap.add_argument("--min-top", type=float)
    a = ap.parse_args()
    lib = load_scorelib(a.tools)
    facts = json.load(open(a.facts, encoding="utf-8"))
    judged = (judge_news if a.kind == "news" else judge_acquisitions)(lib, facts, a.gold)
    print(f"{a.kind}: {len(judged)} deals judged")
    print("| confidence | deals | right |")
    print("|---|---|---|")
    rows = table(judged)
    for label, n, share in rows:
        print(f"| {label} | {n} | {'-' if share is None else f'{share:.0%}'} |")
    top = rows[0][2]
    if a.min_top is not None and top is not None and top < a.min_top:
        print(f"{a.kind}: deals at >=0.9 right {top:.0%} < {a.min_top:.0%}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
