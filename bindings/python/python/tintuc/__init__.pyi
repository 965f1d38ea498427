"""Type stubs of tintuc: structured facts from Vietnamese news text.

Spans: ``span`` is ``[start, end]`` in bytes of the UTF-8 text (as in Rust and
in the JSON Lines of the command line); ``char_span`` is the same range in
code points, so that ``text[start:end]`` works on the Python ``str``.
"""

import os
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, Union

__version__: str

Style = Literal["traditional", "new", "keep"]
"""Tone-mark placement: ``traditional`` (hòa, thủy: most newspapers), ``new``
(hoà, thuỷ: the 2018 school rules) or ``keep`` (as written, still NFC)."""

Token = Dict[str, Any]
"""A token: ``kind`` (``word``, ``abbreviation``, ``number``, ``date``,
``year_range``, ``clock``, ``document_number``, ``url``, ``email``,
``punctuation``, ``symbol``), ``text`` (as in the input), ``norm`` (the
normalized text), ``fold`` (the matching key), ``span`` (bytes) and
``char_span`` (code points). Token and sentence spans are ``(start, end)``
tuples (cheap for Python's garbage collector when there are millions);
fact spans are ``[start, end]`` lists, as in the JSON of FACTS.md."""

Word = Dict[str, Any]
"""A word: ``kind`` (``word`` for a syllable or a word of several syllables;
other tokens keep their kind), ``text`` (as in the input, with the spaces
between its syllables), ``norm``, ``fold``, ``syllables`` (number of tokens),
``span`` (bytes) and ``char_span`` (code points), as tuples."""

Sentence = Dict[str, Any]
"""A sentence: ``text`` (as in the input), ``span`` and ``char_span``
(tuples), and
``tokens`` (a list of :data:`Token`)."""

Fact = Dict[str, Any]
"""A fact: the JSON object of FACTS.md as ``json.loads`` gives it (``doc``
first when a document id was given, then ``kind`` and the fields of the kind;
``span`` in bytes and ``text``), plus ``char_span`` in code points for every
fact that has a span (all but ``article``)."""

def normalize(text: str, style: Style = "traditional") -> str:
    """The normalized form of ``text``: NFC, the tone placement of ``style``,
    plain spaces, ``\\n`` line breaks, no invisible characters (zero-width
    spaces, byte-order marks).

    Raises ``TypeError`` if ``text`` is not a ``str``, ``ValueError`` for an
    unknown ``style``, ``UnicodeEncodeError`` for lone surrogates.

    >>> normalize("Hoà bình")
    'Hòa bình'
    >>> normalize("Hòa bình", style="new")
    'Hoà bình'
    """

def fold(text: str) -> str:
    """The accent-insensitive matching key of ``text``: no diacritics,
    ``đ`` → ``d``, lower case.

    >>> fold("Uỷ ban ĐOÀN")
    'uy ban doan'
    """

def tokenize(text: str, style: Style = "traditional") -> List[Token]:
    """The tokens of ``text`` in text order: syllables, Vietnamese numbers
    (``1.488``, ``65,8%``), dates, year ranges, clock times, document numbers
    (``45-QĐ/TW``), abbreviations (``TCCSĐ``, ``TP.HCM``), URLs, e-mail
    addresses, punctuation and symbols. Spaces are not tokens.

    Each token's ``span`` (bytes) and ``char_span`` (code points) point into
    ``text`` as given, whatever normalization happened; ``norm`` is the
    token's text after normalization with ``style``.
    """

def segment(text: str, style: Style = "traditional") -> List[Word]:
    """The words of ``text`` in text order: the syllables of :func:`tokenize`
    grouped into words by the shipped segmentation model (an averaged
    perceptron trained on UD Vietnamese VTB, with a word list; VTB test word
    F1 97.71). Numbers, dates, document numbers, abbreviations and URLs stay
    whole; a word never spans a line break.

    >>> [w["text"] for w in segment("Chi bộ kết nạp 12 quần chúng ưu tú.")]
    ['Chi bộ', 'kết nạp', '12', 'quần chúng', 'ưu tú', '.']
    """

def sentences(text: str, style: Style = "traditional") -> List[Sentence]:
    """The sentences of ``text``, each with its tokens. A sentence ends at a
    line break and at final punctuation followed by a new sentence; periods
    inside numbers, dates and abbreviations (``TP. HCM``, ``ThS.``) do not
    end one."""

def extract(text: str, doc: Optional[str] = None) -> List[Fact]:
    """The facts of one article with the default extractor: the ``article``
    fact first, then quantities, people and cited documents in text order.

    Each fact is a dict exactly like its JSON object in FACTS.md (with
    ``doc`` when given), plus ``char_span``. Releases the GIL while it runs.

    Raises ``TypeError`` if ``text`` or ``doc`` is not a ``str``,
    ``UnicodeEncodeError`` for lone surrogates.
    """

def extract_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    docs: Optional[Iterable[str]] = None,
) -> List[List[Fact]]:
    """The facts of many articles, computed in parallel with the GIL released:
    one list per text, in input order, equal to ``[extract(t) for t in
    texts]``.

    ``threads``: the number of worker threads (default: one per core).
    ``docs``: one document id per text, put in each fact as ``doc``.

    Raises ``TypeError`` if ``texts`` is a ``str`` or holds a non-``str``
    (naming its index), ``ValueError`` for ``threads < 1`` or a ``docs`` of
    another length.
    """

class Extractor:
    """An extractor with options, built once and reused (thread-safe; the
    GIL is released while it works).

    ``style``: the tone placement the text is normalized to before reading
    (it does not change spans or texts, which are always the original's).
    ``lexicons``: paths of user lexicon files (TSV: id, category, canonical
    form, variants, gloss), added on top of the built-in lexicon; a concept
    with a built-in id replaces it. ``lexicon_tsv``: the same, given as
    strings.

    Raises ``ValueError`` for an unknown style or a malformed lexicon (naming
    it and the line), ``FileNotFoundError``/``PermissionError``/``OSError``
    (with ``filename``) for a lexicon file that cannot be read.

    >>> ex = Extractor(lexicon_tsv=["unit.to_dan_pho\\tadmin_unit\\ttổ dân phố\\t\\tresidential group"])
    >>> ex.extract("Tiêu đề")[0]["kind"]
    'article'
    """

    def __init__(
        self,
        style: Style = "traditional",
        lexicons: Optional[Sequence[Union[str, os.PathLike[str]]]] = None,
        lexicon_tsv: Optional[Sequence[str]] = None,
    ) -> None: ...
    @property
    def style(self) -> str:
        """The tone style the extractor normalizes to."""
    def extract(self, text: str, doc: Optional[str] = None) -> List[Fact]:
        """The facts of one article; see :func:`tintuc.extract`."""
    def extract_many(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        docs: Optional[Iterable[str]] = None,
    ) -> List[List[Fact]]:
        """The facts of many articles in parallel; see
        :func:`tintuc.extract_many`."""
