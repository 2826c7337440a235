"""Merge fields: what a template may say in braces, the check of a template, and rendering to safe HTML.

A template is plain text. ``{name}`` is a merge field, ``{{`` and ``}}`` are literal braces,
a blank line starts a new paragraph. Nothing else in braces is accepted (no attribute or
index look-ups: the text is never handed to ``str.format``). Every value is escaped before
it goes into the HTML, so a name such as ``<b>Jo</b> & Co`` prints as typed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ...errors import InputRefused
from ...words import QT_TRANSLATE_NOOP, tr
from .language import ENGLISH, WELSH, long_date, words

# name -> what it is (shown with tr()), as the template editor lists it. Grouped by what a letter is written from.
FIELDS: dict[str, str] = {
    "recipient_name": QT_TRANSLATE_NOOP("", "the person the letter is for"),
    "family_name": QT_TRANSLATE_NOOP("", "the recipient's family name"),
    "recipient_address": QT_TRANSLATE_NOOP("", "the address used (the wing, for a prisoner)"),
    "prisoner_name": QT_TRANSLATE_NOOP("", "the prisoner's name"),
    "prison_number": QT_TRANSLATE_NOOP("", "the prisoner's prison number"),
    "establishment": QT_TRANSLATE_NOOP("", "the prison"),
    "wing": QT_TRANSLATE_NOOP("", "the prisoner's wing"),
    "case_ref": QT_TRANSLATE_NOOP("", "the family's case reference"),
    "visit_date": QT_TRANSLATE_NOOP("", "the visit's date (from a booking)"),
    "session_time": QT_TRANSLATE_NOOP("", "the session's times, e.g. 14:00 to 16:00 (from a booking)"),
    "visit_room": QT_TRANSLATE_NOOP("", "where the visit is held (from a booking)"),
    "visit_type": QT_TRANSLATE_NOOP("", "social visit, closed visit... (from a booking)"),
    "visitors": QT_TRANSLATE_NOOP("", "the visitors on the booking (from a booking)"),
    "booking_ref": QT_TRANSLATE_NOOP("", "the booking's reference (from a booking)"),
    "family_day_title": QT_TRANSLATE_NOOP("", "the family day's name (from a family-day place)"),
    "family_day_date": QT_TRANSLATE_NOOP("", "the family day's date (from a family-day place)"),
    "family_day_place": QT_TRANSLATE_NOOP("", "where the family day is held (from a family-day place)"),
    "clearance_deadline": QT_TRANSLATE_NOOP("", "the last day for security clearance (from a family-day place)"),
    "family_day_people": QT_TRANSLATE_NOOP("", "who has a place (from a family-day place)"),
    "what_to_bring": QT_TRANSLATE_NOOP("", "ID and what security asks for (visits and family days)"),
    "appointment_date": QT_TRANSLATE_NOOP("", "the appointment's date (typed in the letter dialog)"),
    "appointment_time": QT_TRANSLATE_NOOP("", "the appointment's time (typed in the letter dialog)"),
    "appointment_place": QT_TRANSLATE_NOOP("", "where the appointment is (typed in the letter dialog)"),
    "application_ref": QT_TRANSLATE_NOOP("", "the application's reference (from an application)"),
    "application_kind": QT_TRANSLATE_NOOP("", "what the application asked for (from an application)"),
    "application_received": QT_TRANSLATE_NOOP("", "when the application was received (from an application)"),
    "application_response": QT_TRANSLATE_NOOP("", "the response written to the prisoner (from an application)"),
    "application_outcome": QT_TRANSLATE_NOOP("", "the application's outcome (from an application)"),
    "worker_name": QT_TRANSLATE_NOOP("", "the worker who prints the letter"),
    "desk_name": QT_TRANSLATE_NOOP("", "this desk's name"),
    "today": QT_TRANSLATE_NOOP("", "today's date"),
}
TYPED = ("appointment_date", "appointment_time", "appointment_place")  # asked for in the dialog

# A letter is a page or two; a template longer than this is a mistake (a whole file pasted in) or a paired
# desk's doing, and is refused before it is parsed, rendered or laid out on a page.
MAX_TEMPLATE = 20_000

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class Part:
    """A piece of a parsed template: literal text, or a merge field's name."""

    text: str
    field: str = ""


