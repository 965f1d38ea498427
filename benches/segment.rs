//! Throughput of the word segmenter over the seed corpus, beside the
//! tokenizer alone.
//!
//! ```text
//! cargo bench --bench segment -- --measurement-time 3
//! ```
//!
//! Every figure is bytes of original input per second, one thread.
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
}

criterion_group!(benches, segment);
criterion_main!(benches);
