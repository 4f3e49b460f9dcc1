"""The command line on the made-up jurisdiction XT: output, JSON fields and exit codes."""

import json

import pytest

from scheduling import registry as registry_module
from scheduling.cli import main
from tests.conftest import FIXTURES

ACETYLFENTANYL = "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"


@pytest.fixture(autouse=True)
def _fixture_registry(monkeypatch):
    monkeypatch.setenv(registry_module.REGISTRY_ENV, str(FIXTURES / "registry"))
    registry_module.default_registry.cache_clear()
    yield
    registry_module.default_registry.cache_clear()


def test_check_json_has_the_status_fields(capsys):
    assert main(["check", ACETYLFENTANYL, "-j", "XT", "--on", "2015-10-01", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["controlled"] is True and data["state"] == "controlled"
    assert data["matches"][0]["list_id"] == "xt-drugs" and data["matches"][0]["sources"][0]["id"] == "order-2015"


def test_check_exit_codes(capsys):
    assert main(["check", ACETYLFENTANYL, "-j", "XT", "--on", "2015-09-30"]) == 0
    assert "NOT CONTROLLED" in capsys.readouterr().out
    assert main(["check", "CCO", "-j", "XT", "--on", "2009-01-01"]) == 3
    assert "OUT OF COVERAGE" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["check", "C1CC((", "-j", "XT"], "could not read 'C1CC((' as SMILES"),
    (["check", "CCO", "-j", "QQ"], "unknown jurisdiction 'QQ'"),
    (["check", "CCO", "-j", "XT", "--on", "2015-02-30"], "is not a date"),
    (["diff", "-j", "XT", "2015", "2016-01-01"], "is not a date"),
])
def test_bad_input_exits_2_with_a_message(capsys, args, message):
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_history_and_diff_print(capsys):
    assert main(["history", "CC(N)Cc1ccccc1", "-j", "XT"]) == 0
    assert "2 period(s) under control" in capsys.readouterr().out
    assert main(["diff", "-j", "XT", "2015-09-30", "2015-10-01", "--json"]) == 0
    assert [c["entry_id"] for c in json.loads(capsys.readouterr().out)["entered"]] == ["acetylfentanyl"]


def test_a_closed_pipe_is_not_an_error(monkeypatch, capsys):
    def closed(_):
        raise BrokenPipeError

    monkeypatch.setattr("scheduling.cli.cmd_stats", closed)
    assert main(["stats"]) == 0


def test_jurisdictions_lists_coverage(capsys):
    assert main(["jurisdictions", "--json"]) == 0
    (xt,) = json.loads(capsys.readouterr().out)["jurisdictions"]
    assert xt["coverage_from"] == "2010-01-01" and {lst["id"] for lst in xt["lists"]} == {"xt-drugs", "xt-precursors"}


def test_help_documents_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "exit codes" in capsys.readouterr().out
