"""Generates registry/US/schedule-i.yaml (taking over from us_fentanyl_yaml_gen.py, whose Schedule I output is now
tools/curation/us_fentanyl_schedule_i_base.yaml: its fentanyl entries, dated periods and sources are kept unchanged and
merged here). Same method and conventions as Schedules II-V (us_schedules.py, us_schedules_iii_v.py).

Added: the named items of 21 CFR 1308.11 paragraphs (b) opiates, (c) opium derivatives, (d) hallucinogenic substances,
(e) depressants and (f) stimulants, as printed in an undated eCFR copy (GitHub MichalOpoka/ecfr, commit 0000bb38),
transcribed in tools/curation/us_schedule_i_items.py. The copy is dated by its own "Effective Date Notes": the latest rule
it demonstrably includes is 83 FR 472 (2018-01-04, adding (h)(22)), so its items start on 2018-01-04 with
started_earlier: true. Items already in the base file (acetyl-alpha-methylfentanyl, acetyl fentanyl, 3-methylthiofentanyl)
keep their own periods and get no second one.

Also added (tools/curation/us_schedule_i_additions.json: items, their printed names, listing periods and the Federal Register
sources read for them): (b)(40), (g) and (h) as printed in a newer eCFR copy (commit 105e0fc2, in force on 2018-02-06), and
placements after it found in Federal Register rules (temporary orders, extensions, final rules; dates from their DATES
paragraphs). Their structures: OPSIN on the printed chemical name (derived_by: opsin), else on the curator's systematic name
for the trivial name (drawn); checked by InChIKey against registry/CN, registry/UN, the examples of China's class files drawn
from names China (or the UK ACMD) printed, and tools/curation/us_fentanyl_reference_smiles.txt. Structures of the (b)-(f)
items left unchecked are checked the same way. Run from a scratch directory (py2opsin writes its batch file in the working
directory): cd $(mktemp -d) && python3 /path/to/tools/curation/us_schedule_i.py

Structures: OPSIN on a chemical name printed in the item (derived_by: opsin; the other printed chemical names and the
curator's systematic name for the INN are parsed as checks); otherwise the curator's systematic name for the printed
INN/common name parsed by OPSIN (derived_by: drawn); for a few complex morphinans the SMILES of registry/CN (copied,
unchecked). Checks: InChIKey equal to the SMILES of the same substance in registry/CN/*.yaml (first block when stereo is
given in only one; a first-block match does not count for a structure that gives stereo). Structures still unchecked
after that are checked against the independent data recorded in tools/curation/us_schedule_i_checks.json (names printed
by WHO ECDD, EMCDDA, Wikipedia copies, SMILES/InChI/InChIKeys of other sources, with the URL read; see external_checks).
No network at run time. Run: python3 tools/curation/us_fentanyl_yaml_gen.py (writes the base file),
then python3 tools/curation/us_schedule_i.py
"""
import datetime as dt
import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import us_schedules as base  # noqa: E402
from common import dependent_checks, registry_derived_from, repeats  # noqa: E402
from py2opsin import py2opsin  # noqa: E402
from rdkit import Chem  # noqa: E402
from us_schedule_i_items import ALL, HAND, NOT_ROWS  # noqa: E402

ROOT = base.ROOT
D = dt.date.fromisoformat
REF, ikey, formula = base.REF, base.ikey, base.formula


def name_check(label, ik, cik):
    """The `checked_against` text when a second name's InChIKey `cik` agrees with ours (whole key, or first block
    when the stereo is given in only one of the two), else None."""
    if cik == ik:
        return f"{label} (same InChIKey {ik})"
    if cik[:14] == ik[:14]:
        return f"{label} (same InChIKey first block {ik[:14]}; stereo given in only one)"
    return None

C11 = '0000bb38c10d0b6832c05e5c2d34582e692c2d06'
A1 = '2018-01-04'
C11B = '105e0fc2d5b4bf29d8c7fe05ea47b4318aa78d48'  # newer copy of the same file (read for (b)(40), (g) and (h))
SRC = {
 'ecfr-1308-11-2018': base.src('21 CFR 1308.11 Schedule I (Electronic Code of Federal Regulations text)', '21 CFR 1308.11',
   None, None, base.ECFR.format(s='1308.11'), [base.GH.format(c=C11, s='1308.11')],
   'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 0000bb38). Its "Effective Date Notes" end: "At 83 '
   'FR 472, Jan. 4, 2018, § 1308.11 was amended by adding paragraph (h)(22), effective Jan. 4, 2018 through Jan. 4, 2020", '
   'and (h)(22) (cyclopropyl fentanyl) is printed: the text includes that rule. It opens with "Link to an amendment '
   'published at 82 FR 58559, Dec. 13, 2017" (an amendment not yet incorporated in the text; not read). Used as showing '
   'the items of paragraphs (b)-(f) in force on 2018-01-04.'),
 'ecfr-1308-11-2018-02': base.src('21 CFR 1308.11 Schedule I (Electronic Code of Federal Regulations text)', '21 CFR 1308.11',
   None, None, base.ECFR.format(s='1308.11'), [base.GH.format(c=C11B, s='1308.11')],
   'Read in a newer undated GitHub copy of the same eCFR file (MichalOpoka/ecfr, commit 105e0fc2; the newest of the stored '
   'versions that could be located). Its "Effective Date Notes" end: "At 83 FR 5191, Feb. 6, 2018, § 1308.11 was amended by '
   'adding paragraph (h)(30), effective Feb. 6, 2018, through Feb. 6, 2020", and (h)(30) (fentanyl-related substances) is '
   'printed: the text includes that rule. Used as showing the items of paragraphs (b)(40) (MT-45), (g) cannabimimetic agents and '
   '(h) temporary listings in force on 2018-02-06. Paragraph (b) there has 58 items (MT-45 inserted as (b)(40)); (c)-(f) are '
   'as in the older copy.'),
}


def P(n):
    return f"printed name '{n}'"


