#!/usr/bin/env python3
"""Turn a language's example corpus (src/lang/XX/corpus.txt) into articles and gold files in
the format of ../shared/gold, so ../shared/eval/score.py scores newsgraph on them exactly as
it scores the seeds.

Usage: corpus_gold.py LANG OUTDIR   -> OUTDIR/articles/*.txt, OUTDIR/gold/*.json

Each example becomes one article (its '>' paragraphs, with a "Published:" line when the
example gives @published); its role: and statement: lines become the gold facts. Negative
expectations (no-role, no-statement, no-person) have no place in the gold format: a wrong fact
already counts against precision. A year-less date (--MM-DD) has no place either: such
statements are scored without their date.
"""
import json, sys
from pathlib import Path

lang, out = sys.argv[1], Path(sys.argv[2])
text = (Path(__file__).resolve().parent.parent / "src" / "lang" / lang / "corpus.txt").read_text()
(out / "articles").mkdir(parents=True, exist_ok=True)
(out / "gold").mkdir(parents=True, exist_ok=True)

examples, current = [], None
for n, line in enumerate(text.split("\n"), 1):
    if not line.strip():
        if current and current["paras"]:
            examples.append(current)
        current = None
        continue
    if line.startswith("#"):
        continue
    if current is None:
        current = {"line": n, "published": None, "paras": [], "roles": [], "statements": [], "people": []}
    if line.startswith("@published"):
        current["published"] = line.split()[1]
    elif line.startswith("> "):
        current["paras"].append(line[2:])
    elif ":" in line:
        kind, rest = line.split(":", 1)
        fields = [f.strip() for f in rest.split("|")]
        if kind == "role":
            current["roles"].append(fields)
        elif kind == "statement":
            current["statements"].append(fields)
        elif kind == "person":
            current["people"].append(fields[0])
if current and current["paras"]:
    examples.append(current)

for ex in examples:
    name = f"{lang}-{ex['line']:05d}"
    body = "\n\n".join(ex["paras"])
    if ex["published"]:
        body = f"Published: {ex['published']}\n\n{body}"
    (out / "articles" / f"{name}.txt").write_text(body + "\n")
    people = {p for p in ex["people"]}
    people |= {r[0] for r in ex["roles"]} | {s[0] for s in ex["statements"]}
    gold = {
        "article": f"{name}.txt",
        "source_url": None,
        "lang": lang,
        "published": ex["published"],
        "people": [{"name": p, "aliases": []} for p in sorted(people)],
        "roles": [{"person": r[0], "role": [r[1]], "org": [r[2]]} for r in ex["roles"] if len(r) >= 3],
        "statements": [
            {"speaker": s[0], "date": s[1] if len(s[1]) == 10 else None, "venue": [s[2]] if s[2] else [], "quote": s[3]}
            for s in ex["statements"]
            if len(s) >= 4
        ],
    }
    (out / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1))
print(f"{len(examples)} examples -> {out}")
