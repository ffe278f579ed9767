#!/usr/bin/env python3
"""Turn a hand-written annotation spec for a ptc/ article into a dev gold JSON file.

The annotator writes figures by text and occurrence index; this script computes the
Java String offsets (UTF-16 code units), checks raw[start:end] == text, builds the
ptc sections (first line = headline, every following non-empty line = body) and
lists digit tokens no annotation covers, so nothing is skipped by accident.

Usage: locate_ptc.py CORPUS_ROOT OUT_DIR SPEC.py...
A spec is Python that sets FILE and calls f(...), d(...) and nf(...).
"""
import json
import re
import sys

# Qualifiers that make an amount approximate rather than bound it (unlike "at least", "up to", "within").
APPROXIMATING = {"about", "around", "nearly", "almost", "some", "roughly", "approximately", "or so", "an estimated"}


def utf16_index(raw, py_index):
    """Java indices count UTF-16 units: characters outside the BMP take two."""
    return py_index + sum(1 for ch in raw[:py_index] if ord(ch) > 0xFFFF)


def find_occurrence(raw, text, occ):
    """The occ-th match of text that is not glued to a neighbouring letter or digit."""
    pattern = r"(?<![\w])" + re.escape(text) + r"(?![\w])"
    matches = list(re.finditer(pattern, raw))
    if occ >= len(matches):
        raise SystemExit(f"'{text}' occurrence {occ} not found ({len(matches)} matches)")
    return matches[occ].start()


def sections(raw):
    # A byte-order mark or zero-width space alone does not make a paragraph.
    lines = [line.strip().strip("\ufeff\u200b").strip() for line in raw.split("\n")]
    non_empty = [line for line in lines if line]
    return {"headline": non_empty[0], "captions": [], "body": non_empty[1:],
            "related": [], "promos": [], "byline": []}


def load_spec(path):
    figures, dates, not_figures = [], [], []

    def f(text, value, unit, kind="count", q=None, approx=False, event=None, occ=0):
        figures.append(dict(text=text, value=value, unit=unit.split("|"), kind=kind,
                            q=q, approx=approx, event=event, occ=occ))

    def d(text, value=None):
        dates.append({"text": text, "value": value if value is not None else text})

    def nf(*texts):
        not_figures.extend(texts)

    scope = {"f": f, "d": d, "nf": nf}
    with open(path, encoding="utf-8") as handle:
        exec(handle.read(), scope)
    return scope["FILE"], figures, dates, not_figures


def build(corpus_root, spec_path):
    rel, figures, dates, not_figures = load_spec(spec_path)
    with open(f"{corpus_root}/{rel}", encoding="utf-8") as handle:
        raw = handle.read()
    out_figures = []
    for fig in figures:
        start = find_occurrence(raw, fig["text"], fig["occ"])
        end = start + len(fig["text"])
        assert raw[start:end] == fig["text"]
        record = {"text": fig["text"], "value": fig["value"], "unit": fig["unit"], "kind": fig["kind"]}
        if fig["q"]:
            record["qualifier"] = fig["q"]
        if fig["approx"] or fig["q"] in APPROXIMATING:
            record["approximate"] = True
        if fig["event"]:
            record["event"] = fig["event"]
        record["start"] = utf16_index(raw, start)
        record["end"] = utf16_index(raw, end)
        record["_py"] = (start, end)
        out_figures.append(record)
    out_figures.sort(key=lambda r: r["start"])
    spans = [r.pop("_py") for r in out_figures]
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            print(f"  {rel}: overlapping figures '{raw[s1:e1]}' and '{raw[s2:e2]}'")
    report_uncovered(raw, rel, spans, dates, not_figures)
    return rel, {"file": rel, "sections": sections(raw), "figures": out_figures,
                 "dates": dates, "notFigures": not_figures}


def report_uncovered(raw, rel, spans, dates, not_figures):
    """Print digit tokens outside every figure, date and trap, for the annotator to review."""
    known = [d["text"] for d in dates] + not_figures
    for match in re.finditer(r"\d+(?:[,.]\d+)*", raw):
        inside = any(s <= match.start() < e for s, e in spans)
        if not inside and not any(match.group() in k for k in known):
            print(f"  {rel}: uncovered '{raw[max(0, match.start() - 30):match.end() + 30]}'".replace("\n", " "))


def main():
    corpus_root, out_dir, *specs = sys.argv[1:]
    for spec in specs:
        rel, gold = build(corpus_root, spec)
        name = rel.replace("/", "__").removesuffix(".txt") + ".json"
        with open(f"{out_dir}/{name}", "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        print(f"{name}: {len(gold['figures'])} figures, {len(gold['dates'])} dates")


if __name__ == "__main__":
    main()
