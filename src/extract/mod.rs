//! Step 4 of the pipeline: facts.
//!
//! An [`Extractor`] is built once and reused: it reads an article and
//! returns its facts as the types of [`facts`] (the contract of
//! FACTS.md), each with a span into the original input.
//!
//! ```
//! use tintuc::extract::{Extractor, FactBody};
//!
//! let extractor = Extractor::new();
//! let text = "Nâng cao chất lượng phát triển đảng viên\n\
//!             Cập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)\n\
//!             Năm 2016, toàn Đảng bộ huyện đã kết nạp được 193 đảng viên mới, vượt 20,6% so với kế hoạch đề ra.\n\
//!             DUY NGUYỄN";
//! let facts = extractor.extract(text);
//! let FactBody::Article(article) = &facts[0] else { panic!("article first") };
//! assert_eq!(article.published.as_deref(), Some("2017-05-12T08:47:00+07:00"));
//! assert_eq!(article.author.as_deref(), Some("DUY NGUYỄN"));
//! ```

mod documents;
pub mod facts;
mod layout;
mod quantities;
mod tables;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use crate::lexicon::{Category, Lexicon};
use crate::matcher::{MatchKind, MatcherError, Matches, TermMatcher};
use crate::normalize::{fold, Normalized, Normalizer, ToneStyle};
use crate::numbers::Scanner;
use crate::segment::Segmenter;
use crate::tokenize::{Token, Tokenizer};
pub use facts::{
    Approx, Article, DocumentRef, Fact, FactBody, Modality, PersonRole, Quantity, TimeRef,
};

/// Reads articles and returns their facts. Build once, share across
/// threads (`Send + Sync`); [`extract`](Self::extract) takes `&self`.
#[derive(Clone, Debug)]
pub struct Extractor {
    normalizer: Normalizer,
    tokenizer: Tokenizer,
    matcher: SharedMatcher,
    citations: documents::Citations,
    numbers: Scanner,
    keep_lines: bool,
}

/// The built-in matcher is built once per process and shared; a matcher
/// with user lexicons belongs to its extractor.
#[derive(Clone, Debug)]
enum SharedMatcher {
    Default(&'static TermMatcher),
    Custom(Arc<TermMatcher>),
}

impl std::ops::Deref for SharedMatcher {
    type Target = TermMatcher;
    fn deref(&self) -> &TermMatcher {
        match self {
            SharedMatcher::Default(m) => m,
            SharedMatcher::Custom(m) => m,
        }
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Configures an [`Extractor`]: user lexicons, tone style of the text it
/// reports.
///
/// ```
/// use tintuc::extract::Extractor;
/// use tintuc::lexicon::Lexicon;
///
/// let extra = Lexicon::from_tsv("unit.to_dan_pho\tadmin_unit\ttổ dân phố\t\tresidential group\n").unwrap();
/// let extractor = Extractor::builder().lexicon(extra).build().unwrap();
/// assert!(!extractor.extract("Tiêu đề").is_empty());
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    lexicons: Vec<Lexicon>,
    style: ToneStyle,
    words: bool,
    keep_lines: bool,
}

impl ExtractorBuilder {
    /// Adds a user lexicon on top of the default one (a concept with the same
    /// id replaces the default's).
    pub fn lexicon(mut self, lexicon: Lexicon) -> Self {
        self.lexicons.push(lexicon);
        self
    }

    /// The tone placement the text is normalized to before reading it. It
    /// does not change the facts (spans and texts are always of the original).
    pub fn tone_style(mut self, style: ToneStyle) -> Self {
        self.style = style;
        self
    }

    /// Let the matcher use the words of the [segmenter](crate::segment)
    /// where they help (see [`MatcherBuilder::words`](crate::matcher::MatcherBuilder::words)):
    /// no place or organisation unit inside a longer word. The default and
    /// user lexicons feed the segmenter, so their terms stay whole words. Off
    /// by default: it costs a segmentation of every article.
    pub fn words(mut self, on: bool) -> Self {
        self.words = on;
        self
    }

    /// Text copied from a PDF, an e-paper or a print page breaks its lines
    /// inside sentences (`kết nạp⏎125 đảng viên`); the extractor reads such
    /// breaks as spaces (see [`hard_wraps`](crate::normalize::hard_wraps)),
    /// and spans that cross one hold the `\n` of the input. A page whose
    /// lines are paragraphs is never changed. On by default; `false` reads
    /// every line as it is.
    pub fn join_wrapped_lines(mut self, on: bool) -> Self {
        self.keep_lines = !on;
        self
    }