FLAG_NOTE = {
 'ALPHA': 'The alpha relative configuration is not drawn (the structure is that of the racemic/unspecified compound); '
          'it is therefore the same as written for the items listed in shares_structure_with.',
 'BETA': 'The beta relative configuration is not drawn; the structure is therefore the same as written for the items '
         'listed in shares_structure_with.',
 'DEXTRO': 'The dextro configuration is not drawn; the structure is the same as written for levomoramide and racemoramide.',
 'LEVO': 'The levo configuration is not drawn; the structure is the same as written for dextromoramide and racemoramide.',
 'MORPHINAN': 'Drawn with OPSIN\'s morphinan parent, which carries the configuration of the natural (levo) morphinans.',
 'STRIP': 'Drawn with OPSIN\'s morphinan parent; stereo removed since the name does not specify the enantiomer.',
 'TRANS': 'The relative (trans) configuration of tilidine is not drawn.',
 'QUAT': 'A quaternary ammonium salt (methobromide): the structure is the N-methyl quaternary cation; the bromide '
         'counter-ion is not written.',
 'NOPARSE': 'The printed chemical name is ambiguous (OPSIN reads it as a different structure from the INN/common name '
            'and registry/CN); the structure is drawn from the INN/common name.',
 'CIS': 'The printed (±)cis relative configuration is not drawn.',
 'HYPHEN': 'The printed name breaks "amphet-amine" with a hyphen; it was parsed without it.',
 'SPACE': 'The printed name has a space before "amphetamine"; it was parsed without it.',
 'PAREN': 'The DEA code number is printed in parentheses.',
 'CNSTEREO': 'Drawn from the systematic name with the ring configuration written for buprenorphine in '
             'registry/US/schedule-iii.yaml ((5R,6R,7R,14S)-6,14-ethanomorphinan; 14R for the 6,14-etheno bridge). The '
             'structure of registry/CN/narcotic.yaml copied here before differs from it (C-14 inverted, C-6 not specified; '
             'same constitution) and is no longer used.',
}

STRUCTS = {}
SKIPPED = []


def derive(rows):
    names = set()
    for r in rows:
        names.update(r[4])
        if r[6] and r[6] != 'COPY' and not r[6].startswith('NS:'):
            names.add(r[6])
    names = sorted(names)
    got = dict(zip(names, py2opsin(names), strict=False))
    errs = []
    for r in rows:
        par, n, name, code, chems, syn, drawn, ref, flag = r
        key = f'{par}{n}'
        if drawn and drawn.startswith('NS:'):
            continue
        if drawn == 'HAND':  # drawn by hand or copied from a source, as the structure itself says
            STRUCTS[key] = dict(HAND[key])
            STRUCTS[key].setdefault('unchecked_reason', 'drawn by hand; checked only by the data of '
                                                       'us_schedule_i_checks.json')
            continue
        if drawn == 'COPY':
            refs = REF.get(ref)
            if not refs:
                SKIPPED.append((par, n, name, 'no structure drawn (complex morphinan) and none in registry/CN'))
                continue
            STRUCTS[key] = {'smiles': refs[0][2], 'derived_by': 'copied',
                            'derived_from': f"{refs[0][0]} entry '{refs[0][1]}' (drawn there from the name {ref})",
                            'unchecked_reason': 'copied from another registry file; no independent structure source for '
                                                'this complex morphinan was read within the look-up budget '
                                                f'(formula {formula(refs[0][2])})'}
            continue
        parsed = [(c, got[c]) for c in chems if got.get(c) and 'NOPARSE' not in (flag or '')]
        if parsed:
            method, dfrom, smi = 'opsin', parsed[0][0], parsed[0][1]
            checks = [('second printed name', c, s, 'parsed by OPSIN') for c, s in parsed[1:]]
        elif drawn and got.get(drawn):
            method, smi = 'drawn', got[drawn]
            dfrom = f"{P(name)}; drawn as the systematic name '{drawn}'"
            checks = []
        else:
            SKIPPED.append((par, n, name, 'OPSIN cannot parse the printed chemical name and no systematic name was drawn'))
            continue
        mol = Chem.MolFromSmiles(smi)
        if flag in ('STRIP',):
            Chem.RemoveStereochemistry(mol)
        smi = Chem.MolToSmiles(mol)
        ik = ikey(smi)
        chk = []
        for label, cname, csmi, how in checks:
            text = name_check(f"{label}: '{cname}', {how}", ik, ikey(csmi))
            if text:
                chk.append(text)
            else:
                errs.append(f'{key} {name}: check name {cname} differs')
        more, differ = base.ref_checks(ik, REF.get(ref, []) if ref else [], smi, dfrom)
        chk += more
        errs += [f'{key} {name}: differs from {f} {rid}: {smi} vs {rs}' for f, rid, rs in differ]
        d = {'smiles': smi, 'derived_by': method, 'derived_from': dfrom}
        if chk:
            d['checked_against'] = chk
        else:
            d['unchecked_reason'] = (f'{base.SEARCHED}, and no second printed name could be parsed '
                                     f'(formula {formula(smi)})')
        STRUCTS[key] = d
    return errs


ov = base.ov  # entry scope override with the paragraph's wording verbatim


SC = {
 'c': ov('(c) Opium derivatives. Unless specifically excepted or unless listed in another schedule, any of the following '
         'opium derivatives, its salts, isomers, and salts of isomers whenever the existence of such salts, isomers, and salts '
         'of isomers is possible within the specific chemical designation:', salts=True, stereo=True, esters=False,
         ethers=False),
 'd': ov('(d) Hallucinogenic substances. Unless specifically excepted or unless listed in another schedule, any material, '
         'compound, mixture, or preparation, which contains any quantity of the following hallucinogenic substances, or '
         'which contains any of its salts, isomers, and salts of isomers whenever the existence of such salts, isomers, and '
         'salts of isomers is possible within the specific chemical designation (for purposes of this paragraph only, the '
         'term “isomer” includes the optical, position and geometric isomers):', salts=True, stereo=True, other=True,
         esters=False, ethers=False, prep=True),
 'e': ov('(e) Depressants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
         'mixture, or preparation which contains any quantity of the following substances having a depressant effect on the '
         'central nervous system, including its salts, isomers, and salts of isomers whenever the existence of such salts, '
         'isomers, and salts of isomers is possible within the specific chemical designation:', salts=True, stereo=True,
         esters=False, ethers=False, prep=True),
 'f': ov('(f) Stimulants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
         'mixture, or preparation which contains any quantity of the following substances having a stimulant effect on the '
         'central nervous system, including its salts, isomers, and salts of isomers:', salts=True, stereo=True,
         esters=False, ethers=False, prep=True),
}
PARA = {'b': 'opiates', 'c': 'opium derivatives', 'd': 'hallucinogenic substances', 'e': 'depressants', 'f': 'stimulants'}
GREEK = {'α': 'alpha', 'β': 'beta'}


def slug(name):
    s = re.sub(r'\s+\(.*\)$', '', name)
    for g, w in GREEK.items():
        s = s.replace(g, w)
    return re.sub(r'[^a-z0-9.+-]+', '-', s.lower()).strip('-')


