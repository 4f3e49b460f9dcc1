"""Generate the JSON Schema of registry files from the models: `python -m scheduling.schema [DIR]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scheduling.models import ClassListing, ControlList, JurisdictionFile, SourcesFile

SCHEMAS = {
    "list.schema.json": ControlList,
    "class.schema.json": ClassListing,
    "jurisdictions.schema.json": JurisdictionFile,
    "sources.schema.json": SourcesFile,
}


def render() -> dict[str, str]:
    """File name -> schema text, exactly as committed."""
    return {name: json.dumps(model.model_json_schema(by_alias=True), indent=2, ensure_ascii=False) + "\n"
            for name, model in SCHEMAS.items()}


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in render().items():
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "registry" / "schema")
