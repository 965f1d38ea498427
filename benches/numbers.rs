//! Throughput of the numbers scanner over the seed corpus.
//!
//! ```text
//! cargo bench --bench numbers
//! ```
//!
//! The corpus is normalized once, outside the timed loop; each group reports
//! bytes of normalized text per second. `no_numbers` is the same corpus with
//! every digit and non-ASCII letter replaced, to show the prefilter cost.
mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tintuc::normalize::normalize;
use tintuc::numbers::Scanner;

fn numbers(c: &mut Criterion) {
    let text = normalize(&common::corpus()).text().to_string();
    // Plain prose: ASCII letters only, no digits, no trigger words.
    let prose: String = text
        .chars()
        .map(|ch| {
            if ch.is_ascii_digit() {
                'x'
            } else if ch.is_ascii() {
                ch
            } else {
                'e'
            }
        })
        .collect();
    let scanner = Scanner::new();
    let mut g = c.benchmark_group("numbers");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("scan_corpus", |b| b.iter(|| scanner.scan(black_box(&text))));
    g.throughput(Throughput::Bytes(prose.len() as u64));
    g.bench_function("scan_no_numbers", |b| {
        b.iter(|| scanner.scan(black_box(&prose)))
    });
    g.finish();
}

criterion_group!(benches, numbers);
criterion_main!(benches);