def entries(rows, existing_ids):
    out = []
    for r in rows:
        par, n, name, code, chems, syn, drawn, ref, flag = r
        key = f'{par}{n}'
        ns = drawn[3:] if drawn and drawn.startswith('NS:') else None
        if not ns and key not in STRUCTS:
            continue
        eid = slug(syn[0]) if syn and re.search(r'[(\[]', name) else slug(name)
        if eid in existing_ids:
            eid = f'{eid}-{par}-{n}'
        existing_ids.add(eid)
        e = {'id': eid, 'name': name, 'name_en': name}
        if syn:
            e['synonyms'] = list(syn)
        if chems:
            e['chemical_name'] = chems[0] if flag not in ('HYPHEN', 'SPACE') else name  # as printed
            e['chemical_name_en'] = e['chemical_name']
            if len(chems) > 1:
                e['synonyms'] = list(chems[1:]) + e.get('synonyms', [])
        e['code'] = code
        if ns:
            e['non_structural'] = ns
        else:
            e['structure'] = STRUCTS[key]
        if par in SC:
            e['scope'] = SC[par]
        if key == 'f5':
            e['scope'] = SC['f'] | {'text': SC['f']['text'] + ' [...] (5) Methcathinone [...], its salts, optical isomers '
                                    'and salts of optical isomers', 'text_en': SC['f']['text'] + ' [...] (5) Methcathinone '
                                    '[...], its salts, optical isomers and salts of optical isomers'}
        e['listings'] = [base.L(A1, ['ecfr-1308-11-2018'], item=f'({par})({n})', earlier=True)]
        notes = []
        for fl in (flag or '').split('+'):
            if fl in FLAG_NOTE:
                notes.append(FLAG_NOTE[fl])
        if key == 'd31':
            notes.append('The item names as examples: 1 cis or trans tetrahydrocannabinol, 6 cis or trans '
                         'tetrahydrocannabinol, and 3,4 cis or trans tetrahydrocannabinol, and their optical isomers; the '
                         'class is not evaluated as structures here.')
        if key in MJ_NOTE_KEYS:
            notes.append(MJ_NOTE)
        if notes:
            e['note'] = ' '.join(notes)
        e['_ik'] = ikey(STRUCTS[key]['smiles']) if not ns else None
        out.append(e)
    return out


MJ_NOTE_KEYS = ('d23', 'd31', 'd58')  # marihuana, tetrahydrocannabinols, marihuana extract
MJ_NOTE = (
 'Partial transfer to Schedule III: by the final rule (final order) 91 FR 22714 (FR Doc 2026-08176, AG Order No. '
 '6754-2026, published 2026-04-28; source fr-91-22714), marijuana, marijuana extracts and delta-9-tetrahydrocannabinol and '
 'other compounds derived from the marijuana plant are in Schedule III to the extent that they are included in an '
 'FDA-approved drug product or are subject to a state medical marijuana license (entry '
 'marijuana-fda-approved-or-state-medical-license of registry/US/schedule-iii.yaml). Everything else stays in this item, '
 'so its period is not closed; how the rule reworded 1308.11(d) was not read. The proposal to transfer all marihuana to '
 'Schedule III (89 FR 44597, 2024-05-21) had no final rule found up to 2026-11-24.')
ADD_PATH = os.path.join(ROOT, 'tools', 'curation', 'us_schedule_i_additions.json')
ADD_NOTE = (
 'Added from a newer eCFR copy (source ecfr-1308-11-2018-02, in force on 2018-02-06, the newest copy located): (b)(40) MT-45 (dated by its final order, 82 FR 58557, effective 2018-01-12); '
 'all 15 named cannabimimetic agents of paragraph (g); and the temporary listings of paragraph (h) not already encoded (MAB-CHMINACA, '
 'U-47700, 5F-ADB, 5F-AMB, 5F-APINACA, ADB-FUBINACA, MDMB-CHMICA, MDMB-FUBINACA, FUB-AMB, ortho-fluorofentanyl, methoxyacetyl '
 'fentanyl, cyclopropyl fentanyl, para-fluorobutyryl fentanyl), each with its temporary order and permanent rule where read; (h)(30) '
 'fentanyl-related substances is a class (registry/classes/us-fentanyl-related.yaml). Items printed only by that copy start on '
 '2018-02-06 with started_earlier: true. Added from Federal Register rules read after that copy (DATES paragraphs): N-ethylpentylone; '
 'NM2201, 5F-AB-PINACA, 4-CN-CUMYL-BUTINACA, MMB-CHMICA, 5F-CUMYL-P7AICA; 5F-EDMB-PINACA, 5F-MDMB-PICA, FUB-AKB48, 5F-CUMYL-PINACA, '
 'FUB-144; N-ethylhexedrone, alpha-PHP, 4-MEAP, MPHP, PV8, 4-chloro-alpha-PVP; isotonitazene; brorphine; butonitazene, '
 'etodesnitazene, flunitazene, metodesnitazene, metonitazene, N-pyrrolidino etonitazene, protonitazene; MDMB-4en-PINACA, '
 '4F-MDMB-BUTICA, ADB-4en-PINACA, CUMYL-PEGACLONE, 5F-EDMB-PICA, MMB-FUBICA; 2-methyl AP-237; ADB-BUTINACA, alpha-PiHP, 3-MMC '
 '(specific listing of 2023-12-13); N-desethyl isotonitazene, N-piperidinyl etonitazene; N-pyrrolidino metonitazene, N-pyrrolidino '
 'protonitazene; ethyleneoxynitazene, methylenedioxynitazene, 5-methyl etodesnitazene, N-desethyl etonitazene, N-desethyl '
 'protonitazene, N,N-dimethylamino etonitazene, N-pyrrolidino isotonitazene (temporary order of 2025-10-15); mitragynine '
 'pseudoindoxyl (temporary order FR Doc 2026-17429, published and effective 2026-08-26 until 2028-08-26, read only through '
 'secondary reports; MGM-15 and MGM-16 of the same order are not encoded: their printed chemical names were not read). A temporary listing '
 'whose further extension or permanent rule was not read ends on the expiry date its last order read states (nothing is claimed '
 'after that): brorphine 2023-03-01 to 2023-04-05, five of the six synthetic cannabinoids of 88 FR 86040 after 2025-12-12 (CUMYL-PEGACLONE: extended to 2026-12-12). NOT covered: any other '
 'Schedule I placement, extension or removal after 2018-02-06 not listed here (no eCFR copy newer than 2018-02-06 was located, so '
 'the rules above are those found, not a complete list; e.g. DOC and DOI, and the fentanyl-related substances named in 90 FR 44979, '
 'were not read; nor was the specific listing of eutylone, FR Doc 2023-07335 of 2023-04-10, whose effective date was not read '
 '(controlled before as a positional isomer of pentylone)). Found but not encoded (official text not readable in the stored '
 'copies; leads only): the temporary order FR Doc 2026-17531 (published 2026-08-27 as reported; notice of intent FR Doc '
 '2026-13364 of 2026-07-01, Docket DEA-1665, on SR-17018 and three other synthetic opioids; secondary trackers name SR-17018 '
 'and 5,6-dichloro desmethylchlorphine, benzimidazolone opioids); the notices of intent on 7-hydroxymitragynine above a '
 'threshold (FR Doc 2026-13580, 91 FR 40917, 2026-07-06, and FR Doc 2026-20943 of October 2026; no order found); whether '
 'the temporary control of MDMB-4en-PINACA, 4F-MDMB-BUTICA, ADB-4en-PINACA, 5F-EDMB-PICA and MMB-FUBICA was extended after '
 '2025-12-12 or made permanent (proposed rules FR Doc 2025-19348 and 90 FR 58174, FR Doc 2025-22963); DOI and DOC (proposed '
 'again at 88 FR 86278, 2023-12-13; no final rule found). Marihuana: the final rule 91 FR 22714 (published 2026-04-28) '
 'moved only marijuana in FDA-approved drug products or under a state medical marijuana license to Schedule III (see the '
 'notes of marihuana, marihuana extract and tetrahydrocannabinols, whose Schedule I periods stay open); the proposal to '
 'transfer all marihuana (89 FR 44597, 2024-05-21; hearing notice 89 FR 70148; hearing postponed 2025-01-13, a new hearing '
 'held 2026-06-29 to 2026-07-15 as reported) had no final rule found up to 2026-11-24.')


