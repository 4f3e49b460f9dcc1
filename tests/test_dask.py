"""The Dask path on a local cluster with two worker processes gives the same rows as screen()."""

import pandas as pd
import pytest

from scheduling import screen

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

SMILES = ["CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1.Cl", "C1CC((",
          "CC(=O)Oc1ccccc1C(=O)O", "O=C1CCN(CCc2ccccc2)CC1", "O=C1Nc2ccc(Cl)cc2C(c2ccccc2Cl)=NC1O"] * 5


def test_dask_local_cluster_equals_screen():
    import scheduling.dask

    table = pd.DataFrame({"name": [f"c{i}" for i in range(len(SMILES))], "smiles": SMILES})
    expected = screen(table, ["CN", "US"], on="2020-01-01", id_column="name")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        ddf = dd.from_pandas(table, npartitions=3)
        result = scheduling.dask.screen(ddf, ["CN", "US"], on="2020-01-01", id_column="name").compute()
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected, check_dtype=False)
