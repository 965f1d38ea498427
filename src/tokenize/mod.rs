//! Step 2 of the pipeline: tokens and sentences.
//!
//! The tokenizer reads a [`Normalized`] view and cuts it into [`Token`]s:
//! syllables, numbers written the Vietnamese way (`1.488`, `65,8%`), dates,
//! year ranges, document numbers (`45-QĐ/TW`), abbreviations (`TCCSĐ`,
//! `TP.HCM`), URLs and e-mail addresses, punctuation and other symbols. A
//! token borrows its text from the input and from the normalized view; its
//! span is a byte range of the original input.
//!
//! ```
//! use tintuc::normalize::normalize;
//! use tintuc::tokenize::{Tokenizer, TokenKind};
//!
//! let input = "Đảng bộ có 1.488 đảng viên, chiếm 65,8% (TCCSĐ).";
//! let n = normalize(input);
//! let tokens = Tokenizer::new().tokenize(&n);
//! let kinds: Vec<_> = tokens.iter().map(|t| (t.kind, t.text)).collect();
//! assert_eq!(kinds[3], (TokenKind::Number, "1.488"));
//! assert_eq!(kinds[8], (TokenKind::Number, "65,8%"));
//! assert_eq!(kinds[10], (TokenKind::Abbreviation, "TCCSĐ"));
//! assert_eq!(&input[tokens[3].span.clone()], "1.488");
//! ```
//!
//! [`sentences`] groups tokens into sentences without breaking inside
//! numbers, dates, `TP. HCM`, `ThS.`, `v.v.` or initials such as `T.D.HỒNG`.

mod numeric;
mod scanner;
mod sentence;

use std::ops::Range;

use crate::normalize::Normalized;

pub(crate) use numeric::code_letters_end;
pub use sentence::{sentences, Sentence};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A syllable or a run of letters (`đảng`, `Lâm`, `email`).
    Word,
    /// Upper-case initials and dotted abbreviations (`TCCSĐ`, `UBND`, `TP.HCM`, `ThS.`, `T.`).
    Abbreviation,
    /// Digits with Vietnamese separators, with a following `%` (`1.488`, `65,8%`).
    Number,
    /// A date (`31/12/2022`, `27-11`, `9/2022` as month/year).
    Date,
    /// Two years joined by a dash (`2021-2025`, `2020 - 2025`).
    YearRange,
    /// A clock time (`08:47`).
    Clock,
    /// A document number (`1090/2023`, `45-QĐ/TW`, `11/NQ-HĐND`).
    DocumentNumber,
    /// A web address (`https://…`, `www.…`, `baolangson.vn`).
    Url,
    /// An e-mail address.
    Email,
    /// Punctuation (`.`, `,`, `…`, `“`, `(`, `-` …).
    Punctuation,
    /// Anything else that is not a space (`+`, `&`, emoji).
    Symbol,
}

/// One token: its kind, where it is, and its text in both views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// What the token is.
    pub kind: TokenKind,
    /// The original text of the token (`original[span]`).
    pub text: &'a str,
    /// The normalized text of the token.
    pub norm: &'a str,
    /// Byte span in the original input.
    pub span: Range<usize>,
    /// Byte span in the normalized text.
    pub norm_span: Range<usize>,
}

impl Token<'_> {
    /// The folded key of the token (no diacritics, `đ` → `d`, lower case).
    pub fn fold(&self) -> String {
        let mut key = String::with_capacity(self.norm.len());
        crate::normalize::fold_into(&mut key, self.norm);
        key
    }

    /// True for `.`, `!`, `?`, `…` and `...`.
    pub fn is_terminal(&self) -> bool {
        self.kind == TokenKind::Punctuation
            && matches!(self.norm, "." | "!" | "?" | "…") | self.norm.starts_with("..")
    }
}

/// Cuts normalized text into tokens. Stateless, `Send + Sync`, reusable.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tokenizer {
    _private: (),
}

impl Tokenizer {
    /// A tokenizer with the default rules.
    pub fn new() -> Self {
        Tokenizer::default()
    }

    /// The tokens of `normalized`, in text order.
    pub fn tokenize<'a>(&self, normalized: &'a Normalized<'_>) -> Vec<Token<'a>> {
        let mut tokens = Vec::new();
        self.tokenize_into(normalized, &mut tokens);
        tokens
    }

