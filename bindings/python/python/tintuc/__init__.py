"""Structured facts from Vietnamese news text, with a Rust core.

tintuc reads a Vietnamese news article and returns its facts: quantities
(``193 đảng viên mới``, with unit, event, relation, time and subject), people
with the office given with their name, cited party and state documents, and
the article's metadata (title, publication time, author, source).

Functions:

- :func:`normalize` -- NFC, one tone-mark placement, plain spaces.
- :func:`fold` -- the accent-insensitive matching key.
- :func:`tokenize` -- tokens (syllables, numbers, dates, document numbers...).
- :func:`segment` -- words: syllables grouped by the segmentation model.
- :func:`sentences` -- sentences with their tokens.
- :func:`extract` -- the facts of one article, as dicts (the JSON of FACTS.md).
- :func:`extract_many` -- the facts of many articles, in parallel, GIL released.
- :class:`Extractor` -- options and user lexicons; build once, reuse.

Spans. Every dict that points into the input has two spans of the same range:

- ``span``: ``[start, end]`` **byte** offsets into the UTF-8 encoding of the
  input, exactly as in the Rust crate and the JSON Lines of the command line
  (``text.encode()[start:end].decode() == fact["text"]``);
- ``char_span``: ``[start, end]`` **code-point** offsets, the way Python
  indexes a ``str`` (``text[start:end] == fact["text"]``).

Both refer to the original input, whatever normalization happened inside.
"""

from ._tintuc import (
    Extractor,
    __version__,
    extract,
    extract_many,
    fold,
    normalize,
    segment,
    sentences,
    tokenize,
)

__all__ = [
    "Extractor",
    "__version__",
    "extract",
    "extract_many",
    "fold",
    "normalize",
    "segment",
    "sentences",
    "tokenize",
]
