# Writes (no longer registry/US/list-i.yaml, see the end) tools/curation/us_fentanyl_schedule_i_base.yaml (the fentanyl part of Schedule I that
# tools/curation/us_schedule_i.py extends into registry/US/schedule-i.yaml) and tools/curation/us_fentanyl_schedule_ii_base.yaml
# (the fentanyl part of Schedule II that tools/curation/us_schedules.py extends into registry/US/schedule-ii.yaml) from the facts
# gathered (sources, dates, names) and
# us_fentanyl_structures.json (output of us_fentanyl.py). Run us_fentanyl.py first.
# Superseded for Schedule I: us_fentanyl_schedule_i_base.yaml was edited after this script last wrote it (f4b43fc,
# audit o: second-source checks cite the Chinese list items), so that file is now maintained by hand and this script
# is the record of how it was first built. Running the script would undo those edits.
import datetime as dt
import json

import yaml

with open('/work/main/tools/curation/us_fentanyl_structures.json') as fh:
    S = json.load(fh)
DEA = ['Drug Enforcement Administration, Department of Justice']
def src(title, number, ann, eff, url, other=(), note=None):
    d = {'title': title, 'number': number, 'issued_by': list(DEA), 'issued_by_en': list(DEA)}
    if ann:
        d['announced'] = ann
    if eff:
        d['effective'] = eff
    d['url'] = url
    if other:
        d['other_urls'] = list(other)
    if note:
        d['note'] = note
    return d
PUBPROXY = 'effective date not read in the instrument; its publication date is used as the start of this period'
def structure(eid):
    s = S[eid]
    c = s['checks']
    chk = []
    if 'second_name' in c and c['second_name']['same_inchikey']:
        if c['second_name']['source'] == 'china':
            chk.append(f"second source: chemical name in China's controlled-substance catalogue "
                       f"({c['second_name']['name']}), as transcribed in shared/research/china_substances.csv, "
                       "parsed by OPSIN: same InChIKey")
        else:
            chk.append(f"second printed name in the same Federal Register document ({c['second_name']['name']}) "
                       "parsed by OPSIN: same InChIKey")
    if c['in_reference_set']:
        chk.append('second source: SMILES in GitHub Benzyl-titanium/Structural-formula assets/smiles.txt '
                   '(commit b38de359): same InChIKey')
    d = {'smiles': s['smiles'], 'derived_by': s['method'], 'derived_from': s['derived_from']}
    if chk:
        d['checked_against'] = chk
    else:
        d['unchecked_reason'] = (f"only one printed name was read and no independent structure source for it was "
                                 f"found within the look-up budget (formula {s['formula']})")
    return d
def entry(eid, name, chem=None, code=None, cas=None, syn=None, listings=(), note=None, scope=None, sid=None):
    e = {'id': eid, 'name': name, 'name_en': name}
    if syn:
        e['synonyms'] = syn
    if chem:
        e['chemical_name'] = chem
        e['chemical_name_en'] = chem
    if cas:
        e['cas'] = cas
    if code:
        e['code'] = code
    e['structure'] = structure(sid or eid)
    if scope:
        e['scope'] = scope
    e['listings'] = list(listings)
    if note:
        e['note'] = note
    return e
def L(frm, srcs, until=None, ended=None, note=None, cat=None):
    d = {'effective_from': frm}
    if until:
        d['effective_until'] = until
        d['ended_by'] = ended
    d['sources'] = srcs
    if cat:
        d['category'] = cat
    if note:
        d['note'] = note
    return d
D = dt.date.fromisoformat

