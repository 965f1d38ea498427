"""normalize, fold, tokenize, sentences, Extractor options, and bad input:
clear Python exceptions, never a crash."""

import os

import pytest

import tintuc
from test_facts import AWKWARD, check_spans


def test_normalize_styles():
    assert tintuc.normalize("Hoà bình") == "Hòa bình"
    assert tintuc.normalize("Hòa bình", style="new") == "Hoà bình"
    assert tintuc.normalize("hoà và hòa", style="keep") == "hoà và hòa"
    # NFD, a no-break space, a zero-width space, CRLF.
    assert tintuc.normalize("Ho\u0061\u0300\u00a0Uy\u0309 ban\u200b\r\nX") == "Hòa Ủy ban\nX"
    assert tintuc.normalize("") == ""


def test_fold():
    assert tintuc.fold("Uỷ ban ĐOÀN") == "uy ban doan"
    assert tintuc.fold("Ủy ban đoàn") == tintuc.fold("U\u0309y ban đoa\u0300n")
    assert tintuc.fold("") == ""


def test_tokens():
    text = "Đảng bộ có 1.488 đảng viên, chiếm 65,8% (TCCSĐ)."
    tokens = tintuc.tokenize(text)
    kinds = [(t["kind"], t["text"]) for t in tokens]
    assert kinds[3] == ("number", "1.488")
    assert kinds[8] == ("number", "65,8%")
    assert kinds[10] == ("abbreviation", "TCCSĐ")
    assert tokens[0]["fold"] == "dang"
    assert set(tokens[0]) == {"kind", "text", "norm", "fold", "span", "char_span"}
    # Token spans are tuples, fact spans lists (as json.loads gives them).
    assert type(tokens[0]["span"]) is tuple and type(tokens[0]["char_span"]) is tuple
    fact = tintuc.extract("Tiêu đề\nNăm 2016, kết nạp 193 đảng viên mới.")[1]
    assert type(fact["span"]) is list and type(fact["char_span"]) is list
    data = text.encode()
    for t in tokens:
        s, e = t["char_span"]
        assert text[s:e] == t["text"]
        bs, be = t["span"]
        assert data[bs:be].decode() == t["text"]


def test_tokens_keep_original_text_and_give_normalized():
    text = "Uy\u0309 ban hoà"
    tokens = tintuc.tokenize(text)
    assert [t["text"] for t in tokens] == ["Uy\u0309", "ban", "hoà"]
    assert [t["norm"] for t in tokens] == ["Ủy", "ban", "hòa"]
    assert [t["norm"] for t in tintuc.tokenize(text, style="new")] == ["Uỷ", "ban", "hoà"]
    for t in tokens:
        s, e = t["char_span"]
        assert text[s:e] == t["text"]


def test_sentences():
    text = "Năm 2016, kết nạp 193 đảng viên (vượt 20,6%). Tổng số là hơn 3.700.\nDUY NGUYỄN"
    got = tintuc.sentences(text)
    assert [s["text"] for s in got] == [
        "Năm 2016, kết nạp 193 đảng viên (vượt 20,6%).",
        "Tổng số là hơn 3.700.",
        "DUY NGUYỄN",
    ]
    for s in got:
        a, b = s["char_span"]
        assert text[a:b] == s["text"]
        assert s["tokens"][0]["char_span"][0] == a
        assert s["tokens"][-1]["char_span"][1] == b
    assert tintuc.sentences("") == []


def test_spans_of_tokens_on_awkward_text():
    for t in tintuc.tokenize(AWKWARD):
        s, e = t["char_span"]
        assert AWKWARD[s:e] == t["text"], t
        bs, be = t["span"]
        assert AWKWARD.encode()[bs:be].decode() == t["text"]
    for s in tintuc.sentences(AWKWARD):
        a, b = s["char_span"]
        assert AWKWARD[a:b] == s["text"]


def test_empty_text():
    facts = tintuc.extract("")
    assert facts == [
        {"kind": "article", "title": None, "published": None, "author": None, "source": None}
    ]
    assert tintuc.tokenize("") == []
    assert tintuc.extract_many(["", ""]) == [facts, facts]


