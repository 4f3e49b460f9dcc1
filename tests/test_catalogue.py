"""Name and CAS lookup, and counts per list checked against the totals the instruments state."""

import datetime as dt
import json

import pytest

from scheduling import UnknownNameError, default_registry, lookup, stats
from scheduling.cli import main


@pytest.mark.parametrize("name", ["carfentanil", "Carfentanil", "59708-52-0", "卡芬太尼"])
def test_lookup_by_english_chinese_name_and_cas(name):
    (found,) = [f for f in lookup(name) if f.list_id == "cn-nps-supplementary"]
    assert found.entry_id == "carfentanil" and "59708-52-0" in found.cas
    assert found.periods[0][0] == "2017-03-01"


def test_lookup_ignores_greek_letters_and_hyphens():
    assert lookup("β-hydroxythiofentanyl", "CN") == lookup("beta hydroxythiofentanyl", "CN")


def test_unknown_name_suggests_close_matches():
    with pytest.raises(UnknownNameError, match="did you mean") as raised:
        lookup("carfentanill")
    assert "carfentanil" in str(raised.value).lower()


def _count(day, list_id):
    (item,) = [lst for lst in stats("CN", day).lists if lst.id == list_id]
    return item.entries


@pytest.mark.parametrize(("day", "list_id", "official"), [
    ("2014-01-01", "cn-narcotic", 121),       # 麻醉药品品种目录（2013年版）: 121 items
    ("2014-01-01", "cn-psychotropic", 149),   # 精神药品品种目录（2013年版）: 68 category I + 81 category II
    ("2015-10-01", "cn-nps-supplementary", 116),  # 公通字〔2015〕27号 annex: 116 substances
    # Later announcements state cumulative NPS totals (134, 138, 170, 188, 234) that include 14 NPS held in
    # the medical catalogues; the supplementary list itself grows by the batch sizes they state (4, 4, 32, 18, 46).
    ("2017-03-01", "cn-nps-supplementary", 134 - 14),
    ("2017-07-01", "cn-nps-supplementary", 138 - 14),
    ("2018-09-01", "cn-nps-supplementary", 170 - 14),
    ("2021-07-01", "cn-nps-supplementary", 188 - 14),
    ("2024-07-01", "cn-nps-supplementary", 234 - 14),
])
def test_counts_match_official_totals(day, list_id, official):
    assert _count(day, list_id) == official


def test_precursors_original_list_and_each_addition():
    assert _count("2005-11-01", "cn-precursors") == 23  # Order No. 445 appendix: 12 + 5 + 6 items
    assert _count("2008-08-01", "cn-precursors") == 24  # hydroxylimine
    assert _count("2018-02-01", "cn-precursors") == 26  # NPP, 4-ANPP


def test_cli_stats_json_shape(capsys):
    assert main(["stats", "-j", "CN", "--on", "2019-05-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"jurisdiction", "on", "lists"}
    nps = next(lst for lst in data["lists"] if lst["id"] == "cn-nps-supplementary")
    assert set(nps) == {"id", "title", "title_en", "kind", "entries", "with_structure", "classes"}
    assert nps["classes"] == 1 and nps["entries"] == 156


def test_cli_lookup_unknown_exits_2(capsys):
    assert main(["lookup", "no-such-drug-name"]) == 2
    assert "no entry is named" in capsys.readouterr().err


def _un_count(day: str, list_id: str) -> int:
    """Entries in force plus reported items whose date is not sourced (coverage.uncertain) on `day`."""
    (item,) = [lst for lst in stats("UN", day).lists if lst.id == list_id]
    on = dt.date.fromisoformat(day)
    uncertain = default_registry().lists[list_id].coverage.uncertain
    return item.entries + sum(1 for u in uncertain if u.contains(on))


def test_un_tables_match_the_incb_totals_of_november_2020():
    # E/INCB/2020/4, chapter II: "Effective 3 November 2020, MAPA ... was added to Table I ..., bringing the total
    # number of substances listed in Table I to 22 (distinct from the 8 substances listed in Table II)".
    assert _un_count("2020-11-03", "un-1988-table-i") == 22
    # Table II: the three substances transferred to Table I on dates not sourced (phenylacetic acid, acetic
    # anhydride, potassium permanganate) are uncertain in both tables, so they are counted in Table I only.
    transferred = 3
    assert _un_count("2020-11-03", "un-1988-table-ii") - transferred == 8


def test_un_tables_match_the_red_list_of_april_2026():
    # INCB Red List current on 2026-04-24 (text extraction, incb_red_list.csv): 43 rows under Table I, 8 under Table II.
    listed = {lst.id: lst.entries for lst in stats("UN", "2026-04-24").lists}
    assert listed["un-1988-table-i"] == 43 and listed["un-1988-table-ii"] == 8


@pytest.mark.parametrize(("name", "list_id"), [
    ("108-24-7", "un-1988-table-i"),        # acetic anhydride: Red List Table I, CAS as printed there
    ("Potassium permanganate", "un-1988-table-i"),
    ("7664-93-9", "un-1988-table-ii"),      # sulphuric acid
])
def test_red_list_items_are_found_by_name_and_cas_from_its_date(name, list_id):
    (found,) = [f for f in lookup(name, "UN") if f.list_id == list_id]
    assert found.periods[0][0] == "2026-04-24"


def test_an_unprinted_name_is_an_alias_that_lookup_still_finds():
    # 21 CFR 1308.13(b)(2) prints "Benzphetamine" only; the INN "benzfetamine" is kept as an alias.
    (found,) = lookup("benzfetamine", "US")
    assert found.entry_id == "benzphetamine"
    entry = next(e for e in default_registry().lists["us-schedule-iii"].entries if e.id == "benzphetamine")
    assert "benzfetamine" in entry.aliases and "benzfetamine" not in entry.synonyms
