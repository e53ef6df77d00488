"""Archive fixtures: a generated archive with known reprint families, and a real SparkSession.

The generator is the benchmark's (``bench/_archives.py``), so tests and figures measure the same
archives. Spark runs in local mode on two cores, once per test session; results are made once
per session too, since each job takes tens of seconds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from _archives import GeneratedArchive, generate_archive  # noqa: E402

REQUIRE_SPARK_ENV = "DESK_REQUIRE_SPARK"
#: Quotes in the generated archive: about 1,200 articles.
QUOTES = 6000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "spark" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.spark)


def _spark_missing() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return 'PySpark is not installed (pip install -e ".[archive]")'
    from desk.core.archive.spark import SparkMissing, check_spark

    try:
        check_spark()
    except SparkMissing as missing:
        return str(missing)
    return None


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One SparkSession for the session, ``local[2]``; the archive job reuses the active one."""
    missing = _spark_missing()
    if missing is not None:
        if os.environ.get(REQUIRE_SPARK_ENV):
            pytest.fail(f"{REQUIRE_SPARK_ENV} is set but Spark cannot run: {missing}")
        pytest.skip(missing)
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("quote-desk-tests")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def generated() -> GeneratedArchive:
    return generate_archive(QUOTES, seed=5)


@pytest.fixture(scope="session")
def archive_inputs(
    tmp_path_factory: pytest.TempPathFactory, generated: GeneratedArchive
) -> dict[str, Path]:
    """The same archive as JSON Lines, as a folder of text files and as Parquet, each with
    inputs that give no article (counted, never fatal)."""
    root = tmp_path_factory.mktemp("archive-inputs")
    jsonl = generated.write_jsonl(root / "archive.jsonl")
    with jsonl.open("a", encoding="utf-8") as lines:
        lines.write("{not json\n")
        lines.write('{"id": "empty-1", "outlet": "Reuters", "text": "   "}\n')
        lines.write('["a", "list"]\n')
    folder = generated.write_folder(root / "folder")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet = root / "archive.parquet"
    pq.write_table(pa.Table.from_pylist(generated.articles), parquet)
    return {"jsonl": jsonl, "folder": folder, "parquet": parquet}


@pytest.fixture(scope="session")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("archive-results")


@pytest.fixture(scope="session")
def local_result(archive_inputs: dict[str, Path], results: Path) -> Path:
    from desk.core.archive import run_archive

    out = results / "local"
    run_archive([str(archive_inputs["jsonl"])], out, engine="local")
    return out


@pytest.fixture(scope="session")
def spark_result(spark: Any, archive_inputs: dict[str, Path], results: Path) -> Path:
    from desk.core.archive import run_archive

    out = results / "spark"
    run_archive([str(archive_inputs["jsonl"])], out, engine="spark")
    return out


@pytest.fixture(scope="session")
def spark_folder_result(spark: Any, archive_inputs: dict[str, Path], results: Path) -> Path:
    from desk.core.archive import run_archive

    out = results / "spark-folder"
    # Split three ways rather than the session's four: the groups must not depend on it.
    run_archive([str(archive_inputs["folder"])], out, engine="spark", partitions=3)
    return out
