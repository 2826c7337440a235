"""Changes column by column: the attachment of a format-2 sync bundle (``docs/bundle-format.md``).

A full sync carries hundreds of thousands of changes. As JSON (format 1) each value is a string
full of escaped quotes that the reader must unescape one by one; column by column, each field is
one UTF-8 text of the values joined by a zero character, which Python writes with one ``join`` and
reads with one ``split``, both in C. A column whose values may be null (``old``, ``prev``) is
followed by a mask of one byte per change (1: null, and then the text is empty).

Pure functions over bytes and tuples: no database, no Qt. Nothing here decides whether a change
is well formed or allowed; ``merge.change_columns`` and ``trust`` check every change as before.
"""

from __future__ import annotations

from itertools import compress
from typing import Any, Sequence

SEP = "\x00"  # JSON text never holds a raw zero character; any field that does goes as format 1
NULLABLE = frozenset({"old", "prev"})


Packed = tuple[int, list[list[int]], list[bytes]]  # rows, per field [text bytes, mask bytes], the attachment's parts


def encode(rows: Sequence[Sequence[Any]], fields: Sequence[str]) -> tuple[int, list[list[int]], bytes] | None:
    """The attachment of these rows (sequences in ``fields`` order), or None when some value
    cannot travel this way (not text, holding a zero character, null where it may not be)."""
    n = len(rows)
    columns: list[Sequence[Any]] = list(zip(*rows)) if n else [() for _ in fields]
    if len(columns) != len(fields):
        return None
    texts: list[str] = []
    masks: list[bytes] = []
    for name, column in zip(fields, columns):
        mask = b""
        if name in NULLABLE and None in column:
            mask = bytes([v is None for v in column])
            column = ["" if v is None else v for v in column]
        try:
            texts.append(SEP.join(column))
        except TypeError:
            return None
        masks.append(mask)
    packed = pack(n, fields, texts, masks)
    return None if packed is None else (packed[0], packed[1], b"".join(packed[2]))


def pack(n: int, fields: Sequence[str], texts: Sequence[str | bytes], masks: Sequence[bytes]) -> Packed | None:
    """The attachment, in parts, of ``n`` rows given as one text per field (the values joined by
    ``SEP``, a null as empty text; as str, or bytes already UTF-8) and a mask per field (empty when
    nothing in it is null); None when a value holds ``SEP`` itself (the count of separators is then
    off) or cannot be UTF-8."""
    sections: list[list[int]] = []
    parts: list[bytes] = []
    for name, text, mask in zip(fields, texts, masks, strict=True):
        try:
            data = text if isinstance(text, bytes) else text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return None
        if (data.count(0) != n - 1 if n else data) or (mask and (len(mask) != n or name not in NULLABLE)):
            return None
        sections.append([len(data), len(mask)])
        parts += (data, mask)
    return n, sections, parts


def values_of(payload: dict) -> int:
    """How many values ``decode`` would make of a payload's attachment (``rows`` for each of its
    ``fields``), from an untrusted payload: 0 when they are not a count and a list, which the
    reader refuses anyway."""
    n, fields = payload.get("rows"), payload.get("fields")
    return n * len(fields) if type(n) is int and n > 0 and type(fields) is list else 0


def decode(n: Any, sections: Any, attachment: bytes | memoryview, fields: Sequence[str]) -> list[list[Any]]:
    """The columns (lists of ``n`` values, in ``fields`` order) of an attachment ``encode`` made.

    Raises ValueError for anything that is not exactly such an attachment: counts and lengths that
    do not add up, text that is not UTF-8, a mask on a field that is never null or with other bytes
    than 0 and 1, text under a null.
    """
    if type(n) is not int or n < 0 or type(sections) is not list or len(sections) != len(fields):
        raise ValueError("sections")
    view = memoryview(attachment)
    pos = 0
    out: list[list[Any]] = []
    for name, section in zip(fields, sections):
        if (type(section) is not list or len(section) != 2 or any(type(x) is not int or x < 0 for x in section)
                or section[1] not in (0, n) or (section[1] and name not in NULLABLE)):
            raise ValueError("section")
        size, mask_size = section
        if pos + size + mask_size > len(view):
            raise ValueError("section length")  # not shown
        text = str(view[pos : pos + size], "utf-8")  # strict: a bad byte raises UnicodeDecodeError
        pos += size
        # at most n + 1 pieces, however many separators the text holds: the count the payload
        # states (which the envelope held within the bundle's pieces) bounds what is made
        values: list[Any] = text.split(SEP, n) if n else []
        if len(values) != n or (not n and size):
            raise ValueError("row count")  # not shown
        if mask_size:
            mask = bytes(view[pos : pos + mask_size])
            pos += mask_size
            if mask.count(1) + mask.count(0) != n:
                raise ValueError("mask")
            if any(compress(values, mask)):
                raise ValueError("text under a null")  # not shown
            values = [None if m else v for v, m in zip(values, mask)]
        out.append(values)
    if pos != len(view):
        raise ValueError("bytes after the last section")  # not shown
    return out