    /// Builds the extractor; fails only when the lexicons cannot make an automaton.
    pub fn build(self) -> Result<Extractor, MatcherError> {
        let matcher = if self.lexicons.is_empty() && !self.words {
            SharedMatcher::Default(TermMatcher::shared())
        } else {
            let mut b = TermMatcher::builder(Lexicon::default());
            // The lexicon's terms are words of their own: a term is never cut.
            let mut segmenter = self
                .words
                .then(|| Segmenter::new().with_lexicon(&Lexicon::default()));
            for l in self.lexicons {
                segmenter = segmenter.map(|s| s.with_lexicon(&l));
                b = b.lexicon(l);
            }
            if let Some(segmenter) = segmenter {
                b = b.words(segmenter);
            }
            SharedMatcher::Custom(Arc::new(b.build()?))
        };
        Ok(Extractor {
            normalizer: Normalizer::new().style(self.style),
            tokenizer: Tokenizer::new(),
            citations: documents::Citations::new(matcher.lexicon()),
            matcher,
            numbers: Scanner::new(),
            keep_lines: self.keep_lines,
        })
    }
}

/// One document on its way through the pipeline: the views and what the
/// matchers found, all in normalized-text coordinates.
struct Doc<'a> {
    n: &'a Normalized<'a>,
    layout: layout::Layout,
    /// In normalized-text coordinates: `span` is `norm_span`.
    tokens: Vec<Token<'a>>,
    matches: Matches<'a>,
}

/// One list of tokens per thread, kept from one article to the next: an
/// article's tokens are the largest block it allocates (72 bytes for every
/// five of text), and allocating it anew for each article made the system
/// allocator hand the heap's top back and fault it in again every time.
mod token_buffer {
    use std::cell::RefCell;

    use crate::tokenize::Token;

    /// Lists longer than this are not kept (one huge text should not hold
    /// its memory for the thread's life).
    const MAX_KEPT: usize = 1 << 16;

    thread_local! {
        static KEPT: RefCell<Vec<Token<'static>>> = const { RefCell::new(Vec::new()) };
    }

    /// An empty list, with the capacity of the last one given back.
    pub(super) fn take<'a>() -> Vec<Token<'a>> {
        // (`try_with`: from a thread-local's destructor, no buffer is kept.)
        let kept = KEPT
            .try_with(|k| std::mem::take(&mut *k.borrow_mut()))
            .unwrap_or_default();
        relabel(kept)
    }

    pub(super) fn give_back(tokens: Vec<Token<'_>>) {
        if tokens.capacity() <= MAX_KEPT {
            let tokens = relabel(tokens);
            let _ = KEPT.try_with(|k| *k.borrow_mut() = tokens);
        }
    }

    /// The same allocation, emptied, as a list of tokens of another lifetime:
    /// collecting an emptied list's iterator into a list of a type of the
    /// same size reuses its allocation (no token crosses over).
    fn relabel<'b>(mut tokens: Vec<Token<'_>>) -> Vec<Token<'b>> {
        tokens.clear();
        tokens.into_iter().map(|_| unreachable!()).collect()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn relabelling_keeps_the_allocation() {
            let tokens: Vec<crate::tokenize::Token<'static>> = Vec::with_capacity(100);
            assert!(super::relabel(tokens).capacity() >= 100);
        }
    }
}

impl<'a> Doc<'a> {
    /// The document `ex` reads in `n` (`normalized` is `n`'s text as is).
    fn new(ex: &'a Extractor, n: &'a Normalized<'a>, normalized: &'a Normalized<'a>) -> Self {
        let mut tokens = token_buffer::take();
        ex.tokenizer.tokenize_as_is(n, normalized, &mut tokens);
        Doc {
            layout: layout::layout(n.text()),
            tokens,
            matches: ex.matcher.find(n.text()),
            n,
        }
    }
}

