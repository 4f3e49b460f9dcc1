"""China, July 2025: the 《非药用类麻醉药品和精神药品目录》 (cn-non-medical) replaces the supplementary list and takes
over 91 items of the 2013 narcotic catalogue and 74 of the 2013 psychotropic catalogue on 2025-07-21.

Known answers on the day before, the day of and the day after. The SMILES are drawn here from the names printed in
the 2025 catalogue (item number and printed name in the comment), independently of the registry files.
"""

import pytest

from scheduling import stats, status

R, BEFORE, AFTER = "2025-07-21", "2025-07-20", "2025-07-22"
NEW = "cn-non-medical"

# (item, SMILES drawn from the printed name, list the item was on until 2025-07-20)
ITEMS = [
    # from the supplementary list (cn-nps-supplementary)
    # 2-(4-Bromo-2,5-dimethoxyphenyl)-N-(2-methoxybenzyl)ethanamine
    ("1", "COc1ccccc1CNCCc1cc(OC)c(Br)cc1OC", "cn-nps-supplementary"),
    ("93", "CCNC1(CCCCC1=O)c1cccc(OC)c1", "cn-nps-supplementary"),  # 2-(3-Methoxyphenyl)-2-(ethylamino)cyclohexanone
    ("118", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1", "cn-nps-supplementary"),  # carfentanil
    ("121", "CN(C)C1CCCCC1N(C)C(=O)c1ccc(Cl)c(Cl)c1", "cn-nps-supplementary"),  # U-47700
    ("125", "CCNC(C)C(=O)c1ccc(Cl)cc1", "cn-nps-supplementary"),  # 1-(4-Chlorophenyl)-2-(ethylamino)propan-1-one
    ("149", "COC(=O)C(NC(=O)c1nn(CCCCCF)c2ccccc12)C(C)(C)C", "cn-nps-supplementary"),  # 5F-ADB
    ("170", "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21", "cn-nps-supplementary"),  # isotonitazene
    ("220", "FC(F)(F)COC(=O)c1cncn1C(C)c1ccccc1", "cn-nps-supplementary"),  # TF-etomidate (listed 2025-07-01)
    ("231", "CCCCCc1cc(O)c2c(c1)OC(C)(C)C1CCC(C)CC21", "cn-nps-supplementary"),  # hexahydrocannabinol
    # from the 2013 psychotropic catalogue (cn-psychotropic)
    ("237", "CC(N)C(=O)c1ccccc1", "cn-psychotropic"),  # 2-Amino-1-phenylpropan-1-one (cathinone)
    ("244", "CN(C)CCc1c[nH]c2ccccc12", "cn-psychotropic"),  # N,N-Dimethyltryptamine
    ("257", "COc1cc(CCN)cc(OC)c1OC", "cn-psychotropic"),  # 2-(3,4,5-Trimethoxyphenyl)ethanamine
    ("259", "CNC(C)Cc1ccccc1", "cn-psychotropic"),  # N-Methyl-1-phenylpropan-2-amine
    ("264", "CNC(C)Cc1ccc2c(c1)OCO2", "cn-psychotropic"),  # MDMA
    ("268", "CNC(C)C(=O)c1ccc(C)cc1", "cn-psychotropic"),  # 4-MMC
    ("273", "CCCCCn1cc(C(=O)c2cccc3ccccc23)c2ccccc21", "cn-psychotropic"),  # JWH-018
    ("274", "c1ccc(C2(N3CCCCC3)CCCCC2)cc1", "cn-psychotropic"),  # 1-(1-Phenylcyclohexyl)piperidine
    ("305", "C=CC1(C(C)CCC)C(=O)NC(=O)NC1=O", "cn-psychotropic"),  # 5-(1-Methylbutyl)-5-vinylbarbituric acid
    # from the 2013 narcotic catalogue (cn-narcotic)
    ("307", "CC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1", "cn-narcotic"),  # acetyl-alpha-methylfentanyl
    ("338", "CC(C=C(c1cccs1)c1cccs1)N(C)C", "cn-narcotic"),  # N,N-Dimethyl-4,4-di(thiophen-2-yl)but-3-en-2-amine
    ("343", "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1", "cn-narcotic"),  # etonitazene
    ("356", "CC(CC(C#N)(c1ccccc1)c1ccccc1)N(C)C", "cn-narcotic"),  # 4-(Dimethylamino)-2,2-diphenylpentanenitrile
    ("359", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C", "cn-narcotic"),  # 3-methylfentanyl
    ("361", "CCC(=O)OC1(c2ccccc2)CCN(C)CC1", "cn-narcotic"),  # 1-Methyl-4-phenylpiperidin-4-yl propionate
    ("380", "CCOC(=O)C1(c2ccccc2)CCNCC1", "cn-narcotic"),  # Ethyl 4-phenylpiperidine-4-carboxylate
    ("395", "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1", "cn-narcotic"),  # thiofentanyl
]

# 4-(2-chlorophenyl)-2-ethyl-9-methyl-6H-thieno[3,2-f][1,2,4]triazolo[4,3-a][1,4]diazepine
ETIZOLAM = "CCc1cc2c(s1)-n1c(C)nnc1CN=C2c1ccccc1Cl"


def _lists(answer):
    """Lists whose individual entries (not class-wide controls) match."""
    return {m.list_id for m in answer.matches if m.basis != "class"}


@pytest.mark.parametrize(("item", "smiles", "old_list"), ITEMS)
def test_item_moves_to_the_non_medical_catalogue_on_2025_07_21(item, smiles, old_list):
    before = status(smiles, "CN", on=BEFORE)
    assert before.controlled and old_list in _lists(before) and NEW not in _lists(before), before
    for day in (R, AFTER):
        answer = status(smiles, "CN", on=day)
        assert answer.controlled, answer
        assert NEW in _lists(answer) and old_list not in _lists(answer), answer
        assert item in {m.item_number for m in answer.matches if m.list_id == NEW}, answer


def test_etizolam_leaves_the_non_medical_lists():
    before = status(ETIZOLAM, "CN", on=BEFORE)
    assert before.controlled and "cn-nps-supplementary" in _lists(before)
    for day in (R, AFTER):
        answer = status(ETIZOLAM, "CN", on=day)
        assert not {"cn-nps-supplementary", NEW} & _lists(answer), answer


def test_non_medical_catalogue_has_396_items_on_2025_07_21():
    counts = {c.id: c for c in stats("CN", R).lists}
    assert counts[NEW].entries == 396
    assert counts[NEW].with_structure == 392  # kratom, khat, cannabis and coca leaf are non-structural
    before = {c.id: c for c in stats("CN", BEFORE).lists}
    # a list is counted only on days it exists: the new one from 2025-07-21, the one it replaced until then
    assert NEW not in before and "cn-nps-supplementary" not in counts
    assert before["cn-nps-supplementary"].entries == 232
