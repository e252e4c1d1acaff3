"""Turning raw bytes into text: BOMs, UTF-8, UTF-16, legacy 8-bit code pages, and binary refusal."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from digest.errors import RejectedInput

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"), (b"\x7fELF", "an executable"), (b"BM", None),
)


def read_input(path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a raw dump's bytes, refusing sizes past the limit before reading them."""
    from pathlib import Path

    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as err:
        raise RejectedInput(str(path), f"cannot read: {err.strerror}; check the path") from None
    if size > max_bytes:
        raise RejectedInput(
            str(path),
            f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit; "
            "split it or pass --max-size",
        )
    with p.open("rb") as fh:
        return fh.read(max_bytes + 1)


def decode(data: bytes, path: str = "<input>") -> str:
    """Decode bytes to text with normalised newlines, or reject what is not text."""
    if not data.strip():
        raise RejectedInput(path, "file is empty; nothing to convert")
    for magic, what in _BINARY_MAGIC:
        if what and data.startswith(magic):
            raise RejectedInput(path, f"file is {what}, not text; remove it from the inputs")
    text = _decode_text(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text) // 50):
        raise RejectedInput(path, "file looks binary (many control bytes), not text; remove it from the inputs")
    if not text.strip():
        raise RejectedInput(path, "file holds only whitespace; nothing to convert")
    return text


def _decode_text(data: bytes, path: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    # UTF-16 without a BOM: every other byte NUL in ASCII-heavy text.
    sample = data[:4096]
    if len(sample) >= 4:
        even_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        odd_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        if even_nul > 0.4 and odd_nul < 0.05:
            return data.decode("utf-16-le", errors="replace")
        if odd_nul > 0.4 and even_nul < 0.05:
            return data.decode("utf-16-be", errors="replace")
    nul_share = data.count(0) / len(data)
    if nul_share > 0.1:
        raise RejectedInput(path, "file looks binary (NUL bytes), not text; remove it from the inputs")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:262144]).best()
    if best is not None and best.encoding not in ("utf_8",):
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")