# ---------------- Schedule I ----------------
s1 = {
 'fr-52-20070': src('Schedules of Controlled Substances (placement of six fentanyl analogues, including '
                    '3-methylthiofentanyl, into Schedule I)', '52 FR 20070', D('1987-05-29'), D('1987-05-29'),
   'http://federal.elaws.us/fr/5/8/2019/2019-09477',
   ['https://regulations.justia.com/regulations/fedreg/2019/05/08/2019-09477.html',
    'https://isomerdesign.com/Cdsa/scheduleUS.php?schedule=ALL&section=ALL'],
   'Not read directly. DEA, in its correcting amendment of May 8, 2019 (Docket DEA-490, FR Doc 2019-09477, '
   '84 FR 20023), states: "On May 29, 1987, the Drug Enforcement Administration (DEA) placed six substances, including '
   '3-methylthiofentanyl, into schedule I of the Controlled Substances Act. 52 FR 20070." The title here is '
   'descriptive; the other five substances are not named in the text read (isomerdesign attributes '
   'acetyl-alpha-methylfentanyl to 52 FR 20070).'),
 'fr-80-42381': src('Schedules of Controlled Substances: Temporary Placement of Acetyl Fentanyl Into Schedule I',
   '80 FR 42381 (FR Doc 2015-17563; Docket DEA-413F)', D('2015-07-17'), None,
   'https://thefederalregister.org/80-FR/42381',
   ['https://regulations.justia.com/regulations/fedreg/2015/07/17/2015-17563.html'],
   'Final order (temporary scheduling, 21 U.S.C. 811(h)). ' + PUBPROXY + '.'),
 'fr-82-26349': src('Schedules of Controlled Substances: Placement of Acetyl Fentanyl Into Schedule I',
   '82 FR 26349 (FR Doc 2017-11795)', D('2017-06-07'), D('2017-06-07'),
   'http://federal.elaws.us/citation/82-FR-26351',
   ['http://regulations.justia.com/regulations/fedreg/2017/06/07/2017-11795.html'],
   'Final order under 21 U.S.C. 811(d)(1) (Single Convention obligations): "Effective June 7, 2017."'),
 'fr-81-29492': src('Schedules of Controlled Substances: Temporary Placement of Butyryl Fentanyl and '
                    'Beta-Hydroxythiofentanyl Into Schedule I', '81 FR 29492 (FR Doc 2016-11219; Docket DEA-434F)',
   D('2016-05-12'), D('2016-05-12'),
   'http://federal.elaws.us/fr/citation/2016-11219', ['https://thefederalregister.org/81-FR/29492'],
   '"This final order is effective on May 12, 2016."'),
 'fr-83-21834': src('Schedules of Controlled Substances: Extension of Temporary Placement of beta-Hydroxythiofentanyl '
                    'in Schedule I of the Controlled Substances Act', '83 FR 21834 (FR Doc 2018-10009)',
   D('2018-05-10'), None,
   'https://thefederalregister.org/83-FR/21834', [],
   'Extends the temporary Schedule I status (in effect through May 12, 2018) for one year, or until the permanent '
   'scheduling action is completed, whichever occurs first.'),
 'fr-84-20023': src('Schedules of Controlled Substances: Placement of beta-Hydroxythiofentanyl in Schedule I',
   '84 FR 20023 (FR Doc 2019-09479)', D('2019-05-08'), D('2019-05-08'),
   'http://federal.elaws.us/fr/5/8/2019/2019-09479',
   ['https://regulations.justia.com/regulations/fedreg/2019/05/08/2019-09479.html'],
   '"This final rule is effective May 8, 2019."'),
 'fr-83-17486': src('Schedules of Controlled Substances: Placement of Butyryl Fentanyl and U-47700 Into Schedule I',
   '83 FR 17486 (FR Doc 2018-08280; Docket DEA-478)', D('2018-04-20'), None,
   'https://thefederalregister.org/83-FR/17486',
   ['https://regulations.justia.com/regulations/fedreg/2018/04/20/2018-08280.html'],
   'Final order under 21 U.S.C. 811(d)(1) maintaining butyryl fentanyl in Schedule I. ' + PUBPROXY + '.'),
 'fr-81-85873': src('Schedules of Controlled Substances: Temporary Placement of Furanyl Fentanyl Into Schedule I',
   '81 FR 85873 (FR Doc 2016-28693; Docket DEA-448)', D('2016-11-29'), None,
   'https://thefederalregister.org/81-FR/85873', [], 'Final order (temporary scheduling). ' + PUBPROXY + '.'),
 'fr-82-32453': src('Schedules of Controlled Substances: Temporary Placement of Acryl Fentanyl Into Schedule I',
   '82 FR 32453 (FR Doc 2017-14880)', D('2017-07-14'), D('2017-07-14'),
   'https://regulations.justia.com/regulations/fedreg/2017/07/14/2017-14880.html',
   ['https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/dea-intends-to-restrict-imports-and-exports-of-acryl-fentanyl'],
   'Effective date = publication date: the notice of intent said the order "will be effective on the date it is '
   'published in the Federal Register" (as reported by Sandler, Travis & Rosenberg).'),
 'fr-82-49504': src('Schedules of Controlled Substances: Temporary Placement of ortho-Fluorofentanyl, '
                    'Tetrahydrofuranyl Fentanyl, and Methoxyacetyl Fentanyl Into Schedule I',
   '82 FR 49504 (FR Doc 2017-23206)', D('2017-10-26'), None,
   'https://thefederalregister.org/82-FR/49504', [], 'Temporary scheduling order. ' + PUBPROXY + '.'),
 'fr-83-4580': src('Schedules of Controlled Substances: Temporary Placement of Seven Fentanyl-Related Substances in '
                   'Schedule I', '83 FR 4580 (FR Doc 2018-02008)', D('2018-02-01'), D('2018-02-01'),
   'https://thefederalregister.org/83-FR/4580',
   ['https://www.fdanews.com/articles/185473-dea-puts-seven-fentanyl-related-products-in-schedule-i-through-2020',
    'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/dea-to-restrict-imports-and-exports-of-seven-fentanyl-related-substances'],
   'Temporary scheduling order for valeryl, para-fluorobutyryl, para-methoxybutyryl, para-chloroisobutyryl, isobutyryl '
   'and cyclopentyl fentanyl and ocfentanil. Effective on publication (notice of intent as reported by Sandler, Travis '
   '& Rosenberg; FDAnews: "will apply from Feb. 1, 2018").'),
 'fr-85-5321': src('Schedules of Controlled Substances: Extension of Temporary Placement of cyclopentyl fentanyl, '
                   'isobutyryl fentanyl, para-chloroisobutyryl fentanyl, para-methoxybutyryl fentanyl, and valeryl '
                   'fentanyl in Schedule I of the Controlled Substances Act', '85 FR 5321 (FR Doc 2020-01683)',
   D('2020-01-30'), D('2020-02-01'),
   'http://federal.elaws.us/fr/1/30/2020/2020-01683',
   ['https://regulations.justia.com/regulations/fedreg/2020/01/30/2020-01683.html'],
   '"This temporary scheduling order, which extends the order (83 FR 4580, February 1, 2018), is effective February 1, '
   '2020, and expires on February 1, 2021."'),
 'fr-85-75231': src('Schedules of Controlled Substances: Placement of cyclopentyl fentanyl, isobutyryl fentanyl, '
                    'para-chloroisobutyryl fentanyl, para-methoxybutyryl fentanyl, and valeryl fentanyl in Schedule I',
   '85 FR 75231 (FR Doc 2020-22757; Docket DEA-565)', D('2020-11-25'), D('2020-11-25'),
   'https://regulations.justia.com/regulations/fedreg/2020/11/25/2020-22757.html',
   ['https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/december-2020/import-export-restrictions-finalized-on-opioids'],
   'Final rule; effective Nov. 25, 2020 per Sandler, Travis & Rosenberg (the DATES line itself was not read).'),
 'fr-83-61320': src('Schedules of Controlled Substances: Placement of Furanyl Fentanyl, 4-Fluoroisobutyryl Fentanyl, '
                    'Acryl Fentanyl, Tetrahydrofuranyl Fentanyl, and Ocfentanil in Schedule I',
   '83 FR 61320 (FR Doc 2018-26045)', D('2018-11-29'), None,
   'https://regulations.justia.com/regulations/fedreg/2018/11/29/2018-26045.html',
   ['https://regulations.justia.com/regulations/fedreg/agencies/department-of-justice/drug-enforcement-administration/2018/11/29?registers=between'],
   'Final order under 21 U.S.C. 811(d)(1) maintaining the five substances in Schedule I. ' + PUBPROXY + '.'),
 'fr-86-22113': src('Schedules of Controlled Substances: Placement of 10 Specific Fentanyl-Related Substances in '
                    'Schedule I', '86 FR 22113 (FR Doc 2021-08720; Docket DEA-476)', D('2021-04-27'), D('2021-04-27'),
   'http://federal.elaws.us/fr/4/27/2021/2021-08720',
   ['https://regulations.justia.com/regulations/fedreg/2021/04/27/2021-08720.html',
    'https://docslib.org/doc/7079559/federal-register-vol-86-no-79-tuesday-april-27-2021-rules-and-regulations'],
   '"Effective date: April 27, 2021."'),
 'fr-86-23602': src('Schedules of Controlled Substances: Placement of Four Specific Fentanyl-Related Substances in '
                    'Schedule I', '86 FR 23602 (FR Doc 2021-09402)', D('2021-05-04'), D('2021-05-04'),
   'https://regulations.justia.com/regulations/fedreg/2021/05/04/2021-09402.html',
   ['https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/may/import-export-restrictions-finalized-on-opioids'],
   'Final rule; effective May 4 (2021) per Sandler, Travis & Rosenberg, which also lists the four substances and their '
   'chemical names.'),
 'fr-88-85104': src('Schedules of Controlled Substances: Placement of Nine Specific Fentanyl-Related Substances in '
                    'Schedule I', '88 FR 85104 (FR Doc 2023-26694; Docket DEA-1036)', D('2023-12-07'), D('2023-12-07'),
   'http://federal.elaws.us/fr/12/7/2023/2023-26694',
   ['https://regulations.justia.com/regulations/fedreg/2023/12/07/2023-26694.html'],
   '"Effective date: December 7, 2023." Only the first two of the nine substances were read.'),
 'fr-90-44979': src('Schedules of Controlled Substances: Placement of Seven Specific Fentanyl-Related Substances in '
                    'Schedule I', '90 FR 44979 (FR Doc 2025-18103; Docket DEA-1457)', D('2025-09-18'), D('2025-09-18'),
   'https://lexbuild.dev/fr/2025/09/2025-18103', ['https://frtracker.app/fr/2025-18103'],
   '"Effective September 18, 2025." The seven substance names were not read; no entry cites this source yet.'),
 'dea-1308-11-lawserver': src('21 CFR 1308.11 Schedule I (copy of the Code of Federal Regulations text)',
   '21 CFR 1308.11', None, None,
   'http://www.lawserver.com/law/country/us/cfr/21_cfr_1308-11',
   ['https://legalfix.com/CFR/2019/title-21/chapter-ii/part-1308/section-1308%2E11'],
   'Undated reprint; used for the paragraph (b) scope wording, names and DEA code numbers as printed.'),
 'dea-drug-codes-2016': {'title': 'Controlled Substances - by DEA Drug Code Number', 'number': None,
   'issued_by': ['Drug Enforcement Administration, Office of Diversion Control'], 'announced': D('2016-02-08'),
   'url': 'https://github.com/NIEM/NIEM.github.io/blob/master/reference/content/codes/dea.md',
   'other_urls': ['http://www.deadiversion.usdoj.gov/schedules/orangebook/d_cs_drugcode.pdf'],
   'note': 'DEA code numbers as reproduced by NIEM (reference/content/codes/dea.md).'},
}
s1['dea-drug-codes-2016'].pop('number')
P = (
    'Also within the fentanyl-related substances class (temporary order 83 FR 5188 from 2018-02-06; statute from '
    '2025-07-16) before this listing; the class is recorded separately (registry/classes).'
)
e1 = [
 entry('acetyl-alpha-methylfentanyl', 'Acetyl-alpha-methylfentanyl',
   'N-[1-(1-methyl-2-phenethyl)-4-piperidinyl]-N-phenylacetamide', '9815',
   listings=[L(D('1987-05-29'), ['fr-52-20070', 'dea-1308-11-lawserver'],
               note='Placement date from DEA\'s statement on 52 FR 20070 (six substances placed on May 29, 1987); '
                    'attribution of this substance to 52 FR 20070 is from isomerdesign (secondary). Earlier temporary '
                    'control, if any, is not recorded.')],
   note='SMILES drawn from the printed name: "1-methyl-2-phenethyl" read as 1-methyl-2-phenylethyl (OPSIN cannot parse '
        'the printed form).'),
 entry('3-methylthiofentanyl', '3-Methylthiofentanyl', code='9833',
   listings=[L(D('1987-05-29'), ['fr-52-20070', 'dea-1308-11-lawserver'],
               note='DEA: "On May 29, 1987, ... placed six substances, including 3-methylthiofentanyl, into schedule I '
                    '... 52 FR 20070." Earlier temporary control, if any, is not recorded.')],
   note='Printed chemical name not read; SMILES drawn from the name (thiofentanyl with a 3-methyl group on the '
        'piperidine ring).'),
 entry('acetyl-fentanyl', 'Acetyl fentanyl', 'N-(1-phenethylpiperidin-4-yl)-N-phenylacetamide', '9821',
   listings=[
   L(D('2015-07-17'), ['fr-80-42381'], D('2017-06-07'), ['fr-82-26349'],
     note='Temporary order; ' + PUBPROXY + '. This order covered acetyl fentanyl "and its optical, positional, and '
          'geometric isomers, salts and salts of isomers" (no esters or ethers).'),
   L(D('2017-06-07'), ['fr-82-26349'],
     note='Permanent: "including its isomers, esters, ethers, salts, and salts of isomers, esters and ethers".')],
   note='No CAS is recorded: the FR texts read print none.'),
 entry('butyryl-fentanyl', 'Butyryl fentanyl', 'N-(1-phenethylpiperidin-4-yl)-N-phenylbutyramide',
   syn=['N-(1-phenethylpiperidin-4-yl)-N-phenylbutanamide'], listings=[
   L(D('2016-05-12'), ['fr-81-29492'], D('2018-04-20'), ['fr-83-17486'], note='Temporary order.'),
   L(D('2018-04-20'), ['fr-83-17486'], note='Permanent order; ' + PUBPROXY + '.')],
   note='DEA code number not sourced.'),
 entry('beta-hydroxythiofentanyl', 'beta-Hydroxythiofentanyl',
   'N-[1-[2-hydroxy-2-(thiophen-2-yl)ethyl]piperidin-4-yl]-N-phenylpropionamide',
   syn=['N-[1-[2-hydroxy-2-(2-thienyl)ethyl]-4-piperidinyl]-N-phenylpropanamide'], listings=[
   L(D('2016-05-12'), ['fr-81-29492', 'fr-83-21834'], D('2019-05-08'), ['fr-84-20023'],
     note='Temporary order, extended by 83 FR 21834 for one year from May 12, 2018 or until permanent scheduling.'),
   L(D('2019-05-08'), ['fr-84-20023'])], note='DEA code number not sourced.'),
 entry('furanyl-fentanyl', 'Furanyl fentanyl', 'N-(1-phenethylpiperidin-4-yl)-N-phenylfuran-2-carboxamide', listings=[
   L(D('2016-11-29'), ['fr-81-85873'], D('2018-11-29'), ['fr-83-61320'], note='Temporary order; ' + PUBPROXY + '.'),
   L(D('2018-11-29'), ['fr-83-61320'], note='Permanent order; ' + PUBPROXY + '.')],
   note='DEA code number not sourced.'),
 entry('4-fluoroisobutyryl-fentanyl', '4-Fluoroisobutyryl fentanyl',
   'N-(4-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)isobutyramide', syn=['para-fluoroisobutyryl fentanyl'], listings=[
   L(D('2018-11-29'), ['fr-83-61320'],
     note='Permanent order; ' + PUBPROXY + '. It had been temporarily scheduled before (FDAnews: the five substances '
          '"were temporarily placed in Schedule I"); that order was not sourced, so the earlier period is not '
          'recorded.')], note='DEA code number not sourced.'),
 entry('acryl-fentanyl', 'Acryl fentanyl', 'N-(1-phenethylpiperidin-4-yl)-N-phenylacrylamide', '9811',
   syn=['acryloylfentanyl'], listings=[
   L(D('2017-07-14'), ['fr-82-32453'], D('2018-11-29'), ['fr-83-61320'], note='Temporary order.'),
   L(D('2018-11-29'), ['fr-83-61320', 'dea-1308-11-lawserver'], note='Permanent order; ' + PUBPROXY + '.')]),
 entry('tetrahydrofuranyl-fentanyl', 'Tetrahydrofuranyl fentanyl',
   'N-(1-phenethylpiperidin-4-yl)-N-phenyltetrahydrofuran-2-carboxamide', listings=[
   L(D('2017-10-26'), ['fr-82-49504'], D('2018-11-29'), ['fr-83-61320'], note='Temporary order; ' + PUBPROXY + '.'),
   L(D('2018-11-29'), ['fr-83-61320'], note='Permanent order; ' + PUBPROXY + '.')],
   note='DEA code number not sourced.'),
 entry('ocfentanil', 'Ocfentanil', 'N-(2-fluorophenyl)-2-methoxy-N-(1-phenethylpiperidin-4-yl)acetamide', listings=[
   L(D('2018-02-01'), ['fr-83-4580'], D('2018-11-29'), ['fr-83-61320'], note='Temporary order.'),
   L(D('2018-11-29'), ['fr-83-61320'], note='Permanent order; ' + PUBPROXY + '.')],
   note='DEA code number not sourced.'),
]
for eid, name, chem in [('valeryl-fentanyl', 'Valeryl fentanyl', 'N-(1-phenethylpiperidin-4-yl)-N-phenylpentanamide'),
                        ('para-methoxybutyryl-fentanyl', 'para-Methoxybutyryl fentanyl',
                         'N-(4-methoxyphenyl)-N-(1-phenethylpiperidin-4-yl)butyramide'),
                        ('para-chloroisobutyryl-fentanyl', 'para-Chloroisobutyryl fentanyl',
                         'N-(4-chlorophenyl)-N-(1-phenethylpiperidin-4-yl)isobutyramide'),
                        ('isobutyryl-fentanyl', 'Isobutyryl fentanyl',
                         'N-(1-phenethylpiperidin-4-yl)-N-phenylisobutyramide'),
                        ('cyclopentyl-fentanyl', 'Cyclopentyl fentanyl',
                         'N-(1-phenethylpiperidin-4-yl)-N-phenylcyclopentanecarboxamide')]:
    e1.append(entry(eid, name, chem, listings=[
        L(D('2018-02-01'), ['fr-83-4580', 'fr-85-5321'], D('2020-11-25'), ['fr-85-75231'],
          note='Temporary order (two years), extended from 2020-02-01 to 2021-02-01 or until permanent scheduling.'),
        L(D('2020-11-25'), ['fr-85-75231'])], note='DEA code number not sourced.'))
