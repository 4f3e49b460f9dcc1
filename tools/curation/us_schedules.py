"""Generates registry/US/schedule-ii.yaml (taking over from us_fentanyl_yaml_gen.py, whose Schedule II output is now
tools/curation/us_fentanyl_schedule_ii_base.yaml, read and extended here). Schedules III-V are not generated yet (see
tools/curation/us_schedules_notes.md for the eCFR copies already located and read).

Structures: OPSIN on the CFR's printed chemical name where one is printed (derived_by: opsin), else the curator's
systematic name for the INN/common name parsed by OPSIN (derived_by: drawn), or a SMILES copied from another registry file
(derived_by: copied). Each is checked against SMILES of China's lists in registry/CN/*.yaml (InChIKey, or its first
block when the stereo differs or is not given in one of the two), and against the independent data (InChIKeys, SMILES,
second printed names, formulas from Wikipedia/GSRS/PubChem-derived pages etc., with URLs) transcribed into
tools/curation/us_checks_external.json (see ext_checks). No network at run time.
Run: python3 tools/curation/us_fentanyl_yaml_gen.py (writes the base file) then python3 tools/curation/us_schedules.py
"""
import datetime as dt
import glob
import json
import os

import yaml
from py2opsin import py2opsin
from rdkit import Chem, RDLogger

RDLogger.DisableLog('rdApp.*')
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
D = dt.date.fromisoformat
DEA = ['Drug Enforcement Administration, Department of Justice']

# ---------------------------------------------------------------- reference SMILES (second source)
REF = {}
for f in sorted(glob.glob(os.path.join(ROOT, 'registry', 'CN', '*.yaml'))):
    with open(f, encoding='utf-8') as fh:
        data = yaml.safe_load(fh)
    for e in data.get('entries', []):
        if e.get('structure'):
            for nm in [e['name_en']] + e.get('synonyms', []):
                REF.setdefault(nm.lower(), []).append(('registry/CN/' + os.path.basename(f), e['id'],
                                                      e['structure']['smiles']))


def ikey(smiles):
    return Chem.MolToInchiKey(Chem.MolFromSmiles(smiles))


def ref_checks(ik, refs):
    """Compare InChIKey `ik` with registry entries [(file, id, smiles)] derived from their own printed names.

    Returns the `checked_against` texts of those that agree (whole key, or first block when the stereo is given in
    only one of the two) and the entries that disagree.
    """
    checks, differ = [], []
    for f, rid, rs in refs:
        rik = ikey(rs)
        if rik == ik:
            checks.append(f"second source: SMILES of entry '{rid}' in {f} (same InChIKey {ik})")
        elif rik[:14] == ik[:14]:
            checks.append(f"second source: SMILES of entry '{rid}' in {f} (same InChIKey first block {ik[:14]}: "
                          f"same constitution; stereo given in only one of the two or differing)")
        else:
            differ.append((f, rid, rs))
    return checks, differ


def formula(smiles):
    from rdkit.Chem.rdMolDescriptors import CalcMolFormula
    return CalcMolFormula(Chem.MolFromSmiles(smiles))


# ---------------------------------------------------------------- external checks (independent data per structure)
# tools/curation/us_checks_external.json: per structure key, data transcribed from other sources (Wikipedia drugbox,
# FDA GSRS/NCATS, PubChem-derived pages, WHO ECDD, Merck Index/Martindale, ...), with the URL they were read at.
EXT_PATH = os.path.join(ROOT, 'tools', 'curation', 'us_checks_external.json')
with open(EXT_PATH, encoding='utf-8') as _fh:
    EXT = {k: v for k, v in json.load(_fh).items() if not k.startswith('_')}
_EXT_NAMES = sorted({e['value'] for v in EXT.values() for e in v if e['kind'] == 'name'})
_EXT_PARSED = dict(zip(_EXT_NAMES, py2opsin(_EXT_NAMES), strict=False)) if _EXT_NAMES else {}


def has_stereo(smiles):
    mol = Chem.MolFromSmiles(smiles)
    if any(a.GetChiralTag() != Chem.ChiralType.CHI_UNSPECIFIED for a in mol.GetAtoms()):
        return True
    return any(b.GetStereo() != Chem.BondStereo.STEREONONE for b in mol.GetBonds())


def _ext_key(e):
    """InChIKey of an external datum (None for a formula)."""
    kind, val = e['kind'], e['value']
    if kind == 'inchikey':
        return val
    if kind == 'formula':
        return None
    if kind == 'name':
        smi = _EXT_PARSED.get(val)
        if not smi:
            raise SystemExit(f'OPSIN failed on check name {val}')
        mol = Chem.MolFromSmiles(smi)
    elif kind == 'inchi':
        mol = Chem.MolFromInchi(val)
    elif kind == 'smiles':
        mol = Chem.MolFromSmiles(val)
    else:
        raise SystemExit(f'unknown check kind {kind}')
    if e.get('parent'):
        from rdkit.Chem.MolStandardize import rdMolStandardize
        mol = rdMolStandardize.ChargeParent(mol)
    if e.get('drop') == 'double-bond-stereo':
        for b in mol.GetBonds():
            b.SetStereo(Chem.BondStereo.STEREONONE)
        mol = Chem.MolFromSmiles(Chem.MolToSmiles(mol))
    return Chem.MolToInchiKey(mol)


def ext_checks(key, smiles):
    """Compare a structure with the external data recorded for `key`.

    Returns (checks, partial): checks are statements for `checked_against`; partial lists data that confirm only the
    constitution of a structure whose printed name fixes stereo (they do not count as a check). A datum that disagrees
    stops the run."""
    ik, stereo = ikey(smiles), has_stereo(smiles)
    checks, partial = [], []
    for e in EXT.get(key, []):
        what = f"{e['what']} ({e['source']})"
        if e['kind'] == 'formula':
            f = formula(smiles)
            if f != e['value']:
                raise SystemExit(f'{key}: formula {f} differs from {e["value"]} in {e["source"]}')
            checks.append(f"independent datum: molecular formula {f} of {what} (formula only)")
            continue
        rik = _ext_key(e)
        shown = f"'{e['value']}'" if e['kind'] in ('name', 'smiles', 'inchi') else e['value']
        label = {'inchikey': 'InChIKey', 'name': 'printed name', 'smiles': 'SMILES', 'inchi': 'InChI'}[e['kind']]
        how = ' parsed with OPSIN' if e['kind'] == 'name' else ''
        if rik == ik:
            checks.append(f"second source: {label} {shown}{how} of {what} (same InChIKey {ik})")
        elif rik[:14] == ik[:14]:
            if not stereo:
                checks.append(f"second source: {label} {shown}{how} of {what} (same InChIKey first block {ik[:14]}; "
                              f"this structure is encoded without stereo)")
            elif rik[15:25] == 'UHFFFAOYSA':
                partial.append(f"{label} {shown} of {what} gives the same constitution (InChIKey first block "
                               f"{ik[:14]}) but no stereo")
            else:
                raise SystemExit(f'{key}: stereo differs from {e["source"]} ({rik} vs {ik})')
        else:
            raise SystemExit(f'{key}: InChIKey {ik} differs from {rik} of {e["source"]}')
    return checks, partial


