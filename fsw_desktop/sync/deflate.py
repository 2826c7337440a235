"""One zlib stream, compressed in slices at once on every core, as pigz does.

A full sync's payload is well over 100 MB before compression, and compressing it on one core
takes as long as reading it from the database. Any reader can inflate the result with
``zlib.decompress``, because it is one ordinary zlib stream: a header, deflate blocks, and the
Adler-32 of the whole. Each slice is compressed as raw deflate ending on a byte boundary
(``Z_SYNC_FLUSH``), so the slices simply follow one another. The last slice ends the stream
(``Z_FINISH``). A slice does not see the 32 KB before it, which on slices of megabytes costs
a few bytes in a million. zlib releases Python's lock while it works, so threads run the
slices in parallel.
"""

from __future__ import annotations

import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

Bytes = bytes | bytearray | memoryview

SLICES_FROM = 8 << 20  # smaller payloads go through one compressor: threads would not pay
SLICE = 4 << 20  # about this many bytes a slice


def compress(pieces: Sequence[Bytes], level: int) -> bytes:
    """``zlib.compress`` of the pieces joined, without joining them first."""
    total = sum(memoryview(piece).nbytes for piece in pieces)
    workers = min(4, os.cpu_count() or 1)
    if total < SLICES_FROM or workers < 2:
        packer = zlib.compressobj(level)
        return b"".join([*map(packer.compress, pieces), packer.flush()])
    slices = _slices(pieces, max(SLICE, -(-total // (workers * 8))))
    last = len(slices) - 1

    def deflate(i: int) -> bytes:
        packer = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        out = [packer.compress(part) for part in slices[i]]
        out.append(packer.flush(zlib.Z_FINISH if i == last else zlib.Z_SYNC_FLUSH))
        return b"".join(out)

    with ThreadPoolExecutor(workers) as pool:
        adler = pool.submit(_adler32, pieces)
        body = list(pool.map(deflate, range(len(slices))))
        check = adler.result()
    header = zlib.compress(b"", level)[:2]  # the two header bytes zlib itself writes at this level
    return b"".join([header, *body, check.to_bytes(4, "big")])


def _adler32(pieces: Sequence[Bytes]) -> int:
    value = 1
    for piece in pieces:
        value = zlib.adler32(piece, value)
    return value


def _slices(pieces: Sequence[Bytes], size: int) -> list[list[memoryview]]:
    """The pieces cut, in order, into runs of about ``size`` bytes (views: nothing copied)."""
    slices: list[list[memoryview]] = [[]]
    room = size
    for piece in pieces:
        view = memoryview(piece).cast("B")
        while len(view):
            if not room:
                slices.append([])
                room = size
            take = view[:room]
            slices[-1].append(take)
            room -= len(take)
            view = view[len(take):]
    return slices