for eid, name, chem in [('2-fluoro-ortho-fluorofentanyl', "2'-Fluoro ortho-fluorofentanyl",
                         'N-(1-(2-fluorophenethyl)piperidin-4-yl)-N-(2-fluorophenyl)propionamide'),
                        ('beta-methyl-fentanyl', 'beta-Methyl fentanyl',
                         'N-phenyl-N-(1-(2-phenylpropyl)piperidin-4-yl)propionamide'),
                        ('ortho-fluorobutyryl-fentanyl', 'ortho-Fluorobutyryl fentanyl',
                         'N-(2-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)butyramide'),
                        ('ortho-methyl-acetylfentanyl', 'ortho-Methyl acetylfentanyl',
                         'N-(2-methylphenyl)-N-(1-phenethylpiperidin-4-yl)acetamide'),
                        ('ortho-methyl-methoxyacetylfentanyl', 'ortho-Methyl methoxyacetylfentanyl',
                         '2-methoxy-N-(2-methylphenyl)-N-(1-phenethylpiperidin-4-yl)acetamide'),
                        ('para-methylfentanyl', 'para-Methylfentanyl',
                         'N-(4-methylphenyl)-N-(1-phenethylpiperidin-4-yl)propionamide'),
                        ('phenyl-fentanyl', 'Phenyl fentanyl', 'N-(1-phenethylpiperidin-4-yl)-N-phenylbenzamide')]:
    syn = {'ortho-fluorobutyryl-fentanyl': ['2-fluorobutyryl fentanyl'],
           'ortho-methyl-acetylfentanyl': ['2-methyl acetylfentanyl'],
           'ortho-methyl-methoxyacetylfentanyl': ['2-methyl methoxyacetyl fentanyl'],
           'para-methylfentanyl': ['4-methylfentanyl'], 'phenyl-fentanyl': ['benzoyl fentanyl']}.get(eid)
    e1.append(entry(eid, name, chem, syn=syn, listings=[L(D('2021-04-27'), ['fr-86-22113'])], note=P))
