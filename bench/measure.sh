#!/usr/bin/env bash
# One measured run of README's "Large corpora and re-runs" tables: CPU (user+sys), wall and peak
# RSS of `marketbrief run` over a scaled corpus (bench/scale-corpus.py), with the load before it.
#
#   bench/measure.sh BINARY CORPUS OUT LABEL [extra run flags...]
#
# prints one line: LABEL cpu=USER+SYS s wall=… rss=… MB load=… and keeps the full
# /usr/bin/time -v output and the run's log in OUT/LABEL.time and OUT/LABEL.log.
set -euo pipefail
bin=$(realpath "$1") corpus=$(realpath "$2") out=$(realpath -m "$3") label=$4
shift 4
mkdir -p "$out"
cd /tmp  # no config.yaml there: the built-in defaults and reports
load=$(cut -d' ' -f1-3 /proc/loadavg)
nice /usr/bin/time -v -o "$out/$label.time" "$bin" run --corpus "$corpus" --out "$out" \
  --window all --as-of 2026-01-01 --jobs 2 --no-deliver "$@" >/dev/null 2>"$out/$label.log"
awk -v label="$label" -v load="$load" -F': ' '
  /User time/ {u=$2} /System time/ {s=$2} /Elapsed/ {w=$2} /Maximum resident/ {r=$2}
  END {printf "%s cpu=%.1f s (user %.1f sys %.1f) wall=%s rss=%d MB load=%s\n", label, u+s, u, s, w, r/1024, load}' "$out/$label.time"
