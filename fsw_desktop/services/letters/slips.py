"""The response slip to a prisoner's application, in the prisoner's language.

The slip (Applications page, Print response slip) tells the prisoner what they asked, what was done
and the outcome. A prisoner who prefers Welsh (``Person.language`` "cy") gets it in Welsh, with the
date in Welsh; everyone else in English. Its words are the slip's own, in the slip's language, not
the desk's: they are not put through tr() (tests.i18n.literals lists them, by design). What the
prisoner asked and the response are shown as the worker typed them, escaped.
"""

from __future__ import annotations

import html

from sqlalchemy.orm import Session

from ...models.applications import Application
from ...models.people import Person
from .language import ENGLISH, WELSH, for_person, short_date

_WORDS: dict[str, dict[str, str]] = {
    ENGLISH: {
        "title": "Reply to your application", "to": "To", "application": "Application", "received": "received",
        "bad_news": "To be given in person, in private, with an offer of support.",
        "asked": "You asked", "did": "What we did", "outcome": "The outcome",
        "footer": "Family support desk. If you want to talk about this reply,\n      put in another application "
                  "or ask to see us.",
    },
    WELSH: {
        "title": "Ateb i'ch cais", "to": "At", "application": "Cais", "received": "a ddaeth i law",
        "bad_news": "I'w roi wyneb yn wyneb, yn breifat, gyda chynnig o gymorth.",
        "asked": "Beth ofynnoch chi amdano", "did": "Beth wnaethon ni", "outcome": "Y canlyniad",
        "footer": "Desg cymorth i deuluoedd. Os hoffech siarad am yr ateb hwn,\n      gwnewch gais arall "
                  "neu gofynnwch am gael ein gweld.",
    },
}


def slip_language(session: Session, app: Application) -> str:
    """The language of the slip: the prisoner's preferred language ("cy" Welsh), else English."""
    prisoner = session.get(Person, app.prisoner_id) if app.prisoner_id else None
    return for_person(prisoner.language if prisoner is not None and not prisoner.deleted else "")


def slip_html(app: Application, prisoner: str, language: str = ENGLISH) -> str:
    """The slip as HTML for printing: plain, large, what was asked, what was done, the outcome."""
    w = _WORDS[WELSH if language == WELSH else ENGLISH]
    esc = lambda t: html.escape(t or "").replace("\n", "<br>")  # noqa: E731
    bad = ("<p style='border:1px solid #a4262c;padding:6px'><b>"
           f"{w['bad_news']}</b></p>") if app.bad_news else ""
    received = short_date(app.received_at.date(), language)
    return f"""<html><body style="font-family:'DejaVu Sans';font-size:11pt">
      <h1 style="font-size:16pt;color:#1b4965">{w['title']}</h1>
      <p>{w['to']}: <b>{esc(prisoner)}</b> {esc(app.prison_number)}<br>{w['application']} {esc(app.ref)},
      {w['received']} {received}</p>{bad}
      <h2 style="font-size:12pt">{w['asked']}</h2><p>{esc(app.words)}</p>
      <h2 style="font-size:12pt">{w['did']}</h2><p>{esc(app.response)}</p>
      <h2 style="font-size:12pt">{w['outcome']}</h2><p>{esc(app.outcome)}</p>
      <p style="color:#57606a;font-size:9pt">{w['footer']}</p></body></html>"""
