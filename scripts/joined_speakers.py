#!/usr/bin/env python3
"""Compare speakers when articles are read one by one and joined into one file with `---` between them.

usage: joined_speakers.py JOINED.txt PER_FILE.jsonl JOINED.json FILE...

JOINED.txt must be the FILEs, each stripped of outer white space, joined by "\\n\\n---\\n\\n" (the order given);
PER_FILE.jsonl is `brief extract --json FILE...`, JOINED.json is `brief extract --json JOINED.txt`. Prints how
many statements keep their speaker in the joined reading, how many get another, and how many are not found there.
"""
import json
import sys


def main():
    per_file = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        doc = json.loads(line)
        per_file[doc["source"]] = doc
    joined = json.load(open(sys.argv[3], encoding="utf-8"))
    names = {speaker["id"]: speaker["name"] for speaker in joined["speakers"]}
    joined_speakers = {(s["range"]["start"], s["range"]["end"]): names.get(s["speaker"]) for s in joined["statements"]}
    offset = same = other = missing = 0
    for path in sys.argv[4:]:
        raw = open(path, encoding="utf-8", errors="replace").read()
        lead = len(raw) - len(raw.lstrip())
        doc = next((d for source, d in per_file.items() if source.endswith(path.lstrip("./"))), None)
        if doc:
            own = {speaker["id"]: speaker["name"] for speaker in doc["speakers"]}
            for statement in doc["statements"]:
                span = (statement["range"]["start"] - lead + offset, statement["range"]["end"] - lead + offset)
                if span not in joined_speakers:
                    missing += 1
                elif joined_speakers[span] == own.get(statement["speaker"]):
                    same += 1
                else:
                    other += 1
        offset += len(raw.strip()) + len("\n\n---\n\n")
    print(f"same speaker {same}, another speaker {other}, not found {missing}")


if __name__ == "__main__":
    main()
