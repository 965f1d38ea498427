//! Throughput of each pipeline stage, in bytes of input per second.
//!
//! ```text
//! cargo bench --bench pipeline                 # everything (a few minutes)
//! cargo bench --bench pipeline -- corpus/      # the seed corpus only
//! cargo bench --bench pipeline -- synthetic/   # the 20 MB synthetic corpus only
//! cargo bench --bench pipeline -- one_line/    # the corpus as one line, at two lengths
//! ```
//!
//! Two inputs: the five seed articles concatenated (28 KB), and a synthetic
//! corpus of 20 MB generated from them (paragraphs shuffled; as written,
//! NFD, 2018 tone placement and without diacritics in turn). `baseline`
//! shows what the machine does on the same bytes with no Vietnamese
//! knowledge at all, so each stage reads as a fraction of that. Results are
//! summed up, with the command that produced them, in `benches/README.md`.
mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use tintuc::extract::Extractor;
use tintuc::lexicon::Lexicon;
use tintuc::matcher::TermMatcher;
use tintuc::normalize::{fold, Normalizer, ToneStyle};
use tintuc::numbers::Scanner;
use tintuc::tokenize::{sentences, Tokenizer};
use unicode_normalization::UnicodeNormalization;

type Group<'a> = BenchmarkGroup<'a, criterion::measurement::WallTime>;

/// Input that needs work: decomposed, in the 2018 placement.
fn messy(text: &str) -> String {
    Normalizer::new()
        .style(ToneStyle::New)
        .normalize(text)
        .text()
        .nfd()
        .collect()
}

/// Every stage over `text` (and `extract` over `docs`, the same text as articles).
fn stages(g: &mut Group<'_>, text: &str, docs: &[String], large_lexicon: &TermMatcher) {
    let bytes = Throughput::Bytes(text.len() as u64);
    g.throughput(bytes.clone());
    g.bench_function("baseline/byte_scan", |b| {
        b.iter(|| black_box(text).bytes().filter(|&b| b == b' ').count())
    });
    g.bench_function("baseline/split_whitespace", |b| {
        b.iter(|| black_box(text).split_whitespace().count())
    });

    let normalizer = Normalizer::new();
    let clean = normalizer.normalize(text).text().to_string();
    let messy = messy(text);
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("normalize/already_normalized", |b| {
        b.iter(|| normalizer.normalize(black_box(&clean)).text().len())
    });
    g.throughput(Throughput::Bytes(messy.len() as u64));
    g.bench_function("normalize/nfd_other_placement", |b| {
        b.iter(|| normalizer.normalize(black_box(&messy)).text().len())
    });
    g.throughput(bytes.clone());
    g.bench_function("normalize/fold", |b| {
        b.iter(|| fold(black_box(text)).text().len())
    });

    let n = normalizer.normalize(text);
    let tokenizer = Tokenizer::new();
    g.bench_function("tokenize/tokens", |b| {
        b.iter(|| tokenizer.tokenize(black_box(&n)).len())
    });
    g.bench_function("tokenize/tokens_and_sentences", |b| {
        b.iter(|| {
            let t = tokenizer.tokenize(black_box(&n));
            sentences(&t, n.text()).len()
        })
    });

    let scanner = Scanner::new();
    g.bench_function("numbers/scan", |b| {
        b.iter(|| scanner.scan(black_box(n.text())).len())
    });

    g.bench_function("match/default_lexicon", |b| {
        b.iter(|| TermMatcher::shared().find(black_box(n.text())).len())
    });
    g.bench_function("match/50k_more_entries", |b| {
        b.iter(|| large_lexicon.find(black_box(n.text())).len())
    });

    let extractor = Extractor::new();
    g.bench_function("extract/documents", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.extract(black_box(d)).len())
                .sum::<usize>()
        })
    });
}

/// The stages that write a new text or a token list, one document at a time
/// (as `extract` runs them): the working set stays in cache, which a single
/// 20 MB string does not.
fn per_document(g: &mut Group<'_>, docs: &[String]) {
    let normalizer = Normalizer::new();
    let messy_docs: Vec<String> = docs.iter().map(|d| messy(d)).collect();
    g.throughput(Throughput::Bytes(
        messy_docs.iter().map(String::len).sum::<usize>() as u64,
    ));
    g.bench_function("per_document/normalize_nfd_other_placement", |b| {
        b.iter(|| {
            messy_docs
                .iter()
                .map(|d| normalizer.normalize(black_box(d)).text().len())
                .sum::<usize>()
        })
    });
    let normalized: Vec<_> = docs.iter().map(|d| normalizer.normalize(d)).collect();
    let tokenizer = Tokenizer::new();
    g.throughput(Throughput::Bytes(
        docs.iter().map(String::len).sum::<usize>() as u64,
    ));
    g.bench_function("per_document/tokenize", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|n| tokenizer.tokenize(black_box(n)).len())
                .sum::<usize>()
        })
    });
}

/// `Extractor::extract_batch` over `docs` on a pool of 1 and of 2 threads.
fn batches(g: &mut Group<'_>, docs: &[String]) {
    let extractor = Extractor::new();
    let bytes: usize = docs.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        g.bench_function(format!("extract_batch/{threads}_threads"), |b| {
            b.iter(|| pool.install(|| extractor.extract_batch(black_box(docs)).len()))
        });
    }
}

/// `extract` over the corpus run into one line with no full stop, at two
/// lengths: time linear in the input gives the same throughput at both.
fn one_line(c: &mut Criterion, articles: &[String]) {
    let line: String = articles
        .join(" ")
        .chars()
        .map(|c| {
            if matches!(c, '.' | '!' | '?' | '\n') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let extractor = Extractor::new();
    let mut g = c.benchmark_group("one_line");
    g.sample_size(10);
    for copies in [4, 16] {
        let text = vec![line.as_str(); copies].join(" ");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("extract/{copies}_copies"), |b| {
            b.iter(|| extractor.extract(black_box(&text)).len())
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let large = TermMatcher::new(Lexicon::default().with(common::synthetic(50_000)))
        .expect("large matcher");

    // The seed corpus; the batches see it 16 times so that two threads have work.
    let articles = common::articles();
    let text = articles.join("\n\n");
    let docs: Vec<String> = (0..16).flat_map(|_| articles.iter().cloned()).collect();
    let mut g = c.benchmark_group("corpus");
    stages(&mut g, &text, &articles, &large);
    per_document(&mut g, &articles);
    batches(&mut g, &docs);
    g.finish();
    one_line(c, &articles);

    // 20 MB of varied text: the figures that matter for an archive.
    let synthetic = common::synthetic_corpus(20 << 20);
    let parts: Vec<String> = synthetic
        .split("\n\n")
        .collect::<Vec<_>>()
        .chunks(8)
        .map(|c| c.join("\n\n"))
        .collect();
    let mut g = c.benchmark_group("synthetic");
    g.sample_size(10);
    stages(&mut g, &synthetic, &parts, &large);
    per_document(&mut g, &parts);
    batches(&mut g, &parts);
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
