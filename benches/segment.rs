//! Throughput of the word segmenter over the seed corpus, beside the
//! tokenizer alone.
//!
//! ```text
//! cargo bench --bench segment -- --measurement-time 3
//! ```
//!
//! Every figure is bytes of original input per second, one thread: over the
//! five seed articles concatenated (`segment/…`), and one article at a time
//! (`segment_per_article/…`).
use std::hint::black_box;

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tintuc::normalize::Normalizer;
use tintuc::segment::Segmenter;
use tintuc::tokenize::Tokenizer;

fn segment(c: &mut Criterion) {
    let text = common::corpus();
    let normalizer = Normalizer::new();
    let tokenizer = Tokenizer::new();
    let segmenter = Segmenter::new();
    let n = normalizer.normalize(&text);
    let tokens = tokenizer.tokenize(&n);
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| black_box(tokenizer.tokenize(black_box(&n))).len())
    });
    g.bench_function("segment_pretokenized", |b| {
        b.iter(|| black_box(segmenter.segment_tokens(&n, black_box(&tokens))).len())
    });
    // The same, appending to one reused buffer of words.
    let mut words = Vec::new();
    g.bench_function("segment_pretokenized_reuse", |b| {
        b.iter(|| {
            words.clear();
            segmenter.segment_tokens_into(&n, black_box(&tokens), &mut words);
            words.len()
        })
    });
    g.bench_function("tokenize_and_segment", |b| {
        b.iter(|| black_box(segmenter.segment(black_box(&n))).len())
    });
    g.bench_function("normalize_tokenize_segment", |b| {
        b.iter(|| {
            let n = normalizer.normalize(black_box(&text));
            black_box(segmenter.segment(&n)).len()
        })
    });
    g.finish();
    // The same bytes, one article at a time: the usual way to call it, and
    // small buffers that the allocator reuses.
    let articles = common::articles();
    let normalized: Vec<_> = articles.iter().map(|a| normalizer.normalize(a)).collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut g = c.benchmark_group("segment_per_article");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|n| tokenizer.tokenize(black_box(n)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("tokenize_and_segment", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|n| segmenter.segment(black_box(n)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, segment);
criterion_main!(benches);