def src(title, number, ann, eff, url, other=(), note=None):
    d = {'title': title, 'number': number, 'issued_by': list(DEA), 'issued_by_en': list(DEA)}
    if ann:
        d['announced'] = D(ann)
    if eff:
        d['effective'] = D(eff)
    d['url'] = url
    if other:
        d['other_urls'] = list(other)
    if note:
        d['note'] = note
    return d


def L(frm, srcs, until=None, ended=None, note=None, cat=None, item=None, earlier=False):
    d = {'effective_from': D(frm)}
    if until:
        d['effective_until'] = D(until)
        d['ended_by'] = ended
    d['sources'] = srcs
    if earlier:
        d['started_earlier'] = True
    if cat:
        d['category'] = cat
    if item:
        d['item_number'] = item
    if note:
        d['note'] = note
    return d


def scope(text, salts=False, stereo=False, other=False, esters=False, ethers=False, prep=False, exc=None):
    d = {'salts': salts, 'stereoisomers': stereo, 'other_isomers': other, 'esters': esters, 'ethers': ethers,
         'preparations': prep}
    if exc:
        d['exceptions'] = exc
    d['text'] = text
    d['text_en'] = text
    return d


# Structures to derive. key -> (method, name or smiles, ref key or None, stereo_note)
#   method 'opsin': name is the printed chemical name; 'drawn': name is the curator's systematic name for the INN;
#   'copied': name is 'CN:<ref key>' (SMILES copied from registry/CN).
STRUCT_IN = {}
STRUCTS = {}


def want(key, method, name, ref=None, basis=None):
    STRUCT_IN[key] = (method, name, ref, basis)


def derive_all():
    keys = [k for k, v in STRUCT_IN.items() if v[0] in ('opsin', 'drawn')]
    smiles = py2opsin([STRUCT_IN[k][1] for k in keys]) if keys else []
    got = dict(zip(keys, smiles, strict=False))
    for key, (method, name, ref, basis) in STRUCT_IN.items():
        if method == 'copied':
            refs = REF[ref]
            smi = refs[0][2]
            derived_from = f"{refs[0][0]} entry '{refs[0][1]}' ({basis})"
        else:
            smi = got[key]
            if not smi:
                raise SystemExit(f'OPSIN failed on {key}: {name}')
            smi = Chem.MolToSmiles(Chem.MolFromSmiles(smi))
            derived_from = name if method == 'opsin' else f"{basis}; drawn as the systematic name '{name}'"
        d = {'smiles': smi, 'derived_by': method, 'derived_from': derived_from}
        chk = []
        if method != 'copied' and ref:
            ik = ikey(smi)
            chk, differ = ref_checks(ik, REF.get(ref, []))
            if differ:
                raise SystemExit(f'{key}: InChIKey differs from {differ[0][0]} {differ[0][1]}')
        more, partial = ext_checks(key, smi)
        chk += more
        if chk:
            d['checked_against'] = chk
        else:
            d['unchecked_reason'] = (f'no independent structure source for this substance was found in the registry '
                                     f'or read within the look-up budget (formula {formula(smi)})'
                                     + ('; only the constitution was confirmed: ' + '; '.join(partial) if partial else ''))
        STRUCTS[key] = d


def E(eid, name, listings, key=None, code=None, chem=None, syn=None, scope_=None, note=None, nonstruct=None,
      shares=None):
    e = {'id': eid, 'name': name, 'name_en': name}
    if syn:
        e['synonyms'] = syn
    if chem:
        e['chemical_name'] = chem
        e['chemical_name_en'] = chem
    if code:
        e['code'] = code
    if nonstruct:
        e['non_structural'] = nonstruct
    else:
        e['_key'] = key or eid
    if shares:
        e['shares_structure_with'] = shares
    if scope_:
        e['scope'] = scope_
    e['listings'] = listings
    if note:
        e['note'] = note
    return e


def ov(text, salts=None, stereo=None, other=None, esters=None, ethers=None, prep=None):
    """Entry scope override with the paragraph's wording verbatim."""
    d = {}
    for k, v in (('salts', salts), ('stereoisomers', stereo), ('other_isomers', other), ('esters', esters),
                 ('ethers', ethers), ('preparations', prep)):
        if v is not None:
            d[k] = v
    d['text'] = text
    d['text_en'] = text
    return d


def finish(entries):
    out = []
    for e in entries:
        e = dict(e)
        k = e.pop('_key', None)
        if k is not None:
            st = STRUCTS[k]
            new = {}
            for kk, vv in e.items():
                if kk in ('shares_structure_with', 'scope', 'listings', 'note') and 'structure' not in new:
                    new['structure'] = st
                new[kk] = vv
            if 'structure' not in new:
                new['structure'] = st
            e = new
        out.append(e)
    return out


GH = 'https://github.com/MichalOpoka/ecfr/blob/{c}/cfr/title-21-Food-Drugs/chapter-II-Drug-Enforcement-Administration-' \
     'Department-Justice/part-1308-Schedules-Controlled-Substances/subjectgroup-ECFRf62f8e189108c4d-Schedules/' \
     'section-{s}.md'
ECFR = 'https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-{s}'

# =============================================================================================== Schedule II
C12_NEW = '1259d5b80b0169fb2f6f99708eafe7da6fc82e01'
C12_OLD = '17639b1028a4b79f95725ace277f6b34d9126c17'
A2 = '2022-11-21'   # the eCFR copy C12_NEW was taken on or after this day (see source note)
A2_OLD = '2016-08-26'   # publication of 81 FR 58834 (thiafentanil), the newest amendment the C12_OLD copy shows
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'us_schedules_older_items.json'),
          encoding='utf-8') as _fh:
    OLDER = json.load(_fh)   # items printed in the oldest readable copies, mapped to entry ids