def parse(body: str) -> list[Part]:
    """The template as literal text and fields; refuses a stray brace or an unknown field, saying where."""
    if len(body or "") > MAX_TEMPLATE:
        raise InputRefused(tr("The template is too long ({length} characters; {most} at most). A letter is a page "
                              "or two: shorten it, or split it into two templates.")
                           .format(length=f"{len(body):,}", most=f"{MAX_TEMPLATE:,}"))
    parts: list[Part] = []
    at = 0
    for m in _TOKEN.finditer(body or ""):
        if m.start() > at:
            parts.append(Part(body[at:m.start()]))
        at = m.end()
        token = m.group(0)
        line = body.count("\n", 0, m.start()) + 1
        if token in ("{{", "}}"):
            parts.append(Part(token[0]))
            continue
        if m.group(1) is None:
            raise InputRefused(tr("Line {line}: a single '{token}' is not a merge field. Write merge fields as "
                                  "{example}; for a brace on the page write it twice, {{{{ or }}}}.")
                               .format(line=line, token=token, example="{recipient_name}"))
        name = m.group(1).strip()
        if name not in FIELDS:
            near = _nearest(name)
            known = ", ".join("{" + f + "}" for f in FIELDS)
            typed = "{" + m.group(1) + "}"
            if near:
                raise InputRefused(tr("Line {line}: {typed} is not a merge field FSW Desk knows. Did you mean "
                                      "{near}? The merge fields are: {known}.")
                                   .format(line=line, typed=typed, near="{" + near + "}", known=known))
            raise InputRefused(tr("Line {line}: {typed} is not a merge field FSW Desk knows. The merge fields "
                                  "are: {known}.").format(line=line, typed=typed, known=known))
        parts.append(Part("", name))
    if at < len(body or ""):
        parts.append(Part(body[at:]))
    return parts


def _nearest(name: str) -> str:
    """The known field most like a mistyped one, if one is close."""
    import difflib  # reason: only when a template has a mistake
    found = difflib.get_close_matches(name.lower().replace(" ", "_"), list(FIELDS), n=1, cutoff=0.7)
    return found[0] if found else ""


def used(body: str) -> list[str]:
    """The fields a template uses, in order, each once."""
    return list(dict.fromkeys(p.field for p in parse(body) if p.field))


def check(body: str) -> None:
    """Refuse a template a letter could not be printed from: empty, a stray brace, an unknown field."""
    if not (body or "").strip():
        raise InputRefused(tr("Write the letter: the template is empty."))
    parse(body)


def _value_html(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def body_html(body: str, values: dict[str, str], what_is_missing: dict[str, str] | None = None) -> str:
    """The template's text as HTML paragraphs, each field's value escaped.

    A field the letter has no value for is refused with what it needs (``what_is_missing``: field ->
    "a booking"), never printed blank: a letter saying "your visit on ." helps nobody.
    """
    out: list[str] = []
    for p in parse(body):
        if not p.field:
            out.append(html.escape(p.text))
            continue
        value = values.get(p.field)
        if value is None or value == "":
            needs = (what_is_missing or {}).get(p.field, "")
            what, name = tr(FIELDS[p.field]), "{" + p.field + "}"
            if needs:
                raise InputRefused(tr("This letter uses {field} ({what}), which is not known here: {needs}.")
                                   .format(field=name, what=what, needs=tr(needs)))
            raise InputRefused(tr("This letter uses {field} ({what}), which is not known here. Fill it in, or "
                                  "choose another template.").format(field=name, what=what))
        out.append(_value_html(value))
    text = "".join(out).replace("\r\n", "\n")
    paragraphs = [para.strip("\n") for para in re.split(r"\n\s*\n", text) if para.strip()]
    return "".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in paragraphs)


def page_html(title: str, letterhead: list[str], address: str, dated: str, body: str, footer: str) -> str:
    """One letter on one A4 page: the desk's letterhead, the recipient's address, the date, the title, the text.

    Plain, large and left-aligned for reading: 12 pt, dark text on white, the title as a heading; a
    default letter fits one A4 page when printed at full size.
    Every argument but ``body`` (already HTML from ``body_html``) is escaped here.
    """
    head = "<br>".join(html.escape(line) for line in letterhead if line)
    return f"""<html><head><style>
      body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; color: #1f2328; }}
      p.head {{ text-align: right; color: #1b4965; font-size: 11pt; margin: 0; }}
      h1 {{ font-size: 15pt; color: #1b4965; margin-top: 10px; margin-bottom: 6px; }}
      p {{ margin-top: 0; margin-bottom: 7px; }}
      p.address {{ margin-top: 10px; margin-bottom: 10px; }}
      p.foot {{ color: #57606a; font-size: 9pt; margin-top: 14px; }}
    </style></head><body>
      <p class="head">{head}</p>
      <p class="address">{_value_html(address)}</p>
      <p>{_value_html(dated)}</p>
      <h1>{html.escape(title)}</h1>
      {body}
      <p class="foot">{_value_html(footer)}</p>
    </body></html>"""


