"""Generates registry/US/schedule-i.yaml (taking over from us_fentanyl_yaml_gen.py, whose Schedule I output is now
tools/curation/us_fentanyl_schedule_i_base.yaml: its fentanyl entries, dated periods and sources are kept unchanged and
merged here). Same method and conventions as Schedules II-V (us_schedules.py, us_schedules_iii_v.py).

Added: the named items of 21 CFR 1308.11 paragraphs (b) opiates, (c) opium derivatives, (d) hallucinogenic substances,
(e) depressants and (f) stimulants, as printed in an undated eCFR copy (GitHub MichalOpoka/ecfr, commit 0000bb38),
transcribed in tools/curation/us_schedule_i_items.py. The copy is dated by its own "Effective Date Notes": the latest rule
it demonstrably includes is 83 FR 472 (2018-01-04, adding (h)(22)), so its items start on 2018-01-04 with
started_earlier: true. Items already in the base file (acetyl-alpha-methylfentanyl, acetyl fentanyl, 3-methylthiofentanyl)
keep their own periods and get no second one.

Structures: OPSIN on a chemical name printed in the item (derived_by: opsin; the other printed chemical names and the
curator's systematic name for the INN are parsed as checks); otherwise the curator's systematic name for the printed
INN/common name parsed by OPSIN (derived_by: drawn); for a few complex morphinans the SMILES of registry/CN (copied,
unchecked). Checks: InChIKey equal to the SMILES of the same substance in registry/CN/*.yaml (first block when stereo is
given in only one). No network at run time. Run: python3 tools/curation/us_fentanyl_yaml_gen.py (writes the base file),
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
from py2opsin import py2opsin  # noqa: E402
from rdkit import Chem  # noqa: E402
from us_schedule_i_items import ALL, NOT_ROWS  # noqa: E402

ROOT = base.ROOT
D = dt.date.fromisoformat
REF, ikey, formula = base.REF, base.ikey, base.formula

C11 = '0000bb38c10d0b6832c05e5c2d34582e692c2d06'
A1 = '2018-01-04'
SRC = {
 'ecfr-1308-11-2018': base.src('21 CFR 1308.11 Schedule I (Electronic Code of Federal Regulations text)', '21 CFR 1308.11',
   None, None, base.ECFR.format(s='1308.11'), [base.GH.format(c=C11, s='1308.11')],
   'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 0000bb38). Its "Effective Date Notes" end: "At 83 '
   'FR 472, Jan. 4, 2018, § 1308.11 was amended by adding paragraph (h)(22), effective Jan. 4, 2018 through Jan. 4, 2020", '
   'and (h)(22) (cyclopropyl fentanyl) is printed: the text includes that rule. It opens with "Link to an amendment '
   'published at 82 FR 58559, Dec. 13, 2017" (an amendment not yet incorporated in the text; not read). Used as showing '
   'the items of paragraphs (b)-(f) in force on 2018-01-04.'),
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
            if drawn and got.get(drawn):
                checks.append(('INN/common name', drawn, got[drawn], 'drawn by the curator as the systematic name'))
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
            cik = ikey(csmi)
            if cik == ik:
                chk.append(f"{label}: '{cname}', {how} (same InChIKey {ik})")
            elif cik[:14] == ik[:14]:
                chk.append(f"{label}: '{cname}', {how} (same InChIKey first block {ik[:14]}; stereo given in only one)")
            else:
                errs.append(f'{key} {name}: check name {cname} differs')
        for f, rid, rs in REF.get(ref, []) if ref else []:
            rik = ikey(rs)
            if rik == ik:
                chk.append(f"second source: SMILES of entry '{rid}' in {f} (same InChIKey {ik})")
            elif rik[:14] == ik[:14]:
                chk.append(f"second source: SMILES of entry '{rid}' in {f} (same InChIKey first block {ik[:14]}: same "
                           f"constitution; stereo given in only one of the two or differing)")
            else:
                errs.append(f'{key} {name}: differs from {f} {rid}: {smi} vs {rs}')
        d = {'smiles': smi, 'derived_by': method, 'derived_from': dfrom}
        if chk:
            d['checked_against'] = chk
        else:
            d['unchecked_reason'] = ('no independent structure source for this substance was found in the registry or read '
                                     'within the look-up budget, and no second printed name could be parsed '
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
        if notes:
            e['note'] = ' '.join(notes)
        e['_ik'] = ikey(STRUCTS[key]['smiles']) if not ns else None
        out.append(e)
    return out


def main():
    SKIPPED.extend(NOT_ROWS)
    errs = derive(ALL)
    if errs:
        raise SystemExit('\n'.join(errs))
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_fentanyl_schedule_i_base.yaml'), encoding='utf-8') as fh:
        bdoc = yaml.safe_load(fh)
    old = bdoc['entries']
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
        f'placement dates are not encoded. NOT encoded from the copy: {skipped or "none"}; paragraphs (g) cannabimimetic '
        'agents and (h) temporary listings (the fentanyl analogues of (h) are encoded with their own dated periods where '
        'sourced, see below); the generic class of (d)(31) tetrahydrocannabinols and the plant/extract items (marihuana, '
        'peyote, marihuana extract) are recorded as non_structural only; any change after the copy (e.g. placements after '
        '2018-01-04 and the amendment published at 82 FR 58559, not read) except the fentanyl entries below; the state of '
        'the schedule before 2018-01-04 for items without their own dated source. Fentanyl entries (earlier curator): '
        + cov['note'].replace('All non-fentanyl Schedule I substances are missing.', '').replace(
            'Only fentanyl-family items are encoded, and of those only the ones', 'fentanyl-family items are encoded only')
        .replace('Missing: alpha-methylfentanyl (9814), 3-methylfentanyl (9813), para-fluorofentanyl (9812), '
                 'beta-hydroxyfentanyl (9830), beta-hydroxy-3-methylfentanyl (9831), alpha-methylthiofentanyl (9832), '
                 'thiofentanyl (9835) (codes known, scheduling dates not sourced); ',
                 'Those of paragraph (b) without a sourced date (alpha-methylfentanyl, 3-methylfentanyl, para-fluorofentanyl, '
                 'beta-hydroxyfentanyl, beta-hydroxy-3-methylfentanyl, alpha-methylthiofentanyl, thiofentanyl) are now '
                 'encoded from the eCFR copy. Missing: ').strip())
    doc = {k: v for k, v in bdoc.items()}
    doc['coverage'] = {'from': cov['from'], 'complete': False, 'note': cov_note}
    from us_schedules_iii_v import S1300
    doc['sources'] = dict(bdoc['sources']) | SRC | {'cfr-1300-01': S1300}
    doc['entries'] = old + base.finish([]) + new
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
           '# 1308.11 (b)-(f) from tools/curation/us_schedule_i_items.py). Do not edit by hand: change the scripts and rerun.\n')
    base.write(os.path.join(ROOT, 'registry', 'US', 'schedule-i.yaml'), doc, hdr)
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_schedule_i_structures.json'), 'w') as fh:
        json.dump(STRUCTS, fh, indent=1, ensure_ascii=False)
    print(counts, 'skipped:', SKIPPED)
    print('checked', sum(1 for s in STRUCTS.values() if 'checked_against' in s), 'unchecked',
          sum(1 for s in STRUCTS.values() if 'unchecked_reason' in s))


if __name__ == '__main__':
    main()