S2_NEW = {
 'ecfr-1308-12-2022': src('21 CFR 1308.12 Schedule II (Electronic Code of Federal Regulations text)',
   '21 CFR 1308.12', None, None, ECFR.format(s='1308.12'), [GH.format(c=C12_NEW, s='1308.12')],
   'Read in a GitHub copy of the eCFR (MichalOpoka/ecfr, commit 1259d5b8). The copy is not dated; it opens with '
   '"Link to an amendment published at 87 FR 70717, Nov. 21, 2022", i.e. it was taken on or after 2022-11-21 and '
   'before that amendment was incorporated. It is used as showing the listed items in force on 2022-11-21 (all '
   'later-dated changes it reflects are earlier: oliceridine, 2020-10-30; norfentanyl, 2020-05-18).'),
 'ecfr-1308-12-2016': src('21 CFR 1308.12 Schedule II (Electronic Code of Federal Regulations text, earlier copy)',
   '21 CFR 1308.12', None, None, ECFR.format(s='1308.12'), [GH.format(c=C12_OLD, s='1308.12')],
   'The oldest version of this file read in the GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10; no "as '
   'amended" citation list). The newest amendment it shows is the thiafentanil interim final rule (81 FR 58834, '
   'published 2016-08-26; (c)(29) Thiafentanil 9729); it does not show the dronabinol oral solution placement (82 FR '
   '14815, published 2017-03-23), noroxymorphone (2019), norfentanyl or oliceridine (2020), nor the later (b)(1) '
   'exclusions of naldemedine, 6β-naltrexol and samidorphan. It is used as showing the items it lists, other than '
   'thiafentanil, in force on 2016-08-26 (the effective date of the thiafentanil rule was not read; no other amendment '
   'of 1308.12 between that rule and the copy was read or looked for).'),
 'fr-84-41913': src('Listing of Noroxymorphone in the Code of Federal Regulations and Assignment of a Controlled '
   'Substances Code Number', '84 FR 41913 (FR Doc 2019-17623; Docket DEA-332)', '2019-08-16', '2019-08-16',
   'https://www.govinfo.gov/content/pkg/FR-2019-08-16/html/2019-17623.htm',
   ['https://regulations.justia.com/regulations/fedreg/2019/08/16/2019-17623.html'],
   '"DATES: Effective: August 16, 2019." "Noroxymorphone is a schedule II controlled substance defined in the CSA by '
   '21 U.S.C. 812(c), Schedule II (a)(1) and 21 CFR 1308.12(b)(1) ... This rule does not affect the control of '
   'noroxymorphone as a schedule II controlled substance." Lists it with Code Number 9668.'),
 'fr-85-68749': src('Schedules of Controlled Substances: Placement of Oliceridine in Schedule II',
   '85 FR 68749 (FR Doc 2020-22762; Docket DEA-715)', '2020-10-30', '2020-10-30',
   'https://regulations.justia.com/regulations/fedreg/2020/10/30/2020-22762.html',
   ['https://casetext.com/federal-register/schedules-of-controlled-substances-placement-of-oliceridine-in-schedule-ii-1'],
   'Interim final rule. "The effective date of this rulemaking is October 30, 2020." Places oliceridine "including its '
   'isomers, esters, ethers, salts and salts of isomers, esters and ethers" in Schedule II. Finalized by 86 FR 30772 '
   '(2021-06-10), not read beyond its title.'),
 'fr-82-14815': src('Schedules of Controlled Substances: Placement of FDA-Approved Products of Oral Solutions '
   'Containing Dronabinol [(-)-delta-9-trans-tetrahydrocannabinol (delta-9-THC)] in Schedule II',
   '82 FR 14815 (FR Doc 2017-05809; Docket DEA-344)', '2017-03-23', None, 'https://thefederalregister.org/82-FR/14815',
   [], 'Interim final rule placing FDA-approved products of oral solutions containing dronabinol in Schedule II; its '
   'effective date was not read.'),
 'fr-82-55504': src('Schedules of Controlled Substances: Placement of FDA-Approved Products of Oral Solutions '
   'Containing Dronabinol [(-)-delta-9-trans-tetrahydrocannabinol (delta-9-THC)] in Schedule II',
   '82 FR 55504 (FR Doc 2017-25275; Docket DEA-344)', '2017-11-22', None, 'https://thefederalregister.org/82-FR/55504',
   ['https://regulations.justia.com/regulations/fedreg/2017/11/22/2017-25275.html'],
   'Final rule adopting the 2017-03-23 interim final rule without change: "DEA maintains FDA-approved products of oral '
   'solutions containing dronabinol in schedule II".'),
}
SC_B1 = scope('(1) Opium and opiate, and any salt, compound, derivative, or preparation of opium or opiate excluding '
  'apomorphine, thebaine-derived butorphanol, dextrorphan, nalbuphine, naldemedine, nalmefene, naloxegol, naloxone, '
  '6β-naltrexol, naltrexone, and samidorphan, and their respective salts, but including the following: [...] (2) Any '
  'salt, compound, derivative, or preparation thereof which is chemically equivalent or identical with any of the '
  'substances referred to in paragraph (b) (1) of this section, except that these substances shall not include the '
  'isoquinoline alkaloids of opium.', salts=True, prep=True,
  exc=['apomorphine, thebaine-derived butorphanol, dextrorphan, nalbuphine, naldemedine, nalmefene, naloxegol, naloxone, '
       '6β-naltrexol, naltrexone, and samidorphan, and their respective salts (2022 text)',
       'the isoquinoline alkaloids of opium'])
SC_B4 = scope('(4) Coca leaves (9040) and any salt, compound, derivative or preparation of coca leaves (including cocaine '
  '(9041) and ecgonine (9180) and their salts, isomers, derivatives and salts of isomers and derivatives), and any salt, '
  'compound, derivative, or preparation thereof which is chemically equivalent or identical with any of these '
  'substances, except that the substances shall not include: (i) Decocainized coca leaves or extraction of coca leaves, '
  'which extractions do not contain cocaine or ecgonine; or (ii) [123I]ioflupane.', salts=True, stereo=True, prep=True,
  exc=['Decocainized coca leaves or extraction of coca leaves, which extractions do not contain cocaine or ecgonine',
       '[123I]ioflupane'])
def SC_D(t):
    return scope('Stimulants. Unless specifically excepted or unless listed in another schedule, any material, '
  'compound, mixture, or preparation which contains any quantity of the following substances having a stimulant effect '
  f'on the central nervous system: [...] {t}', salts=('salts' in t), stereo=('isomers' in t), prep=True)
SC_E = scope('Depressants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture, or preparation which contains any quantity of the following substances having a depressant effect on the '
  'central nervous system, including its salts, isomers, and salts of isomers whenever the existence of such salts, '
  'isomers, and salts of isomers is possible within the specific chemical designation:', salts=True, stereo=True,
  prep=True)
