#!/usr/bin/env python3
"""List the statements two `brief extract --json` runs over the same files differ in.

usage: statement_diff.py OLD.jsonl NEW.jsonl [N]

Prints how many statements NEW adds, drops and gives another kind or speaker (matched by range), then the
first N differences (60 by default): `+` added, `-` dropped, `~` changed.
"""
import json
import sys


def load(path):
    runs = {}
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        names = {speaker["id"]: speaker["name"] for speaker in doc["speakers"]}
        runs[doc["source"]] = {(s["range"]["start"], s["range"]["end"]): (s["kind"], names.get(s["speaker"]), s["text"])
                               for s in doc["statements"]}
    return runs


def main():
    old, new = load(sys.argv[1]), load(sys.argv[2])
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    added = dropped = changed = 0
    lines = []
    for source, before in old.items():
        after = new.get(source, {})
        name = "/".join(source.split("/")[-2:])
        for span, (kind, speaker, text) in before.items():
            if span not in after:
                dropped += 1
                lines.append(f"- {name} {kind} {speaker!r}: {text[:120]!r}")
            elif after[span][:2] != (kind, speaker):
                changed += 1
                lines.append(f"~ {name} {kind}->{after[span][0]} {speaker!r} -> {after[span][1]!r}: {text[:120]!r}")
        for span, (kind, speaker, text) in after.items():
            if span not in before:
                added += 1
                lines.append(f"+ {name} {kind} {speaker!r}: {text[:120]!r}")
    print(f"added {added} dropped {dropped} changed {changed}")
    print("\n".join(lines[:limit]))


if __name__ == "__main__":
    main()