for eid, name, chem in [('fentanyl-carbamate', 'Fentanyl carbamate',
                         'ethyl (1-phenethylpiperidin-4-yl)(phenyl)carbamate'),
                        ('ortho-fluoroacryl-fentanyl', 'ortho-Fluoroacryl fentanyl',
                         'N-(2-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)acrylamide'),
                        ('ortho-fluoroisobutyryl-fentanyl', 'ortho-Fluoroisobutyryl fentanyl',
                         'N-(2-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)isobutyramide'),
                        ('para-fluoro-furanyl-fentanyl', 'para-Fluoro furanyl fentanyl',
                         'N-(4-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)furan-2-carboxamide')]:
    e1.append(entry(eid, name, chem,
                    listings=[L(D('2021-05-04'), ['fr-86-23602'],
                                note='Effective date from a secondary report (Sandler, Travis & Rosenberg); equals the '
                                     'publication date.')],
                    note=P + ' Chemical name as quoted by Sandler, Travis & Rosenberg from the rule.'))
for eid, name, chem in [('meta-fluorofentanyl', 'meta-Fluorofentanyl',
                         'N-(3-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)propionamide'),
                        ('meta-fluoroisobutyryl-fentanyl', 'meta-Fluoroisobutyryl fentanyl',
                         'N-(3-fluorophenyl)-N-(1-phenethylpiperidin-4-yl)isobutyramide')]:
    e1.append(entry(eid, name, chem, listings=[L(D('2023-12-07'), ['fr-88-85104'])], note=P))