    /// [`tokenize`](Self::tokenize) into `tokens` (cleared first), so that
    /// a caller reading many texts can keep one buffer.
    pub fn tokenize_into<'a>(&self, normalized: &'a Normalized<'_>, tokens: &mut Vec<Token<'a>>) {
        let text = normalized.text();
        let original = normalized.original();
        tokens.clear();
        // News text has about one token for every five or six bytes: sized so
        // that an article's list never grows, and capped so that one huge
        // string does not reserve 14 bytes of tokens for each of its bytes.
        tokens.reserve((text.len() / 5 + 8).min(1 << 16));
        // Text that needed no change maps every span to itself, and is most
        // often the input itself (always in extraction, which tokenizes the
        // normalized text as its own input): then one slice and one range
        // serve both views.
        let identity = normalized.map().is_identity();
        if identity && std::ptr::eq(text, original) {
            scanner::scan(text, |kind, r| {
                let piece = &text[r.clone()];
                tokens.push(Token {
                    kind,
                    text: piece,
                    norm: piece,
                    span: r.clone(),
                    norm_span: r,
                });
            });
            return;
        }
        let mut map = normalized.map().cursor();
        // Where the last token ends in the original.
        let mut last_end = 0;
        scanner::scan(text, |kind, r| {
            if identity {
                tokens.push(Token {
                    kind,
                    text: &original[r.clone()],
                    norm: &text[r.clone()],
                    span: r.clone(),
                    norm_span: r,
                });
                return;
            }
            let span = map.to_original(r.clone());
            // Two tokens cut from one rewritten piece (marks reordered by NFC)
            // would share original bytes: keep them as one token.
            if let Some(last) = tokens.last_mut().filter(|_| span.start < last_end) {
                last.span.end = last.span.end.max(span.end);
                last_end = last.span.end;
                last.norm_span.end = r.end;
                last.text = &original[last.span.clone()];
                last.norm = &text[last.norm_span.clone()];
                return;
            }
            last_end = span.end;
            tokens.push(Token {
                kind,
                text: &original[span.clone()],
                norm: &text[r.clone()],
                span,
                norm_span: r,
            });
        });
    }

    /// The tokens of `n`'s text in its own coordinates (`view` is that text
    /// [as is](Normalized::as_is): `span` is `norm_span`), cut as
    /// [`tokenize`](Self::tokenize) cuts them with `n`'s map: tokens cut apart
    /// inside one rewritten piece (a syllable with a stray mark: `q̃uyết`)
    /// would share original bytes, and are one token. For readers that work
    /// in normalized coordinates and map back only what they report.
    pub(crate) fn tokenize_as_is<'a>(
        &self,
        n: &Normalized<'_>,
        view: &'a Normalized<'a>,
        tokens: &mut Vec<Token<'a>>,
    ) {
        self.tokenize_into(view, tokens);
        if !n.map().is_identity() {
            join_cut_tokens(tokens, view.text(), &n.map().replaced());
        }
    }
}

/// Joins each token that starts inside one of the `pieces` (sorted, not
/// overlapping) to the token before it when that one ends inside the piece too.
///
/// Token `k` joins the one before when the first piece ending after its
/// start begins before token `k - 1` ends (a joined token ends where its
/// last part does, so joining does not change the test). Pieces are few
/// beside tokens: each finds the tokens it cuts by a binary search, and the
/// tokens move only when some are joined.
pub(crate) fn join_cut_tokens<'a>(
    tokens: &mut Vec<Token<'a>>,
    text: &'a str,
    pieces: &[Range<usize>],
) {
    // Tokens come in order and do not overlap: their ends are sorted too.
    let mut cut = Vec::new();
    let mut lo = 0;
    for p in pieces {
        // Tokens `lo..hi` start after the pieces before `p` end, and before `p` ends.
        let hi = lo + tokens[lo..].partition_point(|t| t.norm_span.start < p.end);
        // The first token to end inside or after `p`: those after it join.
        let ends_after = tokens[..hi].partition_point(|t| t.norm_span.end <= p.start);
        cut.extend(lo.max(ends_after + 1).max(1)..hi);
        lo = hi;
    }
    if cut.is_empty() {
        return;
    }
    let mut cut = cut.into_iter().peekable();
    let mut k = 0;
    tokens.dedup_by(|t, last| {
        k += 1;
        let join = cut.next_if_eq(&k).is_some();
        if join {
            extend_as_is(last, t, text);
        }
        join
    });
}

/// Makes `last`, a token of `text` as its own input, run to the end of `next`.
pub(crate) fn extend_as_is<'a>(last: &mut Token<'a>, next: &Token<'_>, text: &'a str) {
    last.norm_span.end = next.norm_span.end;
    last.span = last.norm_span.clone();
    last.norm = &text[last.norm_span.clone()];
    last.text = last.norm;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text that is its own input (one slice for both views) gets the
    /// tokens that the same text gets as the normalized view of a copy.
    #[test]
    fn own_input_tokens_match_those_of_a_normalized_copy() {
        for raw in crate::seed_articles() {
            let n = crate::normalize::normalize(&raw);
            let own = Normalized::as_is(n.text());
            let fast = Tokenizer::new().tokenize(&own);
            let mapped = Tokenizer::new().tokenize(&n);
            assert_eq!(fast.len(), mapped.len());
            for (a, b) in fast.iter().zip(&mapped) {
                assert_eq!(
                    (a.kind, a.norm, &a.norm_span),
                    (b.kind, b.norm, &b.norm_span)
                );
                assert_eq!((a.text, &a.span), (a.norm, &a.norm_span));
            }
        }
    }
}
