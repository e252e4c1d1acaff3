"""Reading a saved page: its bytes to text by the charset it declares, the text to one parsed tree."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html as trafilatura_load_html

from digest.errors import RejectedInput
from digest.sources.decode import decode

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# What browsers actually use for these labels (WHATWG Encoding Standard).
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
            "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
            "shift_jis": "cp932", "sjis": "cp932", "euc-kr": "cp949", "big5": "big5hkscs"}


def decode_markup(data: bytes, path: str) -> str:
    """HTML or XML bytes to text: BOM, then strict UTF-8, then the declared charset, then a guess."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        m = _DECLARED.search(data[:8192])
        label = (m.group(1) or m.group(2)).decode("ascii").lower() if m else None
        if label and label not in ("utf-8", "utf8"):
            try:
                text = data.decode(_ALIASES.get(label, label))
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                return decode(text.encode("utf-8"), path)
    return decode(data, path)


def parse_page(text: str, path: str):
    """The page parsed once, with the parser trafilatura uses; every field below reads this tree."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    tree = None
    try:
        tree = trafilatura_load_html(text)
    except (etree.ParserError, ValueError, TypeError):
        tree = None
    if tree is None:
        try:
            tree = lxml_html.document_fromstring(text)
        except (etree.ParserError, ValueError) as err:
            raise RejectedInput(path, f"cannot parse the HTML ({err}); save the page again") from None
    return tree