E26_NOTE = (
 'Compared with the eCFR text in force on 2026-04-22 (source ecfr-1308-11-2026, fetched 2026-04-24; no "as amended" citation '
 'list is printed for 1308.11, only the original 39 FR 22141 and Effective Date Notes for paragraph (h), so it is a state '
 'of the list, not an amendment history). Counts there: (b) 121 items, (c) 23, (d) 109, (e) 8, (f) 14, (g)(1) the class '
 '"cannabimimetic agents" (code 7000) with 31 named examples (A)-(EE), (h) (30) fentanyl-related substances and (62)-(67), '
 '(79)-(86). Every item printed there is encoded except (c)(16) morphine methylsulfonate (reason above), with the DEA code printed there (codes added to the entries that lacked one; all codes already '
 'encoded agree). Added from that text: 19 items of (b) (alpha\u2032-methyl butyryl fentanyl, beta-methylacetyl fentanyl, '
 'beta\u2032-phenyl fentanyl, crotonyl fentanyl, 2\u2032,5\u2032-dimethoxyfentanyl, 3-furanyl fentanyl, isovaleryl fentanyl, '
 'meta-fluorofuranyl fentanyl, 4\u2032-methyl acetyl fentanyl, ortho-chlorofentanyl, ortho-fluorofuranyl fentanyl, '
 'ortho-methylcyclopropyl fentanyl, para-chlorofentanyl, para-fluoro valeryl fentanyl, para-methoxyfuranyl fentanyl, '
 'para-methylcyclopropyl fentanyl, tetrahydrothiofuranyl fentanyl, thiofuranyl fentanyl, zipeprol), 8 of (d) (ethylone, '
 '4F-MDMB-BINACA, PMMA, methoxetamine, eutylone, dipentylone, 4-CMC, 3-MeO-PCP), 6 of (f) (amineptine, 4,4\u2032-DMAR, '
 'ethylphenidate, 4-FA, mesocarb, methiopropamine) and the 18 examples (g)(1)(ii)(N)-(EE) not named in 2018: the rules that '
 'placed them were not read, so they start on 2026-04-22 with started_earlier: true (leads: notices of proposed rulemaking '
 'for amineptine 86 FR 38619, mesocarb 86 FR 43978 and methiopropamine 86 FR 49267 of 2021, and for seven fentanyl-related '
 'substances 89 FR 106384 of 2024-12-30). Dated from rules read: the five benzodiazepines of (e) (temporary 2023-07-26, '
 'permanent 91 FR 9985 from 2026-04-01) and bromazolam (h)(86) (2026-03-16 until 2028-03-16, Effective Date Note 8); the '
 'temporary listings (h)(62)-(64), (66), (67) are extended through 2026-12-12 as Effective Date Note 3 states. Differences '
 'in wording: JWH-018 and AM2201 are printed as (d)(107) and (d)(108) (codes 7118, 7201; encoded with their 2018 (g) item '
 'numbers); the other 13 named cannabimimetic agents of 2018 are examples (A)-(M) of (g)(1), where the 2026 text gives one '
 'code (7000) and a generic definition (CB1 agonists in five structural classes), which is not evaluated; the (b) preamble '
 'reads "for purposes of 3-methylthiofentanyl only". Registry items not printed in 2026 as such: the temporary listings '
 'that ended or became permanent (they carry their own dated periods). Not resolved from the 2026 text: what (h)(70)-(76) '
 '(89 FR 106314, 2024-12-30, effective 2024-12-31 through 2025-12-31 per Effective Date Note 5) listed; the fentanyl-related '
 'substances class (h)(30) is still printed, its last extension noted being "until Sept. 30, 2025 by Public Law No. 119-4".')


OLD_G_NOTE = (
    'Item and code as printed in the 2018 copy. The eCFR text in force on 2026-04-22 (source ecfr-1308-11-2026) no longer '
    'lists the (g) cannabimimetic agents one by one: its (g) is "(1) Cannabimimetic agents" (code 7000), a class defined by '
    'structure with named examples, among them this substance (JWH-018 and AM2201 are printed instead in paragraph (d)). '
    'The rule that restructured (g) and its effective date were not read, so this period is left open: as far as the texts '
    'read show, the substance stayed in Schedule I throughout, under this item until that rule and under the class or (d) '
    'after it.')


