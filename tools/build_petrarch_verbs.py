"""Build the event coder's field vocabulary from PETRARCH-2's CAMEO verb dictionary.

Run from the repository root with the shared data folder beside it:
    python tools/build_petrarch_verbs.py ../shared/data [--out FOLDER]

Reads `petrarch2_dictionaries/CAMEO.2.0.txt` (MIT, Open Event Data Alliance) and writes
    src/diplograph/events/data/petrarch_verbs.tsv      each verb, its synonym block, its own code
    src/diplograph/events/data/petrarch_patterns.tsv   each phrase pattern of a block
    src/diplograph/events/data/petrarch_synsets.tsv    the noun sets the patterns name (&NAME)
Each row keeps the line of the dictionary it came from, and both files keep the MIT notice.

PETRARCH writes a pattern as words around the verb's place `*`: the nouns before it sit on the
subject side, the nouns after it on the object side, and `(PREP NOUN)` is a prepositional
phrase. A pattern applies to every verb of its synonym block. Here each pattern becomes:
    subject   the words the subject phrase must hold
    object    the words the verb's own phrase (objects, particles) must hold
    preps     prepositions, each with the words its object must hold ("to:border", "with:")
    target    where PETRARCH's target mark `+` sits (subject, object, or a preposition)
Each element is a list of alternatives ("|"); a synset is kept by name ("&WEAPON").
The code `[042:043]` gives the act (042) and its converse (043); `[---]` codes nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path("src/diplograph/events/data")
SOURCE = "petrarch2_dictionaries/CAMEO.2.0.txt"
MARKS = {"$": "source", "+": "target", "^": "skip", "%": "compound"}
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
CODE = re.compile(r"\[\s*([0-9:\-]*)\s*\]")


@dataclass
class Pattern:
    """One phrase pattern of a synonym block."""

    block: str
    code: str
    converse: str
    subject: list[str] = field(default_factory=list)
    object: list[str] = field(default_factory=list)
    preps: list[str] = field(default_factory=list)
    target: str = ""
    line: int = 0


@dataclass
class Verb:
    """One verb of a synonym block, the other words of a multi-word verb, and its own code
    (the block's default where it has none)."""

    block: str
    lemma: str
    words: list[str]
    code: str
    converse: str
    line: int


def notice(license_text: str) -> list[str]:
    """Return the header lines of a built file: where it came from and the MIT notice."""
    lines = [f"# Built by tools/build_petrarch_verbs.py from PETRARCH-2's {SOURCE}",
             f"# (https://github.com/openeventdata/petrarch2, commit {COMMIT}).",
             "# The `line` column gives the line of that file each entry comes from.", "#"]
    return lines + ["# " + t if t else "#" for t in license_text.splitlines()] + ["#"]


def clean(word: str) -> str:
    """Return a dictionary word as a lower-case form ("KRONE_" -> "krone"); the words of a
    phrase stay joined by "_" ("prime_minister")."""
    return word.strip("_").lower()


def split_code(text: str) -> tuple[str, str] | None:
    """Return (code, converse code) of a `[...]` code, or None when there is none."""
    m = CODE.search(text)
    if not m:
        return None
    raw = m.group(1)
    first, _, second = raw.partition(":")
    first = "" if first.startswith("-") else first
    second = "" if second.startswith("-") else second
    return first, second


def synsets(lines: list[str]) -> dict[str, tuple[list[str], int]]:
    """Return synset name -> (its words, the line it is defined on)."""
    found: dict[str, tuple[list[str], int]] = {}
    name = None
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.split()[0].rstrip("_")
            found[name] = ([], number)
        elif line.startswith("+") and name:
            found[name][0].append(clean(line[1:].split()[0]))
        elif line and not line.startswith("+"):
            name = None
    return found


def verb_forms(line: str) -> tuple[str, list[str], tuple[str, str] | None]:
    """Return a verb line's lemma, the other words of a multi-word verb, and its own code."""
    head = re.sub(r"\{[^}]*\}", " ", line.split("#", 1)[0])
    code = split_code(head)
    words = CODE.sub(" ", head).split()[0].split("_")
    marked = [w for w in words if w.startswith("+")]
    verb = (marked[0] if marked else words[0]).lstrip("+")
    others = [w.lstrip("+").lower() for w in words if w.lstrip("+") != verb and w]
    return verb.lower(), others, code


def elements(body: str) -> tuple[list[str], list[str], list[str], str]:
    """Return the subject, object and preposition elements of a pattern body, and where its
    target mark sits."""
    left, _, right = body.partition("*")
    subject, target = side_words(left, "subject")
    obj, preps, right_target = object_side(right)
    return subject, obj, preps, target or right_target


def side_words(text: str, side: str) -> tuple[list[str], str]:
    """Return the words of the subject side and "subject" when the target mark is there."""
    words, target = [], ""
    for token in phrase_tokens(text):
        if token in MARKS:
            target = side if MARKS[token] == "target" else target
        elif token.startswith("("):
            continue
        else:
            words.append(token)
    return words, target


def object_side(text: str) -> tuple[list[str], list[str], str]:
    """Return the object words, the prepositions (with their objects' words) and where the
    target mark sits on the object side."""
    words, preps, target = [], [], ""
    for token in phrase_tokens(text):
        if token.startswith("("):
            inner = phrase_tokens(token[1:-1])
            prep, rest = inner[0].lower(), inner[1:]
            if "+" in rest:
                target = f"prep:{prep}"
            nouns = [w for w in rest if w not in MARKS]
            preps.append(prep + ":" + "|".join(nouns[-1:]) if nouns else prep + ":")
            words.extend(f"{w}" for w in nouns[:-1])
        elif token in MARKS:
            if MARKS[token] == "target" and not target:
                target = "object"
        else:
            words.append(token)
    return words, preps, target


def phrase_tokens(text: str) -> list[str]:
    """Split a pattern side into words, braced phrases (their words), marks and bracketed
    prepositional phrases kept whole."""
    tokens: list[str] = []
    for m in re.finditer(r"\([^)]*\)|\{[^}]*\}|\S+", text):
        piece = m.group(0)
        if piece.startswith("{"):
            tokens.extend(normal(w) for w in piece[1:-1].split() if normal(w))
        elif piece.startswith("("):
            tokens.append(piece)
        elif normal(piece):
            tokens.append(normal(piece))
    return tokens


def normal(word: str) -> str:
    """Return a pattern word in the form the built file keeps: marks as they are, synsets by
    name, other words lower case."""
    if word in MARKS:
        return word
    if word.startswith("&"):
        return word.rstrip("_")
    return clean(word)


def parse_verbs(lines: list[str]) -> tuple[list[Verb], list[Pattern]]:
    """Return the verbs and the phrase patterns of the verb-pattern section."""
    verbs: list[Verb] = []
    patterns: list[Pattern] = []
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line) + 1
    end = next(i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line)
    block, default = "", ("", "")
    for number in range(start, end):
        line = lines[number].rstrip()
        if line.startswith("---"):
            block = line.strip("- ").split()[0]
            default = split_code(line) or ("", "")
        elif line.startswith("-"):
            code = split_code(line)
            if code is not None:
                subject, obj, preps, target = elements(line[1:line.index("[")])
                patterns.append(Pattern(block, *code, subject, obj, preps, target, number + 1))
        elif line.strip() and not line.lstrip().startswith("#") and not line.startswith("~"):
            lemma, others, own = verb_forms(line)
            code = own if own is not None else default
            verbs.append(Verb(block, lemma, others, *code, number + 1))
    return verbs, patterns


