"""Build registry/UN/1961-schedule-{i,ii,iii,iv}.yaml and 1971-schedule-{i,ii,iii,iv}.yaml from the INCB lists.

Supersedes un_1961.py and un_1971.py (kept for the record of the earlier passes; do not run them: they would
rewrite the files without the anchor entries).

Inputs (offline, next to this file):
  un_19xx_incb_rows.tsv  Part 1 of the INCB Yellow List, 64th edition (Schedules I, II, IV and the Schedule III
                         preparations of the 1961 Convention) and of the Green List, 36th edition (Schedules I-IV of
                         the 1971 Convention), one row per printed item, as read in a public transcription of the
                         INCB PDFs (see the header of the TSV and the source notes below).
  pubchem_checks.tsv     PubChem records (public scrape, see its header) used as second sources.
  un_19xx_prev.json      The eight list files as the earlier passes left them (sources, uncertain items, the 23
                         Schedule I entries anchored on ST/CND/1/Add.1/Rev.7); kept and merged.

Anchor. The INCB files were retrieved from INCB's own URLs on 2026-04-24 (the transcription's fetched_at). The
editions' own dates could not be read (the transcription starts at the first table row); every item they print
is taken as in force on 2026-04-24, listed earlier (started_earlier). Changes after that date, in particular the
decisions of the 69th session of the CND (March 2026), were not found, so no list is declared complete.

Structures: OPSIN on the printed chemical name (alpha/beta written out; sign-of-rotation prefixes and the trailing
'(derivative of ...)' remarks dropped); where OPSIN cannot read the printed text, a systematic name written by the
curator from the printed description (derived_by: drawn, the name and why in derived_from) or, failing that, the
INN. Checked against registry/CN and registry/US entries by InChIKey (common.cross_checks: OPSIN-derived there from
a different printed name; else the first InChIKey block of any non-copied CN/US structure when the printed name
fixes no configuration); failing those, against a PubChem record of pubchem_checks.tsv linked to the item by the
CAS number or the name the list prints (never by the InChIKey), same InChIKey, or same first block when the
structure here carries no stereo. Usage: cd /work/main && python3 tools/curation/un_19xx_incb.py
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from pathlib import Path

import yaml
from py2opsin import py2opsin
from rdkit import Chem, RDLogger
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

RDLogger.DisableLog("rdApp.*")
warnings.filterwarnings("ignore")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from common import _names_in, cross_checks, dependent_checks, repeats, with_dates  # noqa: E402

ANCHOR = "2026-04-24"
TRANSCRIPTION = ("https://github.com/carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson/blob/"
                 "8babccea0d1efae6efbe9be36a3d719fad5a3825/scraping/chemnet/csv/")

SOURCES = {
    "incb-yl-64": {
        "title": "List of Narcotic Drugs under International Control (Yellow List), 64th edition",
        "issued_by": ["International Narcotics Control Board"],
        "issued_by_en": ["International Narcotics Control Board"],
        "url": "https://www.incb.org/incb/uploads/documents/Narcotic-Drugs/Yellow_List/64th_edition/YL_64th_E.pdf",
        "other_urls": [
            TRANSCRIPTION + "incb_yellow_list.csv",
            "https://github.com/threatroute66/EL/blob/fa94de981f39b3e28bd4d00f49f612ea72f99a43/el/skills/_yellow_list_inn.py",
            "https://www.incb.org/incb/en/narcotic-drugs/Yellowlist/yellow-list.html",
        ],
        "note": (
            "Anchor of the 1961 files. Read in the public transcription incb_yellow_list.csv (repository "
            "carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson, commit 8babccea): pdfplumber text of the INCB "
            "PDF at the url above, fetched 2026-04-24, one row per IDS line of Part 1 with its raw text and the "
            "Schedule of the section header ('Narcotic Drugs Included in Schedule I/II/IV of the 1961 Convention') it "
            "sits under, followed by the raw text of the Schedule III preparations, Part 3 (names index with bold "
            "names and page references to Part 1) and Part 4. The edition number is the file's (64th_edition/"
            "YL_64th_E.pdf); the edition's date is not in the text read (the transcription starts at the first "
            "table row); secondary copies call it '64th edition (July 2025)' (a GitHub note) and the EL repository "
            "(other_urls) parsed the same edition in May 2026. Four Schedule I items are missing from the "
            "transcription's rows and are taken from the index of the same edition, whose page references "
            "(pp. 3-7) all fall in the Schedule I table: coca leaf (p. 4), morphine methobromide (p. 5), "
            "para-fluorofentanyl (p. 6) and tetrahydrofuranylfentanyl (THF-F) (p. 7). The index gives MPPP and "
            "para-fluorofentanyl p. 5/p. 6 only, although the Schedule IV table lists both; the table is followed. "
            "Scope paragraphs read: Schedule I 'AND the isomers, unless specifically excepted, of the drugs in this "
            "Schedule whenever the existence of such isomers is possible within the specific chemical designation; "
            "the esters and ethers, unless appearing in another Schedule, of the drugs in this Schedule whenever the "
            "existence of such esters or ethers is possible; the salts of the drugs listed in this Schedule, "
            "including the salts of esters, ethers and isomers as provided above whenever the existence of such "
            "salts is possible'; footnotes 'Dextromethorphan and dextrorphan are not under international control'; "
            "Schedule II 'AND the isomers, unless specifically excepted, ... the salts of the drugs listed in this "
            "Schedule, including the salts of the isomers ...'; Schedule IV 'AND the salts of the drugs listed in "
            "this Schedule whenever the formation of such salts is possible'. Gives the status at the edition, not "
            "the date each listing took effect."
        ),
    },
    "incb-gl-36": {
        "title": "List of Psychotropic Substances under International Control (Green List), 36th edition",
        "issued_by": ["International Narcotics Control Board"],
        "issued_by_en": ["International Narcotics Control Board"],
        "url": "https://www.incb.org/incb/uploads/documents/Psychotropics/forms/greenlist/2026/2510307E.pdf",
        "other_urls": [
            TRANSCRIPTION + "incb_green_list.csv",
            "https://github.com/davlatsudekspert/forensic-expert/blob/2eeb10a2c90b7608247008ace0d5c570acdac2ca/content/pilot/international_control.generated.json",
            "http://www.incb.org/incb/en/psychotropics/green-list.html",
        ],
        "note": (
            "Anchor of the 1971 files. Read in the public transcription incb_green_list.csv (repository "
            "carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson, commit 8babccea): pdfplumber text of the INCB "
            "PDF at the url above (UN job number V.25-10307), fetched 2026-04-24, one row per IDS line of Part 1 "
            "with its raw text and the Schedule (I-IV) of the section it sits under, then Parts 2 and 3. The edition "
            "is called '36th edition, 2025' by the fetching script and by a second repository (other_urls) that "
            "read the same file at the same url on 2026-10-04 (sha256 b9f381f5...); the edition's own cover was "
            "not in the text read. Columns (INN, other names, chemical name) are interleaved where lines wrap; "
            "they were re-joined by the curator (see tools/curation/un_19xx_incb_rows.tsv). Footnote read under "
            "Schedule I: 'The stereoisomers of substances in Schedule I are also controlled, unless specifically "
            "excepted, whenever the existence of such stereoisomers is possible within the specific chemical "
            "designation.' The Schedules' note on salts was not in the text read."
        ),
    },
}

NONSTRUCT = {
    "CANNABIS": "plant material: the flowering or fruiting tops of the cannabis plant (resin not extracted)",
    "CANNABIS RESIN, EXTRACTS and TINCTURES": "the separated resin, crude or purified, obtained from the cannabis "
                                              "plant, and extracts and tinctures of cannabis",
    "COCA LEAF": "plant material: coca leaf",
    "CONCENTRATE OF POPPY STRAW": "the material arising when poppy straw has entered into a process for the "
                                  "concentration of its alkaloids (the list refers to its section 'Intermediate "
                                  "Opiate Raw Materials')",
    "OPIUM": "the coagulated juice of the opium poppy (plant species Papaver somniferum L.)",
}

# Names OPSIN cannot read as printed: (systematic name written by the curator, why). Converted with OPSIN.
DRAWN = {
    "ACETORPHINE": ("7-(2-hydroxypentan-2-yl)-6-methoxy-17-methyl-4,5-epoxy-6,14-ethenomorphinan-3-yl acetate",
                    "oripavine skeleton written out; ring configuration not drawn (the printed name gives only 7-alpha)"),
    "ETORPHINE": ("7-(2-hydroxypentan-2-yl)-6-methoxy-17-methyl-4,5-epoxy-6,14-ethenomorphinan-3-ol",
                  "oripavine skeleton written out; configuration not drawn (the printed name gives only 7-alpha)"),
    "DIHYDROETORPHINE": ("7-(2-hydroxypentan-2-yl)-6-methoxy-17-methyl-4,5-epoxy-6,14-ethanomorphinan-3-ol",
                         "6,14-ethano bridge of the 7,8-dihydro compound written out; configuration not drawn"),
    "COCAINE": ("methyl 3-(benzoyloxy)-8-methyl-8-azabicyclo[3.2.1]octane-2-carboxylate",
                "methyl ester of benzoylecgonine written out; configuration not drawn"),
    "ECGONINE": ("3-hydroxy-8-methyl-8-azabicyclo[3.2.1]octane-2-carboxylic acid",
                 "ecgonine written out; configuration not drawn"),
    "DIETHYLTHIAMBUTENE": ("N,N-diethyl-4,4-di(thiophen-2-yl)but-3-en-2-amine", "printed name rewritten in current nomenclature"),
    "DIMETHYLTHIAMBUTENE": ("N,N-dimethyl-4,4-di(thiophen-2-yl)but-3-en-2-amine", "printed name rewritten in current nomenclature"),
    "ETHYLMETHYLTHIAMBUTENE": ("N-ethyl-N-methyl-4,4-di(thiophen-2-yl)but-3-en-2-amine", "printed name rewritten in current nomenclature"),
    "DIMENOXADOL": ("2-(dimethylamino)ethyl ethoxy(diphenyl)acetate", "printed name rewritten in current nomenclature"),
    "DIPIPANONE": ("4,4-diphenyl-6-(piperidin-1-yl)heptan-3-one", "the printed '6-piperidine' read as 6-piperidino"),
    "FENTANYL": ("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide", "printed name rewritten in current nomenclature"),
    "METAZOCINE": ("3,6,11-trimethyl-1,2,3,4,5,6-hexahydro-2,6-methano-3-benzazocin-8-ol", "6,7-benzomorphan written as 2,6-methano-3-benzazocine"),
    "PHENAZOCINE": ("6,11-dimethyl-3-(2-phenylethyl)-1,2,3,4,5,6-hexahydro-2,6-methano-3-benzazocin-8-ol", "6,7-benzomorphan written as 2,6-methano-3-benzazocine"),
    "METHYLDESORPHINE": ("6,17-dimethyl-6,7-didehydro-4,5-epoxymorphinan-3-ol", "6-methyl-delta6-deoxymorphine written out; configuration not drawn"),
    "MORPHINE": ("morphine", "the list prints a description ('the principal alkaloid of opium'); OPSIN reads the INN"),
    "MORPHINE-N-OXIDE": ("morphine N-oxide", "the list prints '(derivate of morphine)'"),
    "THEBAINE": ("3,6-dimethoxy-17-methyl-6,7,8,14-tetradehydro-4,5-epoxymorphinan", "the list prints a description; configuration not drawn"),
    "ORIPAVINE": ("6-methoxy-17-methyl-6,7,8,14-tetradehydro-4,5-epoxymorphinan-3-ol", "3-O-demethylthebaine written out; configuration not drawn"),
    "MPPP": ("1-methyl-4-phenylpiperidin-4-yl propanoate", "printed name rewritten in current nomenclature"),
    "PEPAP": ("4-phenyl-1-(2-phenylethyl)piperidin-4-yl acetate", "printed name rewritten in current nomenclature"),
    "PIRITRAMIDE": ("1-(3-cyano-3,3-diphenylpropyl)-4-(piperidin-1-yl)piperidine-4-carboxamide", "printed name rewritten in current nomenclature"),
    "TETRAHYDROFURANYLFENTANYL": ("N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]oxolane-2-carboxamide",
                                  "no chemical name in the text read; drawn from the name (fentanyl with a tetrahydrofuran-2-carbonyl group)"),
    "DEXTROPROPOXYPHENE": ("4-(dimethylamino)-3-methyl-1,2-diphenylbutan-2-yl propanoate", "printed name rewritten; configuration (dextro) not drawn"),
    "DOC": ("1-(4-chloro-2,5-dimethoxyphenyl)propan-2-amine", "4-chloro-2,5-dimethoxyamfetamine written out"),
    "MDMA": ("1-(1,3-benzodioxol-5-yl)-N-methylpropan-2-amine", "(methylenedioxy)phenethylamine written as 1,3-benzodioxole"),
    "MMDA": ("1-(7-methoxy-1,3-benzodioxol-5-yl)propan-2-amine", "(methylenedioxy)phenethylamine written as 1,3-benzodioxole"),
    "TENAMFETAMINE": ("1-(1,3-benzodioxol-5-yl)propan-2-amine", "(methylenedioxy)phenethylamine written as 1,3-benzodioxole"),
    "N-ethyl MDA": ("1-(1,3-benzodioxol-5-yl)-N-ethylpropan-2-amine", "(methylenedioxy)phenethylamine written as 1,3-benzodioxole"),
    "N-hydroxy MDA": ("N-[1-(1,3-benzodioxol-5-yl)propan-2-yl]hydroxylamine", "(methylenedioxy)phenethyl written as 1,3-benzodioxole"),
    "METHYLPHENIDATE": ("methyl phenyl(piperidin-2-yl)acetate", "printed name rewritten in current nomenclature"),
    "BUPRENORPHINE": ("17-(cyclopropylmethyl)-7-(2-hydroxy-3,3-dimethylbutan-2-yl)-6-methoxy-4,5-epoxy-6,14-ethanomorphinan-3-ol",
                      "oripavine skeleton written out; configuration not drawn"),
    "CAMAZEPAM": ("7-chloro-1-methyl-2-oxo-5-phenyl-2,3-dihydro-1H-1,4-benzodiazepin-3-yl dimethylcarbamate", "printed name rewritten as an ester name"),
    "ETHINAMATE": ("1-ethynylcyclohexyl carbamate", "printed name rewritten in current nomenclature"),
    "MEPROBAMATE": ("2-methyl-2-propylpropane-1,3-diyl dicarbamate", "printed name rewritten in current nomenclature"),
    "flualprazolam": ("8-chloro-6-(2-fluorophenyl)-1-methyl-4H-benzo[f][1,2,4]triazolo[4,3-a][1,4]diazepine", "the printed '...diazepime' read as diazepine"),
    "ACETYLDIHYDROCODEINE": ("4,5-epoxy-3-methoxy-17-methylmorphinan-6-yl acetate", "6-O-acetyl dihydrocodeine written out; configuration not drawn"),
    "CODEINE": ("codeine", "OPSIN reads the printed '3-methylmorphine' as a C-methyl compound; the INN (3-O-methylmorphine) is used"),
    "ETHYLMORPHINE": ("3-O-ethylmorphine", "OPSIN reads the printed '3-ethylmorphine' as a C-ethyl compound; the locant is written 3-O"),
    "NICOCODINE": ("4,5-epoxy-3-methoxy-17-methyl-7,8-didehydromorphinan-6-yl pyridine-3-carboxylate", "6-nicotinylcodeine written as the 6-O-nicotinate ester of codeine; configuration not drawn"),
    "NICODICODINE": ("4,5-epoxy-3-methoxy-17-methylmorphinan-6-yl pyridine-3-carboxylate", "6-nicotinyldihydrocodeine written as the 6-O-nicotinate ester of dihydrocodeine; configuration not drawn"),
    "NICOMORPHINE": ("4,5-epoxy-17-methyl-7,8-didehydromorphinan-3,6-diyl bis(pyridine-3-carboxylate)", "3,6-dinicotinylmorphine written as the 3,6-di-O-nicotinate ester of morphine; configuration not drawn"),
    "DESOMORPHINE": ("4,5-epoxy-17-methylmorphinan-3-ol", "dihydrodesoxymorphine written out (morphine without the 6-hydroxy group, 7,8-dihydro); configuration not drawn"),
    "MYROPHINE": ("3-(benzyloxy)-4,5-epoxy-17-methyl-7,8-didehydromorphinan-6-yl tetradecanoate", "myristylbenzylmorphine written as the 6-O-myristate of 3-O-benzylmorphine; configuration not drawn"),
    "THEBACON": ("4,5-epoxy-3-methoxy-17-methyl-6,7-didehydromorphinan-6-yl acetate", "acetylated enol form of hydrocodone (6-acetoxy-6,7-didehydro) written out; configuration not drawn"),
    "CLONITAZENE": ("2-[2-[(4-chlorophenyl)methyl]-5-nitrobenzimidazol-1-yl]-N,N-diethylethanamine", "OPSIN misreads the printed '1-diethylaminoethyl' substituent; rewritten in current nomenclature"),
    "ETONITAZENE": ("2-[2-[(4-ethoxyphenyl)methyl]-5-nitrobenzimidazol-1-yl]-N,N-diethylethanamine", "OPSIN misreads the printed '1-diethylaminoethyl' substituent; rewritten in current nomenclature"),
    "4-FLUOROISOBUTYRFENTANYL": ("N-(4-fluorophenyl)-2-methyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide", "the printed 'phenetyl' read as phenethyl"),
    "REMIFENTANIL": ("methyl 1-(3-methoxy-3-oxopropyl)-4-[phenyl(propanoyl)amino]piperidine-4-carboxylate", "OPSIN misreads the printed '(phenylpropionylamino)' as a 3-phenylpropanamide; rewritten as N-phenylpropanamide"),
    "AB-CHMINACA": ("N-[(2S)-1-amino-3-methyl-1-oxobutan-2-yl]-1-(cyclohexylmethyl)-1H-indazole-3-carboxamide", "the printed '3-methyl-oxobutan-2-yl' lacks the locant 1 of the oxo group"),
    "UR-144": ("(1-pentyl-1H-indol-3-yl)(2,2,3,3-tetramethylcyclopropyl)methanone", "the printed 'tetramethylcyclopropoyl' read as tetramethylcyclopropyl"),
    "CARISOPRODOL": ("2-[(carbamoyloxy)methyl]-2-methylpentyl N-(propan-2-yl)carbamate", "the printed '(1-methylethyl)carbamate' written as an N-isopropyl carbamate"),
}
# Structures drawn directly as SMILES (OPSIN has no name form for them): SMILES, what was drawn.
SMILES_DRAWN = {
    "MORPHINE METHOBROMIDE and other pentavalent nitrogen morphine derivatives": (
        "C[N+]1(C)CCC23c4c5ccc(O)c4OC2C(O)C=CC3C1C5",
        "the N-methylmorphinium cation of morphine methobromide (bromide left out), drawn from morphine; "
        "configuration not drawn; the other pentavalent nitrogen morphine derivatives are not drawn"),
    # OPSIN ignores a sign of optical rotation; the list itself pairs the signs with configurations for the
    # enantiomers it prints: LEVAMFETAMINE "(–)-(R)-α-methylphenethylamine", METAMFETAMINE "(+)-(S)-N,α-dimethyl..."
    "DEXAMFETAMINE": ("C[C@H](N)Cc1ccccc1",
                      "(S)-alpha-methylphenethylamine: the printed '(+)-α-methylphenethylamine' is the enantiomer of the "
                      "list's LEVAMFETAMINE '(–)-(R)-α-methylphenethylamine'"),
    "LEVMETAMFETAMINE": ("CN[C@H](C)Cc1ccccc1",
                         "(R)-N,alpha-dimethylphenethylamine: the printed '(–)-N,α-dimethylphenethylamine' is the "
                         "enantiomer of the list's METAMFETAMINE '(+)-(S)-N,α-dimethylphenethylamine'"),
    "MESOCARB": ("CC(Cc1ccccc1)[n+]1cc([N-]C(=O)Nc2ccccc2)on1",
                 "3-(alpha-methylphenethyl)-N-(phenylcarbamoyl)sydnone imine drawn as the mesoionic 1,2,3-oxadiazolium-5-aminide"),
}
# Decision numbers read in a national implementing act (the UN communications themselves were not found), per list file
# and entry id: appended to the entry note. No date of effect was found for any of them (tools/curation/un_cnd_decisions.md).
_DEC_60 = ("CND decisions 60/4 to 60/11 of 16 March 2017 include 4-MEC, ethylone, pentedrone, ethylphenidate, MPA, "
           "MDMB-CHMICA, 5F-APINACA (5F-AKB-48) and XLR-11 in Schedule II of the 1971 Convention, as cited in Spain's Orden "
           "SCB/770/2018 (source es-orden-scb-770-2018; the decision number of each substance is not stated apart). The date "
           "of the Secretary-General's communication and the date the decisions took effect were not found; the listing "
           "stays anchored on the INCB edition.")
DECISION_NOTES = {
    "1971-schedule-ii": {i: _DEC_60 for i in ("4-methylethcathinone", "ethylone", "pentedrone", "ethylphenidate",
                                             "methiopropamine", "mdmb-chmica", "5f-apinaca", "xlr-11")},
}
THC_ISOMERS = ["delta-6a(10a)-THC", "delta-6a(7)-THC", "delta-7-THC", "delta-8-THC", "delta-10-THC", "delta-9(11)-THC"]


def rows():
    out = []
    for line in (HERE / "un_19xx_incb_rows.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        conv, sched, ids, cas, name, other, chem, note = line.split("\t")
        out.append(dict(conv=conv, sched=sched, ids=ids, cas=cas, name=name, other=other, chem=chem, note=note))
    return out


def clean(chem: str) -> str:
    s = re.sub(r"\s*\((derivat|dextro|Dextro|an alkaloid|acetylated|ester\)|derivative)[^)]*\)?\s*$", "", chem)
    s = s.replace("α", "alpha").replace("β", "beta").replace("γ", "gamma").replace("∆", "Delta").replace("–", "-")
    s = re.sub(r"^\((±|\+|-)\)-(?!\()", "", s)
    s = re.sub(r"^(alpha|beta)-(?=\d)", "", s)  # alpha/beta diastereomer prefixes: not a configuration
    return s.strip()


def slug(text: str) -> str:
    s = text.lower().replace("(+)-", "").replace("(", "").replace(")", "").replace("'", "")
    s = re.sub(r"[^a-z0-9.+-]+", "-", s).strip("-")
    return s


def ikey(smi):
    m = Chem.MolFromSmiles(smi)
    return Chem.MolToInchiKey(m), CalcMolFormula(m), Chem.MolToSmiles(m)


def other_rows():
    rows_ = []
    for jur in ("CN", "US"):
        for path in sorted((ROOT / "registry" / jur).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for e in data.get("entries") or []:
                st = e.get("structure")
                # only what OPSIN parsed from that jurisdiction's own printed name is independent: a drawing is
                # another curator's reading, a copy repeats its origin
                if not st or st.get("derived_by") != "opsin":
                    continue
                m = Chem.MolFromSmiles(st["smiles"])
                if m is not None:
                    rows_.append((f"registry/{jur}/{path.name}", e["id"], Chem.MolToInchiKey(m),
                                  _names_in(st.get("derived_from", ""))))
    return rows_


OTHER = other_rows()


def same_key_rows():
    """InChIKey -> ['registry/J/file.yaml:id (derived_by)'] for every CN/US structure, to say in an unchecked_reason
    which entries share the key but do not count as a check."""
    found = {}
    for jur in ("CN", "US"):
        for path in sorted((ROOT / "registry" / jur).glob("*.yaml")):
            for e in yaml.safe_load(path.read_text(encoding="utf-8")).get("entries") or []:
                st = e.get("structure")
                m = Chem.MolFromSmiles(st["smiles"]) if st else None
                if m is not None:
                    found.setdefault(Chem.MolToInchiKey(m), []).append(
                        f"registry/{jur}/{path.name}:{e['id']} ({st['derived_by']})")
    return found


SAME_KEY = same_key_rows()


def has_stereo(smiles):
    mol = Chem.MolFromSmiles(smiles)
    return any(a.GetChiralTag() != Chem.ChiralType.CHI_UNSPECIFIED for a in mol.GetAtoms()) or any(
        b.GetStereo() != Chem.BondStereo.STEREONONE for b in mol.GetBonds())


def _norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def pubchem_rows():
    """Rows of pubchem_checks.tsv (PubChem records of a public scrape, linked by printed CAS or printed name)."""
    out, head = [], None
    for line in (HERE / "pubchem_checks.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if head is None:
            head = cells
            continue
        out.append(dict(zip(head, cells, strict=True)))
    return out


PUBCHEM = pubchem_rows()
PUBCHEM_SRC = ("pubchem_compounds.csv / pubchem_synonyms.csv of carsonmulligan/c0mpiled-10-hackathon-logan-imogen-carson "
               "@8babccea, " + TRANSCRIPTION + "pubchem_compounds.csv")


def pubchem_check(smiles, item):
    """A PubChem record linked to the item by its printed CAS number or printed name; compared by InChIKey."""
    if not item:
        return None
    k = ikey(smiles)[0]
    m = Chem.MolFromSmiles(smiles)
    stereo = any(a.GetChiralTag() != Chem.ChiralType.CHI_UNSPECIFIED for a in m.GetAtoms()) or any(
        b.GetStereo() != Chem.BondStereo.STEREONONE for b in m.GetBonds())
    names = [item.get("name") or ""] + [x.strip() for x in (item.get("other") or "").split(",") if x.strip()]
    for r in PUBCHEM:
        if r["link"] == "cas":
            if not item.get("cas") or item["cas"] != r["linked_by"] or r["cas_primary"] != item["cas"]:
                continue
            how = f"record for CAS {item['cas']} printed in the list"
        elif r["link"] == "cas_synonym":
            if not item.get("cas") or item["cas"] != r["linked_by"]:
                continue
            how = f"record whose synonyms (pubchem_synonyms.csv) include the CAS {item['cas']} printed in the list"
        else:
            syn = _norm(r["linked_by"])
            same = [n for n in names if _norm(n) == syn]
            longer = [n for n in names if n.lower().startswith(r["linked_by"].lower() + " ")]
            if not same and not longer:
                continue
            if r["linked_by"] in names:
                shown = f"the printed name '{r['linked_by']}'"
            elif same:  # audit ak: say the printed form where the stored synonym differs in case or punctuation
                shown = f"'{r['linked_by']}', the printed name '{same[0]}' up to case and punctuation"
            else:
                shown = f"'{r['linked_by']}', the printed name '{longer[0]}' without its last words"
            how = f"record whose synonyms (pubchem_synonyms.csv) include {shown}"
        ck = r["compared_key"]
        salt = (f" (a bromide salt record; compared: its cation, InChIKey {ck}, bromide removed with RDKit)"
                if ck != r["inchi_key"] else "")
        head = f"second source: PubChem CID {r['cid']} ({how}), InChIKey {r['inchi_key']}{salt} ({PUBCHEM_SRC})"
        if ck == k:
            return f"{head}; same InChIKey"
        if ck.split("-")[0] == k.split("-")[0] and not stereo:
            return f"{head}; same first InChIKey block {k.split('-')[0]}; this structure is encoded without stereo"
    return None


EXTERNAL_PATH = ROOT / "tools" / "curation" / "un_checks_external.json"
# per UN structure (key "<file stem>:<name as printed in the list>", e.g. "1971-schedule-iv:TRIAZOLAM"): data from other sources, each linked to the substance by a name or CAS
# number the list prints: [{kind: inchikey, value, linked_by, source (URL at a commit), what}]
EXTERNAL = ({k: v for k, v in json.loads(EXTERNAL_PATH.read_text(encoding="utf-8")).items() if not k.startswith("_")}
            if EXTERNAL_PATH.exists() else {})


def external_check(smiles, key):
    """The first datum of un_checks_external.json for `key` that agrees; a datum that disagrees stops the run."""
    k = ikey(smiles)[0]
    for d in EXTERNAL.get(key, []):
        head = f"second source: InChIKey {d['value']} of {d['what']}, linked by {d['linked_by']} ({d['source']})"
        if d["value"] == k:
            return f"{head}; same InChIKey"
        if d["value"].split("-")[0] == k.split("-")[0] and not has_stereo(smiles):
            return f"{head}; same first InChIKey block; this structure is encoded without stereo"
        raise SystemExit(f"{key}: InChIKey {k} differs from {d['value']} of {d['source']}")
    return None


# PubChem records linked by a printed CAS number or name that do NOT agree (tools/curation/pubchem_checks.tsv, header),
# by printed name: said in the entry's unchecked_reason
PUBCHEM_FINDINGS = {
    "ACETORPHINE": "PubChem CID 20055090, linked by the printed name (its synonyms in pubchem_synonyms.csv include "
                   "'ACETORPHINE'), also fixes the side-chain carbinol as (2R) (InChIKey LFYBMMHFJIAKFE-PMEKXCSPSA-N); "
                   "with that centre, which the printed name leaves open and this structure does not draw, cleared "
                   "with RDKit its key equals this structure's, so it confirms the drawn ring configuration but is not "
                   "counted as a check of the whole",
    "CHLORDIAZEPOXIDE": "PubChem CID 2712, linked by the printed CAS 58-25-3, draws the N-hydroxy amidine tautomer "
                        "(InChIKey BUCORZSTKDOEKQ-UHFFFAOYSA-N), which the standard InChIKey does not merge with this "
                        "4-oxide drawing, so it is not counted as a check",
}


def check(smiles, own_file, derived_from, item=None):
    found = cross_checks(smiles, own_file, derived_from)
    if found:
        return found[:2], None
    k, formula, _ = ikey(smiles)
    others = [r for r in OTHER if not any(repeats(derived_from, n) for n in r[3])]  # parsed from another name string
    full = [r for r in others if r[2] == k]
    if full:
        f, i, kk, _ = full[0]
        return [f"second source: SMILES of entry '{i}' in {f} (same InChIKey {kk})"], None
    # a constitution alone checks only a structure drawn without configuration
    block = [] if has_stereo(smiles) else [r for r in others if r[2].split("-")[0] == k.split("-")[0]]
    if block:
        f, i, kk, _ = block[0]
        return [f"second source: SMILES of entry '{i}' in {f} (same first InChIKey block {kk.split('-')[0]}; "
                f"this structure is encoded without stereo)"], None
    pc = pubchem_check(smiles, item) or external_check(smiles, f"{Path(own_file).stem}:{item['name']}" if item else "")
    if pc:
        return [pc], None
    same = SAME_KEY.get(k, [])
    finding = PUBCHEM_FINDINGS.get(item["name"]) if item else None
    return [], ("no CN or US structure that OPSIN derived from another printed name has this InChIKey"
                + ("" if has_stereo(smiles) else " or its first block") + f" ({k}), and "
                + (finding if finding else "no record in tools/curation/pubchem_checks.tsv (the PubChem rows "
                   "transcribed so far) is recorded there as linked by the printed CAS number or name")
                + (f"; entries with the same key that do not count as a check (drawn, copied or parsed from the same "
                   f"name): {', '.join(same[:3])}" if same else "") + f"; formula {formula}")


def derive_all(items, own_file):
    todo = []
    for it in items:
        if it["name"] in NONSTRUCT or it["name"].startswith("tetrahydrocannabinol") or it["sched"] == "III" and it["conv"] == "1961":
            continue
        if it["name"] in SMILES_DRAWN:
            continue
        if it["name"] in DRAWN:
            todo.append((it, DRAWN[it["name"]][0], "drawn"))
        else:
            c = clean(it["chem"]) if it["chem"] else ""
            todo.append((it, c or it["name"].lower(), "opsin"))
    res = py2opsin([t[1] for t in todo]) if todo else []
    res = [res] if isinstance(res, str) else res
    for (it, name, how), smi in zip(todo, res, strict=True):
        it["_parse"], it["_how"], it["_smiles"] = name, how, smi
    for it in items:
        if it["name"] in SMILES_DRAWN:
            it["_smiles"], note = SMILES_DRAWN[it["name"]]
            it["_how"], it["_parse"] = "smiles", note
    return items


def structure_of(it, own_file):
    smi = it.get("_smiles")
    if not smi:
        return None
    k, formula, can = ikey(smi)
    how = it["_how"]
    if how == "opsin":
        st = {"smiles": can, "derived_by": "opsin", "derived_from": it["_parse"]}
        m = Chem.MolFromSmiles(can)
        Chem.RemoveStereochemistry(m)
        if it["chem"].startswith("(±)") and Chem.MolToSmiles(m) != can:
            # a racemate: the configuration OPSIN gives the skeleton (natural morphinan) is not meant
            st = {"smiles": Chem.MolToSmiles(m), "derived_by": "drawn",
                  "derived_from": f"{it['_parse']} (printed '{it['chem']}'; OPSIN gives this name the natural "
                                  "morphinan configuration, which the racemate does not have: drawn without "
                                  "stereo)"}
    elif how == "drawn":
        why = DRAWN[it["name"]][1]
        st = {"smiles": can, "derived_by": "drawn",
              "derived_from": f"{it['_parse']} (written by the curator from the printed '{it['chem'] or it['name']}': {why}; converted with OPSIN)"}
        if "configuration not drawn" in why:
            m = Chem.MolFromSmiles(can)
            Chem.RemoveStereochemistry(m)
            st["smiles"] = Chem.MolToSmiles(m)
    else:
        st = {"smiles": can, "derived_by": "drawn", "derived_from": it["_parse"]}
    checked, reason = check(st["smiles"], own_file, st["derived_from"], it)
    if checked:
        st["checked_against"] = checked
    else:
        st["unchecked_reason"] = reason
    return st


def recheck(st, own_file, item):
    """An earlier pass's structure without the checks that parse its own name string again; checked afresh when
    none is left."""
    dependent = dependent_checks(st.get("checked_against", []), st["derived_from"])
    kept = [c for c in st.get("checked_against", []) if c not in dependent]
    if kept == st.get("checked_against", []):
        return st
    st = {k: v for k, v in st.items() if k not in ("checked_against", "unchecked_reason")}
    if not kept:
        kept, reason = check(st["smiles"], own_file, st["derived_from"], item)
        if not kept:
            st["unchecked_reason"] = reason
    if kept:
        st["checked_against"] = kept
    return st


def build_entries(items, conv, sched, own_file, prev_entries):
    src = "incb-yl-64" if conv == "1961" else "incb-gl-36"
    prev = {e["id"]: e for e in prev_entries}
    entries, seen = [], set()
    for it in items:
        if it["name"].startswith("tetrahydrocannabinol"):
            parts = [p.split(": ", 1) for p in it["chem"].split("; ")]
        else:
            parts = [None]
        for part in parts:
            if part:
                iso, chem = part
                sub = dict(it, chem=chem, name=iso)
                smi = py2opsin(chem)
                sub.update(_smiles=smi, _how="opsin", _parse=chem)
                e_id = slug(iso)
            else:
                sub = it
                e_id = slug(it["name"].split(",")[0] if it["name"].startswith("STP") else it["name"])
                if it["name"] == "CANNABIS RESIN, EXTRACTS and TINCTURES":
                    e_id = "cannabis-resin-extracts-and-tinctures"
                if it["name"].startswith("MORPHINE METHOBROMIDE"):
                    e_id = "morphine-methobromide"
                if it["name"].startswith("delta-9-tetrahydrocannabinol"):
                    e_id = "delta-9-tetrahydrocannabinol"
                if it["name"].startswith("4-CMC"):
                    e_id = "4-cmc"
                if it["name"].startswith("3-chloromethcathinone"):
                    e_id = "3-cmc"
                if it["name"].startswith("HEXAHYDROCANNABINOL"):
                    e_id = "hhc"
            assert e_id not in seen, e_id
            seen.add(e_id)
            listing = {"effective_from": ANCHOR, "sources": [src], "started_earlier": True}
            if e_id in prev:  # entry of the earlier pass (ST/CND/1/Add.1 anchor): keep it, add the INCB edition
                e = dict(prev[e_id])
                if e.get("structure"):
                    e["structure"] = recheck(e["structure"], own_file, sub)
                lst = [dict(x) for x in e["listings"]]
                lst[-1]["sources"] = list(lst[-1]["sources"]) + [src]
                e["listings"] = lst
                if it["ids"]:
                    e["code"] = it["ids"]
                if it["cas"]:
                    e["cas"] = [it["cas"]]
                e["note"] = ((e.get("note") + " ") if e.get("note") else "") + (
                    f"Also printed in Schedule {sched} of the Yellow List, 64th edition (source {src}), IDS code "
                    f"{it['ids']}, as '{it['name']}: {it['chem']}'.")
                entries.append(e)
                continue
            e = {"id": e_id, "name": sub["name"], "name_en": sub["name"]}
            syn = [s.strip() for s in it["other"].split(",") if s.strip()] if it["other"] else []
            if part:
                syn = []
            if syn:
                e["synonyms"] = syn
            if sub["chem"] and sub["name"] not in NONSTRUCT:
                e["chemical_name"] = sub["chem"]
                e["chemical_name_en"] = sub["chem"]
            if it["cas"] and not part:
                e["cas"] = [it["cas"]]
            if it["ids"]:
                e["code"] = it["ids"]
            if sub["name"] in NONSTRUCT:
                e["non_structural"] = NONSTRUCT[sub["name"]]
            else:
                st = structure_of(sub, own_file)
                if st is None:
                    print(f"FAIL {conv} {sched} {sub['name']}: no structure ({sub.get('_parse')})")
                    continue
                e["structure"] = st
            e["listings"] = [listing]
            notes = []
            if it["note"]:
                notes.append("Transcription: " + it["note"].rstrip(".") + ".")
            if part:
                notes.append("One of the isomers printed under 'tetrahydrocannabinol, the following isomers and their "
                             "stereochemical variants' (IDS code PT 002), encoded as its own entry.")
            if it["name"] == "ECGONINE":
                notes.append("Printed as 'ECGONINE, its esters and derivatives which are convertible to ecgonine and "
                             "cocaine'; only ecgonine itself is drawn.")
            if it["name"].startswith("MORPHINE METHOBROMIDE"):
                notes.append("The item covers other pentavalent nitrogen morphine derivatives, which are not drawn.")
            if notes:
                e["note"] = " ".join(notes)
            entries.append(e)
    # entries of one list drawn alike
    by_key = {}
    for e in entries:
        if "structure" in e:
            by_key.setdefault(ikey(e["structure"]["smiles"])[0], []).append(e)
    for group in by_key.values():
        if len(group) > 1:
            for e in group:
                e["shares_structure_with"] = [o["id"] for o in group if o is not e]
                if "is shared" in (e.get("note") or ""):
                    continue
                e["note"] = ((e.get("note") + " ") if e.get("note") else "") + (
                    "The list names these items apart (diastereomers alpha/beta, enantiomers or racemate); the "
                    "printed names give no configuration that the drawing keeps, so the structure is shared.")
    return entries


def scope(conv, sched):
    if conv == "1961" and sched == "I":
        return {"salts": True, "stereoisomers": True, "other_isomers": False, "esters": True, "ethers": True,
                "preparations": False, "exceptions": ["dextromethorphan", "dextrorphan"],
                "text_en": ("AND the isomers, unless specifically excepted, of the drugs in this Schedule whenever the "
                            "existence of such isomers is possible within the specific chemical designation; the "
                            "esters and ethers, unless appearing in another Schedule, of the drugs in this Schedule "
                            "whenever the existence of such esters or ethers is possible; the salts of the drugs "
                            "listed in this Schedule, including the salts of esters, ethers and isomers as provided "
                            "above whenever the existence of such salts is possible. [Footnote:] Dextromethorphan and "
                            "dextrorphan are not under international control.")}
    if conv == "1961" and sched == "II":
        return {"salts": True, "stereoisomers": True, "other_isomers": False, "esters": False, "ethers": False,
                "preparations": False, "exceptions": [],
                "text_en": ("AND the isomers, unless specifically excepted, of the drugs in this Schedule whenever the "
                            "existence of such isomers is possible within the specific chemical designation; the "
                            "salts of the drugs listed in this Schedule, including the salts of the isomers as "
                            "provided above whenever the existence of such salts is possible.")}
    if conv == "1961" and sched == "IV":
        return {"salts": True, "stereoisomers": False, "other_isomers": False, "esters": False, "ethers": False,
                "preparations": False, "exceptions": [],
                "text_en": "AND the salts of the drugs listed in this Schedule whenever the formation of such salts is possible."}
    if conv == "1961" and sched == "III":
        return {"salts": False, "stereoisomers": False, "other_isomers": False, "esters": False, "ethers": False,
                "preparations": True, "exceptions": []}
    if conv == "1971" and sched == "I":
        return {"salts": False, "stereoisomers": True, "other_isomers": False, "esters": False, "ethers": False,
                "preparations": False, "exceptions": [],
                "text_en": ("The stereoisomers of substances in Schedule I are also controlled, unless specifically "
                            "excepted, whenever the existence of such stereoisomers is possible within the specific "
                            "chemical designation.")}
    return {"salts": False, "stereoisomers": False, "other_isomers": False, "esters": False, "ethers": False,
            "preparations": False, "exceptions": []}


SCHED_III_1961 = [
    ("preparations-of-codeine-group", "Preparations of ACETYLDIHYDROCODEINE, CODEINE, DIHYDROCODEINE, ETHYLMORPHINE, NICOCODINE, NICODICODINE, NORCODEINE, PHOLCODINE when compounded with one or more other ingredients and containing not more than 100 milligrams of the drug per dosage unit and with a concentration of not more than 2.5 per cent in undivided preparations."),
    ("preparations-of-propiram", "Preparations of PROPIRAM containing not more than 100 milligrams of PROPIRAM per dosage unit and compounded with at least the same amount of methylcellulose."),
    ("preparations-of-dextropropoxyphene", "Preparations of DEXTROPROPOXYPHENE for oral use containing not more than 135 milligrams of DEXTROPROPOXYPHENE base per dosage unit or with a concentration of not more than 2.5 per cent in undivided preparations, provided that such preparations do not contain any substance controlled under the 1971 Convention on Psychotropic Substances."),
    ("preparations-of-cocaine-opium-morphine", "Preparations of COCAINE containing not more than 0.1 per cent of cocaine calculated as COCAINE base; and OPIUM or MORPHINE containing not more than 0.2 per cent of MORPHINE calculated as anhydrous MORPHINE base and compounded with one or more other ingredients and in such a way that the drug cannot be recovered by readily applicable means or in a yield which would constitute a risk to public health."),
    ("preparations-of-difenoxin", "Preparations of DIFENOXIN containing, per dosage unit, not more than 0.5 milligrams of DIFENOXIN and a quantity of atropine sulfate equivalent to at least 5 per cent of the dose of DIFENOXIN."),
    ("preparations-of-diphenoxylate", "Preparations of DIPHENOXYLATE containing, per dosage unit, not more than 2.5 milligrams of DIPHENOXYLATE calculated as base and a quantity of atropine sulfate equivalent to at least 1 per cent of the dose of DIPHENOXYLATE."),
    ("pulvis-ipecacuanhae-et-opii-compositus", "Pulvis ipecacuanhae et opii compositus: 10 per cent OPIUM in powder; 10 per cent ipecacuanha root, in powder well mixed with 80 per cent of any other powdered ingredient containing no drug."),
    ("mixtures-of-schedule-iii-preparations", "Preparations conforming to any of the formulas listed in this Schedule and mixtures of such preparations with any material which contains no drug."),
]


def close_uncertain(unc, entries):
    keys = {ikey(e["structure"]["smiles"])[0] for e in entries if "structure" in e}
    out = []
    for u in unc or []:
        u = dict(u)
        if u.get("smiles") and ikey(u["smiles"])[0] in keys and not u.get("until"):
            u["until"] = ANCHOR
            u["reason"] = u["reason"] + (f" From {ANCHOR} the substance is an entry of this list (printed in the INCB "
                                         "edition used as anchor), so the window closes there.")
        out.append(u)
    return out


def cov_note(conv, sched, n_entries, n_unc):
    ed = ("Yellow List, 64th edition (source incb-yl-64)" if conv == "1961"
          else "Green List, 36th edition (source incb-gl-36)")
    rule = ("article 3(7) of the 1961 Convention: a decision takes effect for each Party on receipt of the "
            "Secretary-General's communication" if conv == "1961" else
            "article 2(7) of the 1971 Convention: a decision takes effect 180 days after the Secretary-General's "
            "communication")
    return (
        f"Anchor: the INCB {ed}, retrieved from the INCB website on {ANCHOR}; every item it prints for this "
        f"Schedule is encoded ({n_entries} entries) from {ANCHOR} with started_earlier (in force then, listed "
        "earlier on a date not encoded). NOT declared complete: decisions of the Commission after the edition, in "
        "particular those of its 69th session (March 2026), were not found in the sources searched, and under "
        f"{rule}, so a change adopted then may be in force without being encoded here. Windows under `uncertain` "
        f"({n_unc}) cover substances whose addition was voted before the anchor (their window closes at {ANCHOR} when the "
        "edition prints them): for none of the decisions of the 53rd (2010) to 68th (2025) sessions was the date of the "
        "Secretary-General's communication or the date of effect found in the sources searched "
        "(tools/curation/un_cnd_decisions.md), so no listing is dated earlier than the anchor on that ground."
    )


def main() -> int:
    prev = json.loads((HERE / "un_19xx_prev.json").read_text(encoding="utf-8"))
    allrows = rows()
    failed = False
    for conv in ("1961", "1971"):
        for sched in ("I", "II", "III", "IV"):
            key_ = f"{conv}-schedule-{sched.lower()}"
            own_file = f"registry/UN/{key_}.yaml"
            old = prev[key_]
            items = [r for r in allrows if r["conv"] == conv and r["sched"] == sched]
            if conv == "1961" and sched == "III":
                entries = [{"id": i, "name": t, "name_en": t, "non_structural": t,
                            "listings": [{"effective_from": ANCHOR, "sources": ["incb-yl-64"], "started_earlier": True,
                                          "item_number": str(n + 1)}]}
                           for n, (i, t) in enumerate(SCHED_III_1961)]
            else:
                derive_all(items, own_file)
                entries = build_entries(items, conv, sched, own_file, old.get("entries") or [])
            for e in entries:
                extra = DECISION_NOTES.get(key_, {}).get(e["id"])
                if extra:
                    e["note"] = ((e.get("note") + " ") if e.get("note") else "") + extra
            found = set(DECISION_NOTES.get(key_, {})) - {e["id"] for e in entries}
            assert not found, f"{key_}: DECISION_NOTES ids not among the entries: {sorted(found)}"
            unc = close_uncertain(old["coverage"].get("uncertain"), entries)
            src_id = "incb-yl-64" if conv == "1961" else "incb-gl-36"
            doc = {k: old[k] for k in ("id", "jurisdiction", "title", "title_en", "kind", "legal_basis")}
            doc["coverage"] = {"from": ANCHOR, "complete": False}
            if unc:
                doc["coverage"]["uncertain"] = unc
            doc["coverage"]["note"] = cov_note(conv, sched, len(entries), len(unc))
            doc["scope"] = scope(conv, sched)
            doc["note"] = (
                f"Entries from the INCB {('Yellow' if conv == '1961' else 'Green')} List (source {src_id}); scope as "
                "printed there (see scope.text_en; flags not printed in the text read stay false). Structures: "
                "tools/curation/un_19xx_incb.py (inputs un_19xx_incb_rows.tsv, un_19xx_prev.json). Notes of the "
                "earlier pass: " + (old.get("note") or ""))
            if conv == "1961" and sched == "III":
                doc["note"] = ("Schedule III of the 1961 Convention lists exempted preparations; each is a non_structural "
                               "entry with its conditions as printed in the Yellow List, 64th edition (source "
                               "incb-yl-64), Part 1 section 2.")
            if conv == "1961" and sched == "IV":
                doc["note"] += " Schedule IV drugs are also in Schedule I (article 2, paragraph 5)."
            doc["sources"] = {**old["sources"], src_id: SOURCES[src_id]}
            doc["entries"] = entries
            n_chk = sum(1 for e in entries if e.get("structure", {}).get("checked_against"))
            n_st = sum(1 for e in entries if "structure" in e)
            print(f"{key_}: {len(entries)} entries, {n_st} structures, {n_chk} checked, {len(unc)} uncertain")
            for e in entries:
                st = e.get("structure")
                if st and not st.get("checked_against"):
                    print("   unchecked:", e["id"], st["smiles"], st["unchecked_reason"][:60])
            text = yaml.safe_dump(with_dates(doc), sort_keys=False, allow_unicode=True, width=110)
            (ROOT / own_file).write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