SC_F = scope('(f) Hallucinogenic substances. (1) Nabilone')
SC_G = scope('Immediate precursors. Unless specifically excepted or unless listed in another schedule, any material, '
  'compound, mixture, or preparation which contains any quantity of the following substances:', prep=True)

B = 'INN/common name as printed'
# (b)(1)
want('codeine', 'drawn', '(4R,4aR,7S,7aR,12bS)-9-methoxy-3-methyl-2,3,4,4a,7,7a-hexahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinolin-7-ol', 'codeine', "printed name 'Codeine'")
want('dihydroetorphine', 'copied', None, 'dihydroetorphine', 'drawn there from the name dihydroetorphine')
want('ethylmorphine', 'drawn', '(4R,4aR,7S,7aR,12bS)-9-ethoxy-3-methyl-2,3,4,4a,7,7a-hexahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinolin-7-ol', 'ethylmorphine', "printed name 'Ethylmorphine'")
want('etorphine', 'copied', None, 'etorphine', 'drawn there from the name etorphine')
want('hydrocodone', 'drawn', '(4R,4aR,7aR,12bS)-9-methoxy-3-methyl-1,2,3,4,4a,5,6,7a-octahydro-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one', 'hydrocodone', "printed name 'Hydrocodone'")
want('hydromorphone', 'drawn', '(4R,4aR,7aR,12bS)-9-hydroxy-3-methyl-1,2,3,4,4a,5,6,7a-octahydro-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one', 'hydromorphone', "printed name 'Hydromorphone'")
want('metopon', 'drawn', '(4R,4aR,7aR,12bS)-9-hydroxy-3,7a-dimethyl-1,2,3,4,4a,5,6,7a-octahydro-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one', 'metopon', "printed name 'Metopon'")
want('morphine', 'drawn', '(4R,4aR,7S,7aR,12bS)-3-methyl-2,3,4,4a,7,7a-hexahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinoline-7,9-diol', 'morphine', "printed name 'Morphine'")
want('noroxymorphone', 'drawn', '(4R,4aS,7aR,12bS)-4a,9-dihydroxy-1,2,3,4,4a,5,6,7a-octahydro-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one', None, "printed name 'Noroxymorphone' (N-desmethyl oxymorphone)")
want('oripavine', 'drawn', '(4R,7aR,12bS)-7-methoxy-3-methyl-2,3,4,7a-tetrahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinolin-9-ol', 'oripavine', "printed name 'Oripavine'")
want('oxycodone', 'drawn', '(4R,4aS,7aR,12bS)-4a-hydroxy-9-methoxy-3-methyl-1,2,3,4,4a,5,6,7a-octahydro-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one', 'oxycodone', "printed name 'Oxycodone'")
want('oxymorphone', 'drawn', '(4R,4aS,7aR,12bS)-4a,9-dihydroxy-3-methyl-1,2,3,4,4a,5,6,7a-octahydro-4,12-methanobenzofuro[3,2-e]isoquinolin-7-one', 'oxymorphone', "printed name 'Oxymorphone'")
want('thebaine', 'drawn', '(4R,7aR,12bS)-7,9-dimethoxy-3-methyl-2,3,4,7a-tetrahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinoline', 'thebaine', "printed name 'Thebaine'")
want('cocaine', 'drawn', 'methyl (1R,2R,3S,5S)-3-(benzoyloxy)-8-methyl-8-azabicyclo[3.2.1]octane-2-carboxylate', 'cocaine', "printed name 'cocaine'")
want('ecgonine', 'drawn', '(1R,2R,3S,5S)-3-hydroxy-8-methyl-8-azabicyclo[3.2.1]octane-2-carboxylic acid', 'ecgonine', "printed name 'ecgonine'")
# (c)
want('alfentanil', 'drawn', 'N-[1-[2-(4-ethyl-5-oxo-4,5-dihydro-1H-tetrazol-1-yl)ethyl]-4-(methoxymethyl)piperidin-4-yl]-N-phenylpropanamide', 'alfentanil', "printed name 'Alfentanil'")
want('alphaprodine', 'drawn', '(1,3-dimethyl-4-phenylpiperidin-4-yl) propanoate', 'alphaprodine', "printed name 'Alphaprodine' (the alpha diastereomer; relative stereo not drawn)")
want('anileridine', 'drawn', 'ethyl 1-[2-(4-aminophenyl)ethyl]-4-phenylpiperidine-4-carboxylate', 'anileridine', "printed name 'Anileridine'")
want('bezitramide', 'drawn', '4-[4-(2-oxo-3-propanoyl-2,3-dihydro-1H-benzimidazol-1-yl)piperidin-1-yl]-2,2-diphenylbutanenitrile', 'bezitramide', "printed name 'Bezitramide'")
want('dextropropoxyphene', 'drawn', '[(2S,3R)-4-(dimethylamino)-3-methyl-1,2-diphenylbutan-2-yl] propanoate', 'dextropropoxyphene', "printed name 'dextropropoxyphene'")
want('carfentanil', 'drawn', 'methyl 1-(2-phenylethyl)-4-[phenyl(propanoyl)amino]piperidine-4-carboxylate', 'carfentanil', "printed name 'Carfentanil'")
want('dihydrocodeine', 'drawn', '(4R,4aR,7S,7aR,12bS)-9-methoxy-3-methyl-2,3,4,4a,5,6,7,7a-octahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinolin-7-ol', 'dihydrocodeine', "printed name 'Dihydrocodeine'")
want('diphenoxylate', 'drawn', 'ethyl 1-(3-cyano-3,3-diphenylpropyl)-4-phenylpiperidine-4-carboxylate', 'diphenoxylate', "printed name 'Diphenoxylate'")
want('isomethadone', 'drawn', '6-(dimethylamino)-5-methyl-4,4-diphenylhexan-3-one', 'isomethadone', "printed name 'Isomethadone'")
want('levo-alphacetylmethadol', 'drawn', '[(3S,6S)-6-(dimethylamino)-4,4-diphenylheptan-3-yl] acetate', 'alphacetylmethadol', "printed name 'Levo-alphacetylmethadol' (levomethadyl acetate, the (3S,6S) isomer)")
want('levomethorphan', 'drawn', '(4bR,8aR,9R)-3-methoxy-11-methyl-6,7,8,8a,9,10-hexahydro-5H-9,4b-(epiminoethano)phenanthrene', 'levomethorphan', "printed name 'Levomethorphan'")
want('levorphanol', 'drawn', '(4bR,8aR,9R)-11-methyl-6,7,8,8a,9,10-hexahydro-5H-9,4b-(epiminoethano)phenanthren-3-ol', 'levorphanol', "printed name 'Levorphanol'")
want('metazocine', 'drawn', '3,6,11-trimethyl-1,2,3,4,5,6-hexahydro-2,6-methano-3-benzazocin-8-ol', 'metazocine', "printed name 'Metazocine'")
want('methadone', 'drawn', '6-(dimethylamino)-4,4-diphenylheptan-3-one', 'methadone', "printed name 'Methadone'")
want('methadone-intermediate', 'drawn', '4-(dimethylamino)-2,2-diphenylpentanenitrile', 'methadone intermediate', "printed name '4-cyano-2-dimethylamino-4,4-diphenyl butane' (not a valid systematic name)")
want('moramide-intermediate', 'drawn', '3-methyl-4-(morpholin-4-yl)-2,2-diphenylbutanoic acid', 'moramide intermediate', "printed name '2-methyl-3-morpholino-1, 1-diphenylpropane-carboxylic acid' (not parsable as printed)")
want('oliceridine', 'opsin', 'N-[(3-methoxythiophen-2-yl)methyl]({2-[(9R)-9-(pyridin-2-yl)-6-oxaspiro[4.5]decan-9-yl]ethyl})amine', 'oliceridine')
want('pethidine', 'drawn', 'ethyl 1-methyl-4-phenylpiperidine-4-carboxylate', 'pethidine', "printed name 'Pethidine (meperidine)'")
want('pethidine-intermediate-a', 'opsin', '4-cyano-1-methyl-4-phenylpiperidine', 'pethidine intermediate a')
want('pethidine-intermediate-b', 'drawn', 'ethyl 4-phenylpiperidine-4-carboxylate', 'pethidine intermediate b', "printed name 'ethyl-4-phenylpiperidine-4-carboxylate' (read without the stray hyphen)")
want('pethidine-intermediate-c', 'opsin', '1-methyl-4-phenylpiperidine-4-carboxylic acid', 'pethidine intermediate c')
want('phenazocine', 'drawn', '6,11-dimethyl-3-(2-phenylethyl)-1,2,3,4,5,6-hexahydro-2,6-methano-3-benzazocin-8-ol', 'phenazocine', "printed name 'Phenazocine'")
want('piminodine', 'drawn', 'ethyl 4-phenyl-1-[3-(phenylamino)propyl]piperidine-4-carboxylate', 'piminodine', "printed name 'Piminodine'")
want('racemethorphan', 'drawn', '3-methoxy-11-methyl-6,7,8,8a,9,10-hexahydro-5H-9,4b-(epiminoethano)phenanthrene', 'racemethorphan', "printed name 'Racemethorphan' (racemate: no stereo drawn)")
want('racemorphan', 'drawn', '11-methyl-6,7,8,8a,9,10-hexahydro-5H-9,4b-(epiminoethano)phenanthren-3-ol', 'racemorphan', "printed name 'Racemorphan' (racemate: no stereo drawn)")
want('sufentanil', 'drawn', 'N-[4-(methoxymethyl)-1-[2-(thiophen-2-yl)ethyl]piperidin-4-yl]-N-phenylpropanamide', 'sufentanil', "printed name 'Sufentanil'")
want('tapentadol', 'drawn', '3-[(2R,3R)-1-(dimethylamino)-2-methylpentan-3-yl]phenol', 'tapentadol', "printed name 'Tapentadol'")
# (d)-(g)
want('amphetamine', 'drawn', '1-phenylpropan-2-amine', 'amphetamine', "printed name 'Amphetamine'")
want('methamphetamine', 'drawn', 'N-methyl-1-phenylpropan-2-amine', 'methamphetamine', "printed name 'Methamphetamine'")
want('phenmetrazine', 'drawn', '3-methyl-2-phenylmorpholine', 'phenmetrazine', "printed name 'Phenmetrazine'")
want('methylphenidate', 'drawn', 'methyl 2-phenyl-2-(piperidin-2-yl)acetate', 'methylphenidate', "printed name 'Methylphenidate'")
want('lisdexamfetamine', 'drawn', '(2S)-2,6-diamino-N-[(2S)-1-phenylpropan-2-yl]hexanamide', None, "printed name 'Lisdexamfetamine' (L-lysyl-d-amphetamine)")
want('amobarbital', 'drawn', '5-ethyl-5-(3-methylbutyl)pyrimidine-2,4,6(1H,3H,5H)-trione', 'amobarbital', "printed name 'Amobarbital'")
want('glutethimide', 'drawn', '3-ethyl-3-phenylpiperidine-2,6-dione', 'glutethimide', "printed name 'Glutethimide'")
want('pentobarbital', 'drawn', '5-ethyl-5-(pentan-2-yl)pyrimidine-2,4,6(1H,3H,5H)-trione', 'pentobarbital', "printed name 'Pentobarbital'")
want('phencyclidine', 'drawn', '1-(1-phenylcyclohexyl)piperidine', 'phencyclidine', "printed name 'Phencyclidine'")
want('secobarbital', 'drawn', '5-(pentan-2-yl)-5-(prop-2-en-1-yl)pyrimidine-2,4,6(1H,3H,5H)-trione', 'secobarbital', "printed name 'Secobarbital'")
want('nabilone', 'drawn', '3-(1,1-dimethylheptyl)-6,6a,7,8,10,10a-hexahydro-1-hydroxy-6,6-dimethyl-9H-dibenzo[b,d]pyran-9-one', None, "printed name '(±)-trans-3-(1,1-dimethylheptyl)-6,6a,7,8,10,10a-hexahydro-1-hydroxy-6,6-dimethyl-9H-dibenzo[b,d]pyran-9-one', parsed by OPSIN without the '(±)-trans-' prefix (relative trans stereo not drawn)")
want('phenylacetone', 'drawn', '1-phenylpropan-2-one', 'phenylacetone', "printed name 'Phenylacetone'")
want('1-phenylcyclohexylamine', 'opsin', '1-phenylcyclohexylamine', None)
want('pcc', 'opsin', '1-piperidinocyclohexanecarbonitrile', None)

