"""Facts from a directory of Vietnamese news articles with PySpark and tintuc.

    python examples/python/spark_extract.py INPUT_DIR OUTPUT_DIR [--format jsonl|parquet]

Reads every ``.txt`` file under INPUT_DIR (recursively; one article per file,
its stem is the document id), extracts the facts with one
``tintuc.Extractor`` per partition (``mapPartitions``), and writes them to
OUTPUT_DIR:

- ``jsonl`` (default): JSON Lines part files, one fact per line, exactly the
  objects of FACTS.md that the Rust ``extract`` example writes (``span`` in
  bytes of the UTF-8 text);
- ``parquet``: one row per fact, one column per field of FACTS.md (a field a
  kind does not have is null), plus ``char_span`` (code points).

The same function, :func:`extract_facts`, works on any DataFrame with a text
column (and an id column), for example articles already in a table::

    facts = extract_facts(df, text_col="body", doc_col="url")

Runs in local mode by default (``--master local[*]``); on a cluster, install
``tintuc`` on every executor and pass the cluster's master. The Python that
runs this script runs the workers too (PYSPARK_PYTHON), so it needs both
``pyspark`` and ``tintuc``.
"""

import argparse
import json
import os
import sys
import time

# Workers run the same Python, so that they import the same tintuc.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
# Local mode talks to itself only: bind to the loopback interface.
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

from pyspark.sql import DataFrame, SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

#: Documents handed to ``extract_many`` at once, and their size in bytes:
#: whichever is reached first (bounds a worker's memory).
BATCH_DOCS = 256
BATCH_BYTES = 16 << 20

