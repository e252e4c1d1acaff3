"""A page that says an AI wrote it labels every claim on it (text written for these tests)."""

from __future__ import annotations

from conftest import ROOT
from digest.config import load_knowledge
from digest.convert import claims_for, draft_document
from digest.sources.document import Document

K = load_knowledge(ROOT / "site_config")

BODY = ("Orbital Labs released Kestrel-2 on Tuesday. Kestrel-2 has a 256,000-token context window "
        "and 70 billion parameters, the company said in its announcement.\n")


def claims(text: str) -> list[dict]:
    d = draft_document(Document(path="in/x.txt", text=text), K)
    return claims_for(d, K)


def test_a_page_written_by_an_ai_agent_labels_every_claim():
    got = claims("Kestrel-2 review\n\nEditorial note: This review is written by Northwind's AI agent, which "
                 "summarises published specifications.\n\n" + BODY)
    assert got and all(c["said_by"] == "AI-generated analysis" for c in got)


def test_a_page_about_people_writing_is_not_labelled():
    got = claims("Kestrel-2 review\n\nThis review was written by our staff after a week of tests.\n\n" + BODY)
    assert got and not any(c.get("said_by") == "AI-generated analysis" for c in got)
