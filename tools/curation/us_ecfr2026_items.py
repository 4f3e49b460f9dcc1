"""Item numbers and DEA codes of the eCFR texts in force on 2026-04-22 (21 CFR 1308.11-1308.15, 1310.02).

Reads local copies of the eCFR XML files stored in the GitHub repository
carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson @8babccea (scraping/chemnet/raw/dea/ecfr_*.xml; the
registry's sources ecfr-1308-1x-2026 and ecfr-1310-02-2026) and writes us_ecfr2026_items.json next to this file:
section -> [{"item": "(b)(42)", "code": "9765", "text": "..."}], in the order printed; a row without an item mark
(e.g. "Some trade or other names: ...") is appended to the text of the item above it. The copies store UTF-8
read as Latin-1; the text is decoded back. Dev only; the generators read the JSON to record each open listing's
2026 item number.

Usage: python3 tools/curation/us_ecfr2026_items.py DIR_WITH_XML_COPIES
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("us_ecfr2026_items.json")
SECTIONS = {"1308.11": "ecfr_1308_11.xml", "1308.12": "ecfr_1308_12.xml", "1308.13": "ecfr_1308_13.xml",
            "1308.14": "ecfr_1308_14.xml", "1308.15": "ecfr_1308_15.xml", "1310.02": "ecfr_1310_02.xml"}
MARK = re.compile(r"\(([ivxl]{1,6}|[a-z]{1,4}|\d+)\)")  # (xviii) is five letters
INLINE_ITEM = re.compile(r"^(?:[A-Z][^.()]*\.\s*)?\((\d+)\)\s")
TRAILING_CODE = re.compile(r"[\s—](\d{4})\.?$")


def plain(fragment: str) -> str:
    text = re.sub(r"<[^>]+>", "", fragment)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def level(mark: str, heading: bool) -> int:
    """0 = (a) paragraph, 1 = (1) item, 2 = (i) sub-item. A mark that reads as a roman numeral ('i', 'v', 'x') is
    a paragraph only where it opens a paragraph heading printed in italics."""
    if mark.isdigit():
        return 1
    if re.fullmatch(r"[ivxl]+", mark) and not (len(mark) == 1 and heading):
        return 2
    return 0


def items(xml: str) -> list[dict]:
    out, para, item = [], None, None
    for m in re.finditer(r"<P>(.*?)</P>|<TR>(.*?)</TR>", xml, re.S):
        if m.group(1) is not None:
            text, code = plain(m.group(1)), ""
        else:
            cells = re.findall(r"<TD[^>]*>(.*?)</TD>", m.group(2), re.S)
            if len(cells) < 2:
                continue
            text, code = plain(cells[0]), plain(cells[1]).strip("().")
        lead = MARK.match(text)
        if not lead:
            if out and text:  # a continuation row ("Some trade or other names: ...") belongs to the item above
                out[-1]["text"] += " " + text
            continue
        mark = lead.group(1)
        heading = m.group(1) is not None and re.match(r"\s*\([a-z]\)\s*<I>", m.group(1)) is not None
        depth = level(mark, heading)
        if depth == 0:
            para, item = mark, None
            body = text[lead.end():].strip()
            inline = INLINE_ITEM.match(body)  # "(g) Hallucinogenic substances. (1) Dronabinol ... 7369."
            if inline:
                item, body = inline.group(1), body[inline.end():]
                end = TRAILING_CODE.search(body)
                out.append({"item": f"({para})({item})", "code": end.group(1) if end else "", "text": body})
            elif not heading and (end := TRAILING_CODE.search(body)):  # "(d) Nalorphine 9400.": the paragraph is the item
                out.append({"item": f"({para})", "code": end.group(1), "text": body})
            continue
        if depth == 1:
            item = mark
            number = f"({para})({mark})"
        else:
            number = f"({para})({item})({mark})" if item else f"({para})({mark})"
        body = text[lead.end():].strip()
        found = re.search(r"\((\d{4})\)\s*:?\s*$", body) if not code else None
        if not code and m.group(1) is not None and found:  # P items printing their code at the end
            code = found.group(1)
        out.append({"item": number, "code": code, "text": body})
    return out


def main() -> int:
    folder = Path(sys.argv[1])
    data = {}
    for section, name in SECTIONS.items():
        raw = (folder / name).read_text(encoding="utf-8")
        xml = raw.encode("latin-1", errors="strict").decode("utf-8")
        data[section] = items(xml)
        print(section, len(data[section]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