def cn_index():
    """InChIKey -> [(file, entry id)] over the structures of registry/CN and registry/UN that OPSIN derived from China's
    and the UN conventions' printed names (a drawing there is another curator's reading, a copy repeats its origin:
    neither is a second source)."""
    import glob
    idx = {}
    for jur in ('CN', 'UN'):
        for f in sorted(glob.glob(os.path.join(ROOT, 'registry', jur, '*.yaml'))):
            with open(f, encoding='utf-8') as fh:
                data = yaml.safe_load(fh)
            for e in data.get('entries', []):
                if e.get('structure') and e['structure']['derived_by'] == 'opsin':
                    ik = ikey(e['structure']['smiles'])
                    idx.setdefault(ik, []).append((f'registry/{jur}/' + os.path.basename(f), e['id']))
    return idx


def cn_checks(smi, idx, dfrom=''):
    ik = ikey(smi)
    def other_name(refs):  # the same name string parsed again checks nothing (audit w)
        return [(f, rid) for f, rid in refs if not (f.startswith('registry/') and
                                                    repeats(dfrom, registry_derived_from(f, rid)))]
    def what(rid):
        return rid if rid.startswith('example ') else (f"'{rid}'" if rid.startswith('line ') else f"entry '{rid}'")
    out = [f"second source: SMILES of {what(rid)} in {f} (same InChIKey {ik})" for f, rid in other_name(idx.get(ik, []))]
    if not out and not base.has_stereo(smi):  # a configuration we draw is not confirmed by a constitution alone
        for k, v in idx.items():
            if k[:14] == ik[:14]:
                out += [f"second source: SMILES of {what(rid)} in {f} (same InChIKey first block {ik[:14]}: same constitution; "
                        f"stereo given in only one of the two or differing)" for f, rid in other_name(v)]
    return out


ADD_SCOPE = {
 'g': ov('(g) Cannabimimetic agents. Unless specifically exempted or unless listed in another schedule, any material, compound, '
         'mixture, or preparation which contains any quantity of the following substances, or which contains their salts, isomers, '
         'and salts of isomers whenever the existence of such salts, isomers, and salts of isomers is possible within the specific '
         'chemical designation:', salts=True, stereo=True, esters=False, ethers=False, prep=True),
 'hsc': ov('(h) Temporary listing of substances subject to emergency scheduling. Any material, compound, mixture or preparation '
           'which contains any quantity of the following substances: [...] its optical, positional, and geometric isomers, salts and '
           'salts of isomers', salts=True, stereo=True, other=True, esters=False, ethers=False, prep=True),
 # 88 FR 86040 (2023) and the 2026 eCFR (h)(62)-(67) print only "optical and geometric" isomers (audit n)
 'hog': ov('(h) Temporary listing of substances subject to emergency scheduling. Any material, compound, mixture or preparation '
           'which contains any quantity of the following substances: [...] its optical and geometric isomers, salts and salts '
           'of isomers', salts=True, stereo=True, other=False, esters=False, ethers=False, prep=True),
 'hop': ov('(h) Temporary listing of substances subject to emergency scheduling. Any material, compound, mixture or preparation '
           'which contains any quantity of the following substances: [...] its isomers, esters, ethers, salts and salts of isomers, '
           'esters and ethers', salts=True, stereo=True, esters=True, ethers=True, prep=True),
}


ADD_SCOPE['d'] = SC['d']  # items added directly to paragraph (d)
ADD_SCOPE['e'] = SC['e']
ADD_SCOPE['f'] = SC['f']
ADD_SCOPE['g26'] = ov('(g) Cannabimimetic agents. Unless specifically exempted or unless listed in another schedule, any material, '
                      'compound, mixture, or preparation which contains any quantity of cannabimimetic agents, or which contains '
                      'their salts, isomers, and salts of isomers whenever the existence of such salts, isomers, and salts of '
                      'isomers is possible within the specific chemical designation:', salts=True, stereo=True, esters=False,
                      ethers=False, prep=True)
ADD_SCOPE['hbz'] = ov('(h) Temporary listing of substances subject to emergency scheduling. Any material, compound, mixture or '
                      'preparation which contains any quantity of the following substances: [...] its salts, isomers, and salts '
                      'of isomers', salts=True, stereo=True, esters=False, ethers=False, prep=True)
with open(os.path.join(ROOT, 'tools', 'curation', 'us_schedule_i_ecfr2026.json'), encoding='utf-8') as _fh:
    E26 = json.load(_fh)


def additions(idx, ids, known_iks):
    """Entries of tools/curation/us_schedule_i_additions.json: (b)(40), (g), (h) of the 2018-02 copy and later placements."""
    with open(ADD_PATH, encoding='utf-8') as fh:
        add = json.load(fh)
    # items, sources and extensions read in the eCFR text in force on 2026-04-22 (tools/curation/us_schedule_i_ecfr2026.json)
    add['sources'] = add['sources'] | E26['sources']
    for it in add['items']:
        if it['key'] in E26['extend']:
            li = it['listings'][-1]
            li['until'] = '2026-12-12'
            li['ended_by'] = ['ecfr-1308-11-2026']
            li['sources'] = li['sources'] + ['ecfr-1308-11-2026']
            li['note'] = E26['extend'][it['key']]
    add['items'] = add['items'] + E26['items']
    srcs = {k: base.src(v['title'], v['number'], v['announced'], v['effective'], v['url'], v.get('other_urls', ()), v.get('note'))
            for k, v in add['sources'].items()}
    names = sorted({n for it in add['items'] for n in it['chems'] + ([it['drawn']] if it['drawn'] else [])
                    + [c['name'] for c in it.get('checks', [])]})
    got = dict(zip(names, py2opsin(names), strict=False))
    out, errs = [], []
    for it in add['items']:
        parsed = [] if it.get('noparse') else [(c, got[c]) for c in it['chems'] if got.get(c)]
        if parsed:
            method, dfrom, smi = 'opsin', parsed[0][0], parsed[0][1]
        elif it['drawn'] and got.get(it['drawn']):
            method, smi = 'drawn', got[it['drawn']]
            dfrom = f"{P(it['name'])}; drawn as the systematic name '{it['drawn']}'"
        else:
            errs.append(f"{it['key']}: no structure ({it['chems']})")
            continue
        smi = Chem.MolToSmiles(Chem.MolFromSmiles(smi))
        ik = ikey(smi)
        chk = []
        for c, cs in parsed[1:]:
            if ikey(cs) != ik:
                errs.append(f"{it['key']}: second printed name {c} differs")
            chk.append(f"second printed name: '{c}', parsed by OPSIN (same InChIKey {ik})")
        agrees = []  # the curator's own systematic name: it must agree, but it is not an independent check
        if method == 'opsin' and it['drawn']:
            if not got.get(it['drawn']) or ikey(got[it['drawn']]) != ik:
                errs.append(f"{it['key']}: curator's name {it['drawn']} differs from the printed name")
            else:
                agrees.append(f"systematic name '{it['drawn']}', drawn by the curator from the trivial name "
                              f"{it['syn'][0]}, parsed by OPSIN (same InChIKey {ik})")
        cn = cn_checks(smi, idx, dfrom)
        for c in it.get('checks', []):  # a name printed by another body (recorded in the additions file with where it was read)
            cs = got.get(c['name'])
            if not cs:
                errs.append(f"{it['key']}: check name {c['name']} not parsed")
                continue
            text = name_check(f"name '{c['name']}' printed by {c['by']}, parsed by OPSIN", ik, ikey(cs))
            if text:
                cn.append(text)
            else:
                errs.append(f"{it['key']}: check name {c['name']} differs")
        chk += cn
        st = {'smiles': smi, 'derived_by': method, 'derived_from': dfrom}
        if chk:
            st['checked_against'] = chk
        else:
            st['unchecked_reason'] = (f'{base.SEARCHED}; an entry that parsed the same name string, up to case and '
                                      f'primes, is not a second route (formula {formula(smi)})')
            if agrees:
                st['unchecked_reason'] += '; agrees with: ' + '; '.join(agrees)
        STRUCTS['add:' + it['key']] = st
        if ik in known_iks:
            errs.append(f"{it['key']}: same structure as {known_iks[ik]}")
        known_iks[ik] = it['key']
        eid = it.get('id') or slug(it['name'])
        eid = slug(eid)
        if eid in ids:
            errs.append(f'duplicate id {eid}')
        ids.add(eid)
        e = {'id': eid, 'name': it['name'], 'name_en': it['name']}
        syn = [x for x in it['syn'] if x != it['name']]
        if syn:
            e['synonyms'] = syn
        if it['chems']:
            e['chemical_name'] = e['chemical_name_en'] = it['chems'][0]
        if it.get('code'):
            e['code'] = it['code']
        e['structure'] = st
        if it.get('scope'):
            e['scope'] = ADD_SCOPE[it['scope']]
        e['listings'] = [base.L(li['from'], li['sources'], until=li.get('until'), ended=li.get('ended_by'), note=li.get('note'),
                                item=li.get('item'), earlier=li.get('earlier', False)) for li in it['listings']]
        if it.get('note'):
            e['note'] = it['note']
        out.append(e)
    return out, srcs, errs