# unused source would be flagged? keep it documented in the list note instead
s1.pop('fr-90-44979')
TXT1 = (
    'Unless specifically excepted or unless listed in another schedule, any of the following opiates, including their '
    'isomers, esters, ethers, salts, and salts of isomers, esters and ethers, whenever the existence of such isomers, '
    'esters, ethers and salts is possible within the specific chemical designation (for purposes of '
    'paragraph (b)(34) only, the term isomer includes the optical and geometric isomers):'
)
sched1 = {'id': 'us-schedule-i', 'jurisdiction': 'US', 'title': 'Schedule I', 'title_en': 'Schedule I (21 CFR 1308.11)',
 'kind': 'drug', 'legal_basis': 'Controlled Substances Act (21 U.S.C. 801 et seq.), 21 U.S.C. 812; 21 CFR 1308.11',
 'coverage': {'from': D('1987-05-29'), 'complete': False,
              'note': 'Only fentanyl-family items are encoded, and of those only the ones whose listing dates could be '
                      'sourced. Missing: alpha-methylfentanyl (9814), 3-methylfentanyl (9813), para-fluorofentanyl '
                      '(9812), beta-hydroxyfentanyl (9830), beta-hydroxy-3-methylfentanyl (9831), '
                      'alpha-methylthiofentanyl (9832), thiofentanyl (9835) (codes known, scheduling dates not '
                      'sourced); ortho-fluorofentanyl, methoxyacetyl fentanyl, cyclopropyl fentanyl, '
                      'para-fluorobutyryl fentanyl (temporary orders read, permanent rules not found); alpha\'-methyl '
                      'butyryl fentanyl (9864); three of the ten FRS of 86 FR 22113 (4\'-methyl acetyl fentanyl, '
                      'beta\'-phenyl fentanyl, thiofuranyl fentanyl: chemical names not read); seven of the nine FRS '
                      'of 88 FR 85104; the seven FRS of 90 FR 44979 (FR Doc 2025-18103, effective 2025-09-18; names '
                      'not read). The fentanyl-related substances class is a class control, not an entry here. All '
                      'non-fentanyl Schedule I substances are missing.'},
 'scope': {'salts': True, 'stereoisomers': True, 'other_isomers': False, 'esters': True, 'ethers': True,
           'preparations': False, 'exceptions': [], 'text': TXT1, 'text_en': TXT1},
 'sources': s1, 'entries': e1,
 'note': '21 CFR 1308.11(b) (opiates). Per 21 CFR 1300.01, "isomer" means the optical isomer here (except as stated '
         'for 3-methylthiofentanyl). Temporary scheduling orders (21 U.S.C. 811(h)) are recorded as separate periods '
         'ending on the day the permanent order takes effect. Where an instrument\'s own effective date was not read, '
         'the listing note says that its publication date was used.'}
# Schedule I is now generated by tools/curation/us_schedule_i.py, which reads this base file and extends it.
with open('/work/main/tools/curation/us_fentanyl_schedule_i_base.yaml', 'w') as fh:
    yaml.safe_dump(sched1, fh, sort_keys=False, allow_unicode=True, width=120)

