"""Screening on a Dask cluster: the same per-chunk function, one call per partition.

    import dask.dataframe as dd
    import scheduling.dask
    ddf = dd.read_csv("catalogue-*.csv")
    result = scheduling.dask.screen(ddf, ["CN", "US", "UN"], on="2026-01-01", structure_column="smiles")
    result.to_parquet("screened/")

Dask is an optional extra: pip install 'scheduling[dask]'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scheduling.registry import default_registry
from scheduling.screening import _guess_structure_column, _normalise, screen_rows, to_frame


def _partition(part: Any, codes: list[str], days: list, structure_column: str,
               id_column: str | None) -> Any:
    ids = part[id_column] if id_column else part.index
    return to_frame(screen_rows(zip(ids, part[structure_column], strict=True), codes, days), codes)


def screen(ddf: Any, jurisdictions: Sequence[str] | str = ("CN", "US", "UN"), on: Any = None, *,
           structure_column: str | None = None, id_column: str | None = None) -> Any:
    """A lazy Dask DataFrame with the columns of scheduling.screen(), one row per input row and date."""
    codes, days = _normalise(jurisdictions, on, default_registry())
    column = structure_column or _guess_structure_column(ddf.columns)
    return ddf.map_partitions(_partition, codes, days, column, id_column, meta=to_frame([], codes))
