#!/usr/bin/env python3
"""Run a scorer from ../shared/tools with --json, print its summary and fail below the targets.

usage: check-scores.py seeds|news|news-shares|acquisitions SCORER FACTS GOLD
The targets are those of the extraction issue; README.md's quality table shows the latest scores.
"""
import json
import subprocess
import sys

TARGETS = {
    "seeds": {("vendors", "f1"): 0.95, ("deals", "f1"): 1.0, ("shares", "f1"): 1.0,
              ("period_accuracy",): 1.0, ("region_accuracy",): 1.0},
    # Real news (../shared/eval/news): raised as extraction improves, a small margin below the
    # scores README.md reports.
    "news": {("vendors", "f1"): 0.88, ("deals", "f1"): 0.76, ("shares", "f1"): 0.90},  # 0.903 / 0.784 / 1.0
    # Just under the scores with minority stake purchases typed as investments (FACTS.md): the
    # Reuters keys count those as acquisitions, which costs about 0.03 (measured: overall 0.730,
    # PURCHASER 0.742, ACQUIRED 0.734).
    "acquisitions": {("overall", "f1"): 0.715, ("PURCHASER", "f1"): 0.73, ("ACQUIRED", "f1"): 0.72},
    # ../shared/eval/news, market shares only (issue 11): F1 1.0, period and region 1.0 measured
    # (0.783 when Citroen and Kellogg are not recognised as companies); a margin kept.
    "news-shares": {("shares", "f1"): 0.75, ("shares", "precision"): 0.9,
                    ("period_accuracy",): 0.85, ("region_accuracy",): 0.85},
}


def main():
    kind, scorer, facts, gold = sys.argv[1:5]
    subprocess.run([sys.executable, scorer, facts, gold], check=True)
    out = subprocess.run([sys.executable, scorer, facts, gold, "--json"], check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    bad = []
    for path, minimum in TARGETS[kind].items():
        v = result
        for k in path:
            v = v[k]
        if v is not None and v < minimum:
            bad.append(f"{'.'.join(path)} = {v} < {minimum}")
    if bad:
        print(f"{kind}: below target: " + "; ".join(bad))
        return 1
    print(f"{kind}: targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
