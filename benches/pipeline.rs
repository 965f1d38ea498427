//! Throughput of each pipeline stage over the seed corpus.
//!
//! ```text
//! cargo bench --bench pipeline
//! ```
//!
//! Every group reports bytes of original input per second. `baseline`
//! shows what the machine does on the same bytes with no Vietnamese
//! knowledge at all, so each stage reads as a fraction of that.
mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tintuc::extract::Extractor;
use tintuc::normalize::{fold, Normalizer, ToneStyle};
use tintuc::tokenize::{sentences, Tokenizer};
use unicode_normalization::UnicodeNormalization;

/// Input that needs work: decomposed, in the 2018 placement.
fn messy(text: &str) -> String {
    Normalizer::new()
        .style(ToneStyle::New)
        .normalize(text)
        .text()
        .nfd()
        .collect()
}

fn baseline(c: &mut Criterion, text: &str) {
    let mut g = c.benchmark_group("baseline");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("byte_scan", |b| {
        b.iter(|| black_box(text).bytes().filter(|&b| b == b' ').count())
    });
    g.bench_function("split_whitespace", |b| {
        b.iter(|| black_box(text).split_whitespace().count())
    });
    g.finish();
}

fn normalize(c: &mut Criterion, text: &str) {
    // Already in the target form: traditional placement, NFC.
    let clean = Normalizer::new().normalize(text).text().to_string();
    let messy = messy(text);
    let normalizer = Normalizer::new();
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("already_normalized", |b| {
        b.iter(|| normalizer.normalize(black_box(&clean)).text().len())
    });
    g.throughput(Throughput::Bytes(messy.len() as u64));
    g.bench_function("nfd_other_placement", |b| {
        b.iter(|| normalizer.normalize(black_box(&messy)).text().len())
    });
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("fold", |b| b.iter(|| fold(black_box(&clean)).text().len()));
    g.finish();
}

fn tokenize(c: &mut Criterion, text: &str) {
    let n = Normalizer::new().normalize(text);
    let tokenizer = Tokenizer::new();
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokens", |b| {
        b.iter(|| tokenizer.tokenize(black_box(&n)).len())
    });
    let messy = messy(text);
    let messy_n = Normalizer::new().normalize(&messy);
    g.throughput(Throughput::Bytes(messy.len() as u64));
    g.bench_function("tokens_of_nfd_other_placement", |b| {
        b.iter(|| tokenizer.tokenize(black_box(&messy_n)).len())
    });
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokens_and_sentences", |b| {
        b.iter(|| {
            let t = tokenizer.tokenize(black_box(&n));
            sentences(&t, n.text()).len()
        })
    });
    g.bench_function("normalize_and_tokenize", |b| {
        b.iter(|| {
            let n = Normalizer::new().normalize(black_box(text));
            tokenizer.tokenize(&n).len()
        })
    });
    g.finish();
}

fn extract(c: &mut Criterion, text: &str) {
    let extractor = Extractor::new();
    let articles = common::articles();
    let first = &articles[0];
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(first.len() as u64));
    g.bench_function("one_article", |b| {
        b.iter(|| extractor.extract(black_box(first)).len())
    });
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extractor.extract(black_box(a)).len())
                .sum::<usize>()
        })
    });
    g.finish();
    // The batch API on a pool of 1 and of 2 threads, over enough documents
    // to keep both busy (the corpus 16 times).
    let many: Vec<&str> = (0..16)
        .flat_map(|_| articles.iter().map(String::as_str))
        .collect();
    let bytes: usize = many.iter().map(|a| a.len()).sum();
    let mut g = c.benchmark_group("extract_batch");
    g.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        g.bench_function(format!("{threads}_threads"), |b| {
            b.iter(|| pool.install(|| extractor.extract_batch(black_box(&many)).len()))
        });
    }
    g.finish();
}

fn stages(c: &mut Criterion) {
    let text = common::corpus();
    baseline(c, &text);
    normalize(c, &text);
    tokenize(c, &text);
    extract(c, &text);
}

criterion_group!(benches, stages);
criterion_main!(benches);