# ---------------- Schedule II ----------------
s2 = {
 'fr-72-20039': src('Control of a Chemical Precursor Used in the Illicit Manufacture of Fentanyl as a List I Chemical',
   '72 FR 20039 (Docket DEA-299I)', D('2007-04-23'), None,
   'https://webarchive.library.unt.edu/eot2008/20081011125509/http://edocket.access.gpo.gov/2007/07-2015.htm',
   ['https://regulations.justia.com/regulations/fedreg/2007/04/23/07-2015.html'],
   'Interim rule on NPP. Cited here because its summary calls fentanyl "the schedule II controlled substance '
   'fentanyl": the earliest dated source read that shows fentanyl in Schedule II.'),
 'fr-75-37295': src('Control of Immediate Precursor Used in the Illicit Manufacture of Fentanyl as a Schedule II '
                    'Controlled Substance', '75 FR 37295 (Docket DEA-305F; FR Doc 2010-15520)', D('2010-06-29'),
   D('2010-08-30'),
   'http://www.deadiversion.usdoj.gov/fed_regs/rules/2010/fr0629.htm',
   ['https://regulations.vlex.com/vid/immediate-precursors-illicit-fentanyl-210655087'],
   '"This rulemaking becomes effective August 30, 2010." Designates ANPP as an immediate precursor of fentanyl and '
   'places it in Schedule II (21 U.S.C. 802(23), 811(e)).'),
 'fr-85-21320': src('Control of the Immediate Precursor Norfentanyl Used in the Illicit Manufacture of Fentanyl as a '
                    'Schedule II Controlled Substance', '85 FR 21320 (FR Doc 2020-07381; Docket DEA-496)',
   D('2020-04-17'), D('2020-05-18'),
   'https://regulations.justia.com/regulations/fedreg/2020/04/17/2020-07381.html',
   ['https://api.ai-analytics.org/dea-action/2020-07381.md'], '"This rulemaking becomes effective May 18, 2020."'),
 'fr-61-56893': src('Schedules of Controlled Substances: Placement of Remifentanil Into Schedule II',
   '61 FR 56893 (FR Doc 96-28294; DEA-152P)', D('1996-11-05'), D('1996-11-05'),
   'https://www.govinfo.gov/content/pkg/FR-1996-11-05/html/96-28294.htm',
   ['http://federal.elaws.us/fr/11/5/1996/96-28294'],
   '"EFFECTIVE DATE: November 5, 1996." Places "remifentanil and salts thereof" into Schedule II.'),
 'fr-81-58834': src('Schedules of Controlled Substances: Placement of Thiafentanil Into Schedule II',
   '81 FR 58834 (FR Doc 2016-20463; Docket DEA-375)', D('2016-08-26'), None,
   'https://thefederalregister.org/81-FR/58834', [],
   'Interim final rule with request for comments (21 U.S.C. 811(j)); its effective date was not read.'),
 'fr-84-28212': src('Schedules of Controlled Substances: Placement of Thiafentanil in Schedule II',
   '84 FR 28212 (FR Doc 2019-12735; Docket DEA-375)', D('2019-06-18'), D('2019-06-18'),
   'https://www.govinfo.gov/content/pkg/FR-2019-06-18/html/2019-12735.htm',
   ['https://regulations.justia.com/regulations/fedreg/2019/06/18/2019-12735.html'],
   'Final rule adopting the 2016 interim final rule without change; "The effective date of this rule is June 18, '
   '2019." States the listing is 21 CFR 1308.12(c)(29), DEA Controlled Substance Code 9729.'),
 'dea-drug-codes-2016': s1['dea-drug-codes-2016'],
}
TXT2 = (
    '[...] whenever the existence of such isomers, esters, ethers, and salts is possible within the specific chemical '
    'designation, dextrorphan and levopropoxyphene excepted:'
)
TXTG = (
    'Immediate precursors. Unless specifically excepted or unless listed in another schedule, any material, compound, '
    'mixture, or preparation which contains any quantity of the following substances:'
)
imm = {'salts': False, 'stereoisomers': False, 'esters': False, 'ethers': False, 'preparations': True, 'text': TXTG,
       'text_en': TXTG}
