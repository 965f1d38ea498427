//! Runs one pipeline stage over a bench input, for `valgrind --tool=callgrind`
//! instruction counts (load-independent, unlike wall-clock benches).
//!
//! ```text
//! cargo build --release --example stage_cost
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='stage_cost::run*' \
//!     target/release/examples/stage_cost normalize-clean corpus 10
//! ```
//!
//! Arguments: the stage (`split-whitespace`, `normalize-clean`, `normalize-messy`,
//! `tokenize`, `numbers`, `extract`: each seed article on its own, as the `extract`
//! bench does), the input (`corpus`, the seed articles, or `synthetic`, 2 MB of
//! the synthetic corpus) and the number of passes. It prints the bytes of one pass on
//! stderr: callgrind's total divided by bytes × passes is the cost of a byte.
#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;

use tintuc::normalize::{Normalized, Normalizer, ToneStyle};
use tintuc::numbers::Scanner;
use tintuc::tokenize::Tokenizer;
use unicode_normalization::UnicodeNormalization;

const STAGES: [&str; 6] = [
    "split-whitespace",
    "normalize-clean",
    "normalize-messy",
    "tokenize",
    "numbers",
    "extract",
];

const USAGE: &str = "usage: stage_cost STAGE [corpus|synthetic] [PASSES]\n\
    STAGE: split-whitespace, normalize-clean, normalize-messy, tokenize, numbers, extract";

/// Stops with the usage and a reason: a bench tool, but still no panic on bad input.
fn usage_error(why: &str) -> ! {
    eprintln!("stage_cost: {why}\n{USAGE}");
    std::process::exit(2)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let stage = match args.get(1) {
        Some(s) if STAGES.contains(&s.as_str()) => s.as_str(),
        Some(s) => usage_error(&format!("unknown stage {s:?}")),
        None => usage_error("no stage given"),
    };
    let input = args.get(2).map_or("corpus", |s| s.as_str());
    let reps: usize = match args.get(3).map(|s| s.parse()) {
        None => 10,
        Some(Ok(n)) => n,
        Some(Err(_)) => usage_error(&format!("passes must be a whole number, not {:?}", args[3])),
    };
    let text = match input {
        "corpus" => common::corpus(),
        "synthetic" => common::synthetic_corpus(2 << 20),
        other => usage_error(&format!("unknown input {other:?}")),
    };
    let normalizer = Normalizer::new();
    let clean = normalizer.normalize(&text).text().to_string();
    let messy: String = Normalizer::new()
        .style(ToneStyle::New)
        .normalize(&text)
        .text()
        .nfd()
        .collect();
    let subject = match stage {
        "normalize-messy" => &messy,
        _ => &clean,
    };
    let normalized = normalizer.normalize(&text);
    let scanner = Scanner::new();
    let n = if stage == "extract" {
        run_extract(&common::articles(), reps)
    } else {
        run(stage, subject, &normalized, &scanner, reps)
    };
    eprintln!(
        "{stage} {input}: {} bytes x {reps} (result {n})",
        subject.len()
    );
}

#[inline(never)]
fn run_extract(articles: &[String], reps: usize) -> usize {
    let extractor = tintuc::extract::Extractor::new();
    let mut total = 0;
    for _ in 0..reps {
        for a in articles {
            total += extractor.extract(black_box(a)).len();
        }
    }
    total
}

#[inline(never)]
fn run(
    stage: &str,
    subject: &str,
    normalized: &Normalized<'_>,
    scanner: &Scanner,
    reps: usize,
) -> usize {
    let normalizer = Normalizer::new();
    let tokenizer = Tokenizer::new();
    let mut total = 0;
    for _ in 0..reps {
        total += match stage {
            "split-whitespace" => black_box(subject).split_whitespace().count(),
            "normalize-clean" | "normalize-messy" => {
                normalizer.normalize(black_box(subject)).text().len()
            }
            "tokenize" => tokenizer.tokenize(black_box(normalized)).len(),
            "numbers" => scanner.scan(black_box(normalized.text())).len(),
            other => usage_error(&format!("unknown stage {other:?}")),
        };
    }
    total
}
