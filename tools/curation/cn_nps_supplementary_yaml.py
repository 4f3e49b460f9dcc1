"""Write registry/CN/nps-supplementary.yaml from the curated inputs beside this script.

Inputs: cn_nps_supplementary_input.csv (items), cn_nps_supplementary_structures.json (output of
cn_nps_supplementary.py). Source texts and per-item corrections are written out below, each
with where it was read. Run after cn_nps_supplementary.py:
    python3 tools/curation/cn_nps_supplementary_yaml.py
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    MPS_2025_NON_MEDICAL,
    NMPA_2025_55,
    RESTRUCTURE_2025,
    RESTRUCTURE_2025_NOTE,
    cn_printed_text,
    cross_checks,
    move_unprinted_synonyms,
    pubchem_cas_checks,
)

HERE = Path(__file__).parent
OUT = HERE.parent.parent / "registry" / "CN" / "nps-supplementary.yaml"
D = dt.date.fromisoformat

S1_README = ("https://github.com/Benzyl-titanium/Structural-formula/blob/"
             "0c6eca5b8fa345000ae7906b82eba316587e19e0/"
             "%E9%9D%9E%E8%8D%AF%E7%94%A8%E7%B1%BB%E9%BA%BB%E9%86%89%E8%8D%AF%E5%93%81%E5%92%8C"
             "%E7%B2%BE%E7%A5%9E%E8%8D%AF%E5%93%81%E7%AE%A1%E5%88%B6%E5%93%81%E7%A7%8D%E5%A2%9E"
             "%E8%A1%A5%E7%9B%AE%E5%BD%95/README.md")
S1_SMILES = ("Benzyl-titanium/Structural-formula assets/smiles.txt @b38de359a5e19b266a2386e29876f30a2609d051")
S2_WIKI = ("https://github.com/OverdriveLab/overdrive-wiki/blob/2972448cd5b088f3893d38bd2a8eb87ba398836e/"
           "_others/drug_scheduling.md")

MPS, NHFPC, CFDA, NNCC = "公安部", "国家卫生和计划生育委员会", "国家食品药品监督管理总局", "国家禁毒委员会办公室"
NHC, NMPA = "国家卫生健康委员会", "国家药品监督管理局"
EN = {MPS: "Ministry of Public Security", NHFPC: "National Health and Family Planning Commission",
      CFDA: "China Food and Drug Administration", NNCC: "Office of the National Narcotics Control Commission",
      NHC: "National Health Commission", NMPA: "National Medical Products Administration"}

SOURCES = {
    "gtz-2015-27": dict(
        title="关于印发《非药用类麻醉药品和精神药品列管办法》的通知",
        title_en="Notice on issuing the Measures for Listing Non-medical Narcotic Drugs and Psychotropic "
                 "Substances (annex: the supplementary list, 116 items)",
        number="公通字〔2015〕27号", issued_by=[MPS, NHFPC, CFDA, NNCC],
        announced=D("2015-09-24"), effective=D("2015-10-01"),
        url="https://m.yxthm.com/news_details_42.html",
        other_urls=["http://jumpstarthappiness.com/doc/67189.html", "http://yfzr.com.cn/news/notices/226.html",
                    "http://cpde.org.cn/NewsView-13994.aspx",
                    "https://www.unodc.org/LSS/Announcement/Details/83b02e73-4896-4ed5-944c-51a7646647aa",
                    S1_README],
        note="Official MPS text not reachable; reprints read (title, number, addressees, signatories "
             "公安部/国家卫生计生委/国家食品药品监督管理总局/国家禁毒办 and date 2015-09-24 as printed there). "
             "Effective date 2015-10-01 per the batch heading of the S1 transcription and UNODC EWA. "
             "Annex table (116 items) read in the S1 transcription (GitHub Benzyl-titanium/Structural-formula)."),
    "mps-2017-carfentanil": dict(
        title="卡芬太尼等4种芬太尼类物质列入《非药用类麻醉药品和精神药品管制品种增补目录》",
        title_en="Carfentanil and three other fentanyl-class substances added to the supplementary list",
        issued_by=[MPS, CFDA, NHFPC], effective=D("2017-03-01"),
        url="http://ecns.cn/2017/02-16/245645.shtml",
        other_urls=[S1_README, "https://www.unodc.org/LSS/Country/DetailsLegalSystem?code=DLIL&country=CN"],
        note="Title as given in the batch heading of the S1 transcription (the official announcement title and "
             "document date were not seen). Issuing bodies and the 2017-03-01 effective date per the press "
             "report of 2017-02-16 (ecns.cn) and S1; cumulative count reported then: 134 NPS."),
    "mps-2017-u47700": dict(
        title="N-甲基-N-(2-二甲氨基环己基)-3,4-二氯苯甲酰胺(U-47700)等4种物质列入《非药用类麻醉药品和精神药品管制品种增补目录》",
        title_en="U-47700 and three other substances added to the supplementary list",
        issued_by=[MPS, CFDA, NHFPC], effective=D("2017-07-01"),
        url="http://ecns.cn/2017/06-20/262068.shtml",
        other_urls=["https://global.chinadaily.com.cn/china/2017-06/19/content_29804093.htm", S1_README],
        note="Title as given in the batch heading of the S1 transcription (official title and document date not "
             "seen). Press reports of 2017-06-19/20 name the Ministry of Public Security with the food-and-drug "
             "and health authorities (the departments named in Art. 3 of the 2015 Measures); count then 138 NPS."),
    "mps-2018-4cec": dict(
        title="4-氯乙卡西酮等32种物质列入《非药用类麻醉药品和精神药品管制品种增补目录》",
        title_en="4-Chloroethcathinone and 31 other substances added to the supplementary list",
        issued_by=[MPS, NHC, NMPA], effective=D("2018-09-01"),
        url="http://english.www.gov.cn/state_council/ministries/2018/08/30/content_281476282210560.htm",
        other_urls=["http://csttcn.com/news/domestic/176154.html", S1_README,
                    "https://www.unodc.org/LSS/Country/DetailsLegalSystem?code=DLIL&country=CN"],
        note="Title as given in the batch heading of the S1 transcription (official title and document date not "
             "seen); published c. 2018-08-29/30 per Xinhua; count then 170 NPS."),
    "mps-2021-cannabinoids": dict(
        title="关于将合成大麻素类物质和氟胺酮等18种物质列入《非药用类麻醉药品和精神药品管制品种增补目录》的公告",
        title_en="Announcement on adding synthetic cannabinoids and fluoroketamine and 17 other substances to "
                 "the supplementary list",
        issued_by=[MPS, NHC, NMPA], announced=D("2021-03-15"), effective=D("2021-07-01"),
        url="http://xsba.vip/sfjs/2021/ga-zbml2021.htm",
        other_urls=["https://scxsls.com/knowledge/detail?id=155672",
                    "http://en.people.cn/n3/2021/0512/c90000-9849308.html", S1_README],
        note="Reprint of the full text (dated 2021-03-15). The synthetic-cannabinoid class of the same "
             "announcement is encoded in registry/classes/, not here; this file holds its 18 named items."),
    "mps-2024-brorphine": dict(
        title="关于将溴啡等46种物质列入《非药用类麻醉药品和精神药品管制品种增补目录》的公告",
        title_en="Announcement on adding brorphine and 45 other substances to the supplementary list",
        issued_by=[MPS, NHC, NMPA], effective=D("2024-07-01"),
        url="http://kmhtsm.cn/index.php/xw/42.html",
        other_urls=["http://global.chinadaily.com.cn/a/202506/19/WS6853bcd3a310a04af22c747e.html", S1_README],
        note="Reprint of a 法治日报 report (count then 234 NPS); document date not seen. Table read in the S1 "
             "transcription (heading: 2024年7月1日起施行)."),
    "mps-2025-nitazenes": dict(
        title="关于将尼秦类物质和三氟乙咪酯等12种物质列入《非药用类麻醉药品和精神药品管制品种增补目录》的公告",
        title_en="Announcement on adding nitazene-related substances and TF-etomidate and 11 other substances "
                 "to the supplementary list",
        issued_by=[MPS, NHC, NMPA], effective=D("2025-07-01"),
        url="https://www.163.com/dy/article/K2EFNFII0514C0UE.html",
        other_urls=["http://en.chinagate.cn/2025-06/20/content_117938260.htm", S1_README],
        note="Title per press report of the 2025-06-19 press conference; document date not seen. Effective "
             "2025-07-01 per S1 heading (2025年7月1日起实施). The nitazene class of the same announcement is "
             "encoded in registry/classes/, not here."),
    "mps-2025-non-medical": {
        **MPS_2025_NON_MEDICAL, "announced": RESTRUCTURE_2025, "effective": RESTRUCTURE_2025,
        "note": RESTRUCTURE_2025_NOTE + (
            " Replaces this list: items 1-231 of the new catalogue are the former supplementary list in its order "
            "(all but etizolam), with revised chemical names and CAS numbers; this file takes names and CAS from it "
            "(via the overdrive-wiki transcription) unless an entry note says otherwise. Ends every period here on "
            "2025-07-21; the new list is registry/CN/non-medical.yaml.")},
    "nmpa-2025-55": {
        **NMPA_2025_55, "announced": RESTRUCTURE_2025, "effective": RESTRUCTURE_2025,
        "note": RESTRUCTURE_2025_NOTE + (
            " Its 药用类精神药品目录（2025年版） lists etizolam (依替唑仑) in category II (item 30, per the overdrive-wiki "
            "transcription), which ends etizolam's period here together with the non-medical catalogue.")},
}
for s in SOURCES.values():
    s.setdefault("issued_by_en", [EN[b] for b in s["issued_by"]])

BATCH_SOURCE = {"2015-10-01": "gtz-2015-27", "2017-03-01": "mps-2017-carfentanil",
                "2017-07-01": "mps-2017-u47700", "2018-09-01": "mps-2018-4cec",
                "2021-07-01": "mps-2021-cannabinoids", "2024-07-01": "mps-2024-brorphine",
                "2025-07-01": "mps-2025-nitazenes"}

# Entry id, English name and synonyms per (batch, item) where the printed English name is not used as is:
# a printed "A / B" is split (one name, the other a synonym); otherwise the printed name stays `name_en` and the
# id keeps the common spelling (ids are stable across registry versions).
NAME_EN = {("2017-03-01", "2"): ("carfentanil", "Carfentanil", ["Carfentanyl"]),
           ("2021-07-01", "1"): ("fluoroketamine", "Fluoroketamine", ["2-FDCK"]),
           ("2021-07-01", "17"): ("3-fpm", "3-FPM", ["3-fluorophenmetrazine"]),
           ("2025-07-01", "4"): ("isobutomidate", "Isoutomidate", ["isobutomidate"]),
           ("2015-10-01", "109"): ("butyrfentanyl", "Butyrylfentanyl", ["butyrfentanyl"]),
           ("2015-10-01", "116"): ("ocfentanil", "Ocfentanyl", ["ocfentanil"]),
           ("2025-07-01", "12"): ("hhc", "Hexahydrocannabinol", ["HHC"]),
           ("2018-09-01", "31"): ("4-fluoroisobutyrfentanyl", "4-FIBF", ["4-fluoroisobutyrfentanyl"]),
           ("2018-09-01", "32"): ("tetrahydrofuranylfentanyl", "THF-F", ["tetrahydrofuranylfentanyl"])}
# Where the original batch table (S1 transcription) differs from the 2025 catalogue text used here.
CAS_OVERRIDE = {
    ("2015-10-01", "22"): (None, "CAS as printed in the 2025 catalogue; the 2015 annex printed none."),
    ("2015-10-01", "48"): (None, "CAS as printed in the 2025 catalogue; the 2015 annex printed none."),
    ("2015-10-01", "62"): (None, "CAS as printed in the 2025 catalogue; the 2015 annex printed none."),  # audit s
    ("2015-10-01", "59"): (["1863065-84-2", "1715016-78-6"],
                           "The 2015 annex printed CAS 1715016-78-6; the 2025 catalogue prints 1863065-84-2."),
    ("2018-09-01", "9"): (None, "CAS as printed in the 2025 catalogue; the 2018 table printed none."),
    ("2024-07-01", "8"): (None, "CAS as printed in the 2025 catalogue; the 2024 table printed 暂无 (none)."),
    ("2024-07-01", "29"): (None, "The 2024 table prints this CAS with the remark (盐酸盐): it is the hydrochloride's."),
    ("2025-07-01", "6"): (None, "CAS as printed in the 2025 catalogue; the S1 transcription of the 2025 batch "
                                "strikes it through and gives 1446482-29-6 instead."),
}
# Chinese names as printed in the batch table where the 2025 catalogue (the source of the input names) differs.
BATCH_NAME_ZH = {
    ("2018-09-01", "21"): "3-甲基-2-[1-(4-氟苄基)吲唑-3-甲酰胺基]丁酸甲酯",
    ("2021-07-01", "14"): "N,N-二乙基-2-(2-(4-异丙氧基苯基)-5-硝基-1H-苯并[d]咪唑-1-基)-1-乙胺",
}
EXTRA_NOTE = {
    ("2018-09-01", "21"): "The 2018 table prints the Chinese name with 甲酰胺基 (full-width closing bracket normalised); "
                          "the 2025 catalogue (item 145) prints 甲酰氨基, kept as a synonym.",
    ("2015-10-01", "29"): "The 2015 annex prints the English name without the leading 'N-(' "
                          "('1-Methoxy-3-methyl-1-oxobutan-2-yl-1-(5-fluoropentyl)-...'); the 2025 catalogue's "
                          "corrected name is used.",
    ("2017-03-01", "4"): "The 2017 batch table prints the Chinese name as 戊酰太尼 (sic); the 2025 catalogue "
                         "spelling 戊酰芬太尼 is used.",
    ("2017-07-01", "2"): "The 2017 batch table prints 'diphenylenthyl' (sic).",
    ("2018-09-01", "30"): "The 2018 table prints 8-氮杂环[3,2,1]; the 2025 catalogue prints [3.2.1].",
    ("2021-07-01", "5"): "The 2021 table prints 乙氮基 (sic) for 乙氨基.",
    ("2021-07-01", "10"): "The 2021 table prints 'a-甲基' for 'α-甲基'.",
    ("2021-07-01", "14"): "The 2021 table prints this chemical name as the Chinese name, with 4-异丙氧基苯基 (sic: the "
                          "English name has 4-isopropoxybenzyl, 4-异丙氧基苄基); the 2025 catalogue (item 170) prints "
                          "异丙托尼秦, kept as a synonym (audit ab).",
    ("2025-07-01", "1"): "The S1 transcription of the 2025 batch gives PubChem-style names with (1R); the 2025 "
                         "catalogue prints no stereodescriptor, which is followed here (the list covers optical "
                         "isomers).",
}
for i in ("2", "3", "4", "6", "7"):
    EXTRA_NOTE[("2025-07-01", i)] = EXTRA_NOTE[("2025-07-01", "1")]
EXTRA_NOTE[("2025-07-01", "4")] += " The English name is printed 'Isoutomidate' (sic, for isobutomidate)."
# Misprints in the English chemical names of the 2015-2021 batch tables (S1 transcription). Every name of the
# 2015-2024 tables was compared with the 2025 catalogue's name used here (2026-11-24): apart from these misprints and
# etizolam (see its entry), they differ at most in typography (case, hyphens, brackets, spaces).
BATCH_EN_MISPRINT = {
    ("2015-10-01", "37"): "1-pe-ntyl",
    ("2017-07-01", "3"): "N-Methyl--1-",
    ("2021-07-01", "3"): "Methylenedioxypheny1",
    ("2021-07-01", "5"): "Methylenedioxypheny1",
    ("2021-07-01", "11"): "1-methy1",
    ("2021-07-01", "12"): "1-methy1-1,3dihydro",
    ("2021-07-01", "13"): "1-methy1-4Hbenzo",
    ("2021-07-01", "14"): "N,N-Diethy1, 4-isopropoxybenzy1, imidazo1",
    ("2021-07-01", "15"): "1-methy1-4Hbenzo",
    ("2021-07-01", "17"): "3-Fhuorophenyl",
}
for key, printed in BATCH_EN_MISPRINT.items():
    text = (f"The {key[0][:4]} table prints the English chemical name with '{printed}' (sic); the 2025 catalogue's "
            "corrected name is used.")
    EXTRA_NOTE[key] = f"{EXTRA_NOTE[key]} {text}" if key in EXTRA_NOTE else text
# not a known misprint: the brackets were lost in the table or in its transcription
EXTRA_NOTE[("2021-07-01", "2")] = ("The transcription of the 2021 table gives the English chemical name with "
                                   "'6H-dibenzob,dpyran' (square brackets missing); the 2025 catalogue's name, with "
                                   "[b,d], is used.")
# English chemical names the 2025-07-01 table prints where the 2025 catalogue's (used here) differs beyond typography
# (audit ad); OPSIN gives the same structure for both.
EXTRA_NOTE[("2025-07-01", "5")] = ("The 2025-07-01 table prints the English chemical name 'ethyl "
                                   "3-[1-(4-fluorophenyl)ethyl]imidazole-4-carboxylate' (the same compound); the 2025 "
                                   "catalogue's name is used.")
EXTRA_NOTE[("2025-07-01", "8")] = ("The 2025-07-01 table prints the English chemical name '1-(1,3-benzodioxol-5-yl)-"
                                   "2-(propan-2-ylamino)butan-1-one' (the same compound); the 2025 catalogue's name is "
                                   "used.")


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):  # the same date object is used many times: write it out each time
        return True


def slug(s: str) -> str:
    s = s.replace("α", "alpha-").replace("β", "beta-").replace("’", "").replace("'", "").lower()
    s = re.sub(r"[^a-z0-9.+-]+", "-", s)
    return re.sub(r"-+", "-", s).strip("-.")


def check_text(rec: dict) -> tuple[list[str], str | None]:
    where = f"second source: {S1_SMILES}, {rec['second_where']}"
    c = rec["check"]
    if c == "full":
        return [f"{where}: same InChIKey {rec['key_opsin']}"], None
    if c == "skeleton":
        return [f"{where}: same InChIKey first block {rec['key_opsin'].split('-')[0]} (connectivity); "
                f"full keys differ only in stereo: the second source draws a stereoisomer or double-bond "
                f"geometry the printed name does not specify (the list covers optical isomers)"
                if "(" not in rec["parsed"][:3] and "S," not in rec["parsed"] and "R," not in rec["parsed"]
                else f"{where}: same InChIKey first block {rec['key_opsin'].split('-')[0]} (connectivity); "
                     f"stereodescriptors differ, the SMILES here follows the printed name"], None
    if c == "graph":
        return [f"{where}: same heavy-atom connectivity; InChIKeys not comparable because the second source "
                f"writes the benzimidazole ring with wrong hydrogens"], None
    return [], None


EXTRA_CHECK = {
    ("2015-10-01", "39"): ["second source: Wikipedia 'ADB-PINACA' drugbox as copied at https://limsforum.com/?rdp_we_resource="
                           "https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FADB-PINACA: SMILES "
                           "CCCCCN1C2=CC=CC=C2C(=N1)C(=O)NC(C(=O)N)C(C)(C)C, same InChIKey FWTARAXQGJRQKN-UHFFFAOYSA-N"],
}

UNCHECKED = {
    ("2015-10-01", "39"): "The only second source used (S1 smiles.txt) has no line for this item (it repeats "
                          "5F-AB-PINACA instead); no other independent structure was at hand.",
    ("2015-10-01", "59"): "The second source (S1 smiles.txt) draws the indazole analogue (MDMB-CHMINACA), which "
                          "contradicts both printed names (吲哚 / 1H-indole); no other independent structure was "
                          "at hand. The SMILES follows the printed names.",
    ("2015-10-01", "84"): "The second source (S1 smiles.txt) repeats the MDPBP structure on this item's line, "
                          "contradicting the printed name (propan-1-one, 1-丙酮); no other independent structure "
                          "was at hand.",
    ("2018-09-01", "30"): "The second source's SMILES (S1 smiles.txt) is malformed for this item (an aziridine "
                          "ring closure instead of the 8-azabicyclo[3.2.1]octane); no other independent "
                          "structure was at hand.",
}


def main() -> None:
    with open(HERE / "cn_nps_supplementary_input.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(HERE / "cn_nps_supplementary_structures.json", encoding="utf-8") as fh:
        st = json.load(fh)
    entries, ids = [], set()
    counts: dict[str, int] = {}
    for r in rows:
        b, i = r["batch"], r["item"]
        counts[b] = counts.get(b, 0) + 1
        eid, name_en, syn = NAME_EN.get((b, i), (None, r["name_en"], []))
        eid = eid or slug(name_en)
        assert eid not in ids, eid
        ids.add(eid)
        e: dict = {"id": eid, "name": r["name_zh"], "name_en": name_en}
        if (b, i) in BATCH_NAME_ZH:  # the batch table prints another Chinese name than the 2025 catalogue
            e["name"] = BATCH_NAME_ZH[(b, i)]
            syn = [*syn, r["name_zh"]]
        if syn:
            e["synonyms"] = syn
        if r["name_en"] == "Etizolam":
            e["chemical_name_en"] = st[f"{b}#{i}"]["parsed"]
        else:
            e["chemical_name_en"] = r["chemical_name_en"]
        cas = [c.strip() for c in r["cas"].split(";") if c.strip()]
        notes = []
        ov = CAS_OVERRIDE.get((b, i))
        if ov:
            if ov[0]:
                cas = ov[0]
            notes.append(ov[1])
        if cas:
            e["cas"] = cas
            if ov and "2025 catalogue" in ov[1] and "hydrochloride" not in ov[1]:
                e["cas_sources"] = ["mps-2025-non-medical"]  # the batch table printed none or another number
        rec = st.get(f"{b}#{i}")
        if rec is None:
            e["non_structural"] = "plant: Mitragyna speciosa (kratom), as printed; mitragynine and " \
                                  "7-hydroxymitragynine are listed separately"
        else:
            checked, _ = check_text(rec)
            s = {"smiles": rec["opsin"], "derived_by": "opsin", "derived_from": rec["parsed"]}
            checked = (checked or EXTRA_CHECK.get((b, i))
                       or cross_checks(rec["opsin"], "registry/CN/nps-supplementary.yaml", rec["parsed"])
                       or pubchem_cas_checks(rec["opsin"], cas, [r["name_en"]]))
            if checked:
                s["checked_against"] = checked
            else:
                s["unchecked_reason"] = UNCHECKED[(b, i)]
            e["structure"] = s
            if rec["fix"]:
                notes.append("Name parsed differs from the printed one: " + rec["fix"] + ".")
        lst = {"effective_from": D(b), "effective_until": RESTRUCTURE_2025, "ended_by": ["mps-2025-non-medical"],
               "sources": [BATCH_SOURCE[b]], "item_number": i}
        if r["name_en"] == "Etizolam":
            lst["ended_by"] = ["nmpa-2025-55", "mps-2025-non-medical"]
            lst["note"] = ("Ends on 2025-07-21: the new non-medical catalogue (source mps-2025-non-medical), which "
                           "replaces this list, does not list etizolam; NMPA/MPS/NHC Announcement No. 55 of 2025 "
                           "(source nmpa-2025-55) lists it in the medical psychotropic catalogue (2025 edition), "
                           "category II.")
            notes.append("Not in the 2025 non-medical catalogue: from 2025-07-21 in 药用类精神药品目录（2025年版）, "
                         "category II, item 30 (registry/CN/medical-psychotropic.yaml).")
        elif r["item_2025"]:
            notes.append(f"From 2025-07-21 item {r['item_2025']} of 《非药用类麻醉药品和精神药品目录》 "
                         "(registry/CN/non-medical.yaml); this listing ends that day.")
        e["listings"] = [lst]
        extra = EXTRA_NOTE.get((b, i))
        if extra:
            notes.append(extra)
        if notes:
            e["note"] = " ".join(notes)
        entries.append(e)

    order = ["2015-10-01", "2017-03-01", "2017-07-01", "2018-09-01", "2021-07-01", "2024-07-01", "2025-07-01"]
    assert [counts[k] for k in order] == [116, 4, 4, 32, 18, 46, 12], counts
    with_structure = sum(1 for e in entries if "structure" in e)
    unchecked = sum(1 for e in entries if "structure" in e and "unchecked_reason" in e["structure"])

    doc = {
        "id": "cn-nps-supplementary",
        "jurisdiction": "CN",
        "title": "非药用类麻醉药品和精神药品管制品种增补目录",
        "title_en": "Supplementary list of controlled non-medical narcotic drugs and psychotropic substances",
        "kind": "drug",
        "legal_basis": "非药用类麻醉药品和精神药品列管办法（公通字〔2015〕27号）",
        "started": dt.date(2015, 10, 1),
        "ended": RESTRUCTURE_2025,
        "ended_by": ["mps-2025-non-medical"],
        "coverage": {
            "from": D("2015-10-01"),
            "complete": True,
            "note": ("All 232 individually listed items of the seven batches are encoded (231 with a structure, "
                     "kratom as a plant). The list ended on 2025-07-21, replaced by 《非药用类麻醉药品和精神药品目录》 "
                     "(registry/CN/non-medical.yaml, items 1-231 = 231 of these items), etizolam moving to the medical "
                     "psychotropic catalogue (NMPA/MPS/NHC Announcement No. 55 of 2025); every period here ends that "
                     "day. The date rests on two independent secondary reports (ChemRadar; Adrerie/psychopharm-atlas), "
                     "the official texts not being reachable; see tools/curation/cn_2025_restructure.md. The "
                     "class-wide controls added to this list (fentanyl-related substances 2019-05-01, synthetic "
                     "cannabinoids 2021-07-01, nitazene-related substances 2025-07-01) are in registry/classes/, "
                     "not here."),
        },
        "scope": {
            "salts": True, "stereoisomers": True, "other_isomers": False, "esters": False, "ethers": False,
            "preparations": False, "exceptions": [],
            "text": "上述品种包括其可能存在的盐类、旋光异构体及其盐类（另有规定的除外）",
            "text_en": "The items above include their possible salts, optical isomers and their salts "
                       "(unless otherwise provided).",
        },
        "sources": SOURCES,
        "entries": entries,
        "note": ("Batches: 116 items from 2015-10-01, +4 (2017-03-01), +4 (2017-07-01), +32 (2018-09-01), "
                 "+18 (2021-07-01), +46 (2024-07-01), +12 (2025-07-01) = 232 items; this file has "
                 f"{len(entries)} entries ({with_structure} with structure, {unchecked} of them unchecked). "
                 "Officially announced cumulative NPS counts (134 in 2017-02, 138 in 2017-06, 170 in 2018, "
                 "188 in 2021, 234 in 2024) are larger than the list itself by a constant 14 (presumably NPS held "
                 "in the medical catalogues; not confirmed); the list's own size is 116, 120, 124, 156, 174, 220, 232. "
                 "The 2025 catalogue keeps 231 of the 232 (all but etizolam), which agrees. Names, English "
                 "chemical names and CAS numbers follow the 2025 catalogue text (source mps-2025-non-medical, "
                 "which revised them) where it differs from an original batch table; entry notes record known "
                 "differences. item_number is the number within the item's batch table. Structures: OPSIN on "
                 "the printed English chemical name, checked against the SMILES list of GitHub "
                 "Benzyl-titanium/Structural-formula (tools/curation/cn_nps_supplementary.py)."),
    }
    for e in doc["entries"]:  # names the lists do not print are look-up aliases, not synonyms
        move_unprinted_synonyms(e, cn_printed_text())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/curation/cn_nps_supplementary_yaml.py; edit the inputs there.\n")
        yaml.dump(doc, f, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=110)
    print(len(entries), with_structure, unchecked)


if __name__ == "__main__":
    main()
