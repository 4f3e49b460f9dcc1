"""Was it controlled? The story of the fentanyl seeds in China, told by the registry.

Run:  python examples/was_it_controlled.py
"""

import scheduling

# (what, SMILES drawn from the chemical name printed in the list, the day before and the day of listing)
STORY = [
    ("acetylfentanyl", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "2015-09-30", "2015-10-01"),
    ("carfentanil", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1", "2017-02-28", "2017-03-01"),
    ("NPP (N-phenethyl-4-piperidone)", "O=C1CCN(CCc2ccccc2)CC1", "2018-01-31", "2018-02-01"),
]


def describe(answer: scheduling.Status) -> str:
    lines = [f"  {answer.on}: {answer.state.replace('_', ' ')}"]
    if answer.reason:
        lines.append(f"    why: {answer.reason}")
    for match in answer.matches:
        lines.append(f"    list: {match.list_title} ({match.list_title_en}), {match.list_kind} list,"
                     f" entry {match.entry_name}, basis {match.basis}, since {match.effective_from}")
        for source in match.sources:
            number = f"{source.number} " if source.number else ""
            lines.append(f"    source: {number}{source.title}; {', '.join(source.issued_by)}; {source.url}")
    return "\n".join(lines)


def main() -> None:
    print(f"registry {scheduling.registry_version()}\n")
    for name, smiles, before, on in STORY:
        print(f"{name} in China  [{smiles}]")
        for day in (before, on):
            print(describe(scheduling.status(smiles, "CN", on=day)))
        print()


if __name__ == "__main__":
    main()