#: One row per fact: the union of the fields of the four kinds of FACTS.md.
FACT_SCHEMA = T.StructType(
    [
        T.StructField("doc", T.StringType()),
        T.StructField("kind", T.StringType()),
        # quantity
        T.StructField("value", T.DoubleType()),
        T.StructField("value_max", T.DoubleType()),
        T.StructField("total", T.DoubleType()),
        T.StructField("approx", T.StringType()),
        T.StructField("unit", T.StringType()),
        T.StructField("event", T.StringType()),
        T.StructField("relation", T.StringType()),
        T.StructField("reference", T.StringType()),
        T.StructField("modality", T.StringType()),
        T.StructField(
            "time",
            T.StructType(
                [
                    T.StructField("year", T.IntegerType()),
                    T.StructField("from", T.IntegerType()),
                    T.StructField("to", T.IntegerType()),
                    T.StructField("date", T.StringType()),
                ]
            ),
        ),
        T.StructField("subject", T.StringType()),
        # person_role (and document_ref's name)
        T.StructField("name", T.StringType()),
        T.StructField("role", T.StringType()),
        # document_ref
        T.StructField("doc_type", T.StringType()),
        T.StructField("number", T.StringType()),
        T.StructField("issuer", T.StringType()),
        T.StructField("date", T.StringType()),
        # article
        T.StructField("title", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("author", T.StringType()),
        T.StructField("source", T.StringType()),
        # every kind but article
        T.StructField("span", T.ArrayType(T.LongType())),
        T.StructField("char_span", T.ArrayType(T.LongType())),
        T.StructField("text", T.StringType()),
    ]
)

_FLOATS = ("value", "value_max", "total")


def _batches(rows, text_col, doc_col):
    """(ids, texts) batches of a partition's rows, bounded in count and bytes."""
    ids, texts, size = [], [], 0
    for row in rows:
        text = row[text_col]
        if text is None:
            continue
        ids.append(str(row[doc_col]))
        texts.append(text)
        size += len(text)
        if len(texts) >= BATCH_DOCS or size >= BATCH_BYTES:
            yield ids, texts
            ids, texts, size = [], [], 0
    if texts:
        yield ids, texts


def facts_of_partition(rows, text_col="text", doc_col="doc", style="traditional",
                       lexicons=None, threads=1):
    """The facts of one partition's rows, as dicts (the JSON of FACTS.md with
    ``doc``, plus ``char_span``). One Extractor for the whole partition."""
    import tintuc  # imported on the worker

    extractor = tintuc.Extractor(style=style, lexicons=lexicons)
    for ids, texts in _batches(rows, text_col, doc_col):
        for facts in extractor.extract_many(texts, threads=threads, docs=ids):
            yield from facts


def _row(fact):
    """A fact dict as a tuple in FACT_SCHEMA's column order."""
    out = []
    for field in FACT_SCHEMA.fields:
        v = fact.get(field.name)
        if field.name == "time" and v is not None:
            v = (v.get("year"), v.get("from"), v.get("to"), v.get("date"))
        elif field.name in _FLOATS and v is not None:
            v = float(v)
        out.append(v)
    return tuple(out)


def extract_facts(df: DataFrame, text_col="text", doc_col="doc", style="traditional",
                  lexicons=None, threads=1) -> DataFrame:
    """A DataFrame of facts (FACT_SCHEMA) from a DataFrame of articles.

    ``df[text_col]`` holds an article's text, ``df[doc_col]`` its id.
    ``threads`` is per Spark task: keep 1 when Spark runs one task per core."""
    cols = df.select(text_col, doc_col)
    facts = cols.rdd.mapPartitions(
        lambda rows: (_row(f) for f in facts_of_partition(
            rows, text_col, doc_col, style, lexicons, threads))
    )
    return df.sparkSession.createDataFrame(facts, FACT_SCHEMA)


def read_articles(spark: SparkSession, path: str) -> DataFrame:
    """One row per .txt file under ``path`` (recursively): ``doc`` (the file's
    stem) and ``text`` (its whole content, UTF-8, line ends untouched)."""
    # (As arguments of text(): its own wholetext=False would override an .option().)
    df = spark.read.text(path, wholetext=True, recursiveFileLookup=True, pathGlobFilter="*.txt")
    return df.select(
        F.regexp_replace(F.col("_metadata.file_name"), r"\.txt$", "").alias("doc"),
        F.col("value").alias("text"),
    )


def write_jsonl(df: DataFrame, out: str, text_col="text", doc_col="doc", style="traditional",
                lexicons=None, threads=1):
    """Writes the facts of ``df`` as JSON Lines part files under ``out``:
    the FACTS.md objects, as the Rust ``extract`` example writes them."""

    def lines(rows):
        for f in facts_of_partition(rows, text_col, doc_col, style, lexicons, threads):
            f.pop("char_span", None)
            yield json.dumps(f, ensure_ascii=False, separators=(",", ":"))

    df.select(text_col, doc_col).rdd.mapPartitions(lines).saveAsTextFile(out)


def main():
    ap = argparse.ArgumentParser(description="Facts from a directory of articles, with PySpark.")
    ap.add_argument("input", help="directory of .txt articles (read recursively)")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    ap.add_argument("--style", default="traditional", choices=["traditional", "new", "keep"])
    ap.add_argument("--lexicon", action="append", default=None,
                    help="a user lexicon file (TSV); repeat for more")
    ap.add_argument("--driver-memory", default="4g")
    args = ap.parse_args()
    # Fail here, with a clear message, rather than in every worker.
    try:
        import tintuc  # noqa: F401
    except ImportError:
        raise SystemExit(f"tintuc is not installed for {sys.executable}: pip install ./bindings/python")

    spark = (
        SparkSession.builder.master(args.master)
        .appName("tintuc-extract")
        .config("spark.driver.memory", args.driver_memory)
        # Articles are small files: count a file's opening cost as 64 KB, not
        # 4 MB, so that a partition holds many articles (fewer, larger tasks).
        .config("spark.sql.files.openCostInBytes", str(64 << 10))
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    lexicons = [os.path.abspath(p) for p in args.lexicon] if args.lexicon else None
    t0 = time.perf_counter()
    articles = read_articles(spark, args.input)
    if args.format == "jsonl":
        write_jsonl(articles, args.output, style=args.style, lexicons=lexicons)
    else:
        extract_facts(articles, style=args.style, lexicons=lexicons).write.parquet(args.output)
    seconds = time.perf_counter() - t0

    # What was read and written (a second, cheap pass; not in the timing).
    stats = articles.select(F.count("*").alias("n"), F.sum(F.length("text")).alias("chars")).first()
    size = sum(
        os.path.getsize(os.path.join(d, f))
        for d, _, files in os.walk(args.input) for f in files if f.endswith(".txt")
    )
    if args.format == "jsonl":
        nfacts = spark.sparkContext.textFile(args.output).count()
    else:
        nfacts = spark.read.parquet(args.output).count()
    print(
        f"{stats['n']} articles, {size / 1e6:.1f} MB -> {nfacts} facts in {args.output} "
        f"({args.format}) in {seconds:.1f} s: {size / 1e6 / seconds:.1f} MB/s, "
        f"{stats['n'] / seconds:.0f} articles/s, master {args.master}"
    )
    spark.stop()


if __name__ == "__main__":
    main()
