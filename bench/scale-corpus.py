#!/usr/bin/env python3
"""Make the scaled corpora of README's "Large corpora and re-runs" figures.

The bench corpus (../shared/corpus/bench/*.jsonl.gz, 56,893 articles) is split into files of
1,000 articles and repeated N times, each copy in a folder of its own whose documents carry ids of
their own: copy c07/ of reuters/12 is c07/reuters/12. The output is NOT for the repository: by
default it goes to /tmp/scale/xN.

    bench/scale-corpus.py 4 18            # /tmp/scale/x4 (227,572 articles), /tmp/scale/x18 (1,024,074)
    bench/scale-corpus.py --change 1 /tmp/scale/x4   # change 1% of the documents (see below)

--change P rewrites one file in every 100/P (the first ones of each copy, in order), changing
one word of the text of every article in it, so that P% of the files and of the documents change
while the ids stay: the re-run then re-extracts those documents. Run it again to change them back
(the word is toggled).
"""
import argparse
import glob
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "..", "shared", "corpus", "bench")
PER_FILE = 1000
MARK = " (revised)"


def chunks(path):
    """The lines of one bench file, in lists of PER_FILE."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        batch = []
        for line in f:
            line = line.strip()
            if not line:
                continue
            batch.append(json.loads(line))
            if len(batch) == PER_FILE:
                yield batch
                batch = []
        if batch:
            yield batch


def make(n, root, bench):
    out = os.path.join(root, f"x{n}")
    if os.path.exists(out):
        sys.exit(f"{out} exists: remove it first")
    sources = sorted(glob.glob(os.path.join(bench, "*.jsonl.gz")))
    if not sources:
        sys.exit(f"no *.jsonl.gz in {bench}")
    parts = []  # (name, docs)
    for src in sources:
        base = os.path.basename(src).split(".")[0]
        for i, batch in enumerate(chunks(src)):
            parts.append((f"{base}-{i:03d}", batch))
    docs = 0
    for c in range(n):
        copy = f"c{c:02d}"
        os.makedirs(os.path.join(out, copy))
        for name, batch in parts:
            with gzip.open(os.path.join(out, copy, name + ".jsonl.gz"), "wt", encoding="utf-8", compresslevel=6) as f:
                for d in batch:
                    d = dict(d)
                    d["id"] = f"{copy}/{d['id']}"
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
                    docs += 1
    print(f"{out}: {docs} documents in {n * len(parts)} files")


def change(percent, folder):
    files = sorted(glob.glob(os.path.join(folder, "*", "*.jsonl.gz")))
    step = round(100 / percent)
    picked = files[::step]
    docs = 0
    for path in picked:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = [json.loads(l) for l in f if l.strip()]
        for d in lines:
            t = d.get("text", "")
            d["text"] = t[: -len(MARK)] if t.endswith(MARK) else t + MARK
        tmp = path + ".tmp"
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6) as f:
            for d in lines:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
        docs += len(lines)
    print(f"{folder}: changed {docs} documents in {len(picked)} of {len(files)} files")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("copies", nargs="*", help="numbers of copies (4 → x4) or, with --change, the folder")
    ap.add_argument("--out", default="/tmp/scale", help="where the xN folders go (default /tmp/scale)")
    ap.add_argument("--bench", default=BENCH, help="the bench corpus folder")
    ap.add_argument("--change", type=float, metavar="P", help="change P%% of the documents of a folder")
    a = ap.parse_args()
    if a.change:
        for folder in a.copies:
            change(a.change, folder)
        return
    for n in a.copies:
        make(int(n), a.out, a.bench)


if __name__ == "__main__":
    main()