def check_old(entries, idx):
    """Checks structures left unchecked (base fentanyl entries and the (b)-(f) items) against registry/CN by InChIKey."""
    n = 0
    for e in entries:
        st = e.get('structure')
        if st and 'unchecked_reason' in st:
            # a SMILES copied from a registry entry is not checked against that same entry
            cn = [c for c in cn_checks(st['smiles'], idx, st['derived_from']) if not (st['derived_by'] == 'copied' and
                  any(f"'{rid}' in {f}" in c and f in st['derived_from'] and f"'{rid}'" in st['derived_from']
                      for f, rid in [(c.split(' in ')[1].split(' (')[0], c.split("'")[1])]))]
            ik = ikey(st['smiles'])
            if cn and ik not in ' '.join(cn) and base.has_stereo(st['smiles']):
                # this structure gives stereo: a match of the first InChIKey block only is not a check
                st['unchecked_reason'] += (f'; the same constitution (InChIKey first block {ik[:14]}) but not the same '
                                           'configuration is written in: ' + ', '.join(
                                               c.split('SMILES of ')[1].split(' (same')[0] for c in cn))
                continue
            if cn:  # in place, so that us_schedule_i_structures.json records it too
                st.pop('unchecked_reason')
                st['checked_against'] = cn
                n += 1
    return n


CHK_PATH = os.path.join(ROOT, 'tools', 'curation', 'us_schedule_i_checks.json')


def _parent(mol):
    """Largest fragment (drops a counter-ion printed with a salt), neutral where a charge is only from a salt."""
    frags = Chem.GetMolFrags(mol, asMols=True)
    return max(frags, key=lambda m: m.GetNumHeavyAtoms()) if len(frags) > 1 else mol


def external_checks(entries):
    """Checks structures against the independent data of tools/curation/us_schedule_i_checks.json (per entry id: list of
    {kind, value, source, what}; kind inchikey / smiles / inchi / name / formula, transcribed from the page or file named in
    source). Full InChIKeys are compared; a first-block match counts only when this structure has no stereo. A datum that
    disagrees stops the run. Returns the number of structures that became checked."""
    with open(CHK_PATH, encoding='utf-8') as fh:
        ext = {k: v for k, v in json.load(fh).items() if not k.startswith('_')}
    names = sorted({d['value'] for v in ext.values() for d in v if d['kind'] == 'name'})
    got = dict(zip(names, py2opsin(names), strict=False)) if names else {}
    byid = {e['id']: e for e in entries}
    unknown = sorted(set(ext) - set(byid))
    if unknown:
        raise SystemExit(f'us_schedule_i_checks.json: no entry {unknown}')
    n = 0
    for eid, data in ext.items():
        st = byid[eid].get('structure')
        smi = st['smiles']
        mol = Chem.MolFromSmiles(smi)
        ik = Chem.MolToInchiKey(mol)
        stereo = base.has_stereo(smi)  # a configuration is drawn (not: a centre could carry one)
        more, partial = [], []
        for d in data:
            what = f"{d['what']} ({d['source']})"
            if d['kind'] == 'formula':
                f = formula(smi)
                if f != d['value']:
                    raise SystemExit(f'{eid}: formula {f} differs from {d["value"]} of {d["source"]}')
                more.append(f'independent datum: molecular formula {f} of {what} (formula only)')
                continue
            if d['kind'] == 'inchikey':
                rik = d['value']
            else:
                if d['kind'] == 'name':
                    if not got.get(d['value']):
                        raise SystemExit(f"{eid}: OPSIN cannot parse {d['value']}")
                    rm = Chem.MolFromSmiles(got[d['value']])
                elif d['kind'] == 'smiles':
                    rm = Chem.MolFromSmiles(d['value'])
                else:
                    rm = Chem.MolFromInchi(d['value'])
                rik = Chem.MolToInchiKey(_parent(rm))
            label = {'inchikey': 'InChIKey', 'name': 'printed name', 'smiles': 'SMILES', 'inchi': 'InChI'}[d['kind']]
            shown = d['value'] if d['kind'] == 'inchikey' else f"'{d['value']}'"
            how = ' parsed by OPSIN' if d['kind'] == 'name' else ''
            if rik == ik:
                more.append(f'second source: {label} {shown}{how} of {what} (same InChIKey {ik})')
            elif rik[:14] == ik[:14] and not stereo:
                more.append(f'second source: {label} {shown}{how} of {what} (same InChIKey first block {ik[:14]}; '
                            f'this structure is encoded without stereo)')
            elif rik[:14] == ik[:14] and rik[15:25] == 'UHFFFAOYSA':
                partial.append(f'{label} {shown} of {what} gives the same constitution (InChIKey first block {ik[:14]}) '
                               f'but no stereo')
            elif rik[:14] == ik[:14] and d.get('configuration_differs'):  # recorded on purpose, not a check
                partial.append(f'{label} {shown} of {what} gives the same constitution (InChIKey first block '
                               f'{ik[:14]}) with a configuration that differs from the one drawn here: '
                               f"{d['configuration_differs']}")
            else:
                raise SystemExit(f'{eid}: InChIKey {ik} differs from {rik} of {d["source"]}')
        if more:
            if 'unchecked_reason' in st:
                st.pop('unchecked_reason')
                n += 1
            st['checked_against'] = list(st.get('checked_against', [])) + more + [
                'constitution only: ' + p for p in partial]
        elif partial:  # data that name the substance but do not confirm this structure
            st['unchecked_reason'] += '; data that name the substance but confirm only the constitution: ' + '; '.join(partial)
    return n


