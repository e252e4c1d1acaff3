"""Cutting an article into the units claims are read from: sentences, table rows, code lines."""

from __future__ import annotations

from dataclasses import replace

import re

from digest.extract.claims import Unit, split_sentences
from digest.extract.markdown import unescape
from digest.extract.structure import Block, Structure


_LABEL = re.compile(r"^[^.!?]{1,80}:$")


def units_from_structure(structure: Structure) -> list[Unit]:
    """Units in reading order, each with the scope it sits under: the last heading, or for a list
    the short label line ("Haiku — fastest and cheapest:") just above it."""
    units: list[Unit] = []
    heading = ""
    prev: Block | None = None
    for i, b in enumerate(structure.blocks):
        if b.kind == "heading":
            heading = b.text
        label = prev.text if b.kind == "list" and prev is not None and prev.kind == "paragraph" \
            and _LABEL.match(prev.text) else ""
        units.extend(replace(u, block=i) for u in _units_of_block(b, label or heading))
        prev = b
    return units


def _units_of_block(b: Block, scope: str = "") -> list[Unit]:
    out: list[Unit] = []
    if b.kind == "paragraph":
        out += [Unit("sentence", s, s, b.said_by, scope=scope) for s in split_sentences(b.text)]
    elif b.kind == "list":
        for k, item in enumerate(b.items):
            source = b.source_items[k] if b.source_items else ""
            if source:   # a field rebuilt from a card: read as shown, quoted as the source has it
                out.append(Unit("sentence", item, source, b.said_by, scope=scope))
                continue
            out += [Unit("sentence", s, s, b.said_by, scope=scope) for s in split_sentences(item)]
    elif b.kind == "table" and b.rows:
        header = b.rows[0]
        for r, row in enumerate(b.rows[1:], start=1):
            quote = b.source_rows[r] if b.source_rows else "| " + " | ".join(c.strip() for c in row) + " |"
            out.append(Unit("table", quote, quote, b.said_by, header=header, cells=row, scope=scope))
    elif b.kind == "timeline":
        for item in b.items:
            date, event = item.split("\t", 1)
            out.append(Unit("timeline", event, event, b.said_by, context=date))
    elif b.kind == "code":
        stack: list[tuple[int, str]] = []
        for line in b.items:
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip())
            key = re.match(r"\s*([A-Za-z0-9_]+):\s*$", line)
            while stack and stack[-1][0] >= indent:
                stack.pop()
            if key:
                stack.append((indent, key.group(1)))
                continue
            out.append(Unit("code", line.strip(), line.strip(), b.said_by,
                            context=" ".join(k for _, k in stack)))
    return out


_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def structure_from_markdown(body: str) -> Structure:
    """A light reading of a Markdown body (hand-written entries, converted HTML) into blocks."""
    blocks: list[Block] = []
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)  # notes to editors are not article text
    lines = body.split("\n")
    i, n = 0, len(lines)
    para: list[str] = []

    def flush():
        if para:
            blocks.append(Block("paragraph", text=unescape(" ".join(p.strip() for p in para))))
            para.clear()

    while i < n:
        line = lines[i]
        s = line.strip()
        if s.startswith(("```", "~~~")):
            flush()
            fence = s[:3]
            code = []
            i += 1
            while i < n and not lines[i].strip().startswith(fence):
                code.append(lines[i])
                i += 1
            blocks.append(Block("code", items=code))
            i += 1
            continue
        if not s:
            flush()
        elif _HEADING.match(s):
            flush()
            blocks.append(Block("heading", text=unescape(_HEADING.match(s).group(1).strip())))
        elif s.startswith("|") and s.endswith("|"):
            flush()
            rows = []
            while i < n and lines[i].strip().startswith("|"):
                row = lines[i].strip()
                if not re.fullmatch(r"\|?[\s:|-]+\|?", row):
                    rows.append([unescape(c.strip()) for c in re.split(r"(?<!\\)\|", row.strip("|"))])
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        elif _LIST.match(line):
            flush()
            blocks.append(Block("list", items=[unescape(_LIST.sub("", line, count=1).strip())]))
        else:
            para.append(line)
        i += 1
    flush()
    # merge consecutive single-item lists
    merged: list[Block] = []
    for b in blocks:
        if b.kind == "list" and merged and merged[-1].kind == "list":
            merged[-1].items.extend(b.items)
        else:
            merged.append(b)
    return Structure(blocks=merged, sections=[b.text for b in merged if b.kind == "heading"],
                     timeline=[], tables=sum(1 for b in merged if b.kind == "table"))
