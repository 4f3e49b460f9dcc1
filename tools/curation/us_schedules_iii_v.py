"""Generates registry/US/schedule-iii.yaml, schedule-iv.yaml and schedule-v.yaml (sibling of us_schedules.py, whose
helpers it imports; same method and conventions as Schedule II).

Source texts: undated eCFR copies of 21 CFR 1308.13/.14/.15 in GitHub repo MichalOpoka/ecfr (commits named below), dated
from their contents (see the source notes written into each file). Structures: OPSIN on the chemical name printed in the
CFR (or in the FR rule placing the substance) where there is one (derived_by: opsin); otherwise the curator's systematic
name for the printed INN/common name, parsed by OPSIN (derived_by: drawn). Checks, recorded in checked_against:
  - the SMILES of the same substance in registry/CN/*.yaml (equal InChIKey, or equal first block when the stereo is given
    in only one of the two);
  - a second printed name of the same item (e.g. the INN next to a printed chemical name, or a second chemical name),
    parsed by OPSIN (drawn by the curator for INNs): equal InChIKey / first block;
  - independent data transcribed into tools/curation/us_checks_external.json (us_schedules.ext_checks).
Anabolic steroids whose printed names OPSIN rejects only because of a 17alpha-alkyl beside the 17beta-OH are drawn
(DRAWN17) and encoded only if such a datum checks them. Run from a directory other than the repository root if other
jobs run py2opsin there at the same time (py2opsin writes a temporary file into the working directory).
No network at run time. Run: python3 tools/curation/us_schedules_iii_v.py
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import us_schedules as base  # noqa: E402  (helpers: src, L, scope, REF, ikey, formula, write, GH, ECFR)
from py2opsin import py2opsin  # noqa: E402
from rdkit import Chem  # noqa: E402

ROOT = base.ROOT
D = dt.date.fromisoformat
src, L, scope, REF, ikey, formula = base.src, base.L, base.scope, base.REF, base.ikey, base.formula

# ------------------------------------------------------------------------------------------------ structures
# key -> dict(method, name, ref (CN name key) or None, basis, alt=[(label, name, how)])
SPEC = {}


def want(key, method, name, ref=None, basis=None, alt=()):
    SPEC[key] = dict(method=method, name=name, ref=ref, basis=basis, alt=list(alt))


STRUCTS = {}


def derive_all():
    names = []
    for s in SPEC.values():
        names.append(s['name'])
        names += [a[1] for a in s['alt']]
    names = sorted(set(names))
    got = dict(zip(names, py2opsin(names), strict=False))
    for key, s in SPEC.items():
        smi = got[s['name']]
        if not smi:
            raise SystemExit(f'OPSIN failed on {key}: {s["name"]}')
        smi = Chem.MolToSmiles(Chem.MolFromSmiles(smi))
        ik = ikey(smi)
        derived_from = s['name'] if s['method'] == 'opsin' else f"{s['basis']}; drawn as the systematic name '{s['name']}'"
        chk, differ = base.ref_checks(ik, REF.get(s['ref'], []) if s['ref'] else [], smi, derived_from)
        if differ:
            raise SystemExit(f'{key}: InChIKey differs from {differ[0][0]} {differ[0][1]}')
        if s['ref'] and not REF.get(s['ref']):
            raise SystemExit(f'{key}: no CN reference {s["ref"]}')
        for label, aname, how in s['alt']:
            asmi = got[aname]
            if not asmi:
                raise SystemExit(f'{key}: OPSIN failed on check name {aname}')
            aik = ikey(asmi)
            if aik == ik:
                chk.append(f"second printed name: {label}, {how} '{aname}' (same InChIKey {ik})")
            elif aik[:14] == ik[:14]:
                chk.append(f"second printed name: {label}, {how} '{aname}' (same InChIKey first block {ik[:14]}; "
                           f"stereo given in only one of the two)")
            else:
                raise SystemExit(f'{key}: check name {aname} gives a different structure')
        d = {'smiles': smi, 'derived_by': s['method'], 'derived_from': derived_from}
        more, partial = base.ext_checks(key, smi)
        chk += more
        if chk:
            d['checked_against'] = chk
        else:
            d['unchecked_reason'] = (f'{base.SEARCHED}, and no second printed name could be parsed '
                                     f'(formula {formula(smi)})'
                                     + ('; data that name the substance but confirm only the constitution: '
                                        + '; '.join(partial) if partial else ''))
        STRUCTS[key] = d
    for key, (r, d) in DRAWN.items():
        chk, partial = base.ext_checks(key, d['smiles'])
        if chk:
            STRUCTS[key] = dict(d, checked_against=chk)
        else:  # encoded all the same, so look-up finds the item; it says why the drawing is unchecked
            STRUCTS[key] = dict(d, unchecked_reason=(
                f'{base.SEARCHED} (formula {formula(d["smiles"])})'
                + ('; data that confirm only the constitution: ' + '; '.join(partial) if partial else '')))
        r['key'] = key
    STEROID_FAILED.sort(key=lambda r: r['n'])


E = base.E  # the same entry builder as Schedule II's


def finish(entries):
    out = []
    for e in entries:
        e = dict(e)
        k = e.pop('_key', None)
        new = {}
        for kk, vv in e.items():
            if kk in ('scope', 'listings', 'note') and k is not None and 'structure' not in new:
                new['structure'] = STRUCTS[k]
            new[kk] = vv
        out.append(new)
    return out


ov = base.ov  # entry scope override with the paragraph's wording verbatim


INN = 'the INN/common name printed in the same item'
ISOMER_1300 = ('21 CFR 1300.01: "Isomer means: (1) The optical isomer, except as used in § 1308.11(d) and § 1308.12(b)(4) '
               'of this chapter. As used in § 1308.11(d) of this chapter, the term "isomer" means any optical, positional, '
               'or geometric isomer. As used in § 1308.12(b)(4) of this chapter, the term "isomer" means any optical or '
               'geometric isomer;"')
S1300 = src('21 CFR 1300.01 Definitions relating to controlled substances (Electronic Code of Federal Regulations text)',
            '21 CFR 1300.01', None, None, 'https://www.ecfr.gov/current/title-21/chapter-II/part-1300/section-1300.01',
            ['https://github.com/MichalOpoka/ecfr/blob/17639b1028a4b79f95725ace277f6b34d9126c17/cfr/title-21-Food-Drugs/'
             'chapter-II-Drug-Enforcement-Administration-Department-Justice/part-1300-Definitions/section-1300.01.md'],
            'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10; its citation list ends with 79 FR '
            '53559, Sept. 9, 2014). Cited for the definition of "isomer" only (quoted in the list note).')


# =============================================================================================== Schedule IV
C14 = '04d1d96fe6fadf9b40f3ffeed109bf39ad3de4a6'
A4 = '2022-04-07'   # effective date of the daridorexant rule, the latest change the 1308.14 copy reflects
A4_OLD = '2015-12-17'   # effective date of 80 FR 69861 (eluxadoline), the newest amendment the older 1308.14 copy shows
C_OLDEST = base.OLDER['commit']   # the oldest readable copies of 1308.12/.13/.14 (us_schedules_older_items.json)


def move_back(entries, section, anchor_new, anchor_old, old_src, own=None, dated=None):
    """Entries printed in both the newer and the older copy (same item, same scope) start on the older copy's date;
    `own` = {entry id: [rule source ids]} for the item whose own placement rule dates the older copy;
    `dated` = {entry id: (effective date, [rule source ids], note)} for items whose placement rule, read in the back to
    2010 pass, dates them earlier than the older copy (they start on that rule's effective date)."""
    ids = base.OLDER[section]['entries']
    moved = 0
    for e in entries:
        first = e['listings'][0]
        if e['id'] not in ids:  # not printed in the older copy: that copy is no source of this period
            if str(first['effective_from']) == anchor_new and old_src in first['sources']:
                first['sources'] = [x for x in first['sources'] if x != old_src]
            continue
        assert str(first['effective_from']) == anchor_new and first.get('started_earlier'), e['id']
        first['effective_from'] = D(anchor_old)
        first['sources'] = [old_src] + [x for x in first['sources'] if x != old_src]
        old_item = ids[e['id']][0]
        if first.get('item_number') and old_item != first['item_number']:  # renumbered between the two copies
            first['item_number'] = f"{first['item_number']} (in the {old_src[-4:]} copy: {old_item})"  # e.g. ecfr-1308-14-2016
        if own and e['id'] in own:
            first['sources'] = own[e['id']] + first['sources']
            first.pop('started_earlier', None)
        if dated and e['id'] in dated:
            day, rule, why = dated[e['id']]
            first['effective_from'] = D(day)
            first['sources'] = rule + first['sources']
            first.pop('started_earlier', None)
            first['note'] = (first['note'] + ' ' + why) if first.get('note') else why
        moved += 1
    assert moved == len(ids), (section, moved, len(ids))
    return entries
S4 = {
 'ecfr-1308-14-2026': base.ecfr26('1308.14', '§ 1308.14 Schedule IV.',
   'It prints no "as amended" citation list (only the original 39 FR 22143 and an editorial note referring to the List of '
   'CFR Sections Affected). Items: (b)(1)-(3), (c)(1)-(60) (zuranolone (c)(60), code 2420), (d) [Reserved] (fenfluramine no '
   'longer printed), (e)(1) lorcaserin, (f)(1)-(14), (g)(1)-(3).'),
 'ecfr-1308-14-2022': src('21 CFR 1308.14 Schedule IV (Electronic Code of Federal Regulations text)', '21 CFR 1308.14',
   None, None, base.ECFR.format(s='1308.14'), [base.GH.format(c=C14, s='1308.14')],
   'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 04d1d96f; no "as amended" citation list). It '
   'lists daridorexant (in force from 2022-04-07, 87 FR 20313) and still lists fenfluramine (removed by 87 FR 78857, '
   'published 2022-12-23), so it shows the text between those two rules. It is used as showing the listed items in force '
   'on 2022-04-07; no other amendment of 1308.14 between these two rules was read (none was looked for beyond these).'),
 'fr-87-20313': src('Schedules of Controlled Substances: Placement of Daridorexant in Schedule IV',
   '87 FR 20313 (Docket DEA-949)', '2022-04-07', '2022-04-07',
   'http://print.casetext.com/federal-register/schedules-of-controlled-substances-placement-of-daridorexant-in-schedule-iv',
   [], 'Interim final rule with request for comments. "The effective date of this rule is April 7, 2022." Places '
   'daridorexant "including its salts, isomers, and salts of isomers" in Schedule IV.'),
 'fr-87-59296': src('Schedules of Controlled Substances: Placement of Daridorexant in Schedule IV',
   '87 FR 59296 (FR Doc 2022-21253; Docket DEA-949)', '2022-09-30', '2022-10-31',
   'http://federal.elaws.us/fr/9/30/2022/2022-21253',
   ['https://regulations.justia.com/regulations/fedreg/2022/09/30/2022-21253.html'],
   'Final rule adopting the interim final rule without change ("The effective date of this rulemaking is October 31, '
   '2022"). Prints the chemical name of daridorexant: "[(S)-2-(5-chloro-4-methyl-1H-benzo[d]imidazol-2-yl)-2-'
   'methylpyrrolidin-1-yl](5-methoxy-2-(2H-1,2,3-triazol-2-yl)phenyl)methanone".'),
 'ecfr-1308-14-2016': src('21 CFR 1308.14 Schedule IV (Electronic Code of Federal Regulations text, earlier copy)',
   '21 CFR 1308.14', None, None, base.ECFR.format(s='1308.14'), [base.GH.format(c=C_OLDEST, s='1308.14')],
   'The oldest version of this file read in the GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10; no "as '
   'amended" citation list). The newest amendment it shows is the eluxadoline placement ((g)(3), 80 FR 69861, in force '
   '2015-12-17); it does not show brexanolone, remimazolam, lemborexant or daridorexant in (c), nor solriamfetol or '
   'serdexmethylphenidate in (f). It is used as showing the items it lists in force on 2015-12-17; no other amendment '
   'of 1308.14 between that rule and the copy was read (none was looked for beyond these).'),
 # ---- back to 2010 pass: placement rules of items printed in the 2015 copy, in force after 2010-01-01
 'fr-76-77330': src('Schedules of Controlled Substances: Placement of Carisoprodol Into Schedule IV',
   '76 FR 77330 (FR Doc 2011-31542; Docket DEA-333)', '2011-12-12', '2012-01-11',
   'https://regulations.justia.com/regulations/fedreg/2011/12/12/2011-31542.html',
   ['https://regulations.vlex.com/vid/schedules-controlled-placement-carisoprodol-340727146',
    'http://www.gpo.gov/fdsys/pkg/FR-2011-12-12/pdf/2011-31542.pdf'],
   'Final rule (pages 77330-77360). "DATES: Effective Date: January 11, 2012." Places carisoprodol, "including its '
   'salts, isomers, and salts of isomers, whenever the existence of such salts, isomers, and salts of isomers is '
   'possible", into Schedule IV.'),
 'fr-78-26701': src('Schedules of Controlled Substances: Placement of Lorcaserin Into Schedule IV',
   '78 FR 26701 (FR Doc 2013-10895; Docket DEA-369)', '2013-05-08', '2013-06-07',
   'http://www.gpo.gov/fdsys/pkg/FR-2013-05-08/html/2013-10895.htm',
   ['http://federal.elaws.us/fr/notice/2013-10895', 'http://www.deadiversion.usdoj.gov/fed_regs/rules/2013/fr508.htm'],
   'Final rule (pages 26701-26705). "DATES: Effective Date: June 7, 2013." Places lorcaserin, "including its salts, '
   'isomers and salts of isomers whenever the existence of such salts, isomers, and salts of isomers is possible", into '
   'Schedule IV.'),
 'fr-79-10985': src('Schedules of Controlled Substances: Placement of Alfaxalone into Schedule IV',
   '79 FR 10985 (FR Doc 2014-04332; Docket DEA-370)', '2014-02-27', '2014-03-31',
   'http://www.gpo.gov/fdsys/pkg/FR-2014-02-27/html/2014-04332.htm',
   ['http://federal.elaws.us/fr/2/27/2014/2014-04332',
    'https://regulations.vlex.com/vid/schedules-substances-placement-alfaxalone-494648314'],
   'Final rule (pages 10985-10989). "DATES: Effective Date: March 31, 2014." Places "5alpha-pregnan-3alpha-ol-11,20-dione '
   '(alfaxalone), including its salts, isomers, and salts of isomers" into schedule IV.'),
 'fr-79-37623': src('Schedules of Controlled Substances: Placement of Tramadol Into Schedule IV',
   '79 FR 37623 (FR Doc 2014-15548; Docket DEA-351)', '2014-07-02', '2014-08-18',
   'https://regulations.justia.com/regulations/fedreg/2014/07/02/2014-15548.html',
   ['https://nabp.pharmacy/news/news-releases/dea-classifies-tramadol-a-controlled-substance/',
    'http://www.deadiversion.usdoj.gov/fed_regs/rules/2014/fr0702.htm'],
   'Final rule (pages 37623-37630). Places "2-[(dimethylamino)methyl]-1-(3-methoxyphenyl)cyclohexanol (tramadol), '
   'including its salts, isomers, and salts of isomers" into schedule IV. The stored copy of the rule read breaks off at '
   '"DATES: Effective"; the effective date is the one the rule text gives as quoted by the National Association of Boards '
   'of Pharmacy (other_urls): every "DEA registrant who possesses any quantity of tramadol on the effective date of this '
   'final rule must take an inventory of all stocks of tramadol on hand as of August 18, 2014", the effective date being '
   '"45 days from the date of publication" (2014-08-16, a Saturday; the next business day is 2014-08-18).'),
 'fr-79-51243': src('Schedules of Controlled Substances: Placement of Suvorexant into Schedule IV',
   '79 FR 51243 (FR Doc 2014-20515; Docket DEA-381)', '2014-08-28', None,
   'https://regulations.justia.com/regulations/fedreg/2014/08/28/2014-20515.html',
   ['http://pubmed.ncbi.nlm.nih.gov/25167596',
    'https://internationaltradetoday.com/article/2014/08/27/dea-places-suvorexant-into-schedule-iv-14082718'],
   'Final rule (pages 51243-51247) placing "[(7R)-4-(5-chloro-1,3-benzoxazol-2-yl)-7-methyl-1,4-diazepan-1-yl][5-methyl-'
   '2-(2H-1,2,3-triazol-2-yl)phenyl]methanone (suvorexant), including its salts, isomers, and salts of isomers" into '
   'schedule IV (SUMMARY as indexed by PubMed). Its DATES paragraph was NOT read (the stored justia copy opens with another '
   'agency\'s text); International Trade Today (2014-08-27, from the Federal Register of 2014-08-28) reports "Effective '
   'Sept. 29"; the listing starts on that reported day, so the effective date is left blank here.'),
 'fr-80-69861': src('Schedules of Controlled Substances: Placement of Eluxadoline Into Schedule IV',
   '80 FR 69861 (FR Doc 2015-28718; Docket DEA-419F)', '2015-11-12', '2015-12-17',
   'https://regulations.justia.com/regulations/fedreg/2015/11/12/2015-28718.html',
   ['https://thefederalregister.org/80-FR/69861'],
   'Final rule. "DATES: Effective date: December 17, 2015." Places eluxadoline "including its salts, isomers, and salts '
   'of isomers" into Schedule IV.'),
 'fr-85-19387': src('Schedules of Controlled Substances: Placement of Lemborexant in Schedule IV',
   '85 FR 19387 (FR Doc 2020-07089; Docket DEA-600)', '2020-04-07', '2020-04-07',
   'https://www.govinfo.gov/content/pkg/FR-2020-04-07/html/2020-07089.htm', ['http://federal.elaws.us/fr/4/7/2020/2020-07089'],
   'Interim final rule with request for comments. "The effective date of this rulemaking is April 7, 2020." "Lemborexant '
   'is chemically known as (1R,2S)-2-[(2,4-dimethylpyrimidin-5-yl)oxymethyl]-2-(3-fluorophenyl)-N-(5-fluoropyridin-2-'
   'yl)cyclopropane-1-carboxamide."'),
 'fr-87-78857': src('Schedules of Controlled Substances: Removal of Fenfluramine From Control',
   '87 FR 78857 (FR Doc 2022-27400)', '2022-12-23', None,
   'https://regulations.justia.com/regulations/fedreg/2022/12/23/2022-27400.html', [],
   'Final rule removing fenfluramine from the schedules (proposed at 87 FR 42979, 2022-07-19, Docket DEA-945). Only its '
   'title and publication date (2022-12-23) were read, not its effective date.'),
 'fr-84-27938': src('Schedules of Controlled Substances: Placement of Brexanolone in Schedule IV',
   '84 FR 27938 (FR Doc 2019-12721; Docket DEA-503)', '2019-06-17', '2019-06-17',
   'https://www.govinfo.gov/content/pkg/FR-2019-06-17/html/2019-12721.htm', ['http://federal.elaws.us/fr/citation/2019-12721'],
   'Interim final rule with request for comments. "The effective date of this rulemaking is June 17, 2019." "Brexanolone is '
   'chemically known as 3α-hydroxy-5α-pregnan-20-one"; placed "including its salts, isomers, and salts of isomers". Its '
   'amendatory text adds § 1308.14(c)(4) "Brexanolone 2400" (redesignating (c)(4)-(c)(55) as (c)(5)-(c)(56)).'),
 'fr-84-27943': src('Schedules of Controlled Substances: Placement of Solriamfetol in Schedule IV',
   '84 FR 27943 (FR Doc 2019-12723; Docket DEA-504)', '2019-06-17', '2019-06-17',
   'http://federal.elaws.us/fr/6/17/2019/2019-12723', ['https://regulations.justia.com/regulations/fedreg/2019/06/17/2019-12723.html'],
   'Interim final rule with request for comments. "The effective date of this rulemaking is June 17, 2019." Places '
   'solriamfetol ("(R)-2-amino-3-phenylpropyl carbamate hydrochloride" tablets), including its salts, isomers, and salts '
   'of isomers, in schedule IV.'),
 'fr-85-643': src('Schedules of Controlled Substances: Placement of Solriamfetol in Schedule IV',
   '85 FR 643 (FR Doc 2019-27955; Docket DEA-504)', '2020-01-07', '2020-01-07',
   'https://regulations.justia.com/regulations/fedreg/2020/01/07/2019-27955.html', [],
   'Final rule adopting the 2019-06-17 interim final rule without change ("The effective date of this final rulemaking is '
   'January 7, 2020"); names solriamfetol "(2-amino-3-phenylpropyl carbamate)".'),
 'fr-85-63014': src('Schedules of Controlled Substances: Placement of Remimazolam in Schedule IV',
   '85 FR 63014 (FR Doc 2020-19313)', '2020-10-06', '2020-10-06', 'http://federal.elaws.us/fr/10/6/2020/2020-19313',
   ['https://regulations.justia.com/regulations/fedreg/2020/10/06/2020-19313.html'],
   'Interim final rule with request for comments. "The effective date of this rulemaking is October 6, 2020." Remimazolam '
   '"is chemically known as ... methyl 3-[(4S)-8-bromo-1-methyl-6-pyridin-2-yl-4H-imidazo[1,2-a][1,4]benzodiazepin-4yl]'
   'propanoate benzenesulfonic acid" (the besylate salt); placed including its salts, isomers, and salts of isomers.'),
 'fr-86-29506': src('Schedules of Controlled Substances: Placement of Remimazolam in Schedule IV',
   '86 FR 29506 (FR Doc 2021-11512)', '2021-06-02', '2021-07-02',
   'https://casetext.com/federal-register/schedules-of-controlled-substances-placement-of-remimazolam-in-schedule-iv',
   ['http://federal.elaws.us/fr/citation/2021-11512'],
   'Final rule adopting the 2020-10-06 interim final rule without change ("The effective date of this rulemaking is July 2, '
   '2021"); cites the item as "21 CFR 1308.14(c)(51) (DEA Controlled Substance Code 2846)".'),
 'fr-86-24487': src('Schedules of Controlled Substances: Placement of Serdexmethylphenidate in Schedule IV',
   '86 FR 24487 (FR Doc 2021-09738; Docket DEA-808)', '2021-05-07', '2021-05-07',
   'http://federal.elaws.us/fr/5/7/2021/2021-09738', ['https://regulations.justia.com/regulations/fedreg/2021/05/07/2021-09738.html'],
   'Interim final rule with request for comments. "The effective date of this rulemaking is May 7, 2021." Places '
   'serdexmethylphenidate, including its salts, isomers, and salts of isomers, in schedule IV.'),
 'fr-2022-13538': src('Schedules of Controlled Substances: Placement of Serdexmethylphenidate in Schedule IV',
   'FR Doc 2022-13538 (Federal Register of 2022-06-24; page not read)', '2022-06-24', '2022-07-25',
   'http://federal.elaws.us/fr/6/24/2022/2022-13538', [],
   'Final rule adopting the 2021-05-07 interim final rule without change ("Effective July 25, 2022"). "The chloride salt of '
   'serdexmethylphenidate is chemically known as 3-[[[(1S)-1-carboxy-2-hydroxyethyl]-amino]carbonyl]-1-[[[[(2R)-2-[(1R)-2-'
   'methoxy-2-oxo-1-phenylethyl]-1-piperidinyl]carbonyl]oxy]methyl]pyridinium chloride."'),
 'fr-88-74347': src('Schedules of Controlled Substances: Placement of Zuranolone in Schedule IV',
   '88 FR 74347 (FR Doc 2023-23982; Docket DEA1258)', '2023-10-31', '2023-10-31',
   'https://regulations.justia.com/regulations/fedreg/2023/10/31/2023-23982.html',
   ['http://federal.elaws.us/fr/notice/10/31/2023/2023-23982',
    'https://www.federalregister.gov/documents/2023/10/31/2023-23982/schedules-of-controlled-substances-placement-of-zuranolone-in-schedule-iv'],
   'Interim final rule; request for comments. "This rule is effective October 31, 2023." Places zuranolone, including its '
   'salts, in schedule IV. The amendatory text (paragraph number and code number) was not read.'),
 'fr-2024-18087': src('Schedules of Controlled Substances: Placement of Zuranolone in Schedule IV',
   'FR Doc 2024-18087 (Federal Register of 2024-08-14; page not read)', '2024-08-14', '2024-09-13',
   'http://federal.elaws.us/fr/8/14/2024/2024-18087', [],
   'Final rule adopting the 2023-10-31 interim final rule without change ("Effective September 13, 2024"); prints zuranolone '
   'as "chemically known as 1-[2-[(3R,5R,8R,9R,10S,13S,14S,17S)-3-hydroxy-3,13-dimethyl-2,4,5,6,7,8,9,10,11,12,14,15,16,17-'
   'tetradecahydro-1H-cyclopenta[a]phenanthren-17-yl]-2-oxoethyl]pyrazole-4-carbonitrile" and "maintains zuranolone, '
   'including its salts, in schedule IV".'),
 'cfr-1300-01': S1300,
}
SC4_B = ov('(b) Narcotic drugs. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture, or preparation containing any of the following narcotic drugs, or their salts calculated as the free anhydrous '
  'base or alkaloid, in limited quantities as set forth below:', salts=True, prep=True)
SC4_B3 = ov('(b)(3) 2-[(dimethylamino)methyl]-1-(3-methoxyphenyl)cyclohexanol, its salts, optical and geometric isomers and '
  'salts of these isomers (including tramadol)', salts=True, stereo=True, other=True, prep=True)
SC4_C = ov('(c) Depressants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture, or preparation which contains any quantity of the following substances, including its salts, isomers, and '
  'salts of isomers whenever the existence of such salts, isomers, and salts of isomers is possible within the specific '
  'chemical designation:', salts=True, stereo=True, prep=True)
SC4_D = ov('(d) Fenfluramine. Any material, compound, mixture, or preparation which contains any quantity of the following '
  'substances, including its salts, isomers (whether optical, position, or geometric), and salts of such isomers, whenever '
  'the existence of such salts, isomers, and salts of isomers is possible:', salts=True, stereo=True, other=True, prep=True)
SC4_E = ov('(e) Lorcaserin. Any material, compound, mixture, or preparation which contains any quantity of the following '
  'substances, including its salts, isomers, and salts of such isomers, whenever the existence of such salts, isomers, and '
  'salts of isomers is possible:', salts=True, stereo=True, prep=True)
SC4_F = ov('(f) Stimulants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture, or preparation which contains any quantity of the following substances having a stimulant effect on the '
  'central nervous system, including its salts, isomers and salts of isomers:', salts=True, stereo=True, prep=True)
SC4_G = ov('(g) Other substances. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture or preparation which contains any quantity of the following substances, including its salts:', salts=True,
  prep=True)

BZ = '1,3-dihydro-2H-1,4-benzodiazepin-2-one'
PYR = 'pyrimidine-2,4,6(1H,3H,5H)-trione'
def P(n):
    return f"printed name '{n}'"
# (b)
want('dextropropoxyphene', 'drawn', '[(2S,3R)-4-(dimethylamino)-3-methyl-1,2-diphenylbutan-2-yl] propanoate',
     'dextropropoxyphene', "printed name 'Dextropropoxyphene (alpha-(+)-4-dimethylamino-1,2-diphenyl-3-methyl-2-"
     "propionoxybutane)' (the printed chemical name is not parsable by OPSIN)")
want('tramadol-class', 'opsin', '2-[(dimethylamino)methyl]-1-(3-methoxyphenyl)cyclohexanol', 'tramadol')
# (c)
want('alfaxalone', 'drawn', '3α-hydroxy-5α-pregnane-11,20-dione', None, P('Alfaxalone'))
want('alprazolam', 'drawn', '8-chloro-1-methyl-6-phenyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepine', 'alprazolam', P('Alprazolam'))
want('barbital', 'drawn', f'5,5-diethyl{PYR}', 'barbital', P('Barbital'))
want('brexanolone', 'opsin', '3α-hydroxy-5α-pregnan-20-one', None)  # printed in the placement rule, 84 FR 27938
want('bromazepam', 'drawn', f'7-bromo-5-(pyridin-2-yl)-{BZ}', 'bromazepam', P('Bromazepam'))
want('camazepam', 'drawn', '7-chloro-1-methyl-2-oxo-5-phenyl-2,3-dihydro-1H-1,4-benzodiazepin-3-yl dimethylcarbamate', 'camazepam', P('Camazepam'))
want('carisoprodol', 'drawn', '[2-(carbamoyloxymethyl)-2-methylpentyl] N-(propan-2-yl)carbamate', None, P('Carisoprodol'))
want('chloral-hydrate', 'drawn', '2,2,2-trichloroethane-1,1-diol', None, P('Chloral hydrate'))
want('chlordiazepoxide', 'drawn', '7-chloro-2-(methylamino)-5-phenyl-3H-1,4-benzodiazepine 4-oxide', 'chlordiazepoxide', P('Chlordiazepoxide'))
want('clobazam', 'drawn', '7-chloro-1-methyl-5-phenyl-1H-1,5-benzodiazepine-2,4(3H,5H)-dione', 'clobazam', P('Clobazam'))
want('clonazepam', 'drawn', f'5-(2-chlorophenyl)-7-nitro-{BZ}', 'clonazepam', P('Clonazepam'))
want('clorazepate', 'drawn', '7-chloro-2-oxo-5-phenyl-2,3-dihydro-1H-1,4-benzodiazepine-3-carboxylic acid', 'clorazepate', P('Clorazepate') + ' (clorazepic acid, the parent acid of the clorazepate salts)')
want('clotiazepam', 'drawn', '5-(2-chlorophenyl)-7-ethyl-1-methyl-1,3-dihydro-2H-thieno[2,3-e][1,4]diazepin-2-one', 'clotiazepam', P('Clotiazepam'))
want('cloxazolam', 'drawn', '10-chloro-11b-(2-chlorophenyl)-2,3,7,11b-tetrahydro[1,3]oxazolo[3,2-d][1,4]benzodiazepin-6(5H)-one', 'cloxazolam', P('Cloxazolam'))
want('daridorexant', 'opsin', '[(S)-2-(5-chloro-4-methyl-1H-benzo[d]imidazol-2-yl)-2-methylpyrrolidin-1-yl](5-methoxy-2-(2H-1,2,3-triazol-2-yl)phenyl)methanone', None)
want('delorazepam', 'drawn', f'7-chloro-5-(2-chlorophenyl)-{BZ}', 'delorazepam', P('Delorazepam'))
want('diazepam', 'drawn', f'7-chloro-1-methyl-5-phenyl-{BZ}', 'diazepam', P('Diazepam'))
want('estazolam', 'drawn', '8-chloro-6-phenyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepine', 'estazolam', P('Estazolam'))
want('ethchlorvynol', 'drawn', '1-chloro-3-ethylpent-1-en-4-yn-3-ol', 'ethchlorvynol', P('Ethchlorvynol') + ' (E/Z not drawn)')
want('ethinamate', 'drawn', '1-ethynylcyclohexyl carbamate', 'ethinamate', P('Ethinamate'))
want('ethyl-loflazepate', 'drawn', 'ethyl 7-chloro-5-(2-fluorophenyl)-2-oxo-2,3-dihydro-1H-1,4-benzodiazepine-3-carboxylate', 'ethyl loflazepate', P('Ethyl loflazepate'))
want('fludiazepam', 'drawn', f'7-chloro-5-(2-fluorophenyl)-1-methyl-{BZ}', 'fludiazepam', P('Fludiazepam'))
want('flunitrazepam', 'drawn', f'5-(2-fluorophenyl)-1-methyl-7-nitro-{BZ}', 'flunitrazepam', P('Flunitrazepam'))
want('flurazepam', 'drawn', f'7-chloro-1-[2-(diethylamino)ethyl]-5-(2-fluorophenyl)-{BZ}', 'flurazepam', P('Flurazepam'))
want('fospropofol', 'drawn', '[2,6-di(propan-2-yl)phenoxy]methyl dihydrogen phosphate', None, P('Fospropofol'))
want('halazepam', 'drawn', f'7-chloro-5-phenyl-1-(2,2,2-trifluoroethyl)-{BZ}', 'halazepam', P('Halazepam'))
want('haloxazolam', 'drawn', '10-bromo-11b-(2-fluorophenyl)-2,3,7,11b-tetrahydro[1,3]oxazolo[3,2-d][1,4]benzodiazepin-6(5H)-one', 'haloxazolam', P('Haloxazolam'))
want('ketazolam', 'drawn', '11-chloro-2,8-dimethyl-12b-phenyl-8,12b-dihydro-4H-[1,3]oxazino[3,2-d][1,4]benzodiazepine-4,7(6H)-dione', 'ketazolam', P('Ketazolam'))
want('lemborexant', 'opsin', '(1R,2S)-2-[(2,4-dimethylpyrimidin-5-yl)oxymethyl]-2-(3-fluorophenyl)-N-(5-fluoropyridin-2-yl)cyclopropane-1-carboxamide', None)
want('loprazolam', 'drawn', '6-(2-chlorophenyl)-2-[(4-methylpiperazin-1-yl)methylidene]-8-nitro-2,4-dihydro-1H-imidazo[1,2-a][1,4]benzodiazepin-1-one', 'loprazolam', P('Loprazolam') + ' (E/Z not drawn)')
want('lorazepam', 'drawn', f'7-chloro-5-(2-chlorophenyl)-3-hydroxy-{BZ}', 'lorazepam', P('Lorazepam'))
want('lormetazepam', 'drawn', f'7-chloro-5-(2-chlorophenyl)-3-hydroxy-1-methyl-{BZ}', 'lormetazepam', P('Lormetazepam'))
want('mebutamate', 'drawn', '2-(butan-2-yl)-2-methylpropane-1,3-diyl dicarbamate', None, P('Mebutamate'))
want('medazepam', 'drawn', '7-chloro-1-methyl-5-phenyl-2,3-dihydro-1H-1,4-benzodiazepine', 'medazepam', P('Medazepam'))
want('meprobamate', 'drawn', '2-methyl-2-propylpropane-1,3-diyl dicarbamate', 'meprobamate', P('Meprobamate'))
want('methohexital', 'drawn', f'5-(hex-3-yn-2-yl)-1-methyl-5-(prop-2-en-1-yl){PYR}', None, P('Methohexital') + ' (an earlier version drew a pent-3-yn-2-yl group, C13H16N2O3: corrected to hex-3-yn-2-yl, C14H18N2O3, after the checks below)')
want('methylphenobarbital', 'drawn', f'5-ethyl-1-methyl-5-phenyl{PYR}', 'methylphenobarbital', P('Methylphenobarbital (mephobarbital)'))
want('midazolam', 'drawn', '8-chloro-6-(2-fluorophenyl)-1-methyl-4H-imidazo[1,5-a][1,4]benzodiazepine', 'midazolam', P('Midazolam'))
want('nimetazepam', 'drawn', f'1-methyl-7-nitro-5-phenyl-{BZ}', 'nimetazepam', P('Nimetazepam'))
want('nitrazepam', 'drawn', f'7-nitro-5-phenyl-{BZ}', 'nitrazepam', P('Nitrazepam'))
want('nordiazepam', 'drawn', f'7-chloro-5-phenyl-{BZ}', 'nordazepam', P('Nordiazepam'))
want('oxazepam', 'drawn', f'7-chloro-3-hydroxy-5-phenyl-{BZ}', 'oxazepam', P('Oxazepam'))
want('oxazolam', 'drawn', '10-chloro-2-methyl-11b-phenyl-2,3,7,11b-tetrahydro[1,3]oxazolo[3,2-d][1,4]benzodiazepin-6(5H)-one', 'oxazolam', P('Oxazolam'))
want('paraldehyde', 'drawn', '2,4,6-trimethyl-1,3,5-trioxane', None, P('Paraldehyde'))
want('petrichloral', 'drawn', '2,2,2-trichloro-1-[3-(2,2,2-trichloro-1-hydroxyethoxy)-2,2-bis[(2,2,2-trichloro-1-hydroxyethoxy)methyl]propoxy]ethanol', None, P('Petrichloral') + ' (pentaerythritol chloral)')
want('phenobarbital', 'drawn', f'5-ethyl-5-phenyl{PYR}', 'phenobarbital', P('Phenobarbital'))
want('pinazepam', 'drawn', f'7-chloro-5-phenyl-1-(prop-2-yn-1-yl)-{BZ}', 'pinazepam', P('Pinazepam'))
want('prazepam', 'drawn', f'7-chloro-1-(cyclopropylmethyl)-5-phenyl-{BZ}', 'prazepam', P('Prazepam'))
want('quazepam', 'drawn', '7-chloro-5-(2-fluorophenyl)-1-(2,2,2-trifluoroethyl)-1,3-dihydro-2H-1,4-benzodiazepine-2-thione', None, P('Quazepam'))
want('remimazolam', 'opsin', 'methyl 3-[(4S)-8-bromo-1-methyl-6-pyridin-2-yl-4H-imidazo[1,2-a][1,4]benzodiazepin-4yl]propanoate', None)  # printed in 85 FR 63014 (salt part left out)
want('suvorexant', 'drawn', '[(7R)-4-(5-chloro-1,3-benzoxazol-2-yl)-7-methyl-1,4-diazepan-1-yl][5-methyl-2-(2H-1,2,3-triazol-2-yl)phenyl]methanone', 'suvorexant', P('Suvorexant'))
want('temazepam', 'drawn', f'7-chloro-3-hydroxy-1-methyl-5-phenyl-{BZ}', 'temazepam', P('Temazepam'))
want('tetrazepam', 'drawn', f'7-chloro-5-(cyclohex-1-en-1-yl)-1-methyl-{BZ}', 'tetrazepam', P('Tetrazepam'))
want('triazolam', 'drawn', '8-chloro-6-(2-chlorophenyl)-1-methyl-4H-[1,2,4]triazolo[4,3-a][1,4]benzodiazepine', 'triazolam', P('Triazolam'))
want('zaleplon', 'drawn', 'N-[3-(3-cyanopyrazolo[1,5-a]pyrimidin-7-yl)phenyl]-N-ethylacetamide', 'zaleplon', P('Zaleplon'))
want('zolpidem', 'drawn', 'N,N-dimethyl-2-[6-methyl-2-(4-methylphenyl)imidazo[1,2-a]pyridin-3-yl]acetamide', 'zolpidem', P('Zolpidem'))
want('zopiclone', 'drawn', '6-(5-chloropyridin-2-yl)-7-oxo-6,7-dihydro-5H-pyrrolo[3,4-b]pyrazin-5-yl 4-methylpiperazine-1-carboxylate', 'zopiclone', P('Zopiclone'))
# (d)-(g)
want('fenfluramine', 'drawn', 'N-ethyl-1-[3-(trifluoromethyl)phenyl]propan-2-amine', 'fenfluramine', P('Fenfluramine'))
want('lorcaserin', 'drawn', '(1R)-8-chloro-1-methyl-2,3,4,5-tetrahydro-1H-3-benzazepine', 'lorcaserin', P('Lorcaserin'))
want('cathine', 'drawn', '(1S,2S)-2-amino-1-phenylpropan-1-ol', 'cathine', P('Cathine ((+)-norpseudoephedrine)'))
want('diethylpropion', 'drawn', '2-(diethylamino)-1-phenylpropan-1-one', 'diethylpropion', P('Diethylpropion'))
want('fencamfamin', 'drawn', 'N-ethyl-3-phenylbicyclo[2.2.1]heptan-2-amine', 'fencamfamin', P('Fencamfamin'))
want('fenproporex', 'drawn', '3-[(1-phenylpropan-2-yl)amino]propanenitrile', 'fenproporex', P('Fenproporex'))
want('mazindol', 'drawn', '5-(4-chlorophenyl)-2,5-dihydro-3H-imidazo[2,1-a]isoindol-5-ol', 'mazindol', P('Mazindol'))
want('mefenorex', 'drawn', '3-chloro-N-(1-phenylpropan-2-yl)propan-1-amine', 'mefenorex', P('Mefenorex'))
want('modafinil', 'drawn', '2-[(diphenylmethyl)sulfinyl]acetamide', 'modafinil', P('Modafinil'))
want('pemoline', 'drawn', '2-amino-5-phenyl-1,3-oxazol-4(5H)-one', 'pemoline', P('Pemoline'))
want('phentermine', 'drawn', '2-methyl-1-phenylpropan-2-amine', 'phentermine', P('Phentermine'))
want('pipradrol', 'drawn', 'diphenyl(piperidin-2-yl)methanol', 'pipradrol', P('Pipradrol'))
want('serdexmethylphenidate', 'drawn', '(2S)-3-hydroxy-2-[[1-[[(2R)-2-[(1R)-2-methoxy-2-oxo-1-phenylethyl]piperidine-1-carbonyl]oxymethyl]pyridin-1-ium-3-carbonyl]amino]propanoate', None, P('Serdexmethylphenidate'))
want('sibutramine', 'drawn', '1-[1-(4-chlorophenyl)cyclobutyl]-N,N,3-trimethylbutan-1-amine', None, P('Sibutramine'))
want('zuranolone', 'opsin', '1-[2-[(3R,5R,8R,9R,10S,13S,14S,17S)-3-hydroxy-3,13-dimethyl-2,4,5,6,7,8,9,10,11,12,14,15,16,17-tetradecahydro-1H-cyclopenta[a]phenanthren-17-yl]-2-oxoethyl]pyrazole-4-carbonitrile', None)
want('solriamfetol', 'opsin', '2-amino-3-phenylpropyl carbamate', None,
     alt=[("the INN 'Solriamfetol' printed in the same item", '(2R)-2-amino-3-phenylpropyl carbamate', 'drawn by the curator as'),
          ("the name printed in the placement rule (84 FR 27943), '(R)-2-amino-3-phenylpropyl carbamate hydrochloride'",
           '(R)-2-amino-3-phenylpropyl carbamate', 'parent base parsed with OPSIN:')])
want('spa', 'opsin', '(-)-1-dimethylamino-1,2-diphenylethane', 'spa')
want('pentazocine', 'drawn', '6,11-dimethyl-3-(3-methylbut-2-en-1-yl)-1,2,3,4,5,6-hexahydro-2,6-methano-3-benzazocin-8-ol', 'pentazocine', P('Pentazocine') + ' (relative stereo not drawn)')
want('butorphanol', 'drawn', '17-(cyclobutylmethyl)morphinan-3,14-diol', 'butorphanol', P('Butorphanol (including its optical isomers)') + ' (the morphinan stereoparent name carries the natural levo configuration of butorphanol)')
want('eluxadoline', 'drawn', '5-[[[(2S)-2-amino-3-[4-(aminocarbonyl)-2,6-dimethylphenyl]-1-oxopropyl][(1S)-1-(4-phenyl-1H-imidazol-2-yl)ethyl]amino]methyl]-2-methoxybenzoic acid', None,
     "printed name '5-[[[(2S)-2-amino-3-[4-aminocarbonyl)-2,6-dimethylphenyl]-1-oxopropyl][(1S)-1-(4-phenyl-1H-imidazol-2-yl)ethyl]amino]methyl]-2-methoxybenzoic acid', read with the opening bracket missing before 'aminocarbonyl' restored")


def NEW4(item, note=None):
    return [L(A4, ['ecfr-1308-14-2022'], item=item, earlier=True, note=note)]
C4 = [  # (item, name, code)
 ('(c)(1)', 'Alfaxalone', '2731'), ('(c)(2)', 'Alprazolam', '2882'), ('(c)(3)', 'Barbital', '2145'),
 ('(c)(4)', 'Brexanolone', '2400'), ('(c)(5)', 'Bromazepam', '2748'), ('(c)(6)', 'Camazepam', '2749'),
 ('(c)(7)', 'Carisoprodol', '8192'), ('(c)(8)', 'Chloral betaine', '2460'), ('(c)(9)', 'Chloral hydrate', '2465'),
 ('(c)(10)', 'Chlordiazepoxide', '2744'), ('(c)(11)', 'Clobazam', '2751'), ('(c)(12)', 'Clonazepam', '2737'),
 ('(c)(13)', 'Clorazepate', '2768'), ('(c)(14)', 'Clotiazepam', '2752'), ('(c)(15)', 'Cloxazolam', '2753'),
 ('(c)(16)', 'Daridorexant', '2410'), ('(c)(17)', 'Delorazepam', '2754'), ('(c)(18)', 'Diazepam', '2765'),
 ('(c)(19)', 'Dichloralphenazone', '2467'), ('(c)(20)', 'Estazolam', '2756'), ('(c)(21)', 'Ethchlorvynol', '2540'),
 ('(c)(22)', 'Ethinamate', '2545'), ('(c)(23)', 'Ethyl loflazepate', '2758'), ('(c)(24)', 'Fludiazepam', '2759'),
 ('(c)(25)', 'Flunitrazepam', '2763'), ('(c)(26)', 'Flurazepam', '2767'), ('(c)(27)', 'Fospropofol', '2138'),
 ('(c)(28)', 'Halazepam', '2762'), ('(c)(29)', 'Haloxazolam', '2771'), ('(c)(30)', 'Ketazolam', '2772'),
 ('(c)(31)', 'Lemborexant', '2245'), ('(c)(32)', 'Loprazolam', '2773'), ('(c)(33)', 'Lorazepam', '2885'),
 ('(c)(34)', 'Lormetazepam', '2774'), ('(c)(35)', 'Mebutamate', '2800'), ('(c)(36)', 'Medazepam', '2836'),
 ('(c)(37)', 'Meprobamate', '2820'), ('(c)(38)', 'Methohexital', '2264'),
 ('(c)(39)', 'Methylphenobarbital (mephobarbital)', '2250'), ('(c)(40)', 'Midazolam', '2884'),
 ('(c)(41)', 'Nimetazepam', '2837'), ('(c)(42)', 'Nitrazepam', '2834'), ('(c)(43)', 'Nordiazepam', '2838'),
 ('(c)(44)', 'Oxazepam', '2835'), ('(c)(45)', 'Oxazolam', '2839'), ('(c)(46)', 'Paraldehyde', '2585'),
 ('(c)(47)', 'Petrichloral', '2591'), ('(c)(48)', 'Phenobarbital', '2285'), ('(c)(49)', 'Pinazepam', '2883'),
 ('(c)(50)', 'Prazepam', '2764'), ('(c)(51)', 'Quazepam', '2881'), ('(c)(52)', 'Remimazolam', '2846'),
 ('(c)(53)', 'Suvorexant', '2223'), ('(c)(54)', 'Temazepam', '2925'), ('(c)(55)', 'Tetrazepam', '2886'),
 ('(c)(56)', 'Triazolam', '2887'), ('(c)(57)', 'Zaleplon', '2781'), ('(c)(58)', 'Zolpidem', '2783'),
 ('(c)(59)', 'Zopiclone', '2784'),
]
def SLUG(n):
    return n.lower().split(' (')[0].replace(' ', '-')


def entries_iv():
    out = [
     E('difenoxin-atropine-preparations', 'Not more than 1 milligram of difenoxin and not less than 25 micrograms of '
       'atropine sulfate per dosage unit', NEW4('(b)(1)'), code='9167', scope_=SC4_B,
       nonstruct='preparations of difenoxin with atropine sulfate in limited quantities (difenoxin itself is not listed '
       'in this schedule)'),
     E('dextropropoxyphene', 'Dextropropoxyphene', NEW4('(b)(2)'), code='9278', scope_=SC4_B,
       chem='alpha-(+)-4-dimethylamino-1,2-diphenyl-3-methyl-2-propionoxybutane',
       note='Bulk (non-dosage) dextropropoxyphene is in Schedule II (1308.12(c)); this item is in paragraph (b), '
            '"narcotic drugs ... in limited quantities".'),
     E('tramadol', '2-[(dimethylamino)methyl]-1-(3-methoxyphenyl)cyclohexanol (including tramadol)', NEW4('(b)(3)'),
       key='tramadol-class', code='9752', scope_=SC4_B3, syn=['tramadol'],
       chem='2-[(dimethylamino)methyl]-1-(3-methoxyphenyl)cyclohexanol'),
    ]
    for item, name, code in C4:
        eid = SLUG(name)
        kw = {}
        listings = NEW4(item)
        if eid == 'chloral-betaine':
            kw['nonstruct'] = 'a molecular adduct of chloral hydrate and betaine (no single structure)'
        if eid == 'dichloralphenazone':
            kw['nonstruct'] = 'a complex of chloral hydrate and phenazone (no single structure)'
        if eid == 'methylphenobarbital':
            kw['syn'] = ['mephobarbital']
        if eid == 'nordiazepam':
            kw['syn'] = ['nordazepam']
        if eid == 'daridorexant':
            listings = [L('2022-04-07', ['fr-87-20313', 'fr-87-59296', 'ecfr-1308-14-2022'], item=item)]
            kw['chem'] = ('[(S)-2-(5-chloro-4-methyl-1H-benzo[d]imidazol-2-yl)-2-methylpyrrolidin-1-yl](5-methoxy-2-'
                          '(2H-1,2,3-triazol-2-yl)phenyl)methanone')
            kw['note'] = 'Chemical name as printed in the final rule (87 FR 59296), not in the CFR item.'
        if eid == 'lemborexant':
            listings = [L('2020-04-07', ['fr-85-19387', 'ecfr-1308-14-2022'], item=item)]
            kw['chem'] = ('(1R,2S)-2-[(2,4-dimethylpyrimidin-5-yl)oxymethyl]-2-(3-fluorophenyl)-N-(5-fluoropyridin-2-'
                          'yl)cyclopropane-1-carboxamide')
            kw['note'] = 'Chemical name as printed in the interim final rule (85 FR 19387), not in the CFR item.'
        if eid == 'clorazepate':
            kw['note'] = 'The structure is that of clorazepic acid, the parent acid of the clorazepate salts.'
        if eid == 'brexanolone':
            listings = [L('2019-06-17', ['fr-84-27938', 'ecfr-1308-14-2022'], item=item)]
            kw['chem'] = '3α-hydroxy-5α-pregnan-20-one'
            kw['syn'] = ['allopregnanolone']
            kw['note'] = 'Chemical name and other name as printed in the interim final rule (84 FR 27938), not in the CFR item.'
        if eid == 'remimazolam':
            listings = [L('2020-10-06', ['fr-85-63014', 'fr-86-29506', 'ecfr-1308-14-2022'], item=item)]
            kw['chem'] = ('methyl 3-[(4S)-8-bromo-1-methyl-6-pyridin-2-yl-4H-imidazo[1,2-a][1,4]benzodiazepin-4yl]propanoate '
                          'benzenesulfonic acid')
            kw['note'] = ('Chemical name as printed in the interim final rule (85 FR 63014) for the benzenesulfonate; the '
                          'structure is OPSIN\'s reading of the name without "benzenesulfonic acid" (the free base).')
        out.append(E(eid, name, listings, code=code, scope_=SC4_C, **kw))
    out.append(E('zuranolone', 'Zuranolone', [L('2023-10-31', ['fr-88-74347', 'fr-2024-18087', 'ecfr-1308-14-2026'],
                                                  item='(c)(60)')], code='2420',
                 scope_=ov('[placement rule, 88 FR 74347] placing zuranolone, including its salts, in schedule IV of the CSA',
                           salts=True),
                 chem=('1-[2-[(3R,5R,8R,9R,10S,13S,14S,17S)-3-hydroxy-3,13-dimethyl-2,4,5,6,7,8,9,10,11,12,14,15,16,17-'
                       'tetradecahydro-1H-cyclopenta[a]phenanthren-17-yl]-2-oxoethyl]pyrazole-4-carbonitrile'),
                 note=('Paragraph (c)(60) and DEA code 2420 as printed in the eCFR text of 2026-04-22 (source '
                       'ecfr-1308-14-2026), where (c) is headed by the depressants wording (salts, isomers, salts of '
                       'isomers); the entry scope is the placement rule\'s wording. Chemical name as printed in the final '
                       'rule (FR Doc 2024-18087).')))
    out += [
     E('fenfluramine', 'Fenfluramine', [L(A4, ['ecfr-1308-14-2022'], until='2022-12-23', ended=['fr-87-78857'],
       item='(d)(1)', earlier=True, note='Removed from the schedules by 87 FR 78857. Its effective date was not read: '
       'the period is closed at the day of its publication (2022-12-23), the earliest day it can have taken effect; '
       'whether fenfluramine was still in Schedule IV between that day and the effective date is not established.')],
       code='1670', scope_=SC4_D),
     E('lorcaserin', 'Lorcaserin', NEW4('(e)(1)'), code='1625', scope_=SC4_E),
     E('cathine', 'Cathine ((+)-norpseudoephedrine)', NEW4('(f)(1)'), code='1230', scope_=SC4_F,
       syn=['(+)-norpseudoephedrine']),
     E('diethylpropion', 'Diethylpropion', NEW4('(f)(2)'), code='1610', scope_=SC4_F, syn=['amfepramone']),
     E('fencamfamin', 'Fencamfamin', NEW4('(f)(3)'), code='1760', scope_=SC4_F),
     E('fenproporex', 'Fenproporex', NEW4('(f)(4)'), code='1575', scope_=SC4_F),
     E('mazindol', 'Mazindol', NEW4('(f)(5)'), code='1605', scope_=SC4_F),
     E('mefenorex', 'Mefenorex', NEW4('(f)(6)'), code='1580', scope_=SC4_F),
     E('modafinil', 'Modafinil', NEW4('(f)(7)'), code='1680', scope_=SC4_F),
     E('pemoline', 'Pemoline (including organometallic complexes and chelates thereof)', NEW4('(f)(8)'), code='1530',
       scope_=SC4_F, note='The organometallic complexes and chelates of pemoline the item includes are not drawn.'),
     E('phentermine', 'Phentermine', NEW4('(f)(9)'), code='1640', scope_=SC4_F),
     E('pipradrol', 'Pipradrol', NEW4('(f)(10)'), code='1750', scope_=SC4_F),
     E('serdexmethylphenidate', 'Serdexmethylphenidate', [L('2021-05-07', ['fr-86-24487', 'fr-2022-13538',
       'ecfr-1308-14-2022'], item='(f)(11)')], code='1729', scope_=SC4_F,
       note='Drawn as the zwitterion (pyridinium carboxylate) the INN designates; the final rule prints the chemical name '
            'of the chloride salt only (see source fr-2022-13538).'),
     E('sibutramine', 'Sibutramine', NEW4('(f)(12)'), code='1675', scope_=SC4_F),
     E('solriamfetol', 'Solriamfetol (2-amino-3-phenylpropyl carbamate; benzenepropanol, beta-amino-, carbamate (ester))',
       [L('2019-06-17', ['fr-84-27943', 'fr-85-643', 'ecfr-1308-14-2022'], item='(f)(13)')], code='1650', scope_=SC4_F,
       chem='2-amino-3-phenylpropyl carbamate',
       syn=['solriamfetol', 'benzenepropanol, beta-amino-, carbamate (ester)']),
     E('spa', 'SPA ((-)-1-dimethylamino-1,2-diphenylethane)', NEW4('(f)(14)'), code='1635', scope_=SC4_F,
       chem='(-)-1-dimethylamino- 1,2-diphenylethane', syn=['lefetamine'],
       note='The chemical name is printed with a space after "dimethylamino-"; it was parsed without it. The (-) sign '
            'is not drawn (OPSIN cannot use an optical rotation); the scope covers its isomers.'),
     E('pentazocine', 'Pentazocine', NEW4('(g)(1)'), code='9709', scope_=SC4_G),
     E('butorphanol', 'Butorphanol (including its optical isomers)', NEW4('(g)(2)'), code='9720',
       scope_=SC4_G | {'stereoisomers': True, 'text': SC4_G['text'] + ' [...] (2) Butorphanol (including its optical '
       'isomers)', 'text_en': SC4_G['text'] + ' [...] (2) Butorphanol (including its optical isomers)'}),
     E('eluxadoline', 'Eluxadoline', NEW4('(g)(3)'), code='9725',
       scope_=SC4_G | {'stereoisomers': True, 'text': SC4_G['text'] + ' [...] (3) Eluxadoline (...) (including its '
       'optical isomers) and its salts, isomers, and salts of isomers (9725).', 'text_en': SC4_G['text'] + ' [...] (3) '
       'Eluxadoline (...) (including its optical isomers) and its salts, isomers, and salts of isomers (9725).'},
       chem='5-[[[(2S)-2-amino-3-[4-aminocarbonyl)-2,6-dimethylphenyl]-1-oxopropyl][(1S)-1-(4-phenyl-1H-imidazol-2-yl)'
            'ethyl]amino]methyl]-2-methoxybenzoic acid',
       note='The code number is printed inside the item text "(9725)" rather than in the code column.'),
    ]
    return move_back(finish(out), '1308.14', A4, A4_OLD, 'ecfr-1308-14-2016', own={'eluxadoline': ['fr-80-69861']},
                     dated=DATED4)


# Back to 2010 pass: items of the 2015 copy whose placement rule (read) took effect after 2010-01-01.
DATED4 = {
 'carisoprodol': ('2012-01-11', ['fr-76-77330'], 'Placed in Schedule IV by 76 FR 77330 (in force 2012-01-11).'),
 'lorcaserin': ('2013-06-07', ['fr-78-26701'], 'Placed in Schedule IV by 78 FR 26701 (in force 2013-06-07).'),
 'alfaxalone': ('2014-03-31', ['fr-79-10985'], 'Placed in Schedule IV by 79 FR 10985 (in force 2014-03-31).'),
 'tramadol': ('2014-08-18', ['fr-79-37623'], 'Placed in Schedule IV by 79 FR 37623 (in force 2014-08-18; date as '
              'quoted from the rule by NABP, see the source note).'),
 'suvorexant': ('2014-09-29', ['fr-79-51243'], 'Placed in Schedule IV by 79 FR 51243 (published 2014-08-28); the '
                'period starts on 2014-09-29, the effective date reported by International Trade Today: the rule\'s '
                'DATES paragraph was not read.'),
}


def list_doc(lid, title, title_en, legal, cov_from, cov_note, scope_top, sources, entries, note):
    return {'id': lid, 'jurisdiction': 'US', 'title': title, 'title_en': title_en, 'kind': 'drug', 'legal_basis': legal,
            'coverage': {'from': D(cov_from), 'complete': False, 'note': cov_note}, 'scope': scope_top,
            'sources': sources, 'entries': entries, 'note': note}


HDR = ('# Generated by tools/curation/us_schedules_iii_v.py (sibling of us_schedules.py). Do not edit by hand: change\n'
       '# the script and rerun it.\n')


def build_iv():
    doc = list_doc(
        'us-schedule-iv', 'Schedule IV', 'Schedule IV (21 CFR 1308.14)',
        'Controlled Substances Act (21 U.S.C. 801 et seq.), 21 U.S.C. 812; 21 CFR 1308.14', A4_OLD,
        'The eCFR text in force on 2026-04-22 (source ecfr-1308-14-2026, fetched 2026-04-24) prints exactly the items '
        'encoded as open on that day (81 DEA code numbers: (b)(1)-(3), (c)(1)-(60), (e)(1), (f)(1)-(14), (g)(1)-(3)), with '
        'the same codes; it confirms zuranolone as (c)(60), code 2420, and the removal of fenfluramine ((d) is [Reserved]). '
        'It has no "as amended" citation list, so it is a state of the list, not an amendment history: the points (1) and '
        '(3) below stay open, and the list is therefore not declared complete. '
        'Every item printed in the eCFR text of 21 CFR 1308.14 as read (an undated copy showing the text between the '
        'daridorexant rule, in force 2022-04-07, and the fenfluramine removal published 2022-12-23) is encoded, with its '
        'DEA code number: 3 items of (b), 59 of (c), and the items of (d)-(g). An older copy (commit 17639b10, the oldest '
        'version read; newest amendment shown: eluxadoline, in force 2015-12-17) prints '
        f"{len(base.OLDER['1308.14']['entries'])} of these items with the same wording and scope (all of (b), (d), (e) and "
        '(g); 55 of (c), all but brexanolone, daridorexant, lemborexant and remimazolam; 12 of (f), all but solriamfetol '
        'and serdexmethylphenidate) and no item that the newer copy lacks; they start on 2015-12-17 (eluxadoline on its '
        'own rule, the others with started_earlier: true). The six items printed only in the newer copy start on their own '
        'placement rules (interim final rules, each in force on publication): brexanolone and solriamfetol 2019-06-17, '
        'lemborexant 2020-04-07, remimazolam 2020-10-06, serdexmethylphenidate 2021-05-07, daridorexant 2022-04-07; so '
        'every difference between the two copies is dated by a rule read. Added after the newer copy: zuranolone '
        '(interim final rule in force 2023-10-31, final rule 2024-09-13). NOT established: (1) the effective date of the '
        'fenfluramine removal (87 FR 78857; its period is closed at its publication date, 2022-12-23); (2) any other '
        'amendment of 1308.14 after 2022-04-07 up to today: no eCFR "as amended" citation list of 1308.14 and no DEA list '
        'of scheduling actions newer than 2021 could be read, so the rules found (by searching the Federal Register for '
        'placements and removals) are not known to be all; (3) an item added and removed again between the two copies '
        '(not looked for: no such rule was seen); (4) the state of the schedule before 2015-12-17. coverage.from is '
        '2015-12-17, the date of the older copy. Back to 2010 pass: the placement rules of five items of the older copy '
        'that took effect after 2010-01-01 were read, and those items start on them: carisoprodol 2012-01-11 (76 FR '
        '77330), lorcaserin 2013-06-07 (78 FR 26701), alfaxalone 2014-03-31 (79 FR 10985), tramadol 2014-08-18 (79 FR '
        '37623) and suvorexant 2014-09-29 (79 FR 51243; effective date as reported, DATES not read). coverage.from is NOT '
        'moved back to 2010-01-01: no list of the amendments of 1308.14 between 2010 and 2015 could be read (1308.14 prints '
        'no "as amended" citation list; no CFR annual edition, List of CFR Sections Affected, Federal Register index or DEA '
        'list of scheduling actions of those years was readable), so the other items are not shown to be in force before '
        '2015-12-17 and an item added and removed between 2010 and 2015 would be missed.',
        scope('(a) Schedule IV shall consist of the drugs and other substances, by whatever official name, common or usual '
              'name, chemical name, or brand name designated, listed in this section. Each drug or substance has been '
              'assigned the DEA Controlled Substances Code Number set forth opposite it.'),
        S4, entries_iv(),
        'Forms covered are those of each item\'s paragraph (entry scope, quoted verbatim). "Isomer" in paragraphs (c), '
        '(e), (f) and (g) means the optical isomer: ' + ISOMER_1300 + ' Paragraphs (b)(3) (optical and geometric isomers) '
        'and (d) (optical, position, or geometric isomers) say more themselves. The structure-free items (preparations, '
        'adducts) are non_structural.')
    base.mark26(doc, 'ecfr-1308-14-2026')
    base.write(os.path.join(ROOT, 'registry', 'US', 'schedule-iv.yaml'), doc, HDR)
    return doc



# =============================================================================================== Schedule III
import re  # noqa: E402

C13_NEW = '497038a83a6804c141804fc31373d8979567ea02'
C13_OLD = '17639b1028a4b79f95725ace277f6b34d9126c17'
A3 = '2023-08-01'   # effective date of the DASCA implementation rule, the latest change the 1308.13 copy reflects
A3_OLD = '2014-01-02'   # effective date of 78 FR 72013 (perampanel), the newest amendment the older 1308.13 copy shows
S3 = {
 'ecfr-1308-13-2026': base.ecfr26('1308.13', '§ 1308.13 Schedule III.',
   'It prints no "as amended" citation list (only the original 39 FR 22142 and an editorial note referring to the List of '
   'CFR Sections Affected). Items: (b)(1)-(5), (c)(1)-(15), (d) nalorphine, (e)(1)(i)-(vi), (e)(2)(i) buprenorphine '
   '((e)(2)(ii) [Reserved]), (f) the 86 named anabolic steroids under code 4000, (g)(1) dronabinol in sesame oil '
   '((g)(2) [Reserved]); the same items and wording as the 2023 copy. It predates the marijuana rule 91 FR 22714 '
   '(published 2026-04-28).'),
 'ecfr-1308-13-2023': src('21 CFR 1308.13 Schedule III (Electronic Code of Federal Regulations text)', '21 CFR 1308.13',
   None, None, base.ECFR.format(s='1308.13'), [base.GH.format(c=C13_NEW, s='1308.13')],
   'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 497038a8; no "as amended" citation list). Its '
   'paragraph (f) lists 86 anabolic steroids by name, the text put in by the rule implementing the Designer Anabolic '
   'Steroid Control Act (88 FR 50036, in force 2023-08-01); it is used as showing the listed items in force on '
   '2023-08-01. No later amendment of 1308.13 was read.'),
 'ecfr-1308-13-2016': src('21 CFR 1308.13 Schedule III (Electronic Code of Federal Regulations text, earlier copy)',
   '21 CFR 1308.13', None, None, base.ECFR.format(s='1308.13'), [base.GH.format(c=C13_OLD, s='1308.13')],
   'The oldest version of this file read in the GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10; no "as '
   'amended" citation list). The newest amendment it shows is the perampanel placement ((c)(11), 78 FR 72013, in force '
   '2014-01-02); paragraph (f)(1) reads only "Anabolic steroids (see § 1300.01 of this chapter) - 4000" (no named '
   'steroid, i.e. before the 2023 rule). Paragraphs (b)-(e) and (g) list the same items as the 2023 copy. It is used as '
   'showing the items of (b)-(e) and (g) in force on 2014-01-02. Correction (back to 2010 pass): its (e)(1) no longer '
   'prints the two hydrocodone (dihydrocodeinone) combination items, which 79 FR 49661 removed from schedule III on '
   '2014-10-06, so the copy shows the text after that day, not on 2014-01-02; the removed items are encoded on their own '
   '(entry hydrocodone-combination-products-iii). No other amendment of 1308.13 between 2014-01-02 and the copy was read '
   '(none was found, but no citation list of 1308.13 was readable).'),
 'fr-79-49661': src('Schedules of Controlled Substances: Rescheduling of Hydrocodone Combination Products From Schedule '
   'III to Schedule II', '79 FR 49661 (FR Doc 2014-19922; Docket DEA-389)', '2014-08-22', '2014-10-06',
   'https://www.federalregister.gov/api/v1/documents/2014-19922?publication_date=2014-08-22',
   ['https://www.federalregister.gov/documents/full_text/html/2014/08/22/2014-19922.html',
    'https://marcarianlaw.com/up-scheduling-of-all-hydrocodone-products'],
   'Final rule (pages 49661-49682), read as the Federal Register API record of the document: "dates": "This rule is '
   'effective October 6, 2014.", "effective_on": "2014-10-06". "With the issuance of this final rule, the Administrator '
   'of the Drug Enforcement Administration reschedules hydrocodone combination products from schedule III to schedule II '
   'of the Controlled Substances Act." Its amendatory text (the items of 21 CFR 1308.13(e)(1) it removes, their DEA code '
   'numbers) was not read.'),
 'fr-74-63603': src('Classification of Three Steroids as Schedule III Anabolic Steroids Under the Controlled Substances '
   'Act', '74 FR 63603 (FR Doc E9-28572; Docket DEA-285F; RIN 1117-AB17)', '2009-12-04', '2010-01-04',
   'http://federal.elaws.us/fr/notice/12/4/2009/e9-28572',
   ['https://regulations.justia.com/regulations/fedreg/2009/12/04/E9-28572.html'],
   'Final rule amending 21 CFR part 1300 (pages 63603-63610). "DATES: Effective Date: January 4, 2010." "[T]he Deputy '
   'Administrator of the Drug Enforcement Administration (DEA) classifies the following three steroids as \'\'anabolic '
   'steroids\'\' under the Controlled Substances Act (CSA): Boldione, desoxymethyltestosterone, and 19-nor-4,9(10)-'
   'androstadienedione. These steroids and their salts, esters, and ethers are schedule III controlled substances". '
   'They were added to the definition of anabolic steroid (21 CFR 1300.01), which 1308.13(f) then covered as "(1) '
   'Anabolic steroids (see § 1300.01 of this chapter)"; they are named in 1308.13(f) from 2023-08-01.'),
 'fr-77-44456': src('Classification of Two Steroids, Prostanozol and Methasterone, as Schedule III Anabolic Steroids '
   'Under the Controlled Substances Act', '77 FR 44456 (FR Doc 2012-18495)', '2012-07-30', '2012-08-29',
   'http://federal.elaws.us/fr/notice/7/30/2012/2012-18495',
   ['https://regulations.justia.com/regulations/fedreg/2012/07/30/2012-18495.html'],
   'Final rule (pages 44456-44462). "DATES: Effective Date: August 29, 2012." "[T]he Administrator of the DEA classifies '
   'the following two steroids as \'\'anabolic steroids\'\' under the Controlled Substances Act (CSA): prostanozol '
   '(17β-hydroxy-5α-androstano[3,2-c]pyrazole) and methasterone (2α,17α-dimethyl-5α-androstan-17β-ol-3-one). These '
   'steroids and their salts, esters, and ethers are Schedule III controlled substances". Like 74 FR 63603 it adds them '
   'to the definition of anabolic steroid (21 CFR 1300.01), which 1308.13(f) then covered as "(1) Anabolic steroids '
   '(see § 1300.01 of this chapter)"; they are named in 1308.13(f) from 2023-08-01.'),
 'cfr-1300-01-steroids': src('21 CFR 1300.01 Definitions relating to controlled substances (Electronic Code of Federal '
   'Regulations text): "Anabolic steroid"', '21 CFR 1300.01', None, None,
   'https://www.ecfr.gov/current/title-21/chapter-II/part-1300/section-1300.01',
   ['https://github.com/MichalOpoka/ecfr/blob/17639b1028a4b79f95725ace277f6b34d9126c17/cfr/title-21-Food-Drugs/'
    'chapter-II-Drug-Enforcement-Administration-Department-Justice/part-1300-Definitions/section-1300.01.md'],
   'Read in an undated GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10). Its definition "Anabolic steroid" '
   'names 64 steroids, (1) "3β,17-dihydroxy-5a-androstane" to (64) "trenbolone (17β-hydroxyestr-4,9,11-trien-3-one)", '
   'and (65) "Any salt, ester, or ether of a drug or substance described in this paragraph". Its citation list reads '
   '"[62 FR 13941, Mar. 24, 1997, as amended at 65 FR 44678, July 19, 2000; 68 FR 37409, June 24, 2003; 68 FR 41228, '
   'July 11, 2003; 70 FR 25465, May 13, 2005; 70 FR 74656, Dec. 16, 2005; 71 FR 60427, Oct. 13, 2006; 72 FR 67852, Dec. '
   '3, 2007; 74 FR 63609, Dec. 4, 2009; 77 FR 4230, Jan. 27, 2012; 77 FR 44461, July 30, 2012; 79 FR 53559, Sept. 9, '
   '2014]". Of the amendments after 2007, 74 FR 63603 (in force 2010-01-04) and 77 FR 44456 (in force 2012-08-29) add '
   'steroids; 77 FR 4228 (FR Doc 2012-1150, "Technical Amendments and Corrections to DEA Regulations") alphabetizes the '
   'definitions and "makes no substantive changes"; 79 FR 53519 (FR Doc 2014-20926, "Disposal of Controlled '
   'Substances", in force 2014-10-09) concerns disposal (the copy shows its definitions of collection and reverse '
   'distributor). So every other steroid of the copy was in the definition on 2010-01-01.'),
 'pl-113-260': dict(src('Public Law 113-260, Designer Anabolic Steroid Control Act of 2014 (128 Stat. 2929)',
   'Public Law 113-260', '2014-12-18', '2014-12-18', 'https://www.govinfo.gov/link/plaw/113/public/260?link-type=html',
   ['https://www.govinfo.gov/bulkdata/PLAW/113/public/PLAW-113publ260.xml', 'http://www.cycling4fans.de/index.php?id=6422'],
   'Act of Congress approved 2014-12-18 ("Dec. 18, 2014 - [H.R. 4771]"). Sec. 2(a) amends 21 U.S.C. 802(41)(A) by '
   'inserting after clause (xlix) new clauses, read here from "(l) 5a-Androstan-3,6,17-trione" to "(lxx) '
   '17b-Hydroxy-androstano[2,3-d]isoxazole" (the copy read breaks off within clause (lxxi)). Clause (lxxi) '
   '"17β-Hydroxy-androstano[3,2-c]isoxazole" and the start of (lxxii) were read in a copy of the bill text "as of Dec '
   '12, 2014 (Passed Congress)" (cycling4fans.de, reproducing GovTrack\'s page on H.R. 4771), which also reads "(B) by '
   'redesignating clause (xlx) as clause (lxxv)"; there (lxxii) begins "4-Hydroxy-androst-4-ene-3,17-dione[3,2-c]pyr" '
   'where the copy read ends. No later effective date '
   'was seen in the part read, and 88 FR 50036 calls these "statutory amendments to the CSA that have already taken '
   'effect"; the clauses are taken as in force from the day the Act was approved.'),
   issued_by=['Congress of the United States'], issued_by_en=['Congress of the United States']),
 'fr-78-72013': src('Schedules of Controlled Substances: Placement of Perampanel into Schedule III',
   '78 FR 72013 (FR Doc 2013-28778; Docket DEA-374)', '2013-12-02', '2014-01-02',
   'https://www.govinfo.gov/content/pkg/FR-2013-12-02/html/2013-28778.htm',
   ['https://regulations.justia.com/regulations/fedreg/2013/12/02/2013-28778.html'],
   'Final rule. "DATES: Effective Date: January 2, 2014." Places perampanel "including its salts, isomers, and salts of '
   'isomers" into Schedule III.'),
 'fr-88-50036': src('Implementation of the Designer Anabolic Steroid Control Act of 2014',
   '88 FR 50036 (FR Doc 2023-15747)', '2023-08-01', '2023-08-01', 'http://federal.elaws.us/fr/notice/8/1/2023/2023-15747',
   ['https://regulations.justia.com/regulations/fedreg/2023/08/01/2023-15747.html'],
   'Final rule. "This final rule is effective August 1, 2023." It "merely conforms the DEA\'s regulations to the '
   'statutory amendments to the CSA that have already taken effect" (the Designer Anabolic Steroid Control Act of 2014, '
   'Public Law 113-260, which became law on 2014-12-18).'),
 'cfr-1300-01': S1300,
 'fr-91-22714': src('Schedules of Controlled Substances: Rescheduling of Food and Drug Administration Approved Products '
   'Containing Marijuana From Schedule I to Schedule III; Corresponding Change to Permit Requirements',
   '91 FR 22714 (FR Doc 2026-08176; AG Order No. 6754-2026)', '2026-04-28', None,
   'https://www.govinfo.gov/content/pkg/FR-2026-04-28/html/2026-08176.htm', [],
   'Final rule, "which constitutes a final order" of the Acting Attorney General (21 U.S.C. 811(d)(1), to carry out '
   'obligations under the Single Convention on Narcotic Drugs, 1961), amending 21 CFR parts 1300, 1301, 1308 and 1312; '
   'Federal Register Vol. 91, No. 81, pages 22714-22723. Only the opening of the document (heading and SUMMARY) was '
   'read: its DATES paragraph and the amended text of 1308.11/1308.13 (paragraph numbers, DEA code numbers) were not. '
   'Reports date its effect differently: the order was signed on 2026-04-22 and announced by the Department of Justice on '
   '2026-04-23 as placing the products in schedule III immediately; some secondary pages give "effective April 22, 2026", '
   'others take the publication date 2026-04-28 as the effective date. The effective date is therefore left blank here and '
   'the listing starts on the publication date, the latest of these. Related: Executive Order 14370 of 2025-12-18 '
   '("Increasing Medical Marijuana and Cannabidiol Research") directed the Attorney General to complete the rescheduling; a '
   'notice of hearing on the broader proposal (89 FR 44597) was published the same day (91 FR 22777, FR Doc 2026-08177).'),
}
SC3_MJ = ov('"[T]his final rule applies to marijuana as defined in the CSA, marijuana extracts, and '
  'delta-9-tetrahydrocannabinol and other compounds derived from the marijuana plant (other than the mature stalks and '
  'seeds) that falls outside the definition of hemp, to the extent that any of these are included in an FDA-approved drug '
  'product or are subject to a state-issued license to manufacture, distribute, and/or dispense marijuana or products '
  'containing marijuana for medical purposes (``state medical marijuana license\'\')." (91 FR 22714, SUMMARY; the wording '
  'of the amended 21 CFR 1308.13 was not read)', prep=True)
SC3_B = ov('(b) Stimulants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture, or preparation which contains any quantity of the following substances having a stimulant effect on the '
  'central nervous system, including its salts, isomers (whether optical, positional, or geometric), and salts of such '
  'isomers whenever the existence of such salts, isomers, and salts of isomers is possible within the specific chemical '
  'designation:', salts=True, stereo=True, other=True, prep=True)
SC3_C = ov('(c) Depressants. Unless specifically excepted or unless listed in another schedule, any material, compound, '
  'mixture, or preparation which contains any quantity of the following substances having a depressant effect on the '
  'central nervous system:', prep=True)
SC3_D = ov('(d) Nalorphine 9400.')
SC3_E1 = ov('(e) Narcotic drugs. Unless specifically excepted or unless listed in another schedule: (1) Any material, '
  'compound, mixture, or preparation containing any of the following narcotic drugs, or their salts calculated as the free '
  'anhydrous base or alkaloid, in limited quantities as set forth below:', salts=True, prep=True)
SC3_E2 = ov('(e) Narcotic drugs. Unless specifically excepted or unless listed in another schedule: [...] (2) Any material, '
  'compound, mixture, or preparation containing any of the following narcotic drugs or their salts, as set forth below:',
  salts=True, prep=True)
SC3_F = ov('(f) Anabolic steroids. Unless specifically excepted or unless listed in another schedule, any substance meeting '
  'the definition of anabolic steroid as set forth in § 1300.01 of this chapter, including any material, compound, mixture '
  'or preparation containing any quantity of the following substances, including its salts, esters and ethers (4000):',
  salts=True, esters=True, ethers=True, prep=True)
SC3_G = ov('(g) Hallucinogenic substances. (1) Dronabinol (synthetic) in sesame oil and encapsulated in a soft gelatin capsule '
  'in a U.S. Food and Drug Administration approved product—7369.', prep=True)

want('benzphetamine', 'drawn', 'N-benzyl-N-methyl-1-phenylpropan-2-amine', 'benzphetamine', P('Benzphetamine'))
want('chlorphentermine', 'drawn', '1-(4-chlorophenyl)-2-methylpropan-2-amine', None, P('Chlorphentermine'))
want('clortermine', 'drawn', '1-(2-chlorophenyl)-2-methylpropan-2-amine', None, P('Clortermine'))
want('phendimetrazine', 'drawn', '(2S,3S)-3,4-dimethyl-2-phenylmorpholine', 'phendimetrazine', P('Phendimetrazine'))
want('chlorhexadol', 'drawn', '2-methyl-4-(2,2,2-trichloro-1-hydroxyethoxy)pentan-2-ol', None, P('Chlorhexadol'))
want('embutramide', 'drawn', 'N-[2-ethyl-2-(3-methoxyphenyl)butyl]-4-hydroxybutanamide', None, P('Embutramide'))
want('ketamine', 'opsin', '(±)-2-(2-chlorophenyl)-2-(methylamino)-cyclohexanone', 'ketamine')
want('lysergic-acid', 'drawn', '(8R)-9,10-didehydro-6-methylergoline-8-carboxylic acid', 'lysergic acid', P('Lysergic acid'))
want('lysergic-acid-amide', 'drawn', '(8R)-9,10-didehydro-6-methylergoline-8-carboxamide', None, P('Lysergic acid amide'))
want('methyprylon', 'drawn', '3,3-diethyl-5-methylpiperidine-2,4-dione', 'methyprylon', P('Methyprylon'))
want('perampanel', 'drawn', '2-(2-oxo-1-phenyl-5-(pyridin-2-yl)-1,2-dihydropyridin-3-yl)benzonitrile', 'perampanel', P('Perampanel'))
want('sulfondiethylmethane', 'drawn', '3,3-bis(ethylsulfonyl)pentane', None, P('Sulfondiethylmethane'))
want('sulfonethylmethane', 'drawn', '2,2-bis(ethylsulfonyl)butane', None, P('Sulfonethylmethane'))
want('sulfonmethane', 'drawn', '2,2-bis(ethylsulfonyl)propane', None, P('Sulfonmethane'))
want('nalorphine', 'drawn', '(4R,4aR,7S,7aR,12bS)-3-(prop-2-en-1-yl)-2,3,4,4a,7,7a-hexahydro-1H-4,12-methanobenzofuro[3,2-e]isoquinoline-7,9-diol', None, P('Nalorphine'))
want('buprenorphine', 'drawn', '(2S)-2-[(5R,6R,7R,14S)-17-(cyclopropylmethyl)-4,5-epoxy-3-hydroxy-6-methoxy-6,14-ethanomorphinan-7-yl]-3,3-dimethylbutan-2-ol', 'buprenorphine', P('Buprenorphine'))


def greek(t):
    return t.replace('α', 'alpha').replace('β', 'beta').replace('Δ', 'delta')


def steroid_items():
    rows = []
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_schedule_iii_steroids.txt'), encoding='utf-8') as fh:
        lines = fh.readlines()
    for line in lines:
        t = re.sub(r'(; and|;|\.)$', '', line.strip())
        n = int(re.match(r'\((\d+)\) ', t).group(1))
        t = t[len(f'({n}) '):]
        aka = re.findall(r' \(a\.k\.a\. “([^”]+)”\)', t)
        t2 = re.sub(r' \(a\.k\.a\. “[^”]+”\)', '', t)
        m = re.match(r'^(.*?) \((.*)\)$', t2)
        name, chem = (m.group(1), m.group(2)) if m and not t2.startswith('[') else (t2, None)
        rows.append(dict(n=n, printed=t, name=name, chem=chem, aka=aka))
    return rows


STEROIDS = steroid_items()
_names = sorted({(r['chem'] or r['name']).split(' or ')[-1 if r['n'] == 48 else 0] for r in STEROIDS})
_got = dict(zip(_names, py2opsin(_names), strict=False))
STEROID_FAILED = []
# Printed names that OPSIN rejects because a 17alpha-alkyl stands beside a 17beta-OH (OPSIN: "alpha/beta stereochemistry
# could not be determined at position 17"). They are drawn reproducibly: OPSIN parses the printed name WITHOUT the
# 17alpha-alkyl (otherwise unchanged), and the 17alpha-H of that structure is replaced by the alkyl (RDKit: the hydrogen
# atom becomes a carbon, so the 17alpha/17beta arrangement is kept). Item -> (name parsed, 17alpha group, printed name
# that was used). Each drawn structure is added only if an independent datum checks it (us_checks_external.json).
DRAWN17 = {
 10: ('7α-methyl-17β-hydroxyandrost-4-en-3-one', 'methyl'),
 15: ('7β-methyl-17β-hydroxyandrost-4-en-3-one', 'methyl'),
 16: ('4-chloro-androsta-1,4-diene-3,17β-diol', 'methyl'),
 17: ('4-chloro-androst-4-ene-3β,17β-diol', 'methyl'),
 22: ('5α-androst-2-en-17β-ol', 'methyl'),
 27: ('2α-methyl-17β-hydroxy-5β-androstan-3-one', 'methyl'),
 29: ('2α,3α-epithio-5α-androstan-17β-ol', 'methyl'),
 33: ('9-fluoro-11β,17β-dihydroxyandrost-4-en-3-one', 'methyl'),
 34: ('2-formyl-11α,17β-dihydroxyandrost-1,4-dien-3-one', 'methyl'),
 47: ('3β,17β-dihydroxyandrost-5-ene', 'methyl'),
 48: ('2α-methyl-17β-hydroxy-5α-androstan-3-one', 'methyl'),
 50: ('androsta-1,4-diene-3,17β-diol', 'methyl'),
 51: ('5α-androstan-17β-ol', 'methyl'),
 55: ('3β,17β-dihydroxy-5α-androstane', 'methyl'),
 56: ('3α,17β-dihydroxy-5α-androstane', 'methyl'),
 57: ('3β,17β-dihydroxyandrost-4-ene', 'methyl'),
 63: ('7α-methyl-17β-hydroxyestr-4-en-3-one', 'methyl'),
 72: ('13β-ethyl-17β-hydroxygon-4-en-3-one', 'ethyl'),
 77: ('4,17β-dihydroxyandrost-4-en-3-one', 'methyl'),
 85: ('13β-ethyl-17β-hydroxygon-4,9,11-trien-3-one', 'ethyl'),
 52: ('17β-hydroxyandrostan-3-one oxime', 'methyl'),   # printed '-3-hydroxyimine-17β-ol': the 3-oxime
 54: ('androst-2-ene-3,17β-diol', 'methyl'),
}
_got17 = dict(zip([v[0] for v in DRAWN17.values()], py2opsin([v[0] for v in DRAWN17.values()]), strict=False))


def add_17alpha(smiles, group):
    """Put `group` (methyl/ethyl) in place of the H on C17, the ring-D carbon carrying the 17beta-OH."""
    mol = Chem.AddHs(Chem.MolFromSmiles(smiles))
    ri = mol.GetRingInfo()
    c17 = [a for a in mol.GetAtoms() if a.GetSymbol() == 'C' and ri.IsAtomInRingOfSize(a.GetIdx(), 5)
           and any(n.GetSymbol() == 'O' and n.GetTotalNumHs(includeNeighbors=True) == 1 for n in a.GetNeighbors())
           and any(n.GetSymbol() == 'H' for n in a.GetNeighbors())]
    if len(c17) != 1:
        raise SystemExit(f'C17 not found in {smiles}')
    h = [n for n in c17[0].GetNeighbors() if n.GetSymbol() == 'H'][0].GetIdx()
    rw = Chem.RWMol(mol)
    rw.GetAtomWithIdx(h).SetAtomicNum(6)
    if group == 'ethyl':
        i = rw.AddAtom(Chem.Atom(6))
        rw.AddBond(h, i, Chem.BondType.SINGLE)
    m = rw.GetMol()
    Chem.SanitizeMol(m)
    return Chem.MolToSmiles(Chem.RemoveHs(m))


# Items whose printed names OPSIN cannot parse at all (fused heterocycles, an oxa-steroid, a D-ring lactone), drawn by
# hand on the ring system of a checked item of this paragraph with one ring changed. Item -> (SMILES, the item drawn on,
# what was changed). Added only if an independent datum checks it (us_checks_external.json).
HAND_DRAWN = {
 76: ('C[C@]12COC(=O)C[C@@H]1CC[C@@H]1[C@@H]2CC[C@@]2(C)[C@H]1CC[C@]2(C)O', 'mestanolone (item (44))',
      'C-2 of ring A replaced by the ring oxygen (2-oxa), C-3 kept as the carbonyl'),
 35: ('C[C@]12Cc3nonc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@@]2(C)[C@H]1CC[C@]2(C)O', 'mestanolone (item (44))',
      'C-2 and C-3 of ring A fused to a 1,2,5-oxadiazole (furazan); the systematic name printed beside it leaves C-5 '
      'open, and the trivial name furazabol denotes the 5alpha compound drawn here'),
 81: ('C[C@]12Cc3c[nH]nc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@@]2(C)[C@H]1CC[C@]2(C)O', 'mestanolone (item (44))',
      'C-2 and C-3 of ring A fused to a pyrazole as [3,2-c] prescribes (C-3 bonded to a ring nitrogen, C-2 to the '
      'ring CH)'),
 79: ('C[C@]12Cc3c[nH]nc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12',
      '3beta,17beta-dihydroxy-5alpha-androstane (item (25))',
      'C-2 and C-3 of ring A fused to a pyrazole as [3,2-c] prescribes, in place of the 3-hydroxy group'),
 80: ('C[C@]12Cc3c[nH]nc3C=C1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12',
      '3beta,17beta-dihydroxy-5alpha-androstane (item (25))',
      'C-2 and C-3 of ring A fused to a pyrazole as [3,2-c] prescribes and the C-4=C-5 double bond of androst-4-ene '
      '(so C-5 carries no configuration)'),
 36: ('C[C@]12Cc3nonc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12',
      '3beta,17beta-dihydroxy-5alpha-androstane (item (25))',
      'C-2 and C-3 of ring A fused to a 1,2,5-oxadiazole (furazan), in place of the 3-hydroxy group'),
 40: ('C[C@]12Cc3cnoc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12',
      '3beta,17beta-dihydroxy-5alpha-androstane (item (25))',
      'C-2 and C-3 of ring A fused to an isoxazole as [2,3-d] prescribes (C-3 bonded to the ring oxygen, C-2 to the '
      'ring CH), in place of the 3-hydroxy group'),
 41: ('C[C@]12Cc3conc3C[C@@H]1CC[C@@H]1[C@@H]2CC[C@]2(C)[C@@H](O)CC[C@@H]12',
      '3beta,17beta-dihydroxy-5alpha-androstane (item (25))',
      'C-2 and C-3 of ring A fused to an isoxazole as [3,2-c] prescribes (C-3 bonded to the ring nitrogen, C-2 to the '
      'ring CH), in place of the 3-hydroxy group'),
 83: ('C[C@]12CC[C@H]3[C@@H](CCC4=CC(=O)C=C[C@@]43C)[C@@H]1CCC(=O)O2', 'boldenone (item (11))',
      'ring D opened between C-13 and C-17 and closed as the six-membered lactone the name describes (C-13-O-C-17(=O))'),
}
# Items whose printed names OPSIN cannot parse, rewritten by the curator as a name OPSIN parses. Item -> (name, why).
REWRITTEN = {
 37: ('13-ethyl-3-hydroxygona-2,5(10)-dien-17-one', "18a-homo-estra written as 13-ethyl-gona (the 18a-homo prefix "
      "lengthens the 13-methyl of estrane by one carbon)"),
}
_got_rewritten = dict(zip([v[0] for v in REWRITTEN.values()], py2opsin([v[0] for v in REWRITTEN.values()]),
                          strict=False))
DRAWN = {}   # key -> structure dict (encoded with an unchecked_reason when no independent datum checks it)
for r in STEROIDS:
    nm = (r['chem'] or r['name']).split(' or ')[-1 if r['n'] == 48 else 0]
    r['parse'] = nm
    if _got[nm]:
        r['key'] = f"steroid-{r['n']}"
        want(r['key'], 'opsin', nm, None)
    elif r['n'] in DRAWN17 and _got17[DRAWN17[r['n']][0]]:
        parent, grp = DRAWN17[r['n']]
        smi = add_17alpha(_got17[parent], grp)
        DRAWN[f"steroid-{r['n']}"] = (r, {'smiles': smi, 'derived_by': 'drawn', 'derived_from': (
            f"printed name '{nm}' (OPSIN rejects it: 17α-{grp} beside 17β-hydroxy); drawn as OPSIN's parse of "
            f"'{parent}' (the printed name without the 17α-{grp}) with a {grp} group put in place of its 17α-hydrogen")})
    elif r['n'] in REWRITTEN and _got_rewritten[REWRITTEN[r['n']][0]]:
        name, why = REWRITTEN[r['n']]
        DRAWN[f"steroid-{r['n']}"] = (r, {'smiles': Chem.MolToSmiles(Chem.MolFromSmiles(_got_rewritten[name])),
                                          'derived_by': 'drawn', 'derived_from': (
            f"{name} (written by the curator from the printed name '{r['printed']}', which OPSIN cannot parse: {why}; "
            "converted with OPSIN)")})
    elif r['n'] in HAND_DRAWN:
        smi, base_item, how = HAND_DRAWN[r['n']]
        DRAWN[f"steroid-{r['n']}"] = (r, {'smiles': smi, 'derived_by': 'drawn', 'derived_from': (
            f"printed name '{r['printed']}' (OPSIN cannot parse it); drawn on the ring system of {base_item} "
            f"with {how}")})
    else:
        STEROID_FAILED.append(r)

# Steroids a rule added to the definition of anabolic steroid (21 CFR 1300.01) before 1308.13(f) named them
# (2023-08-01): item number of (f) -> (in force from, source, citation)
STEROIDS_CLASSIFIED = {
    12: ('2010-01-04', 'fr-74-63603', '74 FR 63603'),   # boldione
    22: ('2010-01-04', 'fr-74-63603', '74 FR 63603'),   # desoxymethyltestosterone
    69: ('2010-01-04', 'fr-74-63603', '74 FR 63603'),   # 19-nor-4,9(10)-androstadienedione
    48: ('2012-08-29', 'fr-77-44456', '77 FR 44456'),   # methasterone
    79: ('2012-08-29', 'fr-77-44456', '77 FR 44456'),   # prostanozol
}
# Items of (f) named in the definition of anabolic steroid of the 1300.01 copy read (source cfr-1300-01-steroids),
# apart from those above: in the definition on 2010-01-01 already. (f)(25) is printed there as
# "3β,17-dihydroxy-5a-androstane" (no β at 17); the 2023 text prints "3β,17β-dihydroxy-5α-androstane".
STEROIDS_1300_COPY = {1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 20, 21, 23, 24, 25, 26, 28, 31, 32, 33, 34, 35, 38, 43, 44, 45,
                      46, 47, 49, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 70, 71, 72, 73, 74, 75, 76, 77,
                      78, 81, 82, 83, 84, 85, 86}
# Items of (f) matched to a clause (l)-(lxxi) of 21 U.S.C. 802(41)(A) that Public Law 113-260 inserted (read):
# clause -> (f) item. (lvii) repeats (liii); (lviii) is methasterone (dated above). (f)(39) and (80) keep the 2023
# start: clause (lxxii) was read only up to "4-Hydroxy-androst-4-ene-3,17-dione[3,2-c]pyr" (CLAUSE_LXXII).
STEROIDS_DASCA = {2: '(l)', 14: '(li)', 13: '(lii)', 16: '(liii)', 17: '(liv)', 18: '(lv)', 19: '(lvi)', 27: '(lix)',
                  29: '(lx)', 36: '(lxi)', 42: '(lxii)', 54: '(lxiii)', 50: '(lxiv)', 30: '(lxv)', 37: '(lxvi)',
                  53: '(lxvii)', 52: '(lxviii)', 51: '(lxix)', 40: '(lxx)', 41: '(lxxi)'}


# The steroids named in 1308.13(f) from 2023-08-01 were controlled before under a definition that named them.
UNDER_F1 = "under (f)(1) 'Anabolic steroids (see § 1300.01 of this chapter)'"
COVERED_F1 = '(covered by 1308.13(f)(1) "Anabolic steroids (see § 1300.01 of this chapter)")'
CLAUSE_LXXII = (' Clause (lxxii) that Public Law 113-260 inserted in 21 U.S.C. 802(41)(A) begins, in the copy read '
                '(source pl-113-260), "4-Hydroxy-androst-4-ene-3,17-dione[3,2-c]pyr" and the rest was not read: '
                'whether it names 4-hydroxy-androst-4-ene-3,17-dione alone or runs it together with another name '
                '(cf. (f)(80) "[3,2-c]pyrazole-androst-4-en-17β-ol") is not settled, so no 2014 start is encoded.')
STEROIDS_UNDATED = sorted({r['n'] for r in STEROIDS} - set(STEROIDS_CLASSIFIED) - STEROIDS_1300_COPY - set(STEROIDS_DASCA))


def named_2023(n, since, sources, before, note, earlier=False):
    """The listing of steroid (f)(n) from the day `before` (the definition naming it) took effect."""
    return [L(since, sources, item=f"(f)({n}) from 2023-08-01; before, {before}", earlier=earlier, note=note)]


def item_list(numbers):
    """[39, 41, 80] -> '(f)(39), (41) and (80)'."""
    parts = [f"({n})" for n in numbers]
    parts[0] = f"(f){parts[0]}"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def NEW3(item, note=None):
    return [L(A3, ['ecfr-1308-13-2023', 'ecfr-1308-13-2016'], item=item, earlier=True, note=note)]
PREP = 'preparation in limited quantities (no single structure)'


def entries_iii():
    out = [
     E('stimulant-excepted-preparations-1971', 'Those compounds, mixtures, or preparations in dosage unit form containing any '
       'stimulant substances listed in schedule II which compounds, mixtures, or preparations were listed on August 25, '
       '1971, as excepted compounds under § 1308.32, and any other drug of the quantitative composition shown in that list '
       'for those drugs or which is the same except that it contains a lesser quantity of controlled substances',
       NEW3('(b)(1)'), code='1405', scope_=SC3_B, nonstruct='dosage-unit preparations (no single structure)'),
     E('benzphetamine', 'Benzphetamine', NEW3('(b)(2)'), code='1228', scope_=SC3_B, syn=['benzfetamine']),
     E('chlorphentermine', 'Chlorphentermine', NEW3('(b)(3)'), code='1645', scope_=SC3_B),
     E('clortermine', 'Clortermine', NEW3('(b)(4)'), code='1647', scope_=SC3_B),
     E('phendimetrazine', 'Phendimetrazine', NEW3('(b)(5)'), code='1615', scope_=SC3_B),
    ]
    for sub, what, cond in (('(c)(1)', 'Any compound, mixture or preparation containing', 'or any salt thereof and one or '
                             'more other active medicinal ingredients which are not listed in any schedule'),
                            ('(c)(2)', 'Any suppository dosage form containing', 'or any salt of any of these drugs and '
                             'approved by the Food and Drug Administration for marketing only as a suppository')):
        for r, drug, code in (('i', 'Amobarbital', '2126'), ('ii', 'Secobarbital', '2316'), ('iii', 'Pentobarbital', '2271')):
            kind = 'combination' if sub == '(c)(1)' else 'suppository'
            out.append(E(f'{drug.lower()}-{kind}-preparations', f'{what}: {drug} {cond}', NEW3(f'{sub}({r})'), code=code,
                         scope_=SC3_C, nonstruct=f'{drug.lower()} preparations ({kind}); {drug.lower()} itself is in '
                         'Schedule II'))
    out += [
     E('barbituric-acid-derivatives', 'Any substance which contains any quantity of a derivative of barbituric acid or any '
       'salt thereof', NEW3('(c)(3)'), code='2100', scope_=SC3_C, nonstruct='a generic class (derivatives of barbituric '
       'acid), not evaluated structurally', note='Barbiturates not named in any schedule (e.g. butalbital) fall here; the '
       'class is not encoded, so a query for one of them is answered from the named entries only.'),
     E('chlorhexadol', 'Chlorhexadol', NEW3('(c)(4)'), code='2510', scope_=SC3_C),
     E('embutramide', 'Embutramide', NEW3('(c)(5)'), code='2020', scope_=SC3_C),
     E('ghb-approved-drug-products', 'Any drug product containing gamma hydroxybutyric acid, including its salts, isomers, '
       'and salts of isomers, for which an application is approved under section 505 of the Federal Food, Drug, and '
       'Cosmetic Act', NEW3('(c)(6)'), code='2012', scope_=SC3_C, nonstruct='FDA-approved drug products containing GHB; '
       'GHB itself is in Schedule I (not encoded here)'),
     E('ketamine', 'Ketamine, its salts, isomers, and salts of isomers', NEW3('(c)(7)'), code='7285',
       chem='(±)-2-(2-chlorophenyl)-2-(methylamino)-cyclohexanone', syn=['ketamine'],
       scope_=SC3_C | {'salts': True, 'stereoisomers': True}),
     E('lysergic-acid', 'Lysergic acid', NEW3('(c)(8)'), code='7300', scope_=SC3_C),
     E('lysergic-acid-amide', 'Lysergic acid amide', NEW3('(c)(9)'), code='7310', scope_=SC3_C),
     E('methyprylon', 'Methyprylon', NEW3('(c)(10)'), code='2575', scope_=SC3_C),
     E('perampanel', 'Perampanel, and its salts, isomers, and salts of isomers', NEW3('(c)(11)'), code='2261',
       syn=['perampanel'], scope_=SC3_C | {'salts': True, 'stereoisomers': True}),
     E('sulfondiethylmethane', 'Sulfondiethylmethane', NEW3('(c)(12)'), code='2600', scope_=SC3_C),
     E('sulfonethylmethane', 'Sulfonethylmethane', NEW3('(c)(13)'), code='2605', scope_=SC3_C),
     E('sulfonmethane', 'Sulfonmethane', NEW3('(c)(14)'), code='2610', scope_=SC3_C),
     E('tiletamine-and-zolazepam', 'Tiletamine and zolazepam or any salt thereof', NEW3('(c)(15)'), code='7295',
       scope_=SC3_C | {'salts': True}, syn=['Telazol'],
       nonstruct='the tiletamine-zolazepam combination (trade name printed: Telazol)',
       note='Printed other names: tiletamine "2-(ethylamino)-2-(2-thienyl)-cyclohexanone"; zolazepam '
            '"4-(2-fluorophenyl)-6,8-dihydro-1,3,8-trimethylpyrazolo-[3,4-e] [1,4]-diazepin-7(1H)-one, flupyrazapon". '
            'Whether tiletamine or zolazepam alone falls under this item is not decided here, so neither is given '
            'a structure.'),
     E('nalorphine', 'Nalorphine', NEW3('(d)'), code='9400', scope_=SC3_D),
    ]
    for r, txt, code in (
            ('i', 'Not more than 1.8 grams of codeine per 100 milliliters or not more than 90 milligrams per dosage unit, '
                  'with an equal or greater quantity of an isoquinoline alkaloid of opium', '9803'),
            ('ii', 'Not more than 1.8 grams of codeine per 100 milliliters or not more than 90 milligrams per dosage unit, '
                   'with one or more active, nonnarcotic ingredients in recognized therapeutic amounts', '9804'),
            ('iii', 'Not more than 1.8 grams of dihydrocodeine per 100 milliliters or not more than 90 milligrams per dosage '
                    'unit, with one or more active nonnarcotic ingredients in recognized therapeutic amounts', '9807'),
            ('iv', 'Not more than 300 milligrams of ethylmorphine per 100 milliliters or not more than 15 milligrams per '
                   'dosage unit, with one or more active, nonnarcotic ingredients in recognized therapeutic amounts', '9808'),
            ('v', 'Not more than 500 milligrams of opium per 100 milliliters or per 100 grams or not more than 25 milligrams '
                  'per dosage unit, with one or more active, nonnarcotic ingredients in recognized therapeutic amounts',
             '9809'),
            ('vi', 'Not more than 50 milligrams of morphine per 100 milliliters or per 100 grams, with one or more active, '
                   'nonnarcotic ingredients in recognized therapeutic amounts', '9810')):
        drug = re.search(r'of (codeine|dihydrocodeine|ethylmorphine|opium|morphine)', txt).group(1)
        out.append(E(f'{drug}-preparations-iii-{r}', txt, NEW3(f'(e)(1)({r})'), code=code, scope_=SC3_E1, nonstruct=PREP))
    out.append(E('hydrocodone-combination-products-iii', 'Hydrocodone combination products',
                 [L(A3_OLD, ['fr-79-49661'], until='2014-10-06', ended=['fr-79-49661'], item='(e)(1)', earlier=True,
                    note='In schedule III until 79 FR 49661 rescheduled hydrocodone combination products to schedule II '
                         '(in force 2014-10-06); from that day they fall under hydrocodone in 21 CFR 1308.12(b)(1). '
                         'In force in schedule III on 2014-01-02 (coverage start) because that rule moves them "from '
                         'schedule III"; since when is not encoded.')],
                 scope_=SC3_E1, nonstruct='preparations containing hydrocodone in limited quantities with other '
                 'ingredients (no single structure)',
                 note='The wording of the items of 1308.13(e)(1) that the rule removed, their sub-paragraph numbers and DEA '
                      'code numbers were not read in a legal text (no copy of 1308.13 from before 2014-10-06 was readable); '
                      'the name is the rule\'s term. A copy of the Wikipedia article "List of Schedule III drugs (US)" '
                      '"with modifications through August 22, 2014" (https://wiki-gateway.eudic.net/wikipedia_en/'
                      'List_of_Schedule_III_drugs_(US).html; not a legal text, so no code is set from it) lists, after the '
                      'codeine items 9803 and 9804, "9805 Not more than 300 milligrams of '
                      'dihydrocodeinone (hydrocodone) per 100 milliliters or not more than 15 milligrams per dosage unit, '
                      'with a fourfold or greater quantity of an isoquinoline alkaloid of opium" and a code 9806 item whose '
                      'wording the copy read cuts off.'))
    out.append(E('buprenorphine', 'Buprenorphine', NEW3('(e)(2)(i)'), code='9064', scope_=SC3_E2))
    seen = {}
    for r in STEROIDS:
        if 'key' not in r:
            continue
        eid = re.sub(r'[^a-z0-9.+-]+', '-', greek(r['name']).lower()).strip('-')
        if eid in seen or r['name'] in [x['name'] for x in STEROIDS if x['n'] != r['n']]:
            eid = f"{eid}-item-{r['n']}"
        seen[eid] = 1
        kw = {}
        if r['chem']:
            kw['chem'] = r['chem']
        if r['aka']:
            kw['syn'] = r['aka']
        if r['n'] in STEROIDS_CLASSIFIED:
            since, sid, cite = STEROIDS_CLASSIFIED[r['n']]
            lst = named_2023(r['n'], since, [sid, 'ecfr-1308-13-2023', 'ecfr-1308-13-2016'], UNDER_F1,
                             f'A schedule III anabolic steroid from {since}, when {cite} added it to the definition of '
                             f'anabolic steroid in 21 CFR 1300.01 {COVERED_F1}; named in 1308.13(f) from 2023-08-01 '
                             '(88 FR 50036).')
        elif r['n'] in STEROIDS_1300_COPY:
            lst = named_2023(r['n'], '2010-01-01', ['cfr-1300-01-steroids', 'ecfr-1308-13-2016', 'ecfr-1308-13-2023'],
                             UNDER_F1,
                             'A schedule III anabolic steroid named in the definition of anabolic steroid in 21 CFR '
                             f'1300.01 {COVERED_F1}, where no amendment from 2010 on added it (see source '
                             'cfr-1300-01-steroids); named in 1308.13(f) from 2023-08-01 (88 FR 50036).'
                             + (' The 1300.01 copy prints it as its item (1), "3β,17-dihydroxy-5a-androstane" (no β at '
                                '17).' if r['n'] == 25 else ''), earlier=True)
        elif r['n'] in STEROIDS_DASCA:
            clause = STEROIDS_DASCA[r['n']]
            lst = named_2023(r['n'], '2014-12-18', ['pl-113-260', 'ecfr-1308-13-2023'],
                             f'clause {clause} of 21 U.S.C. 802(41)(A)',
                             'A schedule III anabolic steroid from 2014-12-18, when Public Law 113-260 inserted it in the '
                             f'statutory definition (21 U.S.C. 802(41)(A){clause}); named in 1308.13(f) from 2023-08-01 '
                             '(88 FR 50036, which put the Act\'s steroids into the regulations).')
        else:
            lst = NEW3(f"(f)({r['n']})", note='In Schedule III as an anabolic steroid under the statutory definition '
                       'before it was named here (not encoded).' + CLAUSE_LXXII)
        out.append(E(eid, r['name'], lst, key=r['key'], code='4000', scope_=SC3_F, **kw))
    out.append(E('dronabinol-sesame-oil-capsule', 'Dronabinol (synthetic) in sesame oil and encapsulated in a soft gelatin '
                 'capsule in a U.S. Food and Drug Administration approved product', NEW3('(g)(1)'), code='7369',
                 scope_=SC3_G, nonstruct='FDA-approved drug product (dronabinol in sesame oil, soft gelatin capsule); '
                 'dronabinol itself is not controlled by this item'))
    out.append(E('marijuana-fda-approved-or-state-medical-license', 'drug products containing marijuana that have been '
                 'approved by the Food and Drug Administration (FDA); marijuana, marijuana extracts, and '
                 'delta-9-tetrahydrocannabinol and other compounds derived from the marijuana plant [...] subject to a '
                 'state-issued license to manufacture, distribute, and/or dispense marijuana or products containing '
                 'marijuana for medical purposes', [L('2026-04-28', ['fr-91-22714'], note='Starts on the date of '
                 'publication in the Federal Register; the DATES paragraph was not read (reports: the order was signed on '
                 '2026-04-22 and announced on 2026-04-23 as taking effect immediately). No court stay was found up to '
                 '2026-11-24 (petitions for review by Smart Approaches to Marijuana, Nebraska, Indiana and others were '
                 'pending before the D.C. Circuit in July 2026, as reported).')],
                 scope_=SC3_MJ, syn=['state-licensed medical marijuana', 'FDA-approved drug products containing marijuana'],
                 nonstruct='marijuana (plant material), marijuana extracts and plant-derived delta-9-THC, only in '
                 'FDA-approved drug products or under a state medical marijuana license (no single structure); all other '
                 'marijuana, marijuana extract and tetrahydrocannabinols remain in Schedule I (registry/US/schedule-i.yaml)',
                 note='Name assembled from the words of the rule\'s SUMMARY (the omitted words [...] are "(other than the '
                 'mature stalks and seeds) that falls outside the definition of hemp, to the extent that any of these are '
                 'included in an FDA-approved drug product or are"). The DEA code number and the item number of the amended '
                 '21 CFR 1308.13 were not read, so none is given. This is a partial transfer: 21 CFR 1308.11(d) keeps '
                 'marihuana (7360), marihuana extract (7350) and tetrahydrocannabinols (7370) for everything the rule does '
                 'not cover. A broader rescheduling of all marijuana (proposed at 89 FR 44597, 2024-05-21; hearing held '
                 '2026-06-29 to 2026-07-15 as reported) had no final rule found up to 2026-11-24.'))
    return move_back(finish(out), '1308.13', A3, A3_OLD, 'ecfr-1308-13-2016', own={'perampanel': ['fr-78-72013']})


def build_iii():
    failed = '; '.join(f"({r['n']}) {r['printed']}" for r in STEROID_FAILED) or 'none'
    doc = list_doc(
        'us-schedule-iii', 'Schedule III', 'Schedule III (21 CFR 1308.13)',
        'Controlled Substances Act (21 U.S.C. 801 et seq.), 21 U.S.C. 812; 21 CFR 1308.13', A3_OLD,
        'The eCFR text in force on 2026-04-22 (source ecfr-1308-13-2026, fetched 2026-04-24) prints the same items, DEA '
        'code numbers and wording as the 2023 copy described below (31 code numbers, every one encoded; the 86 named '
        'steroids of (f) unchanged); it has no "as amended" citation list, so it shows the state of the list on that day, '
        'not its amendment history, and the list is not declared complete. '
        'Encoded from the eCFR text of 21 CFR 1308.13 as read (an undated copy showing the 86 named anabolic steroids put '
        'in by the rule in force 2023-08-01), with DEA code numbers: every item of (b), (c), (d), (e) and (g), and '
        f'{len(STEROIDS) - len(STEROID_FAILED)} of the 86 anabolic steroids of (f). An older copy (commit 17639b10, the '
        'oldest version read; newest amendment shown: perampanel, in force 2014-01-02) prints every item of (b)-(e) and (g) '
        f"with the same wording and scope ({len(base.OLDER['1308.13']['entries'])} entries): they start on 2014-01-02 "
        '(perampanel on its own rule, the others with started_earlier: true). Its (f) names no steroid ("(1) Anabolic '
        'steroids (see § 1300.01 of this chapter) - 4000"), so the named steroids of (f) are dated by the definitions '
        'that named them before (see the end of this note). The older copy prints no item that the 2023 copy lacks. Items whose printed names OPSIN rejects only because a 17α-alkyl stands beside the '
        '17β-hydroxy group were drawn (see DRAWN17 in tools/curation/us_schedules_iii_v.py), and items whose names OPSIN cannot parse '
        'at all were drawn by hand or from a name the curator wrote (HAND_DRAWN, REWRITTEN); a drawing no independent '
        'datum checked carries an unchecked_reason. NOT encoded: the (f) items whose printed names OPSIN cannot '
        f'parse and which were not drawn: {failed}. Also not encoded: the generic clauses "any substance meeting '
        'the definition of anabolic steroid as set forth in § 1300.01" ((f)) and "a derivative of barbituric acid" '
        '((c)(3)), which are recorded as non_structural items only; any change after the 2023 copy (none was found by '
        'searching the Federal Register for placements in, transfers to and removals from schedule III after 2023-08-01, '
        'but no eCFR "as amended" citation list of 1308.13 and no DEA list of scheduling actions newer than 2021 could be '
        'read, so this is not an amendment history), except the partial transfer of marijuana by 91 FR 22714 (FR Doc '
        '2026-08176, published 2026-04-28: marijuana, marijuana extracts and plant-derived delta-9-THC in FDA-approved '
        'drug products or under a state medical marijuana license; encoded as one non_structural entry whose DEA code and '
        'CFR paragraph were not read); the state of the '
        'schedule before 2014-01-02 (apart from the steroids dated below). Back to 2010 pass: the older copy turned out to be later than 2014-10-06 '
        '(it lacks the hydrocodone combination items of (e)(1), removed by 79 FR 49661 on that day); the hydrocodone '
        'combination products are now encoded in schedule III from 2014-01-02 (in force then, since when not encoded) '
        'until 2014-10-06 (one non_structural entry; the wording and codes of the removed items were not read). Boldione, '
        'desoxymethyltestosterone and 19-nor-4,9(10)-androstadienedione start on 2010-01-04, when 74 FR 63603 classified them as anabolic steroids '
        '(21 CFR 1300.01); methasterone and prostanozol on 2012-08-29, when 77 FR 44456 did the same. The '
        f'{len(STEROIDS_1300_COPY)} other steroids '
        'that a copy of 1300.01 with its citation list names (source cfr-1300-01-steroids) start on 2010-01-01 with '
        f'started_earlier: true (no amendment of 1300.01 from 2010 on added them), and {len(STEROIDS_DASCA)} steroids '
        'matched to the clauses '
        'that Public Law 113-260 inserted in 21 U.S.C. 802(41)(A) (read up to clause (lxxi)) on 2014-12-18, when the Act '
        f'was approved; {item_list(STEROIDS_UNDATED)}, which the part of the Act read does not settle, start on 2023-08-01 with '
        'started_earlier: true. coverage.from is NOT moved back to 2010-01-01: 1308.13 prints no "as amended" citation list and '
        'no other list of its amendments between 2010 and 2014 (CFR annual edition, List of CFR Sections Affected, Federal '
        'Register index, DEA list of scheduling actions) was readable.',
        scope('(a) Schedule III shall consist of the drugs and other substances, by whatever official name, common or usual '
              'name, chemical name, or brand name designated, listed in this section. Each drug or substance has been '
              'assigned the DEA Controlled Substances Code Number set forth opposite it.'),
        S3, entries_iii(),
        'Forms covered are those of each item\'s paragraph (entry scope, quoted verbatim). "Isomer" means the optical '
        'isomer unless the paragraph says more (paragraph (b): optical, positional, or geometric): ' + ISOMER_1300 +
        ' Anabolic steroid structures are OPSIN\'s reading of the printed steroid names: ring-fusion configurations are '
        'those the steroid parent names imply; a position whose configuration the printed name does not give (e.g. C5 in '
        '"androst-4-ene" names without 5α/5β where C5 is saturated) is left unspecified.')
    base.mark26(doc, 'ecfr-1308-13-2026', skip=('marijuana-fda-approved-or-state-medical-license',),
                older=lambda e: 'the 2023 copy' if e['listings'][-1].get('item_number', '').startswith('(f)(') else None)
    base.write(os.path.join(ROOT, 'registry', 'US', 'schedule-iii.yaml'), doc, HDR)
    return doc



# =============================================================================================== Schedule V
C15_OLD = '17639b1028a4b79f95725ace277f6b34d9126c17'
C15_NEW = 'ad96f1203ac669980f9ca8def92c00334c51366f'
A5 = '2016-05-12'   # effective date of 81 FR 29487, the last amendment in the older copy's citation list
S5 = {
 'ecfr-1308-15-2026': base.ecfr26('1308.15', '§ 1308.15 Schedule V.',
   'Its source note (amendment citation list) reads: [39 FR 22143, June 20, 1974, as amended at 43 FR 38383, Aug. 28, 1978; 44 FR 40888, July 13, 1979; 47 FR 49841, Nov. 3, 1982; 50 FR 8108, Feb. 28, 1985; 52 FR 5952, Feb. 27, 1987; 53 FR 10870, Apr. 4, 1988; 56 FR 61372, Dec. 3, 1991; 67 FR 62370, Oct. 7, 2002; 70 FR 43635, July 28, 2005; 74 FR 23790, May 21, 2009; 76 FR 77899, Dec. 15, 2011; 81 FR 29491, May 12, 2016; 83 FR 48953, Sept 28, 2018; 85 FR 5562, Jan. 31, 2020; 85 FR 13746, Mar. 10, 2020; 85 FR 51645, Aug. 21, 2020; 87 FR 32996, June 1, 2022]. Items: (b)(1)-(2) [Reserved], (c)(1)-(6), (d)(1) pyrovalerone 1485 ((d)(2) [Reserved]), (e)(1) brivaracetam 2710, (e)(2) cenobamate 2720, (e)(3) ezogabine 2779, (e)(4) ganaxolone 2401, (e)(5) lacosamide 2746, (e)(6) lasmiditan 2790, (e)(7) pregabalin 2782; no paragraph (f).'),
 'ecfr-1308-15-2016': src('21 CFR 1308.15 Schedule V (Electronic Code of Federal Regulations text)', '21 CFR 1308.15',
   None, None, base.ECFR.format(s='1308.15'), [base.GH.format(c=C15_OLD, s='1308.15')],
   'Read in a GitHub copy of the eCFR (MichalOpoka/ecfr, commit 17639b10). Its citation list ends "... 76 FR 77899, Dec. '
   '15, 2011; 81 FR 29491, May 12, 2016": the text as amended by the brivaracetam rule (in force 2016-05-12). Used as '
   'showing the listed items in force on 2016-05-12.'),
 'ecfr-1308-15-2018': src('21 CFR 1308.15 Schedule V (Electronic Code of Federal Regulations text, later copy)',
   '21 CFR 1308.15', None, None, base.ECFR.format(s='1308.15'), [base.GH.format(c=C15_NEW, s='1308.15')],
   'Read in a GitHub copy of the eCFR (MichalOpoka/ecfr, commit ad96f120). Its citation list ends "... 81 FR 29491, May '
   '12, 2016; 83 FR 48953, Sept 28, 2018": no amendment between the two, so the items of the older copy stayed until '
   '2018-09-28, when paragraph (f) (approved cannabidiol drugs) was added. Later amendments were not read.'),
 'fr-76-77895': src('Schedules of Controlled Substances: Placement of Ezogabine Into Schedule V',
   '76 FR 77895 (FR Doc 2011-32172; Docket DEA-354)', '2011-12-15', '2011-12-15',
   'https://regulations.justia.com/regulations/fedreg/2011/12/15/2011-32172.html',
   ['http://www.deadiversion.usdoj.gov/fed_regs/rules/2011/fr1215_2.htm'],
   'Final rule (pages 77895-77899; its amendment of 1308.15 is the "76 FR 77899, Dec. 15, 2011" of the section\'s '
   'citation list). "DATES: Effective date: December 15, 2011." Places ezogabine, "including its salts, isomers, and salts '
   'of isomers whenever the existence of such salts, isomers, and salts of isomers is possible", into Schedule V.'),
 'fr-74-23789': src('Schedules of Controlled Substances: Placement of Lacosamide into Schedule V',
   '74 FR 23789 (FR Doc E9-11927; Docket DEA-325F)', '2009-05-21', '2009-06-22',
   'https://regulations.justia.com/regulations/fedreg/2009/05/21/E9-11927.html',
   ['https://api.ai-analytics.org/dea-action/E9-11927.md'],
   'Final rule (pages 23789-23790; its amendment of 1308.15 is the "74 FR 23790, May 21, 2009" of the section\'s citation '
   'list). "DATES: Effective Date: This rule is effective June 22, 2009." Places "lacosamide [(R)-2-acetoamido-N-benzyl-'
   '3-methoxy-propionamide] and any material, compound, mixture, or preparation which contains any quantity of '
   'lacosamide" into schedule V.'),
 'fr-81-29487': src('Schedules of Controlled Substances: Placement of Brivaracetam Into Schedule V',
   '81 FR 29487 (FR Doc 2016-11245; Docket DEA-435)', '2016-05-12', '2016-05-12', 'https://thefederalregister.org/81-FR/29487',
   ['http://federal.elaws.us/citation/81-FR-29491',
    'https://regulations.justia.com/regulations/fedreg/2016/05/12/2016-11245.html'],
   'Interim final rule. "The effective date of this rulemaking is May 12, 2016." Places brivaracetam ((2S)-2-[(4R)-2-oxo-'
   '4-propylpyrrolidin-1-yl] butanamide) (including its salts) into Schedule V.'),
 'fr-82-13067': src('Schedules of Controlled Substances: Placement of Brivaracetam Into Schedule V',
   '82 FR 13067 (FR Doc 2017-04698; Docket DEA-435)', '2017-03-09', '2017-03-09', 'http://federal.elaws.us/fr/3/9/2017/2017-04698',
   ['https://thefederalregister.org/82-FR/13067'],
   'Final rule adopting the 2016 interim final rule without change; "The effective date of this final rulemaking is '
   'March 9, 2017."'),
 'fr-83-48950': src('Schedules of Controlled Substances: Placement in Schedule V of Certain FDA-Approved Drugs Containing '
   'Cannabidiol; Corresponding Change to Permit Requirements', '83 FR 48950 (FR Doc 2018-21121)', '2018-09-28', '2018-09-28',
   'https://regulations.justia.com/regulations/fedreg/2018/09/28/2018-21121.html',
   ['https://id.scribd.com/document/389688362/Federal-Register-Placement-in-Schedule-V-of-Certain-FDA-Approved-Drugs-Containing-Cannabidiol-DOJ-DEA'],
   'Final order. "DATES: Effective September 28, 2018." The amendment of 1308.15 is on page 48953 (cited so in the eCFR).'),
 'fr-85-5557': src('Schedules of Controlled Substances: Placement of Lasmiditan in Schedule V',
   '85 FR 5557 (FR Doc 2020-01957; Docket DEA-558)', '2020-01-31', '2020-01-31',
   'https://regulations.vlex.com/vid/schedules-of-controlled-substances-839735282',
   ['https://www.govinfo.gov/content/pkg/FR-2020-01-31/html/2020-01957.htm'],
   'Interim final rule with request for comments. "The effective date of this rulemaking is January 31, 2020." '
   '"Lasmiditan is chemically known as [2,4,6-trifluoro-N-(6-(1-methylpiperidine-4-carbonyl)pyridine-2-yl-benzamide]"; '
   'placed "including its salts, isomers, and salts of isomers". The amendatory text was not read.'),
 'fr-85-13741': src('Schedules of Controlled Substances: Placement of Cenobamate in Schedule V',
   '85 FR 13741 (FR Doc 2020-04963; Docket DEA-581)', '2020-03-10', '2020-03-10',
   'https://casetext.com/federal-register/schedules-of-controlled-substances-placement-of-cenobamate-in-schedule-v',
   ['http://federal.elaws.us/citation/85-FR-13746', 'https://regulations.justia.com/regulations/fedreg/2020/03/10/2020-04963.html'],
   'Interim final rule, with request for comments. "The effective date of this rulemaking is March 10, 2020." "Cenobamate '
   'is chemically known as [(1R)-1-(2-chlorophenyl)-2-(tetrazol-2-yl)ethyl] carbamate"; placed "including its salts". '
   'The amendatory text was not read.'),
 'fr-2022-11735': src('Schedules of Controlled Substances: Placement of Ganaxolone in Schedule V',
   'FR Doc 2022-11735 (Docket DEA-990; Federal Register of 2022-06-01, cited as 87 FR 32996 by the copy read)',
   '2022-06-01', '2022-06-01', 'http://federal.elaws.us/citation/87-FR-32996', [],
   'Interim final rule; request for comments. "This rule is effective June 1, 2022." Places ganaxolone, "including its '
   'salts", in schedule V. No chemical name or amendatory text was read.'),
 'fr-87-67548': src('Schedules of Controlled Substances: Placement of Ganaxolone in Schedule V',
   '87 FR 67548 (FR Doc 2022-24157)', '2022-11-09', None,
   'https://regulations.justia.com/regulations/fedreg/2022/11/09/2022-24157.html', [],
   'Final rule on the ganaxolone placement (pages 67548-67550); only its title, citation and publication date were read.'),
 'fr-85-51639': src('Implementation of the Agriculture Improvement Act of 2018',
   '85 FR 51639 (FR Doc 2020-17356; Docket DEA-500; RIN 1117-AB53)', '2020-08-21', '2020-08-21',
   'https://regulations.justia.com/regulations/fedreg/2020/08/21/2020-17356.html',
   ['https://howtostorecannabis.com/cbd-oil-schedule-1/',
    'https://www.engage.hoganlovells.com/knowledgeservices/news/dea-issues-interim-final-rule-implementing-2018-farm-bill'],
   'Interim final rule with request for comments. "DATES: Effective August 21, 2020." It "merely conforms DEA\'s '
   'regulations to the statutory amendments to the CSA that have already taken effect" (the Agriculture Improvement Act '
   'of 2018). Among its changes it removes from schedule V the FDA-approved drug products containing cannabidiol '
   '(§ 1308.15(f)), as summarized by Hogan Lovells from the prepublication text; the amendatory text itself was not read.'),
 'wiki-schedule-v': src('List of Schedule V controlled substances (U.S.) (Wikipedia, copy)', 'Wikipedia article', None,
   None, 'https://pinocchiopedia.com/wiki/List_of_Schedule_V_Controlled_Substances_(US)',
   ['https://atozwiki.com/List_of_Schedule_V_drugs_(US)'],
   'Secondary source, cited only for DEA code numbers not read in the rules: "2720 Cenobamate", "2401 Ganaxolone", '
   '"2790 Lasmiditan" (its list of "Others": brivaracetam, cenobamate, ezogabine, ganaxolone, lacosamide, lasmiditan, '
   'pregabalin; no cannabidiol item). Undated copies.') | {
     # a compilation, not a DEA instrument: its authors, not the agency, issued it
     'issued_by': ['Wikipedia contributors'], 'issued_by_en': ['Wikipedia contributors']},
 'cfr-1300-01': S1300,
}
SC5_C = ov('(c) Narcotic drugs containing non-narcotic active medicinal ingredients. Any compound, mixture, or preparation '
  'containing any of the following narcotic drugs, or their salts calculated as the free anhydrous base or alkaloid, in '
  'limited quantities as set forth below, which shall include one or more non-narcotic active medicinal ingredients in '
  'sufficient proportion to confer upon the compound, mixture, or preparation valuable medicinal qualities other than '
  'those possessed by narcotic drugs alone:', salts=True, prep=True)
SC5_D = ov('(d) Stimulants. Unless specifically exempted or excluded or unless listed in another schedule, any material, '
  'compound, mixture, or preparation which contains any quantity of the following substances having a stimulant effect on '
  'the central nervous system, including its salts, isomers and salts of isomers:', salts=True, stereo=True, prep=True)
SC5_E = ov('(e) Depressants. Unless specifically exempted or excluded or unless listed in another schedule, any material, '
  'compound, mixture, or preparation which contains any quantity of the following substances having a depressant effect on '
  'the central nervous system, including its salts:', salts=True, prep=True)
SC5_F = ov('(f) Approved cannabidiol drugs. (1) A drug product in finished dosage formulation that has been approved by the '
  'U.S. Food and Drug Administration that contains cannabidiol (2-[1R-3-methyl-6R-(1-methylethenyl)-2-cyclohexen-1-yl]-5-'
  'pentyl-1,3-benzenediol) derived from cannabis and no more than 0.1 percent (w/w) residual tetrahydrocannabinols',
  prep=True)

want('pyrovalerone', 'drawn', '1-(4-methylphenyl)-2-(pyrrolidin-1-yl)pentan-1-one', 'pyrovalerone', P('Pyrovalerone'))
want('brivaracetam', 'opsin', '(2S)-2-[(4R)-2-oxo-4-propylpyrrolidin-1-yl]butanamide', None)
want('ezogabine', 'opsin', 'N-[2-amino-4-(4-fluorobenzylamino)-phenyl]-carbamic acid ethyl ester', None)
want('lacosamide', 'opsin', '(R)-2-acetoamido-N-benzyl-3-methoxy-propionamide', None)
want('pregabalin', 'opsin', '(S)-3-(aminomethyl)-5-methylhexanoic acid', None)
want('cenobamate', 'opsin', '[(1R)-1-(2-chlorophenyl)-2-(tetrazol-2-yl)ethyl] carbamate', None)
want('lasmiditan', 'drawn', '2,4,6-trifluoro-N-(6-(1-methylpiperidine-4-carbonyl)pyridine-2-yl)benzamide', None,
     "printed name '[2,4,6-trifluoro-N-(6-(1-methylpiperidine-4-carbonyl)pyridine-2-yl-benzamide]' (85 FR 5557; OPSIN rejects "
     "it: unmatched brackets), read with the outer brackets dropped and the bracket closing after 'pyridine-2-yl'")
want('ganaxolone', 'opsin', '3α-hydroxy-3β-methyl-5α-pregnan-20-one', None)

A5_SPINE = '2010-01-01'   # back to 2010 pass: the citation list of 1308.15 shows every amendment since 2009-05-21
SPINE5_NOTE = ('In force on 2010-01-01: printed in the text as amended through 81 FR 29491 (2016-05-12), and the citation '
               'list of 1308.15 shows only one amendment between 74 FR 23790 (May 21, 2009; lacosamide, in force '
               '2009-06-22) and 81 FR 29491, namely 76 FR 77899 (Dec. 15, 2011), the ezogabine placement (a placement rule; '
               'its amendatory text was not read); since when it was listed is not encoded.')


def NEW5(item, note=None):
    return [L(A5_SPINE, ['ecfr-1308-15-2016', 'ecfr-1308-15-2026', 'ecfr-1308-15-2018'], item=item, earlier=True,
              note=(note + ' ' + SPINE5_NOTE) if note else SPINE5_NOTE)]


def entries_v():
    out = []
    for n, txt, drug in (
            ('1', 'Not more than 200 milligrams of codeine per 100 milliliters or per 100 grams.', 'codeine'),
            ('2', 'Not more than 100 milligrams of dihydrocodeine per 100 milliliters or per 100 grams.', 'dihydrocodeine'),
            ('3', 'Not more than 100 milligrams of ethylmorphine per 100 milliliters or per 100 grams.', 'ethylmorphine'),
            ('4', 'Not more than 2.5 milligrams of diphenoxylate and not less than 25 micrograms of atropine sulfate per '
                  'dosage unit.', 'diphenoxylate'),
            ('5', 'Not more than 100 milligrams of opium per 100 milliliters or per 100 grams.', 'opium'),
            ('6', 'Not more than 0.5 milligram of difenoxin and not less than 25 micrograms of atropine sulfate per dosage '
                  'unit.', 'difenoxin')):
        out.append(E(f'{drug}-preparations-v', txt, NEW5(f'(c)({n})'), scope_=SC5_C,
                     nonstruct='preparation in limited quantities with non-narcotic active ingredients (no single '
                     'structure)', note='No DEA code number is printed for the items of paragraph (c).'))
    out += [
     E('pyrovalerone', 'Pyrovalerone', NEW5('(d)(1)'), code='1485', scope_=SC5_D),
     E('brivaracetam', 'Brivaracetam', [L('2016-05-12', ['fr-81-29487', 'fr-82-13067', 'ecfr-1308-15-2016',
       'ecfr-1308-15-2018'], item='(e)(1)')], code='2710', scope_=SC5_E, syn=['BRV', 'UCB-34714', 'Briviact'],
       chem='(2S)-2-[(4R)-2-oxo-4-propylpyrrolidin-1-yl] butanamide',
       note='The printed chemical name has a space before "butanamide"; it was parsed without it.'),
     E('ezogabine', 'Ezogabine', [L('2011-12-15', ['fr-76-77895', 'ecfr-1308-15-2016', 'ecfr-1308-15-2018'],
       item='(e)(2) in the 2016 and 2018 copies; (e)(3) in the 2026 copy; earlier numbering not read')], code='2779',
       scope_=SC5_E, syn=['retigabine'],
       chem='N-[2-amino-4-(4-fluorobenzylamino)-phenyl]-carbamic acid ethyl ester'),
     E('lacosamide', 'Lacosamide', [L('2009-06-22', ['fr-74-23789', 'ecfr-1308-15-2016', 'ecfr-1308-15-2018'],
       item='(e)(3) in the 2016 and 2018 copies; (e)(5) in the 2026 copy; earlier numbering not read')], code='2746',
       scope_=SC5_E,
       chem='(R)-2-acetoamido-N-benzyl-3-methoxy-propionamide'),
     E('pregabalin', 'Pregabalin', NEW5('(e)(4) in the 2016 and 2018 copies; (e)(7) in the 2026 copy; earlier numbering '
       'not read'), code='2782', scope_=SC5_E,
       chem='(S)-3-(aminomethyl)-5-methylhexanoic acid'),
     E('approved-cannabidiol-drugs', 'A drug product in finished dosage formulation that has been approved by the U.S. Food '
       'and Drug Administration that contains cannabidiol derived from cannabis and no more than 0.1 percent (w/w) residual '
       'tetrahydrocannabinols', [L('2018-09-28', ['fr-83-48950', 'ecfr-1308-15-2018'], item='(f)(1)',
       until='2020-08-21', ended=['fr-85-51639'],
       note='Removed from schedule V by the interim final rule implementing the Agriculture Improvement Act of 2018 '
            '(in force 2020-08-21). That rule says it conforms the regulations to statutory amendments that had already '
            'taken effect (the Act became law in December 2018, date not read from a source here): the products may have '
            'ceased to be controlled before the regulatory text was changed; the period follows the regulation.')],
       code='7367', scope_=SC5_F, nonstruct='FDA-approved drug products containing cannabidiol; cannabidiol itself is not '
       'controlled by this item',
       chem='2-[1R-3-methyl-6R-(1-methylethenyl)-2-cyclohexen-1-yl]-5-pentyl-1,3-benzenediol'),
     E('cenobamate', 'Cenobamate', [L('2020-03-10', ['fr-85-13741', 'ecfr-1308-15-2026', 'wiki-schedule-v'], item='(e)(2)')],
       code='2720',
       scope_=ov('[placement rule, 85 FR 13741] placing cenobamate, including its salts, in schedule V of the CSA', salts=True),
       chem='[(1R)-1-(2-chlorophenyl)-2-(tetrazol-2-yl)ethyl] carbamate',
       note='Chemical name as printed in the interim final rule. Paragraph (e)(2) and DEA code 2720 as printed in the '
            'eCFR text of 2026-04-22 (source ecfr-1308-15-2026; its source note cites the amendment at 85 FR 13746), which '
            'prints the chemical name as "[(1R)-1-(2-chlorophenyl)-2-(tetrazol-2-yl)ethyl] carbamate; 2H-tetrazole-2-ethanol, '
            'alpha-(2-chlorophenyl)-, carbamate (ester), (alphaR)-; carbamic acid (R)-(+)-1-(2-chlorophenyl)-2-(2H-tetrazol-'
            '2-yl)ethyl ester"; the entry scope is the placement rule\'s wording.'),
     E('lasmiditan', 'Lasmiditan', [L('2020-01-31', ['fr-85-5557', 'ecfr-1308-15-2026', 'wiki-schedule-v'], item='(e)(6)')],
       code='2790',
       scope_=ov('[placement rule, 85 FR 5557] placing lasmiditan, including its salts, isomers, and salts of isomers whenever '
                 'the existence of such salts, isomers, and salts of isomers is possible, in schedule V of the CSA',
                 salts=True, stereo=True),
       chem='[2,4,6-trifluoro-N-(6-(1-methylpiperidine-4-carbonyl)pyridine-2-yl-benzamide]',
       note='Chemical name as printed in the interim final rule and, the same, in the eCFR text of 2026-04-22 (brackets '
            'unbalanced as printed). Paragraph (e)(6) and DEA code 2790 as printed in that text (source ecfr-1308-15-2026; '
            'its source note cites the amendment at 85 FR 5562).'),
     E('ganaxolone', 'Ganaxolone', [L('2022-06-01', ['fr-2022-11735', 'fr-87-67548', 'ecfr-1308-15-2026', 'wiki-schedule-v'],
       item='(e)(4)')], code='2401',
       scope_=ov('[placement rule, FR Doc 2022-11735] placing ganaxolone, including its salts in schedule V of the Controlled '
                 'Substances Act', salts=True),
       note='Paragraph (e)(4) and DEA code 2401 as printed in the eCFR text of 2026-04-22 (source ecfr-1308-15-2026; its '
            'source note cites the amendment at 87 FR 32996, June 1, 2022), which prints "Ganaxolone '
            '(3α-hydroxy-3β-methyl-5α-pregnan-20-one)"; the structure is OPSIN\'s reading of that printed chemical name.',
       chem='3α-hydroxy-3β-methyl-5α-pregnan-20-one'),
    ]
    return finish(out)


def build_v():
    doc = list_doc(
        'us-schedule-v', 'Schedule V', 'Schedule V (21 CFR 1308.15)',
        'Controlled Substances Act (21 U.S.C. 801 et seq.), 21 U.S.C. 812; 21 CFR 1308.15', A5_SPINE,
        'Back to 2010 pass: coverage starts on 2010-01-01. The citation list of 1308.15 (sources ecfr-1308-15-2026 and '
        'ecfr-1308-15-2016) is the spine: it cites 74 FR 23790 (May 21, 2009: lacosamide, rule 74 FR 23789, in force '
        '2009-06-22), then only 76 FR 77899 (Dec. 15, 2011: ezogabine, rule 76 FR 77895, in force 2011-12-15) before 81 FR '
        '29491 (May 12, 2016: brivaracetam). So the items of the 2016 text other than ezogabine and brivaracetam were in '
        'force on 2010-01-01 (they start then with started_earlier: true; lacosamide on its own rule), ezogabine starts on '
        '2011-12-15, and nothing left schedule V between 2010-01-01 and 2016-05-12. Item numbers before 2016-05-12 were not '
        'read (the 2016 copy\'s are given). '
        'The amendment history is complete from 2016-05-12 to the text in force on 2026-04-22 (source ecfr-1308-15-2026, '
        'fetched 2026-04-24): its source note lists every amendment of 1308.15, and each one after the coverage start is '
        'encoded: after '
        '81 FR 29491 (May 12, 2016, brivaracetam, the last amendment the 2016 copy shows) it cites only 83 FR 48953 '
        '(approved cannabidiol drugs, in force 2018-09-28), 85 FR 5562 (lasmiditan, rule 85 FR 5557, 2020-01-31), 85 FR '
        '13746 (cenobamate, rule 85 FR 13741, 2020-03-10), 85 FR 51645 (removal of paragraph (f), rule 85 FR 51639, '
        '2020-08-21) and 87 FR 32996 (ganaxolone, FR Doc 2022-11735, 2022-06-01); final rules that adopted these interim '
        'rules without change did not amend the text. The 2026 text prints exactly the encoded open items (c)(1)-(6), '
        '(d)(1), (e)(1)-(7), with the same DEA code numbers (those of cenobamate, lasmiditan and ganaxolone, taken before '
        'from a Wikipedia copy, are confirmed there). After 2026-04-22 no amendment of 1308.15 was looked for beyond the '
        'searches of the earlier passes (none found), which is why complete stays false: the list has no coverage.until '
        'and the window runs to today (declaring it complete would also need tests/jurisdictions/test_us_un.py, which '
        'expects schedule V to be partial, to change). Item numbers of periods that began before 2018 are those of the '
        'copies then read (the 2026 text renumbers (e): ezogabine (e)(3), lacosamide (e)(5), pregabalin (e)(7)). '
        'Every item of two eCFR copies of 21 CFR 1308.15 is encoded: the text as amended through 81 FR 29491 (in force '
        '2016-05-12: paragraphs (c)(1)-(6), (d)(1), (e)(1)-(4)) and through 83 FR 48953 (2018-09-28: adds (f)(1), approved '
        'cannabidiol drugs). Items start on 2010-01-01 with started_earlier: true (see above; brivaracetam, ezogabine '
        'and lacosamide on their own rules). Later '
        'rules found and encoded: lasmiditan (in force 2020-01-31), cenobamate (2020-03-10), removal of paragraph (f) '
        '(2020-08-21), ganaxolone (2022-06-01). These agree with the Schedule V list of a Wikipedia copy (source '
        'wiki-schedule-v), which names no other item. Not covered: the state of the schedule before 2010-01-01.',
        scope('(a) Schedule V shall consist of the drugs and other substances, by whatever official name, common or usual '
              'name, chemical name, or brand name designated, listed in this section.'),
        S5, entries_v(),
        'Forms covered are those of each item\'s paragraph (entry scope, quoted verbatim). "Isomer" in paragraph (d) means '
        'the optical isomer: ' + ISOMER_1300)
    base.mark26(doc, 'ecfr-1308-15-2026')
    base.write(os.path.join(ROOT, 'registry', 'US', 'schedule-v.yaml'), doc, HDR)
    return doc


if __name__ == '__main__':
    derive_all()
    with open(os.path.join(ROOT, 'tools', 'curation', 'us_schedules_iii_v_structures.json'), 'w') as fh:
        json.dump(STRUCTS, fh, indent=1, ensure_ascii=False)
    build_iv()
    build_iii()
    build_v()
