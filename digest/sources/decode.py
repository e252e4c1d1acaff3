"""Turning raw bytes into text: BOMs, UTF-8, UTF-16, legacy 8-bit code pages, and binary refusal."""

from __future__ import annotations

import codecs
import math
import re
import stat
from pathlib import Path

from charset_normalizer import from_bytes

from digest.errors import RejectedInput

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"), (b"RIFF", "a RIFF media file"), (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"), (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"), (b"wOFF", "a web font"), (b"\x00asm", "a WebAssembly module"),
)
# Control characters that carry no text: dropped. Tabs and line breaks stay.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")
# Encodings with several bytes per character: the detector is trusted for these.
_MULTIBYTE = {"shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "hz", "big5",
              "big5hkscs", "cp950", "euc_kr", "cp949", "johab", "iso2022_kr"}


def read_input(path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a raw dump's bytes, refusing sizes past the limit without reading more than the limit."""
    p = Path(path)
    try:
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):  # opening a pipe would wait forever; a device never ends
            raise RejectedInput(str(path), "not a regular file (a device or pipe); name a file")
        size = st.st_size
        if size <= max_bytes:
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)  # a file that grew since stat() is still cut off here
            size = max(size, len(data))
    except OSError as err:
        raise RejectedInput(str(path), f"cannot read: {err.strerror or err}; check the path and permissions") from None
    if size > max_bytes:
        need = math.ceil(size / 1048576)
        raise RejectedInput(
            str(path),
            f"file is {_mb(size)}, over the {_mb(max_bytes)} limit; split it, or pass --max-size {need} "
            "if it really is one article",
        )
    return data


def _mb(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n % 1048576 else f"{n // 1048576} MB"


def decode(data: bytes, path: str = "<input>") -> str:
    """Decode bytes to text with normalised newlines, or reject what is not text."""
    if not data:
        raise RejectedInput(path, "file is empty (0 bytes); nothing to convert")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise RejectedInput(path, f"file is {what}, not text; remove it from the inputs")
    text = _decode_text(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = text.replace("\ufeff", "")
    controls = len(_CONTROLS.findall(text)) - text.count("\x00")
    if controls > max(8, len(text) // 50):
        raise RejectedInput(path, "file looks binary (many control bytes), not text; remove it from the inputs")
    text = _CONTROLS.sub("", text)
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
    if data.count(0) / len(data) > 0.1:
        raise RejectedInput(path, "file looks binary (NUL bytes), not text; remove it from the inputs")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _looks_western(text: str) -> bool:
    """Western European text read as cp1252: accented letters sparse, inside mostly-ASCII words.

    Cyrillic, Greek or CJK bytes read as cp1252 also give letters, but in long runs of them.
    """
    high = sum(1 for ch in text if ord(ch) > 127)
    if not high:
        return True
    letters = sum(1 for ch in text if ch.isalpha())
    high_letters = sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())
    in_runs = sum(len(m) for m in _NON_ASCII_RUN.findall(text))
    return high_letters <= 0.3 * max(1, letters) and in_runs <= 0.2 * high


def _legacy(data: bytes) -> str:
    """An 8-bit or multi-byte legacy encoding. Statistical detectors misread short Latin-1 text
    (as cp1250, cp1257, ...), so Western text is tried first and the detector asked only otherwise."""
    western = data.decode("cp1252", errors="replace")
    best = None
    if not _looks_western(western):
        best = from_bytes(data[:262144]).best()
    elif any(b >= 0x80 for b in data[:262144]):
        guess = from_bytes(data[:262144]).best()
        best = guess if guess is not None and guess.encoding in _MULTIBYTE else None
    if best is not None and best.encoding != "utf_8":
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return western