def write(verbs: list[Verb], patterns: list[Pattern], sets: dict[str, tuple[list[str], int]],
          header: list[str], out: Path = OUT) -> None:
    """Write the three built files."""
    tables = {
        "petrarch_verbs.tsv": (["block", "lemma", "words", "code", "converse", "line"],
                               [[v.block, v.lemma, " ".join(v.words), v.code, v.converse,
                                 str(v.line)] for v in verbs]),
        "petrarch_patterns.tsv": (["block", "code", "converse", "subject", "object", "preps",
                                   "target", "line"],
                                  [[p.block, p.code, p.converse, " ".join(p.subject),
                                    " ".join(p.object), " ".join(p.preps), p.target,
                                    str(p.line)] for p in patterns if p.code or p.converse]),
        "petrarch_synsets.tsv": (["name", "words", "line"],
                                 [[n, "|".join(w), str(line)] for n, (w, line) in sorted(sets.items())]),
    }
    for name, (columns, rows) in tables.items():
        with (out / name).open("w", encoding="utf-8") as fh:
            fh.write("\n".join(header) + "\n")
            fh.write("\t".join(columns) + "\n")
            fh.writelines("\t".join(row) + "\n" for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_data", nargs="?", default="../shared/data")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write the files to")
    args = parser.parse_args()
    base = Path(args.shared_data) / "petrarch2_dictionaries"
    lines = (base / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    header = notice((base / "LICENSE").read_text(encoding="utf-8"))
    verbs, patterns = parse_verbs(lines)
    write(verbs, patterns, synsets(lines), header, args.out)
    print(f"{len(verbs)} verbs, {len(patterns)} phrase patterns", file=sys.stderr)


if __name__ == "__main__":
    main()
