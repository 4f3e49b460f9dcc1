"""The committed JSON Schema is what the models generate, and the shipped registry obeys it."""

import json
from pathlib import Path

import jsonschema
import yaml

from scheduling.schema import render

REGISTRY = Path(__file__).parents[1] / "registry"


def test_committed_schema_is_current():
    for name, text in render().items():
        committed = (REGISTRY / "schema" / name).read_text(encoding="utf-8")
        assert committed == text, f"registry/schema/{name} is stale: run python -m scheduling.schema"


def test_shipped_list_files_obey_the_schema():
    schema = json.loads((REGISTRY / "schema" / "list.schema.json").read_text())
    for path in REGISTRY.glob("*/*.yaml"):
        if path.parent.name in ("classes", "schema") or path.name == "sources.yaml":
            continue
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        jsonschema.validate(data, schema)