def section_html(title: str, body: str) -> str:
    """A bilingual letter's second language: a rule, its own title as a heading, then its text (from body_html)."""
    return f"<hr><h1>{html.escape(title)}</h1>{body}"


# Made-up values for a template's preview in the editor (synthetic names only).
SAMPLE: dict[str, str] = {
    "recipient_name": "Mara Ashcombe", "family_name": "Ashcombe", "recipient_address": "12 Larch Row\nTownley TL1 2AB",
    "prisoner_name": "Dario Ashcombe", "prison_number": "A1234BC", "establishment": "HMP Northfield (synthetic)",
    "wing": "C wing", "case_ref": "C-7XK4M", "visit_date": "Tuesday 10 March 2026", "session_time": "14:00 to 16:00",
    "visit_room": "Visits hall", "visit_type": "Social visit", "visitors": "Mara Ashcombe\nPip Ashcombe (age 6)",
    "booking_ref": "B-3QWRT", "family_day_title": "Spring family day", "family_day_date": "Saturday 18 April 2026",
    "family_day_place": "the gym", "clearance_deadline": "Saturday 28 March 2026",
    "family_day_people": "Mara Ashcombe (clearance cleared)\nPip Ashcombe (clearance pending)",
    "what_to_bring": "• Photo ID for every adult\n• This letter", "appointment_date": "Thursday 12 March 2026",
    "appointment_time": "10:00", "appointment_place": "Townley family centre", "application_ref": "AP-9KD4E",
    "application_kind": "Help me arrange a visit", "application_received": "Monday 2 March 2026",
    "application_response": "We booked a visit with your partner.", "application_outcome": "Visit booked",
    "worker_name": "Quentin Testworker", "desk_name": "Family support desk", "today": "Monday 2 March 2026",
}


# The made-up values a Welsh template's preview shows in Welsh: its dates, times and what to bring.
_SAMPLE_DATES = {"visit_date": (2026, 3, 10), "family_day_date": (2026, 4, 18), "clearance_deadline": (2026, 3, 28),
                 "appointment_date": (2026, 3, 12), "application_received": (2026, 3, 2), "today": (2026, 3, 2)}


def sample_values(language: str = ENGLISH) -> dict[str, str]:
    """SAMPLE as a letter in ``language`` would say it."""
    if language != WELSH:
        return SAMPLE
    from datetime import date  # reason: only a Welsh template's preview needs dates made here
    values = dict(SAMPLE, **{k: long_date(date(*ymd), WELSH) for k, ymd in _SAMPLE_DATES.items()})
    values.update(session_time=words(WELSH)["session_time"].format(starts="14:00", ends="16:00"),
                  what_to_bring="• Prawf adnabod â llun i bob oedolyn\n• Y llythyr hwn",
                  visit_type="Ymweliad cymdeithasol", visit_room="Neuadd ymweliadau", wing="Adain C",
                  visitors="Mara Ashcombe\nPip Ashcombe (6 oed)", family_day_title="Diwrnod teulu'r gwanwyn",
                  family_day_place="y gampfa", application_outcome="Ymweliad wedi'i drefnu",
                  family_day_people="Mara Ashcombe (cliriad wedi'i gadarnhau)\n"
                                    "Pip Ashcombe (cliriad heb ei gadarnhau eto)",
                  application_response="Rydyn ni wedi trefnu ymweliad gyda'ch partner.",
                  desk_name="Desg cymorth i deuluoedd")
    return values


def sample_html(title: str, body: str, language: str = ENGLISH) -> str:
    """A template as it would print, filled with made-up values: the editor's preview."""
    values = sample_values(language)
    return page_html(title or tr("Letter"), [words(language)["service"], values["desk_name"], values["establishment"]],
                     values["recipient_address"], values["today"], body_html(body, values),
                     tr("Preview with made-up details."))