# (b) as printed in the 2026-04-22 text (the list scope keeps the 2018 copy's "(b)(34)" proviso)
SC26_B = ov('(b) Opiates. Unless specifically excepted or unless listed in another schedule, any of the following opiates, '
            'including their isomers, esters, ethers, salts, and salts of isomers, esters and ethers, whenever the existence of '
            'such isomers, esters, ethers and salts is possible within the specific chemical designation (for purposes of '
            '3-methylthiofentanyl only, the term isomer includes the optical and geometric isomers):', salts=True, stereo=True,
            other=False, esters=True, ethers=True, prep=False)


def made_permanent(entries):
    """A substance listed by a temporary order in (h) and then placed permanently in (b) or (d) keeps the (h) wording as
    its entry scope (the temporary order's); its open period takes the scope and item number of the permanent paragraph
    as printed in the 2026-04-22 text."""
    items = {k: v for k, v in E26['permanent_items'].items() if not k.startswith('_')}
    done = set()
    for e in entries:
        item = items.get(str(e.get('code')))
        if item is None:
            continue
        last = e['listings'][-1]
        if len(e['listings']) < 2 or 'effective_until' in last or not (e.get('scope') or {}).get('text', '').startswith('(h)'):
            raise SystemExit(f"{e['id']}: expected a temporary (h) period followed by an open permanent one")
        if '2026-04-22 text' not in last.get('item_number', ''):
            last['item_number'] = f'{item} (as numbered in the 2026-04-22 text)'
        elif item not in last['item_number']:
            raise SystemExit(f"{e['id']}: item number {last['item_number']!r} but {item} in permanent_items")
        last['scope'] = SC26_B if item.startswith('(b)') else SC['d']
        last['note'] = ((last.get('note') + ' ') if last.get('note') else '') + (
            f'Placed permanently in paragraph {item[:3]} ({PARA[item[1]]}); this period\'s scope is that paragraph\'s as '
            'printed in the 2026-04-22 text (source ecfr-1308-11-2026). The entry scope quotes the temporary order\'s '
            'paragraph (h), which applied to the first period.')
        done.add(str(e['code']))
    if done != set(items):
        raise SystemExit(f'no entry with code {sorted(set(items) - done)}')


