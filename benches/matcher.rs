//! Term matcher throughput on the seed corpus: the built-in lexicon against a lexicon
//! grown by 50,000 synthetic entries (100× larger). The automaton's cost per byte should
//! stay within 2× as the lexicon grows.
mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use tintuc::lexicon::Lexicon;
use tintuc::matcher::TermMatcher;

fn bench(c: &mut Criterion) {
    let text = common::corpus();
    let small = TermMatcher::new(Lexicon::default()).expect("default matcher");
    let large = TermMatcher::new(Lexicon::default().with(common::synthetic(50_000)))
        .expect("large matcher");
    eprintln!("default: {small:?}\nlarge: {large:?}");
    let mut group = c.benchmark_group("matcher");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("terms/default", |b| {
        b.iter(|| small.find_terms_only(black_box(&text)))
    });
    group.bench_function("terms/50k", |b| {
        b.iter(|| large.find_terms_only(black_box(&text)))
    });
    group.bench_function("find/default", |b| b.iter(|| small.find(black_box(&text))));
    group.bench_function("find/50k", |b| b.iter(|| large.find(black_box(&text))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
