"""Facts from Python: the same as the Rust command line, spans that slice the
Python string, extract_many equal to a loop of extract."""

import json
import threading
import time

import pytest

import tintuc


def without_char_span(fact):
    """The fact as its JSON object of FACTS.md (char_span is Python's addition)."""
    return {k: v for k, v in fact.items() if k != "char_span"}


def assert_same(a, b, where=""):
    """Equal values of the same types, recursively (193 and 193.0 are equal in
    Python, but the JSON of FACTS.md writes whole numbers as integers)."""
    assert type(a) is type(b), f"{where}: {a!r} ({type(a).__name__}) vs {b!r} ({type(b).__name__})"
    if isinstance(a, dict):
        assert list(a) == list(b), f"{where}: keys {list(a)} vs {list(b)}"
        for k in a:
            assert_same(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), f"{where}: {a!r} vs {b!r}"
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same(x, y, f"{where}[{i}]")
    else:
        assert a == b, f"{where}: {a!r} vs {b!r}"


def test_same_facts_as_rust_example(corpus, rust_facts):
    python = []
    for doc, text in corpus:
        python.extend(without_char_span(f) for f in tintuc.extract(text, doc=doc))
    assert len(python) == len(rust_facts)
    # Both list documents in path order, facts in the extractor's order.
    for i, (p, r) in enumerate(zip(python, rust_facts)):
        assert_same(p, r, f"fact {i} ({r['doc']}, {r['kind']})")
    kinds = {f["kind"] for f in python}
    assert {"article", "quantity", "person_role", "document_ref"} <= kinds


def test_same_json_text_as_rust_example(corpus, rust_facts):
    """Serialized compactly, a Python fact is the Rust example's line."""
    by_doc = {}
    for doc, text in corpus:
        by_doc[doc] = [
            json.dumps(without_char_span(f), ensure_ascii=False, separators=(",", ":"))
            for f in tintuc.extract(text, doc=doc)
        ]
    rust = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in rust_facts]
    assert [line for doc, _ in corpus for line in by_doc[doc]] == rust


def test_doc_key_only_when_given(corpus):
    doc, text = corpus[0]
    with_doc = tintuc.extract(text, doc=doc)
    plain = tintuc.extract(text)
    assert all(list(f)[0] == "doc" and f["doc"] == doc for f in with_doc)
    assert all("doc" not in f and list(f)[0] == "kind" for f in plain)
    assert [dict(f, doc=doc) for f in plain] == with_doc
    assert plain[0]["kind"] == "article" and "span" not in plain[0]


def check_spans(text, facts):
    """Every span slices the UTF-8 bytes, every char_span the str, to `text`."""
    data = text.encode("utf-8")
    checked = 0
    for f in facts:
        if f["kind"] == "article":
            assert "span" not in f and "char_span" not in f
            continue
        s, e = f["char_span"]
        assert text[s:e] == f["text"], f
        bs, be = f["span"]
        assert data[bs:be].decode("utf-8") == f["text"], f
        assert isinstance(s, int) and isinstance(e, int)
        checked += 1
    return checked


def test_char_spans_slice_the_corpus(corpus, dev_articles):
    checked = 0
    for _, text in corpus + dev_articles:
        checked += check_spans(text, tintuc.extract(text))
    assert checked > 50


# Text that Rust and Python count differently: decomposed marks (NFD), the
# other tone placement, CRLF, no-break and zero-width spaces, a BOM, emoji
# outside the BMP (4 UTF-8 bytes, one code point).
AWKWARD = (
    "\ufeffĐảng bộ huyện 🇻🇳 Lâm Hà\r\n"
    "Cập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)\r\n"
    "😀 Năm 2016, toa\u0300n Đa\u0309ng bộ huyện đã kết nạp được 193\u00a0đảng viên mới, "
    "vượt 20,6% so với kế hoạch.\u200b Đồng chí Phạm Thị Phúc - Bí thư Huyện uỷ Lâm Hà "
    "cho biết có hơn 3.700 đảng viên; theo Quyết định số 1090/2023 của Ban Thường vụ Huyện ủy.\r\n"
    "DUY NGUYỄN"
)


def test_char_spans_on_awkward_text():
    facts = tintuc.extract(AWKWARD)
    assert check_spans(AWKWARD, facts) >= 3
    assert any(f["kind"] == "quantity" and f["value"] == 193 for f in facts)
    for style in ("traditional", "new", "keep"):
        assert check_spans(AWKWARD, tintuc.Extractor(style=style).extract(AWKWARD)) >= 3


def test_extract_many_equals_loop(corpus, dev_articles):
    texts = [t for _, t in corpus + dev_articles] * 3 + ["", "x", AWKWARD]
    loop = [tintuc.extract(t) for t in texts]
    assert tintuc.extract_many(texts) == loop
    assert tintuc.extract_many(texts, threads=1) == loop
    assert tintuc.extract_many(texts, threads=3) == loop
    # Any iterable, including a generator.
    assert tintuc.extract_many(t for t in texts) == loop
    assert tintuc.extract_many([]) == []


def test_extract_many_with_docs(corpus):
    docs = [d for d, _ in corpus]
    texts = [t for _, t in corpus]
    assert tintuc.extract_many(texts, docs=docs) == [
        tintuc.extract(t, doc=d) for d, t in corpus
    ]
    with pytest.raises(ValueError, match="docs has 1 ids for"):
        tintuc.extract_many(texts, docs=docs[:1])


def test_extractor_class_equals_module_functions(corpus):
    ex = tintuc.Extractor()
    texts = [t for _, t in corpus]
    assert [ex.extract(t) for t in texts] == [tintuc.extract(t) for t in texts]
    assert ex.extract_many(texts, threads=2) == tintuc.extract_many(texts)
    assert ex.style == "traditional"
    assert "Extractor(" in repr(ex)


def main_thread_share(call):
    """Runs `call` in a thread while the main thread spins, and returns the
    share of the call's duration during which the main thread ran.

    A call that holds the GIL gives the main thread at most one switch
    interval (5 ms) inside its window; one that releases it, nearly all."""
    started, done = threading.Event(), threading.Event()
    window = []

    def work():
        started.set()
        t0 = time.perf_counter()
        call()
        window.append((t0, time.perf_counter()))
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    stamps = []
    while not done.is_set():
        stamps.append(time.perf_counter())
    worker.join()
    t0, t1 = window[0]
    assert t1 - t0 > 0.1, "the call is too short to tell"
    inside = [s for s in stamps if t0 < s < t1]
    return (inside[-1] - inside[0]) / (t1 - t0) if len(inside) > 1 else 0.0


@pytest.mark.parametrize("batch", [True, False])
def test_gil_is_released(corpus, batch):
    """Python threads run while tintuc works."""
    texts = [t for _, t in corpus] * 100
    if batch:
        share = main_thread_share(lambda: tintuc.extract_many(texts, threads=1))
    else:
        big = "\n".join(texts)
        share = main_thread_share(lambda: tintuc.extract(big))
    assert share > 0.5, share


def test_gil_check_can_fail():
    """The measure above tells a call that holds the GIL (a C sort) apart."""
    data = [float((i * 7919) % 1_000_003) for i in range(3_000_000)]
    assert main_thread_share(lambda: sorted(data)) < 0.3
