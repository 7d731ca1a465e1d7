#!/usr/bin/python3
"""Open a workbook written by marketbrief with openpyxl and print what it holds, as JSON.

Usage: /usr/bin/python3 check_workbook.py FILE.xlsx

Prints {"sheets": [...], "hidden": [...], "tables": {sheet: [[name, ref], ...]},
"charts": {sheet: [chart type, ...]}} and exits 0. Any warning openpyxl raises while loading
(for example about an invalid part or a table it cannot read) is turned into an error, and the
script exits non-zero, as it does when a table overlaps another or has no data row.
"""
import json
import sys
import warnings

warnings.simplefilter("error")

import openpyxl  # noqa: E402  (imported after the warning filter on purpose)
from openpyxl.utils.cell import range_boundaries  # noqa: E402


def check(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames, "hidden": [], "tables": {}, "charts": {}}
    names = set()
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            out["hidden"].append(ws.title)
        boxes = []
        for table in ws.tables.values():
            name = table.displayName
            if name in names:
                raise SystemExit(f"{ws.title}: duplicate table name {name}")
            names.add(name)
            min_col, min_row, max_col, max_row = range_boundaries(table.ref)
            if max_row <= min_row:
                raise SystemExit(f"{ws.title}: table {name} {table.ref} has no data row")
            if ws.auto_filter.ref and ws.auto_filter.ref == table.ref:
                raise SystemExit(f"{ws.title}: autofilter on table {name}'s range")
            for other in boxes:
                if not (max_col < other[0] or min_col > other[2] or max_row < other[1] or min_row > other[3]):
                    raise SystemExit(f"{ws.title}: table {name} overlaps another table")
            boxes.append((min_col, min_row, max_col, max_row))
            out["tables"].setdefault(ws.title, []).append([name, table.ref])
        for chart in ws._charts:
            out["charts"].setdefault(ws.title, []).append(chart.tagname)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_workbook.py FILE.xlsx")
    json.dump(check(sys.argv[1]), sys.stdout, ensure_ascii=False, sort_keys=True)
    print()
