//! Python bindings of tintuc: the extension module `tintuc._tintuc`.
//!
//! The Python package `tintuc` (in `python/tintuc/`) re-exports everything
//! defined here; its `__init__.pyi` holds the typed signatures and the user
//! documentation. The Rust core does the work: arguments are checked and
//! copied out of Python, the GIL is released while the core runs, and the
//! results come back as plain Python lists and dicts.
//!
//! Spans: the core gives byte offsets into the UTF-8 text (`span`); every
//! dict with a `span` also carries `char_span`, the same range in code
//! points, so that `text[s:e]` works on the Python `str`. Byte offsets are
//! converted with one [`CharIndex`] per text (one pass over its bytes).

mod chars;

use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::exceptions::{
    PyFileNotFoundError, PyOSError, PyPermissionError, PyTypeError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;
use serde_json::Value;
use tintuc::extract::{Extractor, Fact};
use tintuc::lexicon::{Lexicon, LexiconError};
use tintuc::normalize::{Normalizer, ToneStyle};
use tintuc::segment::{Segmenter, Word};
use tintuc::tokenize::{sentences as cut_sentences, Token, TokenKind, Tokenizer};

use chars::CharIndex;

/// The extractor behind the module-level `extract` and `extract_many`,
/// built on first use.
static DEFAULT: OnceLock<Extractor> = OnceLock::new();

/// Rayon pools made for `threads=N`, kept for the next call with the same N.
static POOLS: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());

fn default_extractor() -> &'static Extractor {
    DEFAULT.get_or_init(Extractor::new)
}

/// The Python type name of `obj`, for error messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// The text of a `str` argument, copied out of Python.
///
/// A non-`str` is a `TypeError` naming the argument; a `str` with lone
/// surrogates (not encodable as UTF-8) is Python's own `UnicodeEncodeError`.
fn text_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let s = obj
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be str, not {}", type_name(obj))))?;
    Ok(s.to_cow()?.into_owned())
}

/// The tone style named `style`; a `ValueError` for an unknown name.
fn style_arg(style: &str) -> PyResult<ToneStyle> {
    ToneStyle::from_str(style).map_err(PyValueError::new_err)
}

/// A list of `str` from any iterable of `str` (but not from a `str` itself,
/// whose iteration gives characters).
fn texts_arg(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not a single str (wrap it in a list)"
        )));
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not {}",
            type_name(obj)
        ))
    })?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        let item = item?;
        // The argument's name is formatted only for an error.
        let s = item.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!("{what}[{i}] must be str, not {}", type_name(&item)))
        })?;
        out.push(s.to_cow()?.into_owned());
    }
    Ok(out)
}

/// A JSON value as the Python object `json.loads` would give.
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(m) => {
            let d = PyDict::new(py);
            for (k, x) in m {
                d.set_item(k, to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

/// The facts of one text as JSON objects (the contract of FACTS.md, `doc`
/// first when given), each with a span given `char_span` too. Runs without
/// the GIL.
fn facts_json(extractor: &Extractor, text: &str, doc: Option<&str>) -> Vec<Value> {
    let index = CharIndex::new(text);
    extractor
        .extract(text)
        .into_iter()
        .map(|body| {
            let span = body.span();
            let value = match doc {
                Some(doc) => serde_json::to_value(Fact {
                    doc: doc.to_string(),
                    body,
                }),
                None => serde_json::to_value(&body),
            };
            // The fact types always serialize (strings, numbers, options).
            let mut value = value.unwrap_or_else(|e| panic!("fact to JSON: {e}"));
            if let (Some(span), Value::Object(map)) = (span, &mut value) {
                let [s, e] = index.char_span([span.start, span.end]);
                map.insert("char_span".into(), Value::from(vec![s, e]));
            }
            value
        })
        .collect()
}

/// Python lists of facts from the JSON objects.
fn facts_py<'py>(py: Python<'py>, facts: &[Value]) -> PyResult<Bound<'py, PyList>> {
    let items = facts
        .iter()
        .map(|f| to_py(py, f))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// One `extract` for both the module function and the class.
fn extract_one(
    py: Python<'_>,
    extractor: &Extractor,
    text: &Bound<'_, PyAny>,
    doc: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyList>> {
    let text = text_arg(text, "text")?;
    let doc = doc
        .filter(|d| !d.is_none())
        .map(|d| text_arg(d, "doc"))
        .transpose()?;
    let facts = py.detach(|| facts_json(extractor, &text, doc.as_deref()));
    Ok(facts_py(py, &facts)?.unbind())
}

/// The rayon pool of `threads` threads (made once per distinct count).
fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, p)) = pools.iter().find(|(n, _)| *n == threads) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("tintuc-{i}"))
        .build()
        .map_err(|e| PyOSError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let p = Arc::new(p);
    pools.push((threads, p.clone()));
    Ok(p)
}