def NEWL(item, note=None, eid=None):
    if eid in OLDER['1308.12']['entries']:   # printed in both copies: starts on the older copy's date
        old_item = OLDER['1308.12']['entries'][eid][0]
        if old_item != item:  # renumbered between the two copies
            item = f"{item} (in the older copy: {old_item})"
        return [L(A2_OLD, ['ecfr-1308-12-2016', 'ecfr-1308-12-2022'], item=item, earlier=True, note=note)]
    return [L(A2, ['ecfr-1308-12-2022', 'ecfr-1308-12-2016'], item=item, earlier=True, note=note)]
ANCHOR_NOTE = None
NS_OPIUM = 'opium preparation (no single structure)'
e2_new = [
 E('codeine', 'Codeine', NEWL('(b)(1)(i)', eid='codeine'), code='9050', scope_=SC_B1),
 E('dihydroetorphine', 'Dihydroetorphine', NEWL('(b)(1)(ii)', eid='dihydroetorphine'), code='9334', scope_=SC_B1),
 E('ethylmorphine', 'Ethylmorphine', NEWL('(b)(1)(iii)', eid='ethylmorphine'), code='9190', scope_=SC_B1),
 E('etorphine-hydrochloride', 'Etorphine hydrochloride', NEWL('(b)(1)(iv)', eid='etorphine-hydrochloride'), key='etorphine', code='9059', scope_=SC_B1,
   note='Listed as the hydrochloride; the structure is that of the parent etorphine.'),
 E('granulated-opium', 'Granulated opium', NEWL('(b)(1)(v)', eid='granulated-opium'), code='9640', nonstruct=NS_OPIUM, scope_=SC_B1),
 E('hydrocodone', 'Hydrocodone', NEWL('(b)(1)(vi)', eid='hydrocodone'), code='9193', scope_=SC_B1),
 E('hydromorphone', 'Hydromorphone', NEWL('(b)(1)(vii)', eid='hydromorphone'), code='9150', scope_=SC_B1),
 E('metopon', 'Metopon', NEWL('(b)(1)(viii)', eid='metopon'), code='9260', scope_=SC_B1),
 E('morphine', 'Morphine', NEWL('(b)(1)(ix)', eid='morphine'), code='9300', scope_=SC_B1),
 E('noroxymorphone', 'Noroxymorphone', [L('2019-08-16', ['fr-84-41913', 'ecfr-1308-12-2022'], item='(b)(1)(x)',
   earlier=True, note='Specifically listed from 2019-08-16; the rule states that noroxymorphone was already a Schedule '
   'II substance as a derivative of opium and opiate under 1308.12(b)(1) (the date it became one is not encoded).')],
   code='9668', scope_=SC_B1),
 E('opium-extracts', 'Opium extracts', NEWL('(b)(1)(xi)', eid='opium-extracts'), code='9610', nonstruct=NS_OPIUM, scope_=SC_B1),
 E('opium-fluid', 'Opium fluid', NEWL('(b)(1)(xii)', eid='opium-fluid'), code='9620', nonstruct=NS_OPIUM, scope_=SC_B1),
 E('oripavine', 'Oripavine', NEWL('(b)(1)(xiii)', eid='oripavine'), code='9330', scope_=SC_B1),
 E('oxycodone', 'Oxycodone', NEWL('(b)(1)(xiv)', eid='oxycodone'), code='9143', scope_=SC_B1),
 E('oxymorphone', 'Oxymorphone', NEWL('(b)(1)(xv)', eid='oxymorphone'), code='9652', scope_=SC_B1),
 E('powdered-opium', 'Powdered opium', NEWL('(b)(1)(xvi)', eid='powdered-opium'), code='9639', nonstruct=NS_OPIUM, scope_=SC_B1),
 E('raw-opium', 'Raw opium', NEWL('(b)(1)(xvii)', eid='raw-opium'), code='9600', nonstruct=NS_OPIUM, scope_=SC_B1),
 E('thebaine', 'Thebaine', NEWL('(b)(1)(xviii)', eid='thebaine'), code='9333', scope_=SC_B1),
 E('tincture-of-opium', 'Tincture of opium', NEWL('(b)(1)(xix)', eid='tincture-of-opium'), code='9630', nonstruct=NS_OPIUM, scope_=SC_B1),
 E('opium-poppy-and-poppy-straw', 'Opium poppy and poppy straw', NEWL('(b)(3)', eid='opium-poppy-and-poppy-straw'),
   nonstruct='plant (Papaver somniferum) and plant material', scope_=SC_B1),
 E('coca-leaves', 'Coca leaves', NEWL('(b)(4)', eid='coca-leaves'), code='9040', nonstruct='plant material (coca leaves) and its '
   'salts, compounds, derivatives and preparations', scope_=SC_B4),
 E('cocaine', 'Cocaine', NEWL('(b)(4)', eid='cocaine'), code='9041', scope_=SC_B4),
 E('ecgonine', 'Ecgonine', NEWL('(b)(4)', eid='ecgonine'), code='9180', scope_=SC_B4),
 E('concentrate-of-poppy-straw', 'Concentrate of poppy straw', NEWL('(b)(5)', eid='concentrate-of-poppy-straw'), code='9670',
   chem='the crude extract of poppy straw in either liquid, solid or powder form which contains the phenanthrene '
        'alkaloids of the opium poppy', nonstruct='plant extract', scope_=SC_B1),
 E('alfentanil', 'Alfentanil', NEWL('(c)(1)', eid='alfentanil'), code='9737'),
 E('alphaprodine', 'Alphaprodine', NEWL('(c)(2)', eid='alphaprodine'), code='9010',
   note='The list scope covers its isomers; the alpha relative configuration is not drawn.'),
 E('anileridine', 'Anileridine', NEWL('(c)(3)', eid='anileridine'), code='9020'),
 E('bezitramide', 'Bezitramide', NEWL('(c)(4)', eid='bezitramide'), code='9800'),
 E('bulk-dextropropoxyphene', 'Bulk dextropropoxyphene (non-dosage forms)', NEWL('(c)(5)', eid='bulk-dextropropoxyphene'), key='dextropropoxyphene',
   code='9273', note='Only bulk (non-dosage) forms are in Schedule II; dosage forms are in Schedule IV (1308.14(b)(2)).'),
 E('carfentanil', 'Carfentanil', NEWL('(c)(6)', eid='carfentanil'), code='9743'),
 E('dihydrocodeine', 'Dihydrocodeine', NEWL('(c)(7)', eid='dihydrocodeine'), code='9120'),
 E('diphenoxylate', 'Diphenoxylate', NEWL('(c)(8)', eid='diphenoxylate'), code='9170'),
 E('isomethadone', 'Isomethadone', NEWL('(c)(10)', eid='isomethadone'), code='9226'),
 E('levo-alphacetylmethadol', 'Levo-alphacetylmethadol', NEWL('(c)(11)', eid='levo-alphacetylmethadol'), code='9648',
   syn=['levo-alpha-acetylmethadol', 'levomethadyl acetate', 'LAAM']),
 E('levomethorphan', 'Levomethorphan', NEWL('(c)(12)', eid='levomethorphan'), code='9210'),
 E('levorphanol', 'Levorphanol', NEWL('(c)(13)', eid='levorphanol'), code='9220'),
 E('metazocine', 'Metazocine', NEWL('(c)(14)', eid='metazocine'), code='9240'),
 E('methadone', 'Methadone', NEWL('(c)(15)', eid='methadone'), code='9250'),
 E('methadone-intermediate', 'Methadone-Intermediate', NEWL('(c)(16)', eid='methadone-intermediate'), code='9254',
   chem='4-cyano-2-dimethylamino-4,4-diphenyl butane'),
 E('moramide-intermediate', 'Moramide-Intermediate', NEWL('(c)(17)', eid='moramide-intermediate'), code='9802',
   chem='2-methyl-3-morpholino-1, 1-diphenylpropane-carboxylic acid'),
 E('oliceridine', 'Oliceridine', [L('2020-10-30', ['fr-85-68749', 'ecfr-1308-12-2022'], item='(c)(18)')],
   code='9245', chem='N-[(3-methoxythiophen-2-yl)methyl]({2-[(9R)-9-(pyridin-2-yl)-6-oxaspiro[4.5]decan-9-yl]ethyl})amine'),
 E('pethidine', 'Pethidine (meperidine)', NEWL('(c)(19)', eid='pethidine'), code='9230', syn=['meperidine']),
 E('pethidine-intermediate-a', 'Pethidine-Intermediate-A', NEWL('(c)(20)', eid='pethidine-intermediate-a'), code='9232',
   chem='4-cyano-1-methyl-4-phenylpiperidine'),
 E('pethidine-intermediate-b', 'Pethidine-Intermediate-B', NEWL('(c)(21)', eid='pethidine-intermediate-b'), code='9233',
   chem='ethyl-4-phenylpiperidine-4-carboxylate'),
 E('pethidine-intermediate-c', 'Pethidine-Intermediate-C', NEWL('(c)(22)', eid='pethidine-intermediate-c'), code='9234',
   chem='1-methyl-4-phenylpiperidine-4-carboxylic acid'),
 E('phenazocine', 'Phenazocine', NEWL('(c)(23)', eid='phenazocine'), code='9715'),
 E('piminodine', 'Piminodine', NEWL('(c)(24)', eid='piminodine'), code='9730'),
 E('racemethorphan', 'Racemethorphan', NEWL('(c)(25)', eid='racemethorphan'), code='9732'),
 E('racemorphan', 'Racemorphan', NEWL('(c)(26)', eid='racemorphan'), code='9733'),
 E('sufentanil', 'Sufentanil', NEWL('(c)(28)', eid='sufentanil'), code='9740'),
 E('tapentadol', 'Tapentadol', NEWL('(c)(29)', eid='tapentadol'), code='9780'),
 E('amphetamine', 'Amphetamine', NEWL('(d)(1)', eid='amphetamine'), code='1100',
   scope_=SC_D('(1) Amphetamine, its salts, optical isomers, and salts of its optical isomers')),
 E('methamphetamine', 'Methamphetamine', NEWL('(d)(2)', eid='methamphetamine'), code='1105',
   scope_=SC_D('(2) Methamphetamine, its salts, isomers, and salts of its isomers')),
 E('phenmetrazine', 'Phenmetrazine', NEWL('(d)(3)', eid='phenmetrazine'), code='1631', scope_=SC_D('(3) Phenmetrazine and its salts')),
 E('methylphenidate', 'Methylphenidate', NEWL('(d)(4)', eid='methylphenidate'), code='1724', scope_=SC_D('(4) Methylphenidate')),
 E('lisdexamfetamine', 'Lisdexamfetamine', NEWL('(d)(5)', eid='lisdexamfetamine'), code='1205',
   scope_=SC_D('(5) Lisdexamfetamine, its salts, isomers, and salts of its isomers')),
 E('amobarbital', 'Amobarbital', NEWL('(e)(1)', eid='amobarbital'), code='2125', scope_=SC_E),
 E('glutethimide', 'Glutethimide', NEWL('(e)(2)', eid='glutethimide'), code='2550', scope_=SC_E),
 E('pentobarbital', 'Pentobarbital', NEWL('(e)(3)', eid='pentobarbital'), code='2270', scope_=SC_E),
 E('phencyclidine', 'Phencyclidine', NEWL('(e)(4)', eid='phencyclidine'), code='7471', scope_=SC_E),
 E('secobarbital', 'Secobarbital', NEWL('(e)(5)', eid='secobarbital'), code='2315', scope_=SC_E),
 E('nabilone', 'Nabilone', NEWL('(f)(1)', eid='nabilone'), code='7379', scope_=SC_F,
   chem='(±)-trans-3-(1,1-dimethylheptyl)-6,6a,7,8,10,10a-hexahydro-1-hydroxy-6,6-dimethyl-9H-dibenzo[b,d]pyran-9-one'),
 E('dronabinol-oral-solution', 'Dronabinol [(-)-delta-9-trans tetrahydrocannabinol] in an oral solution in a drug '
   'product approved for marketing by the U.S. Food and Drug Administration',
   [L('2017-11-22', ['fr-82-55504', 'fr-82-14815', 'ecfr-1308-12-2022'], item='(f)(2)', earlier=True,
      note='The interim final rule of 2017-03-23 placed these products in Schedule II first; its effective date was '
           'not read, so the period starts at the final rule that "maintains" them there.')],
   code='7365', nonstruct='FDA-approved drug products (oral solutions) containing dronabinol; dronabinol itself is '
   'not controlled by this item', scope_=SC_F | {'text': '(2) Dronabinol [(-)-delta-9-trans tetrahydrocannabinol] in an '
   'oral solution in a drug product approved for marketing by the U.S. Food and Drug Administration',
   'text_en': '(2) Dronabinol [(-)-delta-9-trans tetrahydrocannabinol] in an oral solution in a drug product approved '
   'for marketing by the U.S. Food and Drug Administration', 'preparations': True}),
 E('phenylacetone', 'Phenylacetone', NEWL('(g)(1)(i)', eid='phenylacetone'), code='8501', scope_=SC_G,
   syn=['phenyl-2-propanone', 'P2P', 'benzyl methyl ketone', 'methyl benzyl ketone'], note='Immediate precursor to '
   'amphetamine and methamphetamine.'),
 E('1-phenylcyclohexylamine', '1-phenylcyclohexylamine', NEWL('(g)(2)(i)', eid='1-phenylcyclohexylamine'), code='7460', scope_=SC_G,
   chem='1-phenylcyclohexylamine', note='Immediate precursor to phencyclidine (PCP).'),
 E('pcc', '1-piperidinocyclohexanecarbonitrile (PCC)', NEWL('(g)(2)(ii)', eid='pcc'), code='8603', scope_=SC_G,
   chem='1-piperidinocyclohexanecarbonitrile', syn=['PCC'], note='Immediate precursor to phencyclidine (PCP).'),
]


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def write(path, doc, header):
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(header)
        yaml.dump(doc, fh, Dumper=NoAlias, sort_keys=False, allow_unicode=True, width=120)