impl Doc<'_> {
    fn text(&self) -> &str {
        self.n.text()
    }

    /// `[start, end]` in the original input and the original text there.
    fn original(&self, r: Range<usize>) -> ([usize; 2], String) {
        let o = self.n.to_original(r);
        ([o.start, o.end], self.n.original()[o].to_string())
    }

    /// The original text of a range of the normalized text, as written but
    /// for HTML character references (`&nbsp;`), which are read, and a line
    /// break of a wrapped line (see [`ExtractorBuilder::join_wrapped_lines`]),
    /// which is one space: a name or an office is one line.
    fn original_text(&self, r: Range<usize>) -> Cow<'_, str> {
        let text = crate::normalize::decode_entities(&self.n.original()[self.n.to_original(r)]);
        if !text.contains('\n') {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.truncate(out.trim_end().len());
                out.push(' ');
            }
            out.push_str(if i > 0 { line.trim_start() } else { line });
        }
        Cow::Owned(out)
    }

    /// True when a range of the normalized text lies in a line whose facts count.
    fn in_fact_line(&self, r: &Range<usize>) -> bool {
        let lines = &self.layout.lines;
        let i = lines.partition_point(|l| l.range.end < r.start);
        lines
            .get(i)
            .is_some_and(|l| l.range.start <= r.start && r.end <= l.range.end && l.gives_facts())
    }
}

impl Extractor {
    /// An extractor with the default lexicon and rules.
    pub fn new() -> Self {
        // The default lexicon always builds.
        ExtractorBuilder::default()
            .build()
            .unwrap_or_else(|e| panic!("default lexicon: {e}"))
    }

    /// Configure an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The facts of one article, in text order, the `article` fact first.
    pub fn extract(&self, text: &str) -> Vec<FactBody> {
        let mut n = self.normalizer.normalize(text);
        if !self.keep_lines {
            n.join_lines(&crate::normalize::hard_wraps(n.text()));
        }
        // Facts are read in normalized-text coordinates and mapped back once
        // each: the tokens need no original spans.
        let normalized = Normalized::as_is(n.text());
        let doc = Doc::new(self, &n, &normalized);
        let numbers = self.numbers.scan(n.text());
        let citations = self.citations(&doc);
        let mut facts = vec![FactBody::Article(article(&doc))];
        // No number, no quantity: the context (sentences, names) is not needed.
        let mut rest: Vec<FactBody> = if numbers.is_empty() {
            Vec::new()
        } else {
            let excluded = citations.iter().map(|c| c.range.clone()).collect();
            quantities::Context::new(&doc, &numbers, excluded)
                .quantities(&numbers)
                .into_iter()
                .map(FactBody::Quantity)
                .collect()
        };
        rest.extend(citations.into_iter().map(|c| document_ref(&doc, c)));
        rest.extend(people(&doc));
        // Text order, as promised.
        rest.sort_by_key(|f| f.span().map_or(0, |s| s.start));
        facts.extend(rest);
        token_buffer::give_back(doc.tokens);
        facts
    }

    /// The facts of many articles, computed in parallel on the current rayon
    /// thread pool; the output is in input order and identical to calling
    /// [`extract`](Self::extract) on each.
    pub fn extract_batch<T: AsRef<str> + Sync>(&self, texts: &[T]) -> Vec<Vec<FactBody>> {
        texts.par_iter().map(|t| self.extract(t.as_ref())).collect()
    }

    /// Cited documents in the lines that give facts.
    /// Only where the automaton found a document type (or the same words as
    /// a reference point: `nghị quyết`) can a citation start.
    fn citations(&self, doc: &Doc<'_>) -> Vec<documents::Citation> {
        let mut out = Vec::new();
        let starts: Vec<usize> = doc
            .matches
            .terms()
            .filter(|t| {
                matches!(
                    t.category(),
                    Some(Category::DocumentType | Category::Reference)
                )
            })
            .map(|t| t.span.start)
            .collect();
        for line in doc.layout.lines.iter().filter(|l| l.gives_facts()) {
            let lo = starts.partition_point(|&s| s < line.range.start);
            let hi = starts.partition_point(|&s| s < line.range.end);
            if lo == hi {
                continue;
            }
            let first = doc
                .tokens
                .partition_point(|t| t.norm_span.start < line.range.start);
            let last = doc
                .tokens
                .partition_point(|t| t.norm_span.start < line.range.end);
            let tokens = &doc.tokens[first..last];
            let at = starts[lo..hi]
                .iter()
                .map(|&s| tokens.partition_point(|t| t.norm_span.start < s));
            self.citations.find_at(doc.text(), tokens, at, &mut out);
        }
        out
    }
}

