//! tintuc mines structured facts from Vietnamese news text.
//!
//! Most users want [`extract::Extractor`]: article text in, facts out —
//! counts and percentages with their unit, subject, time, event and
//! comparison; people and their offices; cited documents; the article's
//! metadata — each with a byte span into the original input.
//!
//! ```
//! use tintuc::extract::{Extractor, FactBody};
//!
//! let extractor = Extractor::new(); // build once, share across threads
//! let text = "Năm 2022, Huyện ủy Núi Thành kết nạp 120 quần chúng ưu tú vào Đảng, đạt 133% chỉ tiêu.";
//! for fact in extractor.extract(text) {
//!     if let FactBody::Quantity(q) = fact {
//!         println!("{} {} ({:?}, {:?})", q.value, q.unit, q.subject, q.time);
//!     }
//! }
//! ```
//!
//! The crate is a pipeline; each step is a module with one job, usable on
//! its own:
//!
//! 1. [`normalize`]: one shape for every spelling of the same text (NFC,
//!    the tone-mark placement of your choice, plain spaces, no invisible
//!    characters, HTML character references read), a folded key for accent-insensitive matching, and an
//!    offset map from either back to the bytes of the original input.
//! 2. [`tokenize`]: syllables, Vietnamese numbers, dates, document numbers,
//!    abbreviations and sentences, as zero-copy tokens with original spans.
//! 3. [`numbers`] and [`matcher`] (over the [`lexicon`], which is data):
//!    every numeric expression read exactly and typed; every domain term,
//!    place, organisation and person.
//! 4. [`extract`]: the facts, as the serde types of the fact contract.
//!
//! Beside the pipeline, [`segment`] groups the tokenizer's syllables into
//! words (`đảng viên`, `tổ chức`) with a model learned from a treebank.
//!
//! ```
//! use tintuc::normalize::normalize;
//! use tintuc::tokenize::{TokenKind, Tokenizer};
//!
//! let input = "Toàn huyện có 5.279 đảng viên, kết nạp 120 quần chúng ưu tú.";
//! let n = normalize(input);
//! let numbers: Vec<&str> = Tokenizer::new()
//!     .tokenize(&n)
//!     .into_iter()
//!     .filter(|t| t.kind == TokenKind::Number)
//!     .map(|t| t.text)
//!     .collect();
//! assert_eq!(numbers, ["5.279", "120"]);
//! ```
//!
//! Nothing in the pipeline panics on any input: unknown characters are kept
//! as written, and every span the crate gives slices the input on character
//! boundaries.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod extract;
pub mod lexicon;
pub mod matcher;
pub mod normalize;
pub mod numbers;
pub mod segment;
pub mod tokenize;

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The seed articles of `corpus/`, in file name order: real text for tests
/// that hold a fast path to a plain one.
#[cfg(test)]
pub(crate) fn seed_articles() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .expect("corpus directory")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus text"))
        .collect();
    // A test over no articles would pass without testing anything.
    assert!(texts.len() >= 5, "corpus files: {}", texts.len());
    texts
}

/// The lines of the seed articles, after `extra`: real text and the edge
/// cases of a test that holds a fast path to a plain one.
#[cfg(test)]
pub(crate) fn seed_lines_with(extra: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    for article in seed_articles() {
        lines.extend(article.lines().map(String::from));
    }
    lines
}