@pytest.mark.parametrize(
    "call",
    [
        lambda x: tintuc.extract(x),
        lambda x: tintuc.extract("ok", doc=x),
        lambda x: tintuc.normalize(x),
        lambda x: tintuc.fold(x),
        lambda x: tintuc.tokenize(x),
        lambda x: tintuc.sentences(x),
        lambda x: tintuc.Extractor().extract(x),
    ],
)
@pytest.mark.parametrize("bad", [3, b"bytes", ["a list"], 1.5])
def test_non_str_is_type_error(call, bad):
    with pytest.raises(TypeError, match=r"must be str, not"):
        call(bad)


def test_none_text_is_type_error():
    with pytest.raises(TypeError, match="text must be str, not NoneType"):
        tintuc.extract(None)


def test_extract_many_bad_arguments():
    with pytest.raises(TypeError, match="not a single str"):
        tintuc.extract_many("one article")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        tintuc.extract_many(["a", 2])
    with pytest.raises(TypeError, match="iterable of str, not int"):
        tintuc.extract_many(5)
    for threads in (0, -1):
        with pytest.raises(ValueError, match="threads must be at least 1"):
            tintuc.extract_many(["a"], threads=threads)
    with pytest.raises(TypeError):
        tintuc.extract_many(["a"], threads="2")


@pytest.mark.parametrize(
    "call",
    [
        tintuc.extract,
        tintuc.normalize,
        tintuc.fold,
        tintuc.tokenize,
        tintuc.sentences,
        lambda x: tintuc.extract_many(["ok", x]),
        lambda x: tintuc.extract("ok", doc=x),
    ],
)
def test_lone_surrogates_are_unicode_errors(call):
    with pytest.raises(UnicodeEncodeError, match="surrogates not allowed"):
        call("Đảng viên \ud800 mới")


def test_unknown_style():
    for call in (
        lambda: tintuc.normalize("x", style="modernist"),
        lambda: tintuc.tokenize("x", style=""),
        lambda: tintuc.Extractor(style="TRAD"),
    ):
        with pytest.raises(ValueError, match="unknown tone style .*expected traditional, new or keep"):
            call()
    with pytest.raises(TypeError):
        tintuc.normalize("x", style=None)


def test_huge_strings():
    # 10 MB of text without a single space or punctuation...
    blob = "đ" * 5_000_000
    facts = tintuc.extract(blob)
    assert facts[0]["kind"] == "article"
    assert tintuc.normalize(blob) == blob
    assert len(tintuc.fold(blob)) == 5_000_000
    # ...and 6 MB of sentences with facts, with 4-byte emoji and decomposed
    # marks so that byte and code-point offsets drift apart: every span
    # still slices, up to the end of the string.
    # (Lines differ: the layout reads a line repeated many times as page furniture.)
    lines = [
        f"😀 Năm {2000 + i % 20}, toàn Đa\u0309ng bộ xã {i} đã kết nạp được {i + 1} đảng viên mới, vượt 20,6% so với kế hoạch.\n"
        for i in range(50_000)
    ]
    line = lines[-1]
    big = "Tiêu đề\n" + "".join(lines)
    assert len(big.encode()) > 6_000_000
    facts = tintuc.extract(big)
    assert check_spans(big, facts) >= 95_000
    assert facts[-1]["char_span"][1] > len(big) - len(line)
    assert facts[-1]["span"][1] > len(big.encode()) - len(line.encode())


ROLE_TEXT = "Tiêu đề\nÔng Nguyễn Văn An, Quản trò Câu lạc bộ Dưỡng sinh xã, cho biết năm 2020 có 35 hội viên."


def lexicon_line(concept="role.quan_tro", canonical="Quản trò"):
    """One lexicon line that makes an unknown word an office."""
    return f"{concept}\trole\t{canonical}\t\tclub game master\n"


def roles(facts):
    return [f["role"] for f in facts if f["kind"] == "person_role"]


def test_user_lexicon_from_path_and_tsv(tmp_path):
    # Without the lexicon the office is unknown: no person_role fact.
    assert roles(tintuc.extract(ROLE_TEXT)) == []
    path = tmp_path / "extra.tsv"
    path.write_text("# a user lexicon\n" + lexicon_line(), encoding="utf-8")
    for ex in (
        tintuc.Extractor(lexicons=[path]),
        tintuc.Extractor(lexicons=[str(path)]),
        tintuc.Extractor(lexicon_tsv=[lexicon_line()]),
        tintuc.Extractor(style="new", lexicons=[path], lexicon_tsv=[lexicon_line("role.x", "Điều phối viên")]),
    ):
        facts = ex.extract(ROLE_TEXT)
        assert roles(facts) == ["Quản trò Câu lạc bộ Dưỡng sinh xã"]
        assert check_spans(ROLE_TEXT, facts) == 2
        # Built once, reused: the same facts every time, in a batch too.
        assert ex.extract_many([ROLE_TEXT] * 3) == [facts] * 3
    ex = tintuc.Extractor(style="new", lexicons=[path], lexicon_tsv=[lexicon_line("role.x", "Điều phối viên")])
    assert repr(ex) == "Extractor(style='new', user_lexicons=2)"
    assert ex.style == "new"


