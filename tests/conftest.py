from pathlib import Path

import pytest

from scheduling import load_registry

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def test_registry():
    """A made-up jurisdiction XT with real structures, for testing the engine apart from the data."""
    return load_registry(FIXTURES / "registry")