fn document_ref(doc: &Doc<'_>, c: documents::Citation) -> FactBody {
    let (span, text) = doc.original(c.range.clone());
    let part = |r: Option<Range<usize>>| r.map(|r| doc.original_text(r).to_string());
    FactBody::DocumentRef(DocumentRef {
        doc_type: c.doc_type.to_string(),
        number: part(c.number),
        name: part(c.name),
        issuer: part(c.issuer),
        date: c.date,
        span,
        text,
    })
}

/// People named with their office, once each (the first mention that gives
/// a role). A name without an office (`đồng chí Nguyễn Văn Hùng phát biểu`)
/// is no `person_role` fact.
fn people(doc: &Doc<'_>) -> Vec<FactBody> {
    let mut out: Vec<PersonRole> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for m in doc.matches.names().filter(|m| m.kind == MatchKind::Person) {
        let (Some(name), Some(role), true) =
            (m.name.clone(), m.role.clone(), doc.in_fact_line(&m.span))
        else {
            continue;
        };
        let key = fold(doc.text().get(name.clone()).unwrap_or("")).into_string();
        if keys.contains(&key) {
            continue;
        }
        let (span, text) = doc.original(m.span.clone());
        keys.push(key);
        out.push(PersonRole {
            name: doc.original_text(name).to_string(),
            role: Some(doc.original_text(role).to_string()),
            span,
            text,
        });
    }
    out.into_iter().map(FactBody::PersonRole).collect()
}