def test_lexicon_errors_name_the_file(tmp_path):
    missing = tmp_path / "missing.tsv"
    with pytest.raises(FileNotFoundError) as e:
        tintuc.Extractor(lexicons=[missing])
    assert e.value.filename == str(missing)
    assert "cannot read lexicon" in str(e.value)

    bad = tmp_path / "bad.tsv"
    bad.write_text("# header\nx.y\tnot_a_category\tfoo\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv.*line 2"):
        tintuc.Extractor(lexicons=[bad])
    with pytest.raises(ValueError, match=r"lexicon_tsv\[0\].*line 1"):
        tintuc.Extractor(lexicon_tsv=["only\tcolumns"])
    with pytest.raises(OSError):
        tintuc.Extractor(lexicons=[tmp_path])  # a directory
    with pytest.raises(TypeError, match="not a single str"):
        tintuc.Extractor(lexicons=str(bad))
    with pytest.raises(TypeError, match=r"lexicons\[0\] must be a str or os.PathLike"):
        tintuc.Extractor(lexicons=[3])


def test_threads_from_python_share_one_extractor(corpus):
    from concurrent.futures import ThreadPoolExecutor

    ex = tintuc.Extractor()
    texts = [t for _, t in corpus] * 4
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(ex.extract, texts))
    assert got == [ex.extract(t) for t in texts]


def test_version():
    assert tintuc.__version__.count(".") == 2
    assert os.path.isfile(os.path.join(os.path.dirname(tintuc.__file__), "py.typed"))


def test_segment_words():
    # A sentence of corpus/003: syllables grouped into words, numbers whole.
    text = (
        "Tính đến ngày 31/12/2022, toàn huyện có 63 tổ chức cơ sở (TCCS) Đảng trực thuộc "
        "Huyện ủy, trong đó bao gồm 17 đảng bộ xã, thị trấn; 5 đảng bộ cơ sở và 41 chi bộ "
        "cơ sở, có 225 chi bộ trực thuộc Đảng bộ cơ sở với tổng cộng 5.279 đảng viên."
    )
    words = tintuc.segment(text)
    texts = [w["text"] for w in words]
    for w in ["tổ chức", "cơ sở", "trực thuộc", "Huyện ủy", "bao gồm", "thị trấn", "chi bộ",
              "tổng cộng", "đảng viên"]:
        assert w in texts, (w, texts)
    assert "5.279" in texts and "31/12/2022" in texts and "TCCS" in texts
    assert set(words[0]) == {"kind", "text", "norm", "fold", "syllables", "span", "char_span"}
    dv = words[texts.index("đảng viên")]
    assert dv["kind"] == "word" and dv["syllables"] == 2 and dv["fold"] == "dang vien"
    assert words[texts.index("5.279")]["kind"] == "number"
    data = text.encode()
    for w in words:
        s, e = w["char_span"]
        assert text[s:e] == w["text"]
        bs, be = w["span"]
        assert data[bs:be].decode() == w["text"]
    # The words cover the tokens, in order.
    tokens = tintuc.tokenize(text)
    assert sum(w["syllables"] for w in words) == len(tokens)
    assert [t["text"] for t in tokens] == " ".join(texts).split()


def test_segment_spans_follow_the_original_text():
    # NFD input and the new tone placement: spans still slice the input.
    text = "Uy\u0309 ban nhân dân huyện chỉ đạo, cấp uỷ kết nạp quần chúng ưu tú.\nMới"
    words = tintuc.segment(text)
    for w in words:
        s, e = w["char_span"]
        assert text[s:e] == w["text"]
        assert "\n" not in w["text"]
    texts = [w["text"] for w in words]
    assert "chỉ đạo" in texts and "kết nạp" in texts and "quần chúng" in texts
    assert tintuc.segment("") == []
    with pytest.raises(TypeError):
        tintuc.segment(b"bytes")
    with pytest.raises(ValueError):
        tintuc.segment("x", style="bogus")
