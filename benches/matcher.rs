//! Term matcher throughput on the seed corpus: the built-in lexicon against a lexicon
//! grown by 50,000 synthetic entries (100× larger). The automaton's cost per byte should
//! stay within 2× as the lexicon grows.
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use tintuc::lexicon::{Category, Concept, Lexicon};
use tintuc::matcher::TermMatcher;

fn corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus directory")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("corpus file"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `n` distinct Vietnamese-looking terms of 2 to 4 syllables (deterministic).
fn synthetic(n: usize) -> Lexicon {
    const ONSETS: &[&str] = &[
        "b", "c", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th",
        "tr", "v", "x",
    ];
    const RHYMES: &[&str] = &[
        "a", "ai", "an", "ang", "anh", "ao", "âm", "ân", "ây", "e", "em", "ên", "i", "iên", "inh",
        "o", "oa", "oan", "ôi", "ông", "ơn", "u", "uân", "ung", "ưa", "ương", "ươn",
    ];
    const TONES: &[char] = &['\0', '\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |m: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % m as u64) as usize
    };
    let mut seen = std::collections::HashSet::new();
    let mut lexicon = Lexicon::new();
    while lexicon.len() < n {
        let syllables = 2 + next(3);
        let term: Vec<String> = (0..syllables)
            .map(|_| {
                let mut s = format!(
                    "{}{}",
                    ONSETS[next(ONSETS.len())],
                    RHYMES[next(RHYMES.len())]
                );
                let tone = TONES[next(TONES.len())];
                if tone != '\0' {
                    s.push(tone);
                }
                s
            })
            .collect();
        let canonical = term.join(" ");
        if seen.insert(canonical.clone()) {
            lexicon.push(Concept {
                id: format!("synthetic.{}", lexicon.len()),
                category: Category::Other,
                canonical,
                variants: Vec::new(),
                gloss: String::new(),
            });
        }
    }
    lexicon
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let small = TermMatcher::new(Lexicon::default()).expect("default matcher");
    let large =
        TermMatcher::new(Lexicon::default().with(synthetic(50_000))).expect("large matcher");
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
