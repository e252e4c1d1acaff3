"""The entry front-matter schema (pydantic): one model for `digest check`, the converter and the plugin."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Union
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# a timeline may also hold a day whose year the source does not state, in ISO 8601's yearless form
TIMELINE_DATE = re.compile(r"^(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?|--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$")
ROLE = "role"   # the claim attribute a person's role is filed under
CLAIM_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")

Scalar = Union[bool, int, float, str]
# A link target that stays one Markdown link: http(s), no spaces, quotes or angle brackets.
_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)
URL_FIELD = {"format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s<>\"'`\\\\]+$"}
SCHEMA_PATH = Path("site_config") / "entry.schema.json"
THEME_KEYS = ("template", "location", "icon", "status", "subtitle", "image", "authors", "rss")


def _check_url(v):
    if v and not _URL.match(v):
        if not re.match(r"^https?://", v, re.IGNORECASE):
            raise ValueError("url must start with http:// or https://")
        raise ValueError("url must not contain spaces, quotes or angle brackets; percent-encode them")
    return v


def safe_url(v: str | None) -> str | None:
    """A URL a source gave, made valid for an entry: http(s) only, unsafe characters percent-encoded."""
    if not isinstance(v, str) or not re.match(r"^https?://", v.strip(), re.IGNORECASE):
        return None
    return re.sub(r"[\s<>\"'`\\]", lambda m: quote(m.group(), safe=""), v.strip())


class Also(BaseModel):
    model_config = ConfigDict(extra="allow")
    file: str | None = None
    publisher: str | None = None
    url: str | None = Field(None, json_schema_extra=URL_FIELD)

    @field_validator("url")
    @classmethod
    def _safe_url(cls, v):
        return _check_url(v)


class Source(BaseModel):
    """Where the article comes from. Unknown fields are null, never invented."""

    model_config = ConfigDict(extra="allow")
    publisher: str | None = Field(None, description="The outlet whose article this is.")
    via: str | None = Field(None, description="An aggregator or syndicator that carried it, if named.")
    original: str | None = Field(None, description="An upstream outlet the text says it is based on.")
    author: str | None = None
    url: str | None = Field(None, description="Link to the original article.", json_schema_extra=URL_FIELD)
    file: str | None = Field(None, description="The raw dump, relative to the repository root.")
    also: list[Also] = Field(default_factory=list, description="Other sources of the same article.")

    @field_validator("url")
    @classmethod
    def _safe_url(cls, v):
        return _check_url(v)


class Claim(BaseModel):
    """One structured statement of fact, forecast or opinion, with its verbatim quote."""

    model_config = ConfigDict(extra="allow")
    id: str = Field(description="Unique in the entry; the page anchor is #claim-<id>.",
                    json_schema_extra={"pattern": CLAIM_ID.pattern})
    text: str = Field(min_length=1)
    subject: str = Field(min_length=1, description="Canonical entity name the claim is about.")
    attribute: str = Field(min_length=1, description="Canonical attribute name (site_config/attributes.yml).")
    value: Scalar = Field(description="Normalised: a number in base units, an ISO date or quarter (--MM-DD when the year is not stated), or short text.")
    unit: str | None = None
    qualifier: str | None = Field(None, description='What limits the value in time or scope ("at the open", "2024-09", "input").')
    said_by: str | None = Field(None, description="Who asserts it, when that is not the publisher.")
    quote: str = Field(min_length=1, description="Verbatim from the source.")

    @field_validator("value", mode="before")
    @classmethod
    def _value(cls, v):
        if isinstance(v, dt.date):  # an unquoted ISO date in YAML
            return v.isoformat()
        if not isinstance(v, (bool, int, float, str)):
            kind = "empty" if v is None else f"a {type(v).__name__}"
            raise ValueError(f"value must be a number, a date or short text, not {kind}")
        return v

    @field_validator("id")
    @classmethod
    def _id(cls, v):
        if not CLAIM_ID.match(v):
            raise ValueError("claim id must be lower-case letters, digits and hyphens (e.g. context-window)")
        return v


class TimelineItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    date: str = Field(description="ISO date, month, quarter (2027-Q1) or half (2027-H1); a day whose year "
                                  "the source does not state as --MM-DD.",
                      json_schema_extra={"pattern": TIMELINE_DATE.pattern})
    event: str = Field(min_length=1)

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v):
        if isinstance(v, (dt.date, int)):
            v = v.isoformat() if isinstance(v, dt.date) else str(v)
        if not isinstance(v, str) or not TIMELINE_DATE.match(v):
            raise ValueError("timeline date must look like 2026, 2026-05, 2026-05-14, 2026-Q2, 2026-H1 "
                             "or --05-14 (a day whose year the source does not state)")
        return v


class Entry(BaseModel):
    """Front matter of one entry in `content/entries/`."""

    model_config = ConfigDict(extra="allow")
    title: str = Field(min_length=1)
    date: dt.date | None = Field(description="Publication date, ISO (YYYY-MM-DD); null only in a converted "
                                             "entry whose source states none.")
    date_inferred: bool = False
    source: Source
    language: str = "en"
    story: str | None = Field(None, description="Slug of the event; entries on one event share it.",
                              json_schema_extra={"pattern": "^[a-z0-9][a-z0-9-]{0,80}$"})
    entities: list[str] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    timeline: list[TimelineItem] = Field(default_factory=list)
    summary: str | None = None
    # Keys Material or the RSS plugin act on in their templates (a redirect script, an icon path,
    # an enclosure URL): an entry holds text from sources, so it may not steer the theme.
    template: None = Field(None, description="Not accepted in entries: it selects a theme template.")
    location: None = Field(None, description="Not accepted in entries: a redirect target in a script.")
    icon: None = Field(None, description="Not accepted in entries: a theme icon path.")
    status: None = Field(None, description="Not accepted in entries: a theme status badge.")
    subtitle: None = Field(None, description="Not accepted in entries: printed unescaped in navigation.")
    image: None = Field(None, description="Not accepted in entries: a remote file in the feed.")
    authors: None = Field(None, description="Not accepted in entries: write source.author.")
    rss: None = Field(None, description="Not accepted in entries: feed settings.")

    @field_validator(*THEME_KEYS, mode="before")
    @classmethod
    def _theme_key(cls, v, info):
        raise ValueError("not accepted in an entry: this key steers the site's theme; remove it"
                         + (" (write the author under source:)" if info.field_name == "authors" else ""))

    @field_validator("date", mode="before")
    @classmethod
    def _strict_date(cls, v):
        if v is None:
            return None
        if isinstance(v, dt.datetime):
            return v.date()
        if isinstance(v, dt.date):
            return v
        if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip()):
            return dt.date.fromisoformat(v.strip())
        raise ValueError(f"'{v}' is not a date; write the publication date as YYYY-MM-DD, e.g. 2026-06-19")

    @model_validator(mode="after")
    def _hand_written_needs_date(self):
        # The converter may write `date: null` for a source that states no date (marked by its
        # `generated:` bookkeeping); a person writing an entry knows when it was published.
        if self.date is None and not (self.model_extra or {}).get("generated"):
            raise ValueError("date: missing; write the publication date as YYYY-MM-DD, e.g. 2026-06-19")
        return self

    @field_validator("story")
    @classmethod
    def _story(cls, v):
        if v is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,80}", v):
            raise ValueError("story must be a slug: lower-case letters, digits and hyphens")
        return v


def json_schema() -> dict:
    """JSON Schema of entry front matter, for editors' YAML tooling; generated from the models above."""
    schema = Entry.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "AI news digest entry front matter"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_json_schema(path: Path | str = SCHEMA_PATH) -> Path:
    """Write the schema file (default site_config/entry.schema.json); `python -m digest.schema` does this."""
    path = Path(path)
    path.write_text(json_schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_json_schema())