/// One `extract_many` for both the module function and the class.
fn extract_many_impl(
    py: Python<'_>,
    extractor: &Extractor,
    texts: &Bound<'_, PyAny>,
    threads: Option<i64>,
    docs: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyList>> {
    let texts = texts_arg(texts, "texts")?;
    let docs = match docs.filter(|d| !d.is_none()) {
        Some(d) => {
            let docs = texts_arg(d, "docs")?;
            if docs.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "docs has {} ids for {} texts: give one id per text",
                    docs.len(),
                    texts.len()
                )));
            }
            Some(docs)
        }
        None => None,
    };
    let pool = match threads {
        None => None,
        Some(n) if n >= 1 => Some(pool(n as usize)?),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1 (or None for all cores), not {n}"
            )))
        }
    };
    let run = || -> Vec<Vec<Value>> {
        texts
            .par_iter()
            .enumerate()
            .map(|(i, t)| facts_json(extractor, t, docs.as_ref().map(|d| d[i].as_str())))
            .collect()
    };
    let results = py.detach(|| match &pool {
        Some(p) => p.install(run),
        None => run(),
    });
    let lists = results
        .iter()
        .map(|facts| facts_py(py, facts))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, lists)?.unbind())
}

/// The names of token kinds as Python strings, made once per call (the
/// serde names: `word`, `year_range`, ...).
#[derive(Default)]
struct KindNames<'py>(Vec<(TokenKind, Bound<'py, PyString>)>);

impl<'py> KindNames<'py> {
    fn get(&mut self, py: Python<'py>, kind: TokenKind) -> Bound<'py, PyString> {
        if let Some((_, name)) = self.0.iter().find(|(k, _)| *k == kind) {
            return name.clone();
        }
        let value = serde_json::to_value(kind).unwrap_or(Value::Null);
        let name = PyString::new(py, value.as_str().unwrap_or("?"));
        self.0.push((kind, name.clone()));
        name
    }
}

/// A token as a dict: kind, text, norm, fold, span, char_span.
fn token_dict<'py>(
    py: Python<'py>,
    t: &Token<'_>,
    index: &CharIndex<'_>,
    kinds: &mut KindNames<'py>,
) -> PyResult<Bound<'py, PyDict>> {
    let piece = Piece {
        kind: t.kind,
        text: t.text,
        norm: t.norm,
        fold: t.fold(),
        span: t.span.clone(),
    };
    piece.dict(py, index, kinds)
}

/// A word as a dict: the fields of a token, and syllables.
fn word_dict<'py>(
    py: Python<'py>,
    w: &Word<'_>,
    index: &CharIndex<'_>,
    kinds: &mut KindNames<'py>,
) -> PyResult<Bound<'py, PyDict>> {
    let piece = Piece {
        kind: w.kind,
        text: w.text,
        norm: w.norm,
        fold: w.fold(),
        span: w.span.clone(),
    };
    let d = piece.dict(py, index, kinds)?;
    d.set_item(pyo3::intern!(py, "syllables"), w.syllables())?;
    Ok(d)
}

/// What a token and a word have in common.
struct Piece<'a> {
    kind: TokenKind,
    text: &'a str,
    norm: &'a str,
    fold: String,
    span: std::ops::Range<usize>,
}

impl Piece<'_> {
    fn dict<'py>(
        &self,
        py: Python<'py>,
        index: &CharIndex<'_>,
        kinds: &mut KindNames<'py>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "kind"), kinds.get(py, self.kind))?;
        d.set_item(pyo3::intern!(py, "text"), self.text)?;
        d.set_item(pyo3::intern!(py, "norm"), self.norm)?;
        d.set_item(pyo3::intern!(py, "fold"), &self.fold)?;
        span_items(py, &d, self.span.start, self.span.end, index)?;
        Ok(d)
    }
}

/// Sets `span` (bytes) and `char_span` (code points) of a token or sentence
/// dict, as tuples: Python's garbage collector stops tracking a dict of
/// strings, ints and tuples of ints, which matters for millions of tokens.
fn span_items(
    py: Python<'_>,
    d: &Bound<'_, PyDict>,
    start: usize,
    end: usize,
    index: &CharIndex<'_>,
) -> PyResult<()> {
    let [cs, ce] = index.char_span([start, end]);
    d.set_item(pyo3::intern!(py, "span"), (start, end))?;
    d.set_item(pyo3::intern!(py, "char_span"), (cs, ce))?;
    Ok(())
}