e2 = [
 entry('fentanyl', 'Fentanyl', code='9801',
   listings=[L(D('2007-04-23'), ['fr-72-20039', 'dea-drug-codes-2016'],
               note='Fentanyl has been in Schedule II since before this date (it is among the substances controlled '
                    'when the Controlled Substances Act took effect); no source for the original listing date was '
                    'read, so this period starts at the earliest dated source read that shows it in Schedule II.')],
   note='Printed chemical name not read; SMILES drawn from the name fentanyl '
        '(N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide).'),
 entry('remifentanil', 'Remifentanil', code='9739',
   scope={'esters': False, 'ethers': False, 'stereoisomers': False, 'text': 'remifentanil and salts thereof',
          'text_en': 'remifentanil and salts thereof'},
   listings=[L(D('1996-11-05'), ['fr-61-56893'])],
   note='Printed chemical name not read; SMILES drawn from the name remifentanil (methyl '
        '1-(3-methoxy-3-oxopropyl)-4-(N-phenylpropanamido)piperidine-4-carboxylate). Scope as worded in the 1996 rule; '
        'the current 1308.12(c) paragraph wording (isomers, esters, ethers, salts) was only partly read.'),
 entry('thiafentanil', 'Thiafentanil', '4-(methoxycarbonyl)-4-(N-phenmethoxyacetamido)-1-[2-(thienyl)ethyl]piperidine',
   '9729',
   listings=[L(D('2019-06-18'), ['fr-84-28212', 'fr-81-58834'],
               note='Conservative start: the interim final rule of 2016-08-26 placed thiafentanil in Schedule II '
                    'first, but its effective date was not read.')],
   note='OPSIN misreads the printed name ("phenmethoxyacetamido"); the 2019 final rule notes that alternative chemical '
        'names have been used for this substance. SMILES drawn as methyl '
        '4-[(2-methoxyacetyl)(phenyl)amino]-1-[2-(thiophen-2-yl)ethyl]piperidine-4-carboxylate.'),
 entry('anpp', '4-Anilino-N-phenethyl-4-piperidine (ANPP)', '4-anilino-N-phenethyl-4-piperidine', '8333',
   syn=['ANPP', '4-ANPP', 'despropionyl fentanyl'], scope=dict(imm),
   listings=[L(D('2010-08-30'), ['fr-75-37295', 'dea-drug-codes-2016'], cat='immediate precursor')],
   note='21 CFR 1308.12(g). The printed name is not a valid systematic name (OPSIN cannot parse it); SMILES drawn as '
        'N-phenyl-1-(2-phenylethyl)piperidin-4-amine.'),
 entry('norfentanyl', 'Norfentanyl', 'N-phenyl-N-(piperidin-4-yl)propionamide', scope=dict(imm),
       listings=[L(D('2020-05-18'), ['fr-85-21320'], cat='immediate precursor')],
       note='21 CFR 1308.12(g). DEA code number not sourced.'),
]
e2[1]['structure']['derived_from'] = 'remifentanil'
sched2 = {'id': 'us-schedule-ii', 'jurisdiction': 'US', 'title': 'Schedule II',
 'title_en': 'Schedule II (21 CFR 1308.12)', 'kind': 'drug',
 'legal_basis': 'Controlled Substances Act (21 U.S.C. 801 et seq.), 21 U.S.C. 812; 21 CFR 1308.12',
 'coverage': {'from': D('2007-04-23'), 'complete': False,
              'note': 'Only fentanyl-family items are encoded. Alfentanil (9737), sufentanil (9740) and carfentanil '
                      '(9743) are missing: their codes are known but no dated source for their Schedule II listing was '
                      'read. Fentanyl starts at the earliest dated source read (2007), not at its original listing. '
                      'All non-fentanyl Schedule II substances are missing.'},
 'scope': {'salts': True, 'stereoisomers': True, 'other_isomers': False, 'esters': True, 'ethers': True,
           'preparations': False, 'exceptions': ['dextrorphan and levopropoxyphene excepted'], 'text': TXT2,
           'text_en': TXT2},
 'sources': s2, 'entries': e2,
 'note': 'List scope is that of 21 CFR 1308.12(c) (opiates), read only in part; "isomer" means the optical isomer (21 '
         'CFR 1300.01). Immediate precursors (1308.12(g)) carry their own scope.'}
# Schedule II is now generated by tools/curation/us_schedules.py, which reads this base file and extends it.
with open('/work/main/tools/curation/us_fentanyl_schedule_ii_base.yaml', 'w') as fh:
    yaml.safe_dump(sched2, fh, sort_keys=False, allow_unicode=True, width=120)

# ---------------- List I ----------------
s3 = {
 'fr-72-20039': s2['fr-72-20039'] | {'note': 'Interim rule with request for comments controlling NPP as a List I '
                                             'chemical. Its effective date was not read; the publication date is '
                                             'used.'},
 'fr-73-43355': src('Control of a Chemical Precursor Used in the Illicit Manufacture of Fentanyl as a List I Chemical',
   '73 FR 43355 (FR Doc E8-17034)', D('2008-07-25'), None,
   'https://api.ai-analytics.org/dea-action/E8-17034.md',
   ['https://www.federalregister.gov/documents/2008/07/25/E8-17034/control-of-a-chemical-precursor-used-in-the-illicit-manufacture-of-fentanyl-as-a-list-i-chemical'],
   'Final rule adopting the 2007 interim rule without change.'),
 'fr-85-20822': src('Designation of Benzylfentanyl and 4-Anilinopiperidine, Precursor Chemicals Used in the Illicit '
                    'Manufacture of Fentanyl, as List I Chemicals', '85 FR 20822 (FR Doc 2020-07064; Docket DEA-497)',
   D('2020-04-15'), D('2020-05-15'),
   'https://www.govinfo.gov/content/pkg/FR-2020-04-15/html/2020-07064.htm',
   ['http://federal.elaws.us/fr/citation/2020-07064'], '"This rulemaking will become effective on May 15, 2020."'),
 'fr-2023-23927': src('Designation of Halides of 4-Anilinopiperidine as List I Chemicals',
   'FR Doc 2023-23927 (88 FR, October 31, 2023)', None, D('2023-11-30'),
   'http://federal.elaws.us/citation/88-FR-74358',
   ['https://regulations.justia.com/regulations/fedreg/2023/04/14/2023-07454.html'],
   '"This rule is effective November 30, 2023." Listing wording from the NPRM (88 FR 22955, FR Doc 2023-07454), which '
   'the final rule finalizes.'),
 'fr-87-67550': src('Specific Listing for 1-boc-4-AP, a Currently Controlled List I Chemical',
   '87 FR 67550 (FR Doc 2022-24155)', D('2022-11-09'), D('2022-11-09'),
   'http://federal.elaws.us/fr/notice/11/9/2022/2022-24155',
   ['https://regulations.justia.com/regulations/fedreg/2022/11/09/2022-24155.html'],
   '"Effective date November 9, 2022."'),
 'fr-88-21902': src('Designation of 4-Piperidone as a List I Chemical',
   '88 FR 21902 (FR Doc 2023-07538; Docket DEA-951)', D('2023-04-12'), D('2023-05-12'),
   'https://www.govinfo.gov/content/pkg/FR-2023-04-12/html/2023-07538.htm',
   ['http://federal.elaws.us/fr/notice/4/12/2023/2023-07538'], '"This rulemaking is effective on May 12, 2023."'),
 'fr-2025-19349': src('Specific Listing for 1-boc-4-piperidone, a Currently Controlled List I Chemical',
   'FR Doc 2025-19349 (Docket DEA-1394)', None, D('2025-10-02'),
   'https://frtracker.app/fr/2025-19349', [], '"Effective date October 2, 2025."'),
}
TXT3 = (
    'The following chemicals have been specifically designated by the Administrator of the Drug Enforcement '
    'Administration as the listed chemicals subject to the provisions of this part and parts 1309 and 1313 of this '
    'chapter. Each chemical has been assigned the DEA Chemical Code Number set forth opposite it.'
)
def sc(text, salts=True):
    return {'salts': salts, 'text': text, 'text_en': text}
