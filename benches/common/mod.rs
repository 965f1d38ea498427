//! Inputs shared by the benchmarks.
#![allow(dead_code)]

use tintuc::lexicon::{Category, Concept, Lexicon};

/// The seed articles, each as read from `corpus/` (in file-name order).
pub fn articles() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/ not found")
        .map(|e| e.expect("readable corpus/").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 corpus file"))
        .collect()
}

/// The seed articles concatenated, separated by blank lines.
pub fn corpus() -> String {
    articles().join("\n\n")
}

/// `n` distinct Vietnamese-looking terms of 2 to 4 syllables (deterministic).
pub fn synthetic(n: usize) -> Lexicon {
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

/// A synthetic corpus of at least `bytes` bytes made from the seed articles:
/// their paragraphs shuffled (a fixed seed, so every run measures the same
/// text), in four spellings taking turns paragraph by paragraph: as written,
/// decomposed (NFD), in the 2018 tone placement, and without diacritics.
pub fn synthetic_corpus(bytes: usize) -> String {
    use tintuc::normalize::{Normalizer, ToneStyle};
    use unicode_normalization::UnicodeNormalization;
    let paragraphs: Vec<String> = articles()
        .iter()
        .flat_map(|a| a.split('\n').map(str::to_string).collect::<Vec<_>>())
        .filter(|p| !p.trim().is_empty())
        .collect();
    let new_style = Normalizer::new().style(ToneStyle::New);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = String::with_capacity(bytes + 4096);
    let mut k = 0usize;
    while out.len() < bytes {
        // xorshift64*: a fixed, dependency-free shuffle.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let pick = (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % paragraphs.len();
        let p = &paragraphs[pick];
        match k % 4 {
            0 => out.push_str(p),
            1 => out.extend(p.nfd()),
            2 => out.push_str(new_style.normalize(p).text()),
            _ => out.extend(
                p.nfd()
                    .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                    .map(|c| match c {
                        'đ' => 'd',
                        'Đ' => 'D',
                        c => c,
                    }),
            ),
        }
        out.push_str(if k % 7 == 6 { "\n\n" } else { "\n" });
        k += 1;
    }
    out
}