fn article(doc: &Doc<'_>) -> Article {
    let layout = &doc.layout;
    let text = |r: Range<usize>| doc.original_text(r).trim().to_string();
    // (A headline set with wide gaps, `thị trấn  thu về  10 đảng bộ`, reads
    // with single spaces.)
    let spaced = |r: Range<usize>| {
        let line = doc.original_text(r);
        let words: Vec<&str> = line.split_whitespace().collect();
        words.join(" ")
    };
    Article {
        title: layout.title.map(|t| spaced(layout.lines[t].range.clone())),
        published: layout.published.clone(),
        author: layout.author.clone().map(text),
        source: layout.source.clone().map(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A headline set with wide gaps reads with single spaces; one without
    /// them as written.
    #[test]
    fn headline_with_single_spaces() {
        let body = "Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới, đạt 105% kế hoạch năm.";
        for (headline, want) in [
            (
                "Huyện A:  33 đảng bộ  thu về  10",
                "Huyện A: 33 đảng bộ thu về 10",
            ),
            (
                "Huyện A:\t33 đảng bộ thu về 10",
                "Huyện A: 33 đảng bộ thu về 10",
            ),
            (
                "Huyện A: 33 đảng bộ thu về 10",
                "Huyện A: 33 đảng bộ thu về 10",
            ),
        ] {
            let page = format!("{headline}\nThứ Hai, 05/02/2024 14:05\n\n{body}");
            let title = Extractor::new()
                .extract(&page)
                .into_iter()
                .find_map(|f| match f {
                    FactBody::Article(a) => a.title,
                    _ => None,
                });
            assert_eq!(title.as_deref(), Some(want), "{headline}");
        }
    }

    /// The former `join_cut_tokens`: one walk of tokens and pieces together.
    fn join_cut_tokens_walk<'a>(
        tokens: &mut Vec<Token<'a>>,
        text: &'a str,
        pieces: &[Range<usize>],
    ) {
        let mut pieces = pieces.iter().peekable();
        tokens.dedup_by(|t, last| {
            let start = t.norm_span.start;
            // The piece that holds `start`, if any, is the first not over by then.
            while pieces.next_if(|p| p.end <= start).is_some() {}
            let cut = pieces.peek().is_some_and(|p| p.start < last.norm_span.end);
            if cut {
                crate::tokenize::extend_as_is(last, t, text);
            }
            cut
        });
    }

    /// The tokens `extract` reads, as kinds and normalized spans.
    fn extractor_tokens(
        ex: &Extractor,
        input: &str,
    ) -> Vec<(crate::tokenize::TokenKind, Range<usize>)> {
        let n = ex.normalizer.normalize(input);
        let normalized = Normalized::as_is(n.text());
        let mut tokens = Vec::new();
        ex.tokenizer.tokenize_as_is(&n, &normalized, &mut tokens);
        tokens
            .iter()
            .map(|t| {
                assert_eq!(t.span, t.norm_span, "{input:?}");
                assert_eq!(t.text, t.norm, "{input:?}");
                (t.kind, t.norm_span.clone())
            })
            .collect()
    }

    /// The tokens of `input` as the tokenizer gives them with the map back to
    /// the original: the reference.
    fn mapped_tokens(
        ex: &Extractor,
        input: &str,
    ) -> Vec<(crate::tokenize::TokenKind, Range<usize>)> {
        let n = ex.normalizer.normalize(input);
        ex.tokenizer
            .tokenize(&n)
            .iter()
            .map(|t| (t.kind, t.norm_span.clone()))
            .collect()
    }

    fn assert_tokens_as_mapped(ex: &Extractor, input: &str) {
        assert_eq!(
            extractor_tokens(ex, input),
            mapped_tokens(ex, input),
            "{input:?}"
        );
    }

    /// A stray mark inside a word makes the normalizer rewrite the whole
    /// syllable while the tokenizer cuts it in two (`q̃` and `uyết`): the
    /// two are one token, as with the map.
    #[test]
    fn tokens_cut_inside_one_rewritten_piece_are_one() {
        let ex = Extractor::new();
        for input in [
            "Theo Nghị q\u{303}uyết Đại hội XI",
            "664 đả\u{300}ng viên",
            "02\u{1162}\u{32e}\u{36e}\u{36e}\u{362}A\u{7f}@.5w.02@.04w2wX|a",
            "Hoa\u{300} Bi\u{300}nh, a\u{7f}b\r\nc\u{200b}d",
            "",
        ] {
            assert_tokens_as_mapped(&ex, input);
        }
    }

    /// The seed articles as written, in NFD, in capitals and with CRLF.
    fn seed_spellings() -> Vec<String> {
        use unicode_normalization::UnicodeNormalization;
        crate::seed_articles()
            .into_iter()
            .flat_map(|text| {
                [
                    text.nfd().collect(),
                    text.to_uppercase(),
                    text.replace('\n', "\r\n"),
                    text,
                ]
            })
            .collect()
    }

    /// The same on the seed articles in other spellings.
    #[test]
    fn tokens_as_mapped_on_the_corpus() {
        let ex = Extractor::new();
        for input in seed_spellings() {
            assert_tokens_as_mapped(&ex, &input);
        }
    }

    /// `join_cut_tokens` joins what the former walk joined.
    fn assert_joins_as_walk(ex: &Extractor, input: &str) {
        let n = ex.normalizer.normalize(input);
        let normalized = Normalized::as_is(n.text());
        let pieces = n.map().replaced();
        let mut fast = ex.tokenizer.tokenize(&normalized);
        let mut walk = fast.clone();
        crate::tokenize::join_cut_tokens(&mut fast, normalized.text(), &pieces);
        join_cut_tokens_walk(&mut walk, normalized.text(), &pieces);
        let view = |ts: &[Token<'_>]| -> Vec<_> {
            ts.iter()
                .map(|t| {
                    (
                        t.kind,
                        t.span.clone(),
                        t.norm_span.clone(),
                        t.norm.to_string(),
                        t.text.to_string(),
                    )
                })
                .collect()
        };
        assert_eq!(view(&fast), view(&walk), "{input:?}");
    }

    #[test]
    fn joins_as_the_walk_on_the_corpus_and_tricky_text() {
        let ex = Extractor::new();
        for input in seed_spellings() {
            assert_joins_as_walk(&ex, &input);
        }
        for input in [
            "",
            "Theo Nghị q\u{303}uyết Đại hội XI",
            "\u{303}\u{301}a\u{303}b",
            "a\u{7f}\u{7f}b c\u{200b}\u{200b}d",
            "Ωmega ΣΑΣ 漢字 q\u{303}q\u{303}q\u{303}",
        ] {
            assert_joins_as_walk(&ex, input);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn tokens_as_mapped_on_any_text(
            s in "([a-zA-Zđư]{1,4}|[àảạăằâầơờưừỪ]|[\u{300}-\u{303}\u{309}\u{323}\u{31b}]|[ .,@\n\r]|\u{7f}|\u{a0}|\u{200b}|\\PC)*"
        ) {
            assert_tokens_as_mapped(&Extractor::new(), &s);
        }

        #[test]
        fn joins_as_the_walk_on_any_text(
            s in "([a-zA-Zđư]{1,4}|[àảạăằâầơờưừỪ]|[\u{300}-\u{303}\u{309}\u{323}\u{31b}]|[ .,@\n\r]|\u{7f}|\u{a0}|\u{200b}|\\PC)*"
        ) {
            assert_joins_as_walk(&Extractor::new(), &s);
        }
    }
}