AP1 = (
    'N-phenylpiperidin-4-amine (also known as 4-anilinopiperidine; N-phenyl-4-piperidinamine; 4-AP) ..., including its '
    'amides, its carbamates, and its salts'
)
AP2 = (
    'N-phenylpiperidin-4-amine (4-anilinopiperidine; N-phenyl-4-piperidinamine; 4-AP), its amides, its carbamates, its '
    'halides, its salts, and any combination thereof, whenever the existence of such is possible'
)
PIP = (
    '4-piperidone, its acetals, its amides, its carbamates, its salts, and salts of its acetals, its amides, and its '
    'carbamates, and any combination thereof, whenever the existence of such is possible'
)
e3 = [
 entry('npp', 'N-Phenethyl-4-piperidone (NPP)', 'N-phenethyl-4-piperidone', syn=['NPP'],
       listings=[L(D('2007-04-23'), ['fr-72-20039', 'fr-73-43355'],
                   note='Interim rule; ' + PUBPROXY + '. Finalized without change by 73 FR 43355 (2008-07-25).')],
       note='The wording of the NPP listing in 21 CFR 1310.02(a) (e.g. whether salts are named) and its DEA chemical '
            'code were not read.'),
 entry('benzylfentanyl', 'Benzylfentanyl', 'N-(1-benzylpiperidin-4-yl)-N-phenylpropionamide',
       scope=sc('N-(1-benzylpiperidin-4-yl)-N-phenylpropionamide (also known as benzylfentanyl), including its salts'),
       listings=[L(D('2020-05-15'), ['fr-85-20822'])],
       note='No threshold: mixtures are regulated at any concentration. DEA chemical code not sourced.'),
 entry('4-anilinopiperidine', '4-Anilinopiperidine (4-AP)', 'N-phenylpiperidin-4-amine',
   syn=['4-AP', 'N-phenyl-4-piperidinamine'],
   scope={'salts': True, 'exceptions': [], 'text': f'From 2020-05-15: {AP1}. From 2023-11-30: {AP2}.',
          'text_en': f'From 2020-05-15: {AP1}. From 2023-11-30: {AP2}.'},
   listings=[L(D('2020-05-15'), ['fr-85-20822'], D('2023-11-30'), ['fr-2023-23927'],
               note='Covered forms: amides, carbamates, salts.'),
             L(D('2023-11-30'), ['fr-2023-23927'],
               note='Listing modified to add halides: amides, carbamates, halides, salts, and any combination '
                    'thereof.')],
   note='Amides, carbamates and (from 2023-11-30) halides of 4-AP are covered by this listing; the scope model has no '
        'field for them, so they are given in scope.text. DEA chemical code not sourced.'),
 entry('1-boc-4-ap', '1-boc-4-AP', 'tert-butyl 4-(phenylamino)piperidine-1-carboxylate', cas=['125541-22-2'],
   scope=sc('tert-butyl 4-(phenylamino)piperidine-1-carboxylate (also known as 1-boc-4-AP; and CAS Number: '
            '125541-22-2) and its salts'),
   listings=[L(D('2022-11-09'), ['fr-87-67550'],
               note='Specific listing. DEA: "it has been regulated as a list I chemical in the United States since May '
                    '15, 2020, as a carbamate of N-phenylpiperidin-4-amine"; that earlier coverage is through the '
                    '4-anilinopiperidine entry.')]),
 entry('4-piperidone', '4-Piperidone', 'piperidin-4-one', scope=sc(PIP), listings=[L(D('2023-05-12'), ['fr-88-21902'])],
       note='Acetals, amides, carbamates and their salts are covered by this listing (scope.text). No threshold. DEA '
            'chemical code not sourced.'),
 entry('1-boc-4-piperidone', '1-boc-4-piperidone', 'tert-butyl 4-oxopiperidine-1-carboxylate', cas=['79099-07-3'],
   scope=sc('tert-butyl 4-oxopiperidine-1-carboxylate (also known as 1-boc-4-piperidone; and CAS Number: 79099-07-3) '
            'and its salts'),
   listings=[L(D('2025-10-02'), ['fr-2025-19349'],
               note='Specific listing. DEA: regulated "as a carbamate of 4-piperidone, a list I chemical, since May '
                    '12, 2023"; that earlier coverage is through the 4-piperidone entry.')]),
]
for e in e3:
    e['chemical_name_en'] = e.get('chemical_name_en')
listi = {'id': 'us-list-i', 'jurisdiction': 'US', 'title': 'List I chemicals',
 'title_en': 'List I chemicals (21 CFR 1310.02(a))', 'kind': 'precursor',
 'legal_basis': 'Controlled Substances Act, 21 U.S.C. 802(34); 21 CFR 1310.02(a)',
 'coverage': {'from': D('2007-04-23'), 'complete': False,
              'note': 'Only the fentanyl precursors are encoded (NPP, benzylfentanyl, 4-AP, 1-boc-4-AP, 4-piperidone, '
                      '1-boc-4-piperidone). All other List I chemicals (ephedrine, pseudoephedrine, phenylacetic acid, '
                      'etc.) are missing.'},
 'scope': {'salts': False, 'stereoisomers': False, 'other_isomers': False, 'esters': False, 'ethers': False,
           'preparations': False, 'exceptions': [], 'text': TXT3, 'text_en': TXT3},
 'sources': s3, 'entries': e3,
 'note': 'List I has no general isomer or salt rule: each listing covers exactly the forms it names (entry scope).'}
# registry/US/list-i.yaml is now written by tools/curation/us_lists.py (the whole of 21 CFR 1310.02(a)); the fentanyl
# precursor entries above are copied into its input tools/curation/us_lists_input.json. This script no longer writes it.