/// The normalized form of `text`: NFC, the tone-mark placement of `style`
/// ("traditional": hòa, thủy; "new": hoà, thuỷ; "keep": as written), plain
/// spaces, "\n" line breaks, no invisible characters.
///
/// Raises TypeError if text is not a str, ValueError for an unknown style,
/// UnicodeEncodeError for lone surrogates.
#[pyfunction]
#[pyo3(signature = (text, style = "traditional"))]
fn normalize(py: Python<'_>, text: &Bound<'_, PyAny>, style: &str) -> PyResult<String> {
    let style = style_arg(style)?;
    let text = text_arg(text, "text")?;
    Ok(py.detach(|| {
        Normalizer::new()
            .style(style)
            .normalize(&text)
            .text()
            .to_string()
    }))
}

/// The accent-insensitive matching key of `text`: no diacritics, "đ" -> "d",
/// lower case ("Uỷ ban ĐOÀN" -> "uy ban doan").
#[pyfunction]
fn fold(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
    let text = text_arg(text, "text")?;
    Ok(py.detach(|| tintuc::normalize::fold(&text).into_string()))
}

/// The tokens of `text`, in text order, as dicts: "kind" (word,
/// abbreviation, number, date, year_range, clock, document_number, url,
/// email, punctuation, symbol), "text" (as in the input), "norm" (after
/// normalization with `style`), "fold" (the matching key), "span" (byte
/// offsets into the UTF-8 text) and "char_span" (code-point offsets:
/// text[s:e] == token["text"]), both (start, end) tuples.
#[pyfunction]
#[pyo3(signature = (text, style = "traditional"))]
fn tokenize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    style: &str,
) -> PyResult<Bound<'py, PyList>> {
    let style = style_arg(style)?;
    let text = text_arg(text, "text")?;
    let n = Normalizer::new().style(style).normalize(&text);
    let tokens = Tokenizer::new().tokenize(&n);
    let index = CharIndex::new(&text);
    let mut kinds = KindNames::default();
    let items = tokens
        .iter()
        .map(|t| token_dict(py, t, &index, &mut kinds))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// The words of `text`, in text order, as dicts: the syllables of the
/// tokenizer grouped into words by the shipped segmentation model (UD
/// Vietnamese VTB with a word list). "kind" ("word" for a syllable or a word
/// of several; a number, date or other token stays whole with its own kind),
/// "text" (as in the input, spaces between syllables included), "norm",
/// "fold", "syllables" (number of tokens), "span" (bytes) and "char_span"
/// (code points).
#[pyfunction]
#[pyo3(signature = (text, style = "traditional"))]
fn segment<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    style: &str,
) -> PyResult<Bound<'py, PyList>> {
    let style = style_arg(style)?;
    let text = text_arg(text, "text")?;
    let n = Normalizer::new().style(style).normalize(&text);
    let words = py.detach(|| Segmenter::shared().segment(&n));
    let index = CharIndex::new(&text);
    let mut kinds = KindNames::default();
    let items = words
        .iter()
        .map(|w| word_dict(py, w, &index, &mut kinds))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// The sentences of `text` as dicts: "text" (as in the input), "span"
/// (bytes), "char_span" (code points) and "tokens" (as tokenize gives them).
/// A sentence ends at a line break and at final punctuation before a new
/// sentence; periods in numbers, dates and abbreviations do not end one.
#[pyfunction]
#[pyo3(signature = (text, style = "traditional"))]
fn sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    style: &str,
) -> PyResult<Bound<'py, PyList>> {
    let style = style_arg(style)?;
    let text = text_arg(text, "text")?;
    let n = Normalizer::new().style(style).normalize(&text);
    let tokens = Tokenizer::new().tokenize(&n);
    let index = CharIndex::new(&text);
    let mut kinds = KindNames::default();
    let mut items = Vec::new();
    for s in cut_sentences(&tokens, n.text()) {
        let d = PyDict::new(py);
        d.set_item(pyo3::intern!(py, "text"), &text[s.span.clone()])?;
        span_items(py, &d, s.span.start, s.span.end, &index)?;
        let toks = tokens[s.tokens.clone()]
            .iter()
            .map(|t| token_dict(py, t, &index, &mut kinds))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item(pyo3::intern!(py, "tokens"), PyList::new(py, toks)?)?;
        items.push(d);
    }
    PyList::new(py, items)
}

/// The facts of one article with the default extractor: the "article" fact
/// first, then quantities, people and cited documents in text order.
///
/// Each fact is a dict exactly like its JSON object in FACTS.md ("doc" first
/// when `doc` is given, "kind", the fields of the kind, "span" as byte
/// offsets into the UTF-8 text, "text"), plus "char_span", the same range in
/// code points (text[s:e] == fact["text"]). The GIL is released while the
/// extractor runs.
#[pyfunction]
#[pyo3(signature = (text, doc = None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    doc: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyList>> {
    extract_one(py, default_extractor(), text, doc)
}