def main():
    SKIPPED.extend(NOT_ROWS)
    errs = derive(ALL)
    if errs:
        raise SystemExit('\n'.join(errs))
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_fentanyl_schedule_i_base.yaml'), encoding='utf-8') as fh:
        bdoc = yaml.safe_load(fh)
    old = bdoc['entries']
    for e in old:  # an earlier curator's check that parses our own name string again is not a check
        st = e.get('structure') or {}
        repeated = dependent_checks(st.get('checked_against', []), st.get('derived_from', ''))
        if repeated:
            st['checked_against'] = [c for c in st['checked_against'] if c not in repeated]
            if not st['checked_against']:
                raise SystemExit(f"{e['id']}: no check left once repeats of its own name are dropped")
    ids = {e['id'] for e in old}
    old_iks = {ikey(e['structure']['smiles']): e['id'] for e in old if e.get('structure')}
    new = entries(ALL, ids)
    byik = {}
    for e in new:
        if e['_ik']:
            if e['_ik'] in old_iks:
                raise SystemExit(f"{e['id']} has the structure of base entry {old_iks[e['_ik']]}")
            byik.setdefault(e['_ik'], []).append(e['id'])
    for e in new:
        ik = e.pop('_ik')
        if ik and len(byik[ik]) > 1:
            sh = [x for x in byik[ik] if x != e['id']]
            ne = {}
            for k, v in e.items():
                if k in ('scope', 'listings', 'note') and 'shares_structure_with' not in ne:
                    ne['shares_structure_with'] = sh
                ne[k] = v
            e.clear()
            e.update(ne)
            if 'note' not in e:
                e['note'] = 'Same structure as written for ' + ', '.join(sh) + ' (isomers the names do not draw apart).'
    counts = {p: sum(1 for e in new if e['listings'][0]['item_number'].startswith(f'({p})')) for p in PARA}
    printed = {'b': 57, 'c': 23, 'd': 71, 'e': 3, 'f': 8}
    skipped = '; '.join(f'({p})({n}) {nm} ({why})' for p, n, nm, why in sorted(SKIPPED))
    cov = bdoc['coverage']
    cov_note = (
        'Encoded from the eCFR text of 21 CFR 1308.11 as read (an undated copy including the rule of 2018-01-04, 83 FR 472; '
        'source ecfr-1308-11-2018): the named items of paragraphs ' + ', '.join(
            f'({p}) {PARA[p]} {counts[p]} of {printed[p]}' for p in PARA) + ' (paragraph (b) also holds 3 items encoded '
        'before with their own dated periods: (b)(1) acetyl-alpha-methylfentanyl, (b)(3) acetyl fentanyl, (b)(37) '
        '3-methylthiofentanyl). Items shown only by that copy start on 2018-01-04 with started_earlier: true; their '
        f'placement dates are not encoded. NOT encoded from the copy: {skipped or "none"}; '
        'the generic class of (d)(31) tetrahydrocannabinols and the plant/extract items (marihuana, '
        'peyote, marihuana extract) are recorded as non_structural only; the state of the schedule before 2018-01-04 for '
        'items without their own dated source. ' + ADD_NOTE + ' ' + E26_NOTE + ' Fentanyl entries (earlier curator): '
        + cov['note'].replace('All non-fentanyl Schedule I substances are missing.', '').replace(
            'Only fentanyl-family items are encoded, and of those only the ones', 'fentanyl-family items are encoded only')
        .replace('Missing: alpha-methylfentanyl (9814), 3-methylfentanyl (9813), para-fluorofentanyl (9812), '
                 'beta-hydroxyfentanyl (9830), beta-hydroxy-3-methylfentanyl (9831), alpha-methylthiofentanyl (9832), '
                 'thiofentanyl (9835) (codes known, scheduling dates not sourced); ',
                 'Those of paragraph (b) without a sourced date (alpha-methylfentanyl, 3-methylfentanyl, para-fluorofentanyl, '
                 'beta-hydroxyfentanyl, beta-hydroxy-3-methylfentanyl, alpha-methylthiofentanyl, thiofentanyl) are now '
                 'encoded from the eCFR copy. Missing: ')
        .replace('ortho-fluorofentanyl, methoxyacetyl fentanyl, cyclopropyl fentanyl, para-fluorobutyryl fentanyl (temporary '
                 'orders read, permanent rules not found); ', '').strip())
    doc = {k: v for k, v in bdoc.items()}
    doc['coverage'] = {'from': cov['from'], 'complete': False, 'note': cov_note}
    # same instrument and wording as S1300 in us_schedules_iii_v.py (not imported: that module runs OPSIN on import)
    S1300 = base.src('21 CFR 1300.01 Definitions relating to controlled substances (Electronic Code of Federal Regulations text)',
                     '21 CFR 1300.01', None, None, 'https://www.ecfr.gov/current/title-21/chapter-II/part-1300/section-1300.01',
                     ['https://github.com/MichalOpoka/ecfr/blob/17639b1028a4b79f95725ace277f6b34d9126c17/cfr/title-21-Food-Drugs/'
                      'chapter-II-Drug-Enforcement-Administration-Department-Justice/part-1300-Definitions/section-1300.01.md'],
                     'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10; its citation list ends with 79 FR '
                     '53559, Sept. 9, 2014). Cited for the definition of "isomer" only (quoted in the list note).')
    doc['sources'] = dict(bdoc['sources']) | SRC | {'cfr-1300-01': S1300}
    idx = cn_index()
    known = {ikey(e['structure']['smiles']): e['id'] for e in old + new if e.get('structure')}
    allids = {e['id'] for e in old + new}
    add, add_srcs, add_errs = additions(idx, allids, known)
    if add_errs:
        raise SystemExit('\n'.join(add_errs))
    doc['sources'] = doc['sources'] | add_srcs
    doc['entries'] = old + base.finish([]) + new + add
    code_errs = []
    for e in doc['entries']:  # DEA code numbers as printed in the 2026-04-22 text
        c26 = E26['codes'].get(e['id'])
        if c26 is None:
            continue
        if e.get('code') in (None, ''):
            e['code'] = c26
            if 'DEA code number not sourced.' in (e.get('note') or ''):  # the older sources printed none
                e['note'] = e['note'].replace('DEA code number not sourced.', 'DEA code number as printed in the '
                                              'eCFR text in force on 2026-04-22 (source ecfr-1308-11-2026).')
        elif str(e['code']) != c26:
            code_errs.append(f"{e['id']}: code {e['code']} but {c26} in the 2026 text")
    for e in doc['entries']:  # open listings in force on 2026-04-22 are also shown by that text
        last = e['listings'][-1]
        if ('effective_until' not in last and str(last['effective_from']) <= '2026-04-22'
                and 'ecfr-1308-11-2026' not in last['sources']):
            if str(last.get('item_number', '')).startswith('(g)('):
                last['note'] = OLD_G_NOTE  # (g) was restructured: the 2026 text does not show this listing as it was
                continue
            base.cite26(last, 'ecfr-1308-11-2026', e)
    made_permanent(doc['entries'])
    missing = set(E26['codes']) - {e['id'] for e in doc['entries']}
    if code_errs or missing:
        raise SystemExit('\n'.join(code_errs + [f'no entry {m}' for m in sorted(missing)]))
    newly = check_old(old + new, idx)
    print('additions', len(add), 'previously unchecked now checked against registry/CN:', newly)
    print('checked with tools/curation/us_schedule_i_checks.json:', external_checks(doc['entries']))
    doc['note'] = (
        'List scope is that of 21 CFR 1308.11(b) (opiates) as worded for the fentanyl entries (the 2018 eCFR copy prints the '
        'isomer proviso as "for purposes of paragraph (b)(34) only"; in that copy (b)(34) is levomoramide and '
        '3-methylthiofentanyl is (b)(37)). Entries of paragraphs (c)-(f) carry the scope of '
        'their own paragraph (entry scope, quoted verbatim). "Isomer" means the optical isomer (21 CFR 1300.01, source '
        'cfr-1300-01) except in '
        'paragraph (d), where it includes the optical, position and geometric isomers. Structures of items printed only '
        'with an INN/common name are the curator\'s systematic names parsed by OPSIN (derived_by: drawn); where an '
        'alpha/beta, dextro/levo or cis/trans form is listed, the configuration is not drawn and entries with the same '
        'structure as written name each other in shares_structure_with.')
    hdr = ('# Generated by tools/curation/us_schedule_i.py (which took over this file from us_fentanyl_yaml_gen.py; the\n'
           '# fentanyl entries and their sources come from tools/curation/us_fentanyl_schedule_i_base.yaml, the items of\n'
           '# 1308.11 (b)-(f) from tools/curation/us_schedule_i_items.py, paragraphs (g), (h) and later placements from\n'
           '# tools/curation/us_schedule_i_additions.json). Do not edit by hand: change the scripts and rerun.\n')
    base.write(os.path.join(ROOT, 'registry', 'US', 'schedule-i.yaml'), doc, hdr)
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_schedule_i_structures.json'), 'w') as fh:
        json.dump(STRUCTS, fh, indent=1, ensure_ascii=False)
    print(counts, 'skipped:', SKIPPED)
    print('checked', sum(1 for s in STRUCTS.values() if 'checked_against' in s), 'unchecked',
          sum(1 for s in STRUCTS.values() if 'unchecked_reason' in s))


if __name__ == '__main__':
    main()