def build_schedule_ii():
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_fentanyl_schedule_ii_base.yaml'), encoding='utf-8') as fh:
        base = yaml.safe_load(fh)
    old = {e['id']: e for e in base['entries']}
    for eid, e in old.items():   # checks of the fentanyl curator's structures against the external data
        st = e.get('structure')
        if st and eid in EXT:
            more, partial = ext_checks(eid, st['smiles'])
            if more:
                st.pop('unchecked_reason', None)
                st['checked_against'] = list(st.get('checked_against', [])) + more
    for e in old.values():   # still unchecked: SMILES of the same substance in registry/CN drawn there independently
        st = e.get('structure')
        if st and not st.get('checked_against'):
            ik = ikey(st['smiles'])
            same = [(f, rid) for f, rid, rs in REF.get(e['name_en'].lower(), []) if ikey(rs) == ik]
            if same:
                st.pop('unchecked_reason', None)
                st['checked_against'] = [f"second source: SMILES of entry '{rid}' in {f} (drawn there from its own "
                                         f"systematic name, not copied from this file; same InChIKey {ik})"
                                         for f, rid in same]
    old['norfentanyl']['code'] = '8366'
    old['norfentanyl']['note'] = ('21 CFR 1308.12(g)(3)(ii). Code 8366 as printed in the 2022 eCFR copy '
                                  '(source ecfr-1308-12-2022).')
    old['anpp']['note'] += (' The 2022 eCFR copy prints the name as "4-anilino-N-phenethylpiperidine (ANPP)" '
                            '(the earlier copy: "4-anilino-N-phenethyl-4-piperidine (ANPP)").')
    new = finish(e2_new)
    order = []
    for e in new:
        order.append(e)
        if e['id'] == 'diphenoxylate':
            order.append(old['fentanyl'])
        if e['id'] == 'racemorphan':
            order.append(old['remifentanil'])
        if e['id'] == 'tapentadol':
            order.append(old['thiafentanil'])
    order += [old['anpp'], old['norfentanyl']]
    sources = dict(base['sources']) | S2_NEW
    doc = {
        'id': 'us-schedule-ii', 'jurisdiction': 'US', 'title': 'Schedule II', 'title_en': 'Schedule II (21 CFR 1308.12)',
        'kind': 'drug',
        'legal_basis': 'Controlled Substances Act (21 U.S.C. 801 et seq.), 21 U.S.C. 812; 21 CFR 1308.12',
        'coverage': {'from': D('2007-04-23'), 'complete': False, 'note': (
            'Every item printed in the eCFR text of 21 CFR 1308.12 as read (a copy taken on or after 2022-11-21) is '
            'encoded, with its DEA code number. An older copy (commit 17639b10, the oldest version read; it shows the '
            'thiafentanil rule published 2016-08-26 and not the dronabinol oral solution rule of 2017-03-23) prints '
            f"{len(OLDER['1308.12']['entries'])} of these items with the same wording and scope (all of (b)(1) but "
            'noroxymorphone, (b)(3)-(5), (c) but oliceridine, (d), (e), (f)(1) nabilone and (g)(1)-(2)); they start on '
            '2016-08-26 with started_earlier: true. The older copy also prints fentanyl, remifentanil, thiafentanil and '
            'ANPP (kept on their own dated sources) and no item that the 2022 copy lacks; its (b)(1) exclusions lack '
            'naldemedine, 6β-naltrexol and samidorphan (scope text below is the 2022 one). NOT encoded: (1) any change '
            'after the 2022 copy (the amendment published at 87 FR 70717 on 2022-11-21 and anything later, up to today, '
            'was not read); (2) the state of the schedule between 2010-01-01 and 2016-08-26, except for the items with '
            'their own dated Federal Register source (ANPP 2010-08-30; fentanyl and remifentanil from the earlier '
            'curator); items added after 2016-08-26 (dronabinol oral solution, noroxymorphone, norfentanyl, oliceridine) '
            'start on their own rules. A dated copy of the 2010 CFR edition would let the older items start earlier. '
            'Changes of the (b)(1) exclusions (naloxegol, naldemedine, 6β-naltrexol, samidorphan) and of the (b)(4) '
            'exclusion ([123I]ioflupane) are recorded only in the scope text as printed in 2022, without their dates; '
            'later exclusions (e.g. [18F]FP-CIT) were not read. The generic clauses "any salt, compound, derivative, or preparation of opium or opiate" '
            '((b)(1)-(2)) and "of coca leaves" ((b)(4)) are not evaluated as classes.')},
        'scope': base['scope'] | {'text': (
            'Opiates. Unless specifically excepted or unless in another schedule any of the following opiates, including '
            'its isomers, esters, ethers, salts and salts of isomers, esters and ethers whenever the existence of such '
            'isomers, esters, ethers, and salts is possible within the specific chemical designation, dextrorphan and '
            'levopropoxyphene excepted:')} | {'text_en': (
            'Opiates. Unless specifically excepted or unless in another schedule any of the following opiates, including '
            'its isomers, esters, ethers, salts and salts of isomers, esters and ethers whenever the existence of such '
            'isomers, esters, ethers, and salts is possible within the specific chemical designation, dextrorphan and '
            'levopropoxyphene excepted:')},
        'sources': sources,
        'entries': order,
        'note': ('List scope is that of 21 CFR 1308.12(c) (opiates), as printed in the 2022 eCFR copy; "isomer" there '
                 'means the optical isomer (21 CFR 1300.01, not re-read here). Entries of paragraphs (b), (d), (e), (f) and '
                 '(g) carry the scope of their own paragraph (entry scope). Items of (b)(1) are also covered by the '
                 'generic opium/opiate clause, which is not encoded as a class.'),
    }
    hdr = ('# Generated by tools/curation/us_schedules.py (which took over this file from us_fentanyl_yaml_gen.py; the\n'
           '# fentanyl entries and their sources come from tools/curation/us_fentanyl_schedule_ii_base.yaml). Do not edit\n'
           '# by hand: change the script and rerun it.\n')
    write(os.path.join(ROOT, 'registry', 'US', 'schedule-ii.yaml'), doc, hdr)
    return doc


if __name__ == '__main__':
    derive_all()
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_schedules_structures.json'), 'w') as fh:
        json.dump(STRUCTS, fh, indent=1)
    build_schedule_ii()