/// The facts of many articles, in parallel and with the GIL released: one
/// list per text, in input order, equal to [extract(t) for t in texts].
///
/// `threads`: worker threads (default: one per core). `docs`: one document
/// id per text, given to each fact as "doc".
#[pyfunction]
#[pyo3(signature = (texts, threads = None, docs = None))]
fn extract_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<i64>,
    docs: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyList>> {
    extract_many_impl(py, default_extractor(), texts, threads, docs)
}

/// A `Python` exception for a lexicon that cannot be loaded: `OSError`
/// (with errno and filename) for a file that cannot be read, `ValueError`
/// naming the file and line for a malformed one.
fn lexicon_error(e: LexiconError, what: &str) -> PyErr {
    match &e {
        LexiconError::Io { path, source } => {
            let args = (
                source.raw_os_error().unwrap_or(0),
                // Python adds the errno and the file name; Rust's own " (os error N)" goes.
                format!("cannot read lexicon: {source}")
                    .split(" (os error")
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                path.display().to_string(),
            );
            match source.kind() {
                std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(args),
                std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(args),
                _ => PyOSError::new_err(args),
            }
        }
        _ => PyValueError::new_err(format!("bad lexicon {what}: {e}")),
    }
}

/// An extractor with options, built once and reused; thread-safe.
///
/// `style`: the tone placement the text is normalized to before reading
/// (spans and texts are always of the original). `lexicons`: paths of user
/// lexicon files (TSV: id, category, canonical, variants, gloss) added on
/// top of the built-in lexicon. `lexicon_tsv`: the same as strings.
///
/// Raises ValueError for an unknown style or a malformed lexicon (naming it
/// and the line), FileNotFoundError / PermissionError / OSError (with
/// `filename`) for a lexicon file that cannot be read.
#[pyclass(name = "Extractor", module = "tintuc", frozen)]
struct PyExtractor {
    inner: Extractor,
    style: ToneStyle,
    lexicons: usize,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (style = "traditional", lexicons = None, lexicon_tsv = None))]
    fn new(
        style: &str,
        lexicons: Option<&Bound<'_, PyAny>>,
        lexicon_tsv: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let style = style_arg(style)?;
        let mut builder = Extractor::builder().tone_style(style);
        let mut count = 0;
        if let Some(paths) = lexicons.filter(|l| !l.is_none()) {
            if paths.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(
                    "lexicons must be a list of paths, not a single str (wrap it in a list)",
                ));
            }
            let iter = paths.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "lexicons must be a list of paths, not {}",
                    type_name(paths)
                ))
            })?;
            for (i, p) in iter.enumerate() {
                let p = p?;
                let path: std::path::PathBuf = p.extract().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "lexicons[{i}] must be a str or os.PathLike, not {}",
                        type_name(&p)
                    ))
                })?;
                let lexicon = Lexicon::from_path(&path)
                    .map_err(|e| lexicon_error(e, &path.display().to_string()))?;
                builder = builder.lexicon(lexicon);
                count += 1;
            }
        }
        if let Some(tsvs) = lexicon_tsv.filter(|l| !l.is_none()) {
            for (i, tsv) in texts_arg(tsvs, "lexicon_tsv")?.iter().enumerate() {
                let lexicon = Lexicon::from_tsv(tsv)
                    .map_err(|e| lexicon_error(e, &format!("lexicon_tsv[{i}]")))?;
                builder = builder.lexicon(lexicon);
                count += 1;
            }
        }
        let inner = builder
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(PyExtractor {
            inner,
            style,
            lexicons: count,
        })
    }

    /// The facts of one article; see tintuc.extract.
    #[pyo3(signature = (text, doc = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        doc: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyList>> {
        extract_one(py, &self.inner, text, doc)
    }

    /// The facts of many articles, in parallel with the GIL released; see
    /// tintuc.extract_many.
    #[pyo3(signature = (texts, threads = None, docs = None))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<i64>,
        docs: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Py<PyList>> {
        extract_many_impl(py, &self.inner, texts, threads, docs)
    }

    /// The tone style the extractor normalizes to.
    #[getter]
    fn style(&self) -> &'static str {
        match self.style {
            ToneStyle::Traditional => "traditional",
            ToneStyle::New => "new",
            ToneStyle::Keep => "keep",
        }
    }

    /// The extractor's options.
    fn __repr__(&self) -> String {
        format!(
            "Extractor(style='{}', user_lexicons={})",
            self.style(),
            self.lexicons
        )
    }
}

/// The extension module; the package `tintuc` re-exports it.
#[pymodule]
fn _tintuc(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(fold, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_class::<PyExtractor>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
