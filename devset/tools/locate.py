#!/usr/bin/env python3
"""Turns a hand-written annotation spec into gold JSON files with computed offsets.

Why: offsets counted by hand are wrong; the annotator writes each figure's text and the script finds it.
Spec format (one block per article, figures and dates in text order):
  @ bbc/business/001.txt
  F text | value | unit[,other forms] | kind [| q=qualifier] [| approx] [| ev=event]
  D text | value
  N trap text
A figure is searched from the previous figure's end, so repeated numbers resolve in order.
Offsets are Java UTF-16 indices: characters outside the BMP count twice.

Usage: locate.py CORPUS_ROOT OUT_DIR SPEC...
"""
import json
import re
import sys
from pathlib import Path


def java_index(text, py_index):
    return py_index + sum(1 for ch in text[:py_index] if ord(ch) > 0xFFFF)


def sections(raw):
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    return {"headline": lines[0], "captions": [], "body": lines[1:], "related": [], "promos": [], "byline": []}


def parse_figure(fields, raw, cursor, name):
    text, value, unit, kind = fields[:4]
    # a match inside a longer number ("9%" in "5.9%") is not the figure
    match = re.compile(r"(?<![\w.,])" + re.escape(text) + r"(?!\w)").search(raw, cursor)
    if match is None:
        sys.exit(f"{name}: figure text not found after {cursor}: {text!r}")
    figure = {"text": text, "value": json.loads(value), "unit": unit.split(","), "kind": kind}
    for extra in fields[4:]:
        if extra == "approx":
            figure["approximate"] = True
        elif extra.startswith("q="):
            figure["qualifier"] = extra[2:]
        elif extra.startswith("ev="):
            figure["event"] = extra[3:]
        else:
            sys.exit(f"{name}: unknown field {extra!r}")
    at = match.start()
    figure["start"] = java_index(raw, at)
    figure["end"] = java_index(raw, at + len(text))
    return figure, at + len(text)


def build(corpus, block):
    name = block[0][1:].strip()
    raw = (corpus / name).read_text(encoding="utf-8")
    gold = {"file": name, "sections": sections(raw), "figures": [], "dates": [], "notFigures": []}
    cursor = 0
    for line in block[1:]:
        tag, rest = line[0], line[1:].strip()
        fields = [f.strip() for f in rest.split("|")]
        if tag == "F":
            figure, cursor = parse_figure(fields, raw, cursor, name)
            gold["figures"].append(figure)
        elif tag == "D":
            if fields[0] not in raw:
                sys.exit(f"{name}: date text not found: {fields[0]!r}")
            gold["dates"].append({"text": fields[0], "value": fields[1]})
        elif tag == "N":
            if rest not in raw:
                sys.exit(f"{name}: trap text not found: {rest!r}")
            gold["notFigures"].append(rest)
        else:
            sys.exit(f"{name}: unknown line {line!r}")
    return name, gold


def blocks(spec_text):
    current = []
    for line in spec_text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@") and current:
            yield current
            current = []
        current.append(line)
    if current:
        yield current


def main(corpus_root, out_dir, *specs):
    corpus, out = Path(corpus_root), Path(out_dir)
    for spec in specs:
        for block in blocks(Path(spec).read_text(encoding="utf-8")):
            name, gold = build(corpus, block)
            target = out / (name.replace("/", "__").removesuffix(".txt") + ".json")
            target.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"{target.name}: {len(gold['figures'])} figures, {len(gold['dates'])} dates")


if __name__ == "__main__":
    main(*sys.argv[1:])
