"""The `scheduling` command: check, history, diff, validate, jurisdictions."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from scheduling import query
from scheduling.errors import RegistryError, SchedulingError
from scheduling.registry import default_registry, default_root, validate
from scheduling.results import Match, Status

EXIT_OK = 0
EXIT_CONTROLLED = 1
EXIT_USAGE = 2
EXIT_OUT_OF_COVERAGE = 3
EXIT_INVALID_REGISTRY = 4

EPILOG = """exit codes:
  0  answered: not controlled (check), or the command succeeded
  1  check: controlled on that date
  2  bad input: unreadable structure, unknown jurisdiction, malformed date, bad arguments
  3  check: out of coverage (the registry cannot say; the reason is printed)
  4  validate: the registry has problems (each printed with file, entry and fix)

examples:
  scheduling check 'CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1' -j CN --on 2015-10-01
  scheduling explain 'CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1' -j CN --on 2019-05-01 --svg benzylfentanyl.svg
  scheduling history 'O=C(CC)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1'
  scheduling diff -j CN 2017-02-28 2017-03-01
  scheduling validate registry/
"""


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _describe_match(match: Match) -> list[str]:
    until = f" until {match.effective_until}" if match.effective_until else ""
    category = f", category {match.category}" if match.category else ""
    lines = [
        f"  - {match.list_title} ({match.list_title_en}; {match.list_kind} list{category})",
        f"    entry {match.entry_name} / {match.entry_name_en}; basis: {match.basis}; "
        f"{'in force by' if match.started_earlier else 'from'} {match.effective_from}{until}",
    ]
    for clause in match.clauses:
        lines.append(f"    clause {clause.id}: {clause.text_en} (atoms {clause.atoms})")
    for source in match.sources:
        number = f"{source.number} " if source.number else ""
        dates = ", ".join(f"{label} {day}" for label, day in (("announced", source.announced),
                                                               ("effective", source.effective)) if day)
        dates = f"; {dates}" if dates else ""
        lines.append(f"    source: {number}{source.title} ({', '.join(source.issued_by)}){dates}")
        lines.append(f"            {source.url}")
    return lines


def _print_status(result: Status) -> None:
    print(f"{result.compound} in {result.jurisdiction} on {result.on}: {result.state.replace('_', ' ').upper()}")
    print(f"  parent {result.parent_smiles}  InChIKey {result.inchikey}")
    if result.reason:
        print(f"  reason: {result.reason}")
    for match in result.matches:
        print("\n".join(_describe_match(match)))
    print(f"  registry {result.registry_version}")


def cmd_check(args: argparse.Namespace) -> int:
    result = query.status(args.compound, args.jurisdiction, on=args.on)
    _print_json(result.model_dump(mode="json")) if args.json else _print_status(result)
    return {"controlled": EXIT_CONTROLLED, "not_controlled": EXIT_OK}.get(result.state, EXIT_OUT_OF_COVERAGE)


def cmd_explain(args: argparse.Namespace) -> int:
    result = query.explain(args.compound, args.jurisdiction, on=args.on)
    if args.json:
        _print_json(result.model_dump(mode="json"))
    else:
        print(f"{result.compound} in {result.jurisdiction} on {result.on}: "
              f"{result.status.state.replace('_', ' ').upper()}")
        print(f"  parent {result.parent_smiles}  (atom numbers below refer to this SMILES)")
        if not result.classes:
            print("  no class-wide control in force on that date")
        for cls in result.classes:
            print(f"  class {cls.id} ({cls.title} / {cls.title_en}), in force from {cls.effective_from}: "
                  f"{cls.verdict.replace('_', ' ')}")
            for clause in cls.clauses:
                print(f"    clause {clause.id}: {clause.text} / {clause.text_en}")
                print(f"      atoms {clause.atoms} (region {clause.region})")
            if cls.reason:
                print(f"    reason: {cls.reason}")
            for match in cls.excluded_by:
                print(f"    kept under its own listing: {match.list_title_en}, entry {match.entry_name_en}")
        if result.status.reason:
            print(f"  status reason: {result.status.reason}")
        print(f"  registry {result.registry_version}")
    if args.svg:
        from scheduling.chem.drawing import clauses_svg

        hits = [(f"{cls.id.split('-')[0].upper()} {clause.id}", clause.atoms)
                for cls in result.classes for clause in cls.clauses]
        legend = "; ".join(f"{cls.id}: {cls.verdict}" for cls in result.classes)
        Path(args.svg).write_text(clauses_svg(result.parent_smiles, hits, legend), encoding="utf-8")
        print(f"  wrote {args.svg}", file=sys.stderr)
    return {"controlled": EXIT_CONTROLLED, "not_controlled": EXIT_OK}.get(result.status.state, EXIT_OUT_OF_COVERAGE)


def cmd_history(args: argparse.Namespace) -> int:
    result = query.history(args.compound, args.jurisdiction)
    if args.json:
        _print_json(result.model_dump(mode="json"))
        return EXIT_OK
    scope = f" in {result.jurisdiction}" if result.jurisdiction else ""
    print(f"{result.compound}{scope}: {len(result.periods)} period(s) under control")
    print(f"  parent {result.parent_smiles}  InChIKey {result.inchikey}")
    for match in result.periods:
        print(f"  [{match.jurisdiction}]")
        print("\n".join(_describe_match(match)))
    print(f"  registry {result.registry_version}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    result = query.diff(args.jurisdiction, args.date_a, args.date_b)
    if args.json:
        _print_json(result.model_dump(mode="json"))
        return EXIT_OK
    print(f"{result.jurisdiction}: from {result.date_a} to {result.date_b}")
    for label, changes in (("entered", result.entered), ("left", result.left), ("moved", result.moved),
                           ("recategorised", result.recategorised)):
        print(f"  {label}: {len(changes)}")
        for change in changes:
            where = f"{change.list_before} -> {change.list_id}" if change.list_before else change.list_id
            category = (f" (category {change.category_before or '-'} -> {change.category_after or '-'})"
                        if label in ("moved", "recategorised") and change.category_before != change.category_after
                        else "")
            print(f"    {where}: {change.entry_name} / {change.entry_name_en}{category}")
    for note in result.coverage_notes:
        print(f"  coverage: {note}")
    print(f"  registry {result.registry_version}")
    return EXIT_OK


def cmd_screen(args: argparse.Namespace) -> int:
    from scheduling import screening, tables
    from scheduling.progress import Progress

    registry = default_registry()
    codes, days = screening._normalise([c for part in args.jurisdictions for c in part.split(",") if c],
                                       args.on or [None], registry)
    skip = tables.rows_done(args.output, len(days)) if args.resume else 0
    pairs = tables.read_pairs(args.input, args.structure_column, args.id_column)
    total = tables.count_records(args.input) if sys.stderr.isatty() else None  # only for the ETA
    for _ in range(skip):
        next(pairs, None)
    writer = tables.Writer(args.output, screening.columns(codes), append=bool(skip))
    progress = Progress(total - skip if total is not None else None)
    read = errors = 0
    controlled = dict.fromkeys(codes, 0)
    try:
        for records in screening.screen_chunks(screening.chunked(pairs, args.chunk_size), codes, days,
                                               args.workers):
            writer.write(records)
            read += len(records) // len(days)
            errors += sum(1 for r in records if r["error"]) // len(days)
            for code in codes:
                controlled[code] += sum(1 for r in records if r[f"{code}_controlled"])
            progress.advance(len(records) // len(days))
    finally:
        writer.close()
        progress.close()
    resumed = f" (resumed after {skip:,})" if skip else ""
    per = ", ".join(f"{code} {count:,}" for code, count in controlled.items())
    print(f"rows read {read:,}{resumed}; controlled (row x date): {per}; errors {errors:,}; "
          f"written to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_lookup(args: argparse.Namespace) -> int:
    from scheduling.catalogue import lookup

    found = lookup(args.name, args.jurisdiction)
    if args.json:
        _print_json([f.model_dump(mode="json") for f in found])
        return EXIT_OK
    for item in found:
        cas = f" CAS {', '.join(item.cas)}" if item.cas else ""
        print(f"[{item.jurisdiction}] {item.list_id}: {item.name} / {item.name_en}{cas}")
        print(f"    {item.smiles or '(no single structure)'}")
        for start, end, category in item.periods:
            label = f", category {category}" if category else ""
            print(f"    from {start}{' until ' + end if end else ''}{label}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from scheduling.catalogue import stats

    result = stats(args.jurisdiction, args.on)
    if args.json:
        _print_json({k: v for k, v in result.model_dump(mode="json").items() if k != "registry_version"})
        return EXIT_OK
    print(f"{result.jurisdiction or 'all jurisdictions'} on {result.on}")
    for lst in result.lists:
        print(f"  {lst.id:<28} {lst.entries:>5} entries ({lst.with_structure} with structure), "
              f"{lst.classes} class(es)  {lst.title_en}")
    print(f"registry {result.registry_version}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else default_root()
    problems = validate(path)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {path}", file=sys.stderr)
        return EXIT_INVALID_REGISTRY
    print(f"{path}: valid")
    return EXIT_OK


def cmd_jurisdictions(args: argparse.Namespace) -> int:
    registry = default_registry()
    rows = []
    for code, info in sorted(registry.jurisdictions.items()):
        lists = [{"id": lst.id, "title": lst.title, "title_en": lst.title_en, "kind": lst.kind,
                  "coverage_from": str(lst.coverage.from_),
                  "coverage_until": str(lst.coverage.until) if lst.coverage.until else None,
                  "started": str(lst.started) if lst.started else None,
                  "ended": str(lst.ended) if lst.ended else None,
                  "complete": lst.coverage.complete, "coverage_note": lst.coverage.note,
                  "entries": len(lst.entries)}
                 for lst in sorted(registry.lists_of(code), key=lambda lst: lst.id)]
        rows.append({"code": code, "name": info.name, "name_en": info.name_en,
                     "coverage_from": str(info.coverage_from), "lists": lists})
    if args.json:
        _print_json({"registry_version": registry.version, "jurisdictions": rows})
        return EXIT_OK
    for row in rows:
        print(f"{row['code']}  {row['name_en']}  covered from {row['coverage_from']}")
        for lst in row["lists"]:
            end = lst["coverage_until"] or (f"{lst['ended']} ended" if lst["ended"] else "now")
            window = f"{lst['coverage_from']} .. {end}"
            completeness = "complete" if lst["complete"] else "partial"
            print(f"    {lst['id']:<28} {window:<32} {completeness:<8} {lst['entries']:>4} entries  {lst['title_en']}")
    print(f"registry {registry.version}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scheduling", description="Was this structure controlled in jurisdiction J on date D?",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="status of a compound in a jurisdiction on a date",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("compound", help="SMILES or InChI (quote it in the shell)")
    check.add_argument("-j", "--jurisdiction", required=True, help="jurisdiction code, e.g. CN, US, UN")
    check.add_argument("--on", help="date YYYY-MM-DD (default: today)")
    check.add_argument("--json", action="store_true", help="print the status as JSON")
    check.set_defaults(run=cmd_check)

    expl = commands.add_parser("explain", help="clause-by-clause verdict of every class-wide control in force",
                               epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    expl.add_argument("compound")
    expl.add_argument("-j", "--jurisdiction", required=True)
    expl.add_argument("--on", help="date YYYY-MM-DD (default: today)")
    expl.add_argument("--json", action="store_true")
    expl.add_argument("--svg", metavar="FILE", help="write the structure with each clause's atoms highlighted")
    expl.set_defaults(run=cmd_explain)

    hist = commands.add_parser("history", help="every listing period of a compound")
    hist.add_argument("compound")
    hist.add_argument("-j", "--jurisdiction", help="only this jurisdiction")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(run=cmd_history)

    dif = commands.add_parser("diff", help="what entered, left or moved between lists between two dates")
    dif.add_argument("-j", "--jurisdiction", required=True)
    dif.add_argument("date_a")
    dif.add_argument("date_b")
    dif.add_argument("--json", action="store_true")
    dif.set_defaults(run=cmd_diff)

    scr = commands.add_parser("screen", help="screen a file of structures; write one row per input and date")
    scr.add_argument("input", help=".csv, .tsv, .smi, .sdf or .parquet, optionally gzipped (.gz)")
    scr.add_argument("-j", "--jurisdictions", action="append", required=True, help="e.g. CN,US,UN")
    scr.add_argument("--on", action="append", help="date YYYY-MM-DD; repeat for several (default: today)")
    scr.add_argument("-o", "--output", required=True, help=".csv, .jsonl or .parquet")
    scr.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    scr.add_argument("--resume", action="store_true", help="continue an interrupted run (.csv/.jsonl output)")
    scr.add_argument("--structure-column", help="column holding the structures (default: smiles/structure/...)")
    scr.add_argument("--id-column", help="column holding the ids (default: id/name/...)")
    scr.add_argument("--chunk-size", type=int, default=2000, help=argparse.SUPPRESS)
    scr.set_defaults(run=cmd_screen)

    look = commands.add_parser("lookup", help="find entries by name (English or original), synonym or CAS number")
    look.add_argument("name")
    look.add_argument("-j", "--jurisdiction")
    look.add_argument("--json", action="store_true")
    look.set_defaults(run=cmd_lookup)

    sta = commands.add_parser("stats", help="items in force per list on a date")
    sta.add_argument("-j", "--jurisdiction")
    sta.add_argument("--on", help="date YYYY-MM-DD (default: today)")
    sta.add_argument("--json", action="store_true")
    sta.set_defaults(run=cmd_stats)

    val = commands.add_parser("validate", help="check registry files; every problem with file, entry and fix")
    val.add_argument("path", nargs="?", help="registry folder or one file (default: the shipped registry)")
    val.set_defaults(run=cmd_validate)

    jur = commands.add_parser("jurisdictions", help="jurisdictions, their lists and coverage windows")
    jur.add_argument("--json", action="store_true")
    jur.set_defaults(run=cmd_jurisdictions)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except RegistryError as error:
        print(f"scheduling: {error}", file=sys.stderr)
        return EXIT_INVALID_REGISTRY
    except SchedulingError as error:
        print(f"scheduling: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error of ours
        _discard_stdout()
        return EXIT_OK


def _discard_stdout() -> None:
    """Point stdout at the null device, so that Python's final flush does not fail on the closed pipe."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
