use super::words::{contains_ignore_ascii_case, lower_eq, raw_lists};
use super::words::{is_alphanumeric, strip_lower_words_suffix, FindByte};
use super::*;
use crate::extract::Extractor;

/// [`texts`] and `extra`.
fn texts_with(extra: &[&str]) -> Vec<String> {
    let mut out = texts();
    out.extend(extra.iter().map(|s| s.to_string()));
    out
}

/// The seed articles, and strings that are hard on the word rules.
fn texts() -> Vec<String> {
    let mut out = crate::seed_articles();
    for s in [
        "",
        "Lâm Đồng có 18 đảng bộ. Tân Yên kết nạp 45 đảng viên, Huyện Ủy Sơn Động 3 chi bộ.",
        "Xã Văn Xá huyện Kim Bảng (Hà Nam) khóa 18, lần thứ 4, Trung ương 5, TRUNG ƯƠNG 6.",
        "Ho\u{0061}\u{0300} Uy\u{0309} Ban Nhân Dân tỉnh. ĐẢNG BỘ Tỉnh Lâm  Đồng\nNăm Học 12 Lớp",
        "ΣΊΣΥΦΟΣ Σσς 12 Ἀθῆναι. Привет Мир 5 человек. İstanbul İİ 7 kişi.",
        "\u{301}Ab \u{300}Cd Ef\u{301} Gh 3 người. ǅemal ǅa 2 bản.",
    ] {
        out.push(s.to_string());
    }
    let variants: Vec<String> = out
        .iter()
        .flat_map(|t| {
            [
                fold(t).text().to_string(),
                t.to_uppercase(),
                t.to_lowercase(),
            ]
        })
        .collect();
    out.extend(variants);
    out
}

fn fold(s: &str) -> crate::normalize::Folded {
    crate::normalize::fold(s)
}

/// The probes found once per stretch answer as a search of each window:
/// windows that grow, overlap, jump ahead and go back.
#[test]
fn gapped_probes_as_a_search_of_each_window() {
    let words = Words::get();
    let mut extra: Vec<String> = ["chu", "CHU", "xchuy", "ch", "cHuYểN chính thức", "c"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    extra.push("chuyển đảng viên chính thức, chuyển … chính thức ChUy".repeat(7));
    for text in texts().iter().chain(&extra) {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut probes = GappedProbes::new(text, words);
        let n = bounds.len();
        // Windows as the numbers of a text ask: in order, mostly, with
        // starts that step back now and then.
        let sliding = (0..n).map(|k| (bounds[k / 2], bounds[(k + 5).min(n - 1)]));
        let jumping = (0..n * 2).map(|k| {
            let (a, b) = (bounds[(k * 7 + k / 5 * 13) % n], bounds[(k * 11 + 3) % n]);
            (a.min(b), a.max(b))
        });
        for (from, to) in sliding.chain(jumping) {
            let expected = words
                .gapped
                .iter()
                .any(|g| contains_ignore_ascii_case(&text.as_bytes()[from..to], g.probe));
            assert_eq!(
                probes.may_be_in(from..to),
                expected,
                "{text:?} {from}..{to}"
            );
        }
    }
}

/// Runs `f` on the document the extractor would build for `input`.
fn with_doc(input: &str, f: impl FnOnce(&Doc<'_>)) {
    let ex = Extractor::new();
    let n = ex.normalizer.normalize(input);
    let normalized = crate::normalize::Normalized::as_is(n.text());
    f(&Doc::new(&ex, &n, &normalized));
}

/// `bare_names` with a search of the matches per token and the plain
/// capital test: the reference.
fn bare_names_slow(doc: &Doc<'_>, matches: &crate::matcher::Matches) -> Vec<Named> {
    let tokens = &doc.tokens;
    let covered = |t: &Token<'_>| matches.covering(t.norm_span.start).any(|m| hides(m, t));
    let capital = |t: &Token<'_>| {
        t.kind == TokenKind::Word
            && t.norm.chars().next().is_some_and(char::is_uppercase)
            && t.norm.chars().skip(1).any(char::is_lowercase)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i;
        while j < tokens.len()
            && capital(&tokens[j])
            && !covered(&tokens[j])
            && (j == i
                || doc.text()[tokens[j - 1].norm_span.end..tokens[j].norm_span.start] == *" ")
        {
            j += 1;
        }
        if j - i >= 2 {
            let span = tokens[i].norm_span.start..tokens[j - 1].norm_span.end;
            if doc.in_fact_line(&span) {
                out.push(Named {
                    span,
                    organisation: false,
                    bare: true,
                    locator: false,
                    former: false,
                    venue: false,
                    building: false,
                    part: false,
                    refers: None,
                });
            }
        }
        i = j.max(i + 1);
    }
    out
}

fn spans(names: &[Named]) -> Vec<Range<usize>> {
    names.iter().map(|n| n.span.clone()).collect()
}

#[test]
fn bare_names_as_the_reference() {
    let mut found = 0;
    for text in texts() {
        with_doc(&text, |doc| {
            let want = spans(&bare_names_slow(doc, &doc.matches));
            let mut names = Vec::new();
            let mut coverage = Coverage::new(doc.matches.as_slice());
            bare_names_in(doc, &mut coverage, 0..doc.tokens.len(), &mut names);
            assert_eq!(spans(&names), want, "{text:?}");
            found += want.len();
        });
    }
    assert!(found >= 10, "{found}");
}

/// The texts, and the same with line breaks where sentences end, names
/// and numbers at the head of lines, and lines of one punctuation mark.
fn texts_in_lines() -> Vec<String> {
    let mut out = texts();
    out.extend(
        [
            "Tỉnh Lâm Đồng\n(Huyện Đức Trọng) có 18 đảng bộ.",
            "Xã Văn Xá huyện Kim Bảng,\nHuyện Sơn Động có 3 chi bộ, Tân Yên kết nạp 45 đảng viên.",
            "Lâm Đồng Tân Hà\n,\nĐức Trọng Bảo Lộc có 5 chi bộ\n–\nLâm Hà Di Linh 7 người",
            "Đảng bộ huyện Lâm Hà\n\n - Đảng bộ xã Tân Hà kết nạp 12 đảng viên\n( Huyện ủy Kim Bảng có 4 chi bộ",
            "Tỷ lệ đạt 62,06%\nso với kế hoạch đề ra. Kết nạp 45 đảng viên\ntổng số đảng viên toàn huyện",
            "Tăng 2,07%\nsố quần chúng ưu tú. Đạt 80%\nso với cùng kỳ năm 2011 và tăng\n5 chi bộ",
        ]
        .map(String::from),
    );
    let broken: Vec<String> = out
        .iter()
        .flat_map(|t| {
            [
                t.replace(". ", ".\n"),
                t.replace(", ", ",\n"),
                t.replace(". ", "\n,\n").replace(" có ", "\n- "),
                t.replace(' ', "\n"),
                // What follows a number read across a line break.
                t.replace("% ", "%\n").replace(" so với", "\nso với"),
            ]
        })
        .collect();
    out.extend(broken);
    out
}

/// The walk from a token and the searches of the term starts answer as
/// plain searches of the tokens and terms.
#[test]
fn searches_as_plain_ones() {
    let ex = Extractor::new();
    let mut classes_found = 0;
    for text in texts().iter().take(12) {
        let n = ex.normalizer.normalize(text);
        let normalized = crate::normalize::Normalized::as_is(n.text());
        let doc = Doc::new(&ex, &n, &normalized);
        let numbers = ex.numbers.scan(n.text());
        let cx = Context::new(&doc, &numbers, Vec::new());
        let tokens = &doc.tokens;
        let mut positions: Vec<usize> = tokens
            .iter()
            .flat_map(|t| [t.norm_span.start, t.norm_span.end, t.norm_span.end + 1])
            .collect();
        positions.push(0);
        for (k, &from) in positions.iter().enumerate() {
            let at = cx.token_at(from);
            for &pos in positions[k..].iter().take(12).filter(|&&p| p >= from) {
                let plain = tokens.iter().position(|t| t.norm_span.start >= pos);
                assert_eq!(cx.token_from(at, pos), plain.unwrap_or(tokens.len()));
            }
            let plain = cx.terms.iter().find(|t| t.span.start == from);
            assert_eq!(
                cx.term_starting_at(from).map(|t| &t.span),
                plain.map(|t| &t.span)
            );
            let to = from + 40;
            let want: Vec<_> = (0..cx.terms.len())
                .rev()
                .filter(|&i| {
                    let t = &cx.terms[i].span;
                    from <= t.start && t.start < to && t.end <= to
                })
                .collect();
            assert_eq!(cx.indices_between(from, to).collect::<Vec<_>>(), want);
            for class in TermClass::ALL {
                for to in [to, from + 1, from + 300] {
                    let walk = cx
                        .indices_between(from, to)
                        .find(|&i| TermClass::of(cx.terms[i]) & class != 0);
                    assert_eq!(cx.nearest(class, from, to), walk, "{class} {from}..{to}");
                    classes_found += usize::from(walk.is_some());
                }
            }
        }
    }
    assert!(classes_found > 100, "{classes_found}");
}

/// The names as the rules read them.
fn named_view(names: &[Named]) -> Vec<(Range<usize>, bool, bool, bool)> {
    names
        .iter()
        .map(|n| (n.span.clone(), n.organisation, n.bare, n.locator))
        .collect()
}

/// Reading only the lines that hold numbers (and those of the main
/// subject) gives the quantities of reading every line, and the names of
/// those lines as every line gives them.
#[test]
fn lines_read_as_the_whole() {
    let ex = Extractor::new();
    let (mut locators, mut quantities) = (0, 0);
    for text in texts_in_lines() {
        let n = ex.normalizer.normalize(&text);
        let normalized = crate::normalize::Normalized::as_is(n.text());
        let doc = Doc::new(&ex, &n, &normalized);
        let numbers = ex.numbers.scan(n.text());
        let excluded: Vec<_> = ex.citations(&doc).iter().map(|c| c.range.clone()).collect();
        let lines = Context::new(&doc, &numbers, excluded.clone());
        let whole = Context::whole(&doc, &numbers, excluded);
        let got = lines.quantities(&numbers);
        assert_eq!(got, whole.quantities(&numbers), "{text:?}");
        quantities += got.len();
        let all = named_view(&whole.names);
        // The names read: those before the last quantity of their line.
        let reads = lines.number_lines(&numbers).unwrap_or_default();
        let read = |n: &Range<usize>| {
            reads.iter().any(|r| {
                let line = &doc.layout.lines[r.line].range;
                line.start <= n.start && n.start < r.names_until
            })
        };
        for name in named_view(&lines.names).into_iter().filter(|n| read(&n.0)) {
            assert!(all.contains(&name), "{name:?} in {text:?}");
            locators += usize::from(name.3);
        }
        assert_eq!(
            lines.main_subject().map(|n| n.span.clone()),
            whole.main_subject().map(|n| n.span.clone()),
            "{text:?}"
        );
    }
    assert!(quantities > 100 && locators > 10, "{quantities} {locators}");
}

/// The coverage walk answers like `Matches::covering`, also when asked
/// out of order.
#[test]
fn coverage_walk_as_covering() {
    for text in texts().iter().take(8) {
        with_doc(text, |doc| {
            let mut coverage = Coverage::new(doc.matches.as_slice());
            let order = doc.tokens.iter().chain(doc.tokens.iter().rev().step_by(3));
            for t in order {
                let want = doc.matches.covering(t.norm_span.start).any(|m| hides(m, t));
                assert_eq!(coverage.covers(t), want, "{text:?} {t:?}");
            }
        });
    }
}

/// The letter tables' case agrees with Unicode's for every character.
#[test]
fn letter_case_as_unicode() {
    let letters = LetterTable::get();
    let mut known = 0;
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(crate::normalize::is_upper(c), c.is_uppercase(), "{c:?}");
        assert_eq!(crate::normalize::is_lower(c), c.is_lowercase(), "{c:?}");
        let mut utf8 = [0; 4];
        if let Some((len, upper)) = letters.letter_at(c.encode_utf8(&mut utf8).as_bytes(), 0) {
            assert_eq!(
                (len, upper, !upper),
                (c.len_utf8(), c.is_uppercase(), c.is_lowercase())
            );
            known += 1;
        }
    }
    assert!(known >= 186, "{known}");
}

/// `is_capitalised` is the plain test on every word of the texts.
#[test]
fn capitalised_as_plain_test() {
    let letters = LetterTable::get();
    for text in texts() {
        with_doc(&text, |doc| {
            for t in &doc.tokens {
                let want = t.kind == TokenKind::Word
                    && t.norm.chars().next().is_some_and(char::is_uppercase)
                    && t.norm.chars().skip(1).any(char::is_lowercase);
                assert_eq!(is_capitalised(t, letters), want, "{t:?}");
            }
        });
    }
    for norm in [
        "Ab",
        "AB",
        "ĐẢng",
        "Đ",
        "ĐA",
        "ẤA",
        "Ấa",
        "Aấ",
        "A\u{301}b",
        "Σσ",
        "ǅa",
        "A1b",
        "a",
    ] {
        let t = Token {
            kind: TokenKind::Word,
            text: norm,
            norm,
            span: 0..norm.len(),
            norm_span: 0..norm.len(),
        };
        let want = norm.chars().next().is_some_and(char::is_uppercase)
            && norm.chars().skip(1).any(char::is_lowercase);
        assert_eq!(is_capitalised(&t, letters), want, "{norm:?}");
    }
}

/// A small letter is its own lower case, so `each_lower` may pass it on.
#[test]
fn small_letters_lower_to_themselves() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        if crate::normalize::is_lower(c) {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }
}

/// `lowercase` is `str::to_lowercase`: on every character alone, after a
/// letter, before a space, and on the words of the texts.
#[test]
fn lowercase_as_str() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        for s in [
            format!("{c}"),
            format!("a{c}"),
            format!("Đ{c} "),
            format!("{c}{c}x"),
        ] {
            assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
        }
    }
    for text in texts() {
        for w in text.split(' ') {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w:?}");
        }
        assert_eq!(lowercase(&text), text.to_lowercase());
    }
    for s in ["ΣΑΣ Σ", "aΣ", "ΌΣΟΣ.", "İ ǅ ẞ", ""] {
        assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
    }
}

/// The key of a lowered string is the key of `str::to_lowercase`, or
/// nothing when too long.
#[test]
fn key_as_to_lowercase() {
    let mut words: Vec<String> = texts()
        .iter()
        .flat_map(|t| t.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    words.extend(
        [
            "ΣΑΣ",
            "Σ",
            "aΣ b",
            "İ",
            "ǅ",
            "ẞ",
            "\u{301}",
            "Ậ",
            "ẬẬẬẬẬ",
            "ẬẬẬẬ",
        ]
        .map(String::from),
    );
    let key_of = |s: &str| (s.len() <= Key::CAP).then(|| Key::of(s).unwrap());
    for w in &words {
        let mut key = Key::new();
        key.push_lower(w);
        assert_eq!(key.get(), key_of(&w.to_lowercase()), "{w:?}");
        let mut two = Key::new();
        two.push_lower(w);
        two.push(b" ");
        two.push_lower(w);
        assert_eq!(
            two.get(),
            key_of(&format!("{0} {0}", w.to_lowercase())),
            "{w:?}"
        );
    }
    // Keys of different strings differ, also with trailing zero bytes.
    assert_ne!(Key::of("a"), Key::of("a\0"));
    assert_ne!(Key::of(""), Key::of("\0"));
}

/// The lists are lower case, without Greek sigma (whose lower case
/// depends on its place), and short enough for keys; the lookups answer
/// as `contains` on the raw lists, for every word of the texts.
#[test]
fn word_lists_as_contains() {
    let w = Words::get();
    let raw = raw_lists();
    let lists = [
        (&w.unit_stop, &raw["unit_stop"]),
        (&w.time_unit, &raw["time_unit"]),
        (&w.label_before, &raw["label_before"]),
        (&w.label_after, &raw["label_after"]),
    ];
    let mut probes: Vec<String> = texts()
        .iter()
        .flat_map(|t| t.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    probes.extend(["trung ương", "Trung Ương", "TRUNG ƯƠNG", "trung", ""].map(String::from));
    for (list, words) in lists {
        assert!(!words.is_empty());
        for word in words.iter() {
            assert_eq!(word.to_lowercase(), *word);
            assert!(
                word.len() <= Key::CAP && !word.contains(['σ', 'ς']),
                "{word}"
            );
            probes.push(word.to_string());
            probes.push(word.to_uppercase());
        }
        for p in &probes {
            assert_eq!(list.has(p), words.contains(&p.as_str()), "{p:?}");
            let lower = p.to_lowercase();
            assert_eq!(list.has_lower(p), words.contains(&lower.as_str()), "{p:?}");
        }
    }
    assert_eq!(w.target.words.len(), 6);
}

/// Target terms are those the plain comparison with every cue finds.
#[test]
fn targets_as_the_plain_comparison() {
    let cues = &Words::get().target;
    let mut found = 0;
    for text in texts() {
        with_doc(&text, |doc| {
            for t in doc.matches.terms() {
                let want = t.category() == Some(Category::Target)
                    || t.canonical().is_some_and(|c| {
                        cues.words.iter().any(|w| {
                            w.len() == c.len()
                                && c.chars().flat_map(char::to_lowercase).eq(w.chars())
                        })
                    });
                assert_eq!(is_target(t, cues), want, "{t:?}");
                found += usize::from(want);
            }
        });
    }
    assert!(found > 10, "{found}");
}

/// The quick conversion gives the double that printing and parsing gives.
#[test]
fn to_f64_as_decimal() {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut mantissas: Vec<i128> = vec![0, 1, 7, 10, 6206, 1 << 53, (1 << 53) + 1, (1 << 53) - 1];
    mantissas.extend([i128::from(u64::MAX), i128::MAX / 7, 999_999_999_999_999_999]);
    for _ in 0..50_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        // All sizes of mantissa, most of them small as in articles.
        mantissas.push(i128::from(x >> (x % 64)));
    }
    for &m in &mantissas {
        for scale in 0..=18 {
            for m in [m, -m] {
                let d = Decimal::new(m, scale).unwrap();
                assert_eq!(to_f64(d).to_bits(), d.to_f64().to_bits(), "{m} {scale}");
            }
        }
    }
}

#[test]
fn contains_ignore_ascii_case_as_windows() {
    let plain = |hay: &[u8], needle: &[u8]| {
        hay.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    let hays = [
        "",
        "c",
        "ch",
        "chu",
        "CHU",
        "cHuyển",
        "các chức",
        "ccchu",
        "xxcHU",
        "Chủ",
        "[{",
        "ch\u{301}u",
    ];
    // The needle at every place, among bytes that differ from its first
    // only by case or by 0x20 (`C`, `c`, 0x03, 0x83 in `ă`).
    let mut shifted: Vec<String> = Vec::new();
    for k in 0..20 {
        for fill in ["x", "\u{3}", "ă", "C", "c"] {
            for tail in ["", "u", "hu", "hU", "chu"] {
                shifted.push(format!("{}C{tail}", fill.repeat(k)));
                shifted.push(format!("{}{tail}{}", fill.repeat(k), "y".repeat(20 - k)));
            }
        }
    }
    for hay in hays
        .iter()
        .copied()
        .chain(shifted.iter().map(String::as_str))
        .chain(texts().iter().map(String::as_str).take(5))
    {
        for needle in ["chu", "c", "Ch", "[{", "{", "u", "ển", "zzz", "chuy"] {
            let (h, n) = (hay.as_bytes(), needle.as_bytes());
            assert_eq!(
                contains_ignore_ascii_case(h, n),
                plain(h, n),
                "{hay:?} {needle:?}"
            );
        }
    }
}

#[test]
fn first_of_as_find() {
    for text in texts().iter().take(8) {
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .step_by(37)
            .collect();
        for (k, &a) in cuts.iter().enumerate() {
            for &b in &cuts[k..] {
                let want = text[a..b].find([',', ';', '(', ':']).map_or(b, |p| a + p);
                assert_eq!(first_of(text, a..b, b",;(:"), want);
            }
        }
    }
}

/// `lower_eq` as the plain comparison, cue by cue and on odd letters.
#[test]
fn lower_eq_as_to_lowercase() {
    let mut terms: Vec<String> = texts()
        .iter()
        .flat_map(|t| t.split([' ', '\n']).map(String::from).collect::<Vec<_>>())
        .collect();
    terms.extend(["MỤC TIÊU", "Giao", "ΣΑΣ", "σας", "İi", "\u{212A}ế", "Đ", ""].map(String::from));
    let mut lower: Vec<&str> = Words::get().target.words.clone();
    lower.extend(["σας", "σαςσ", "i̇i", "kế", "đ", "giao", ""]);
    for t in &terms {
        for w in &lower {
            let plain = t.chars().flat_map(char::to_lowercase).eq(w.chars());
            assert_eq!(lower_eq(t, w), plain, "{t:?} {w:?}");
        }
    }
}

#[test]
fn events_by_canonical_form() {
    let w = Words::get();
    assert_eq!(w.event("kết nạp"), Some("kết nạp"));
    assert_eq!(w.event("phát triển đảng viên"), Some("kết nạp"));
    assert_eq!(w.event("chuyển đảng chính thức"), Some("chuyển chính thức"));
    assert_eq!(w.event("bầu"), Some("bầu"));
    assert_eq!(w.event("không"), None);
    let key = |e: &(&'static str, &'static str)| (e.0.len(), e.0);
    assert!(w.events.windows(2).all(|p| key(&p[0]) < key(&p[1])));
    for &(form, event) in &w.events {
        assert_eq!(w.event(form), Some(event));
        assert_eq!(w.event(&form[1..]), None);
    }
    assert_eq!(w.gapped.len(), 1);
}

/// `since_stop` reads back to the last stop, at most 256 bytes, and cuts
/// on a character boundary.
#[test]
fn since_stop_reads_back_to_the_stop() {
    use super::words::since_stop;
    let text = "Câu trước. Dự lễ có đồng chí";
    assert_eq!(since_stop(text, text.len(), &['.']), " Dự lễ có đồng chí");
    let long = "đ".repeat(300);
    let head = since_stop(&long, long.len(), &['.']);
    assert!(head.len() <= 256 && head.chars().all(|c| c == 'đ'));
    assert_eq!(since_stop("", 0, &['.']), "");
}

#[test]
fn a_name_with_a_dash_takes_its_second_part() {
    let cases = [
        ("Tỉnh ủy Bà Rịa - Vũng Tàu đã kết nạp", "Bà Rịa - Vũng Tàu"),
        (
            "thành phố Phan Rang – Tháp Chàm, tỉnh",
            "Phan Rang – Tháp Chàm",
        ),
        ("Bà Rịa - Vũng Tàu\nNăm 2023", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa - nơi có", "Bà Rịa"),
        ("Bà Rịa, Vũng Tàu", "Bà Rịa"),
        ("Bà Rịa - ", "Bà Rịa"),
        ("Bà Rịa - Ảnh: Ngọc Hà", "Bà Rịa"),
        ("Bà Rịa - Những kết quả", "Bà Rịa"),
        ("Bà Rịa - Vũng\nTàu", "Bà Rịa"),
    ];
    for (text, want) in cases {
        let start = text
            .find("Bà Rịa")
            .or_else(|| text.find("Phan Rang"))
            .unwrap();
        let name = start
            ..start
                + if text[start..].starts_with("Bà") {
                    "Bà Rịa".len()
                } else {
                    "Phan Rang".len()
                };
        assert_eq!(&text[with_second_part(text, name)], want, "{text:?}");
    }
}

#[test]
fn rows_that_name_no_unit() {
    assert_eq!(row_kind("Tổng cộng"), Some(RowKind::Total));
    assert_eq!(row_kind("Cộng"), Some(RowKind::Total));
    assert_eq!(row_kind("Toàn huyện"), Some(RowKind::Total));
    assert_eq!(row_kind("Các huyện còn lại"), Some(RowKind::Rest));
    // (Compared with their marks: `Công an huyện` is a unit.)
    assert_eq!(row_kind("Công an huyện"), None);
    assert_eq!(row_kind("Tòng Bạt"), None);
    assert_eq!(row_kind(""), None);
}

/// `last_statement_stop` finds the stop the char search it replaced found.
#[test]
fn statement_stop_as_char_search() {
    let reference = |said: &str| {
        said.match_indices([';', '.'])
            .rfind(|&(k, mark)| mark == ";" || said[k + 1..].starts_with(' '))
            .map(|(k, _)| k)
    };
    let cases = texts_with(&[
        "",
        ".",
        ";",
        "a. b",
        "a.b; c",
        "đạt 1.5. Kết",
        "x; y. z.",
        "“Huyện. ”; ạ",
    ]);
    for text in &cases {
        for (end, _) in text.char_indices().step_by(7) {
            let said = &text[..end];
            assert_eq!(last_statement_stop(said), reference(said), "{said:?}");
        }
        assert_eq!(last_statement_stop(text), reference(text), "{text:?}");
    }
}

/// `tense` compares lengths before asking whether a word is one of the
/// `must` words (`phải`, `cần`): a word of another length can lower to one
/// only through a character whose lower case has another length, and none
/// such lowers to a part of them.
#[test]
fn must_words_keep_their_length_in_lower_case() {
    let must = &Words::get().must;
    assert!(!must.is_empty());
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let lower: String = c.to_lowercase().collect();
        if lower.len() != c.len_utf8() {
            assert!(!must.iter().any(|m| m.contains(lower.as_str())), "{c:?}");
        }
    }
    // And the words themselves, in any case, still count.
    for m in must {
        let mut chars = m.chars();
        let first: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .collect();
        for w in [m.to_string(), m.to_uppercase(), first + chars.as_str()] {
            assert!(w.len() == m.len() && lower_eq(&w, m), "{w}");
        }
    }
}

/// `clause_start` finds the start the byte-by-byte search it replaced found.
#[test]
fn clause_start_as_byte_search() {
    let reference = |text: &str, from: usize, pos: usize| {
        let bytes = text.as_bytes();
        let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
        (from..pos)
            .rev()
            .find(|&k| match bytes[k] {
                b',' => !(k > 0 && digit(k - 1) && digit(k + 1)),
                b';' | b':' | b'(' => true,
                _ => false,
            })
            .map_or(from, |k| k + 1)
    };
    let cases = texts_with(&[
        "",
        ",",
        "1,5",
        ",5",
        "1,",
        "a (b, c; d: e",
        "đạt 107,5% (năm 2020), tăng 2,3; ",
        "x (1,2,3,4) y",
        "((,,::;;",
        "Tỉnh ủy: “Huyện, xã”",
    ]);
    for text in &cases {
        let ends: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        let step = (ends.len() / 40).max(1);
        for &from in ends.iter().step_by(step) {
            for &pos in ends.iter().step_by(step).chain([&text.len()]) {
                assert_eq!(
                    clause_start(text, from, pos),
                    reference(text, from, pos),
                    "{text:?} {from} {pos}"
                );
            }
        }
    }
}

/// The table's `is_alphanumeric` is `char::is_alphanumeric` for every character.
#[test]
fn alphanumeric_as_unicode() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
    }
    // And the suffix it guards: whole words only, at a char boundary.
    assert_eq!(
        strip_lower_words_suffix("trao tổng cộng", "tổng cộng"),
        Some("trao")
    );
    assert_eq!(strip_lower_words_suffix("Các", "các"), Some(""));
    assert_eq!(strip_lower_words_suffix("thưởng", "ởng"), None);
    assert_eq!(strip_lower_words_suffix("ạcác", "các"), None);
    assert_eq!(strip_lower_words_suffix("5các", "các"), None);
    assert_eq!(strip_lower_words_suffix("(các", "các"), Some("("));
    assert_eq!(strip_lower_words_suffix("", "các"), None);
}

/// The byte searches find what the `char` searches of `str` find.
#[test]
fn find_byte_as_char_search() {
    let cases = texts_with(&["", "(", "a)b(c", "đạt 107,5%; (năm 2020):\n“x”"]);
    for text in &cases {
        for (end, _) in text.char_indices().step_by(13).chain([(text.len(), ' ')]) {
            let s = &text[..end];
            for b in [b'(', b')', b':', b';', b',', b'%', b' ', b'\n'] {
                let c = char::from(b);
                assert_eq!(s.find_byte(b), s.find(c), "{s:?} {c:?}");
                assert_eq!(s.rfind_byte(b), s.rfind(c), "{s:?} {c:?}");
                assert_eq!(s.has_byte(b), s.contains(c), "{s:?} {c:?}");
            }
        }
    }
}

/// [`contrast_after`] by bytes finds the clause of contrast that the search
/// by characters found, from and to any place of real and hard texts.
#[test]
fn contrast_after_as_by_chars() {
    let extra = [
        "kết nạp 40, nhưng mới được 34; song song đó, song 12 chi bộ;nhưng ,nhưng 5",
        "giao 40 đảng viên; song  3, nhưng\u{300} 4, song songs 9 , song 7",
        ",,;; nhưng ; song ",
    ];
    for text in texts_with(&extra) {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (a, &from) in bounds.iter().enumerate().step_by(7) {
            for &to in bounds[a..].iter().step_by(5).take(120).chain([&text.len()]) {
                assert_eq!(
                    contrast_after(&text, from, to),
                    contrast_after_by_chars(&text, from, to),
                    "{from}..{to} of {text:?}"
                );
            }
        }
    }
}

/// The marks found by walks that go on from the last figure's are those of
/// one walk, and the three rules of a unit named by its kind answer with
/// them as a look at every word does (the places of all words as the
/// units), from and to any place of real and hard texts.
#[test]
fn marks_as_every_word() {
    let ex = Extractor::new();
    let extra = [
        "Đảng bộ xã kết nạp 5; chi bộ đã kết nạp 4, các chi, đảng bộ xã 3 và Đảng ủy trường học 2",
        "Toàn tỉnh, Đảng bộ trường kết nạp 318; chi bộ công ty có 12, ĐẢNG BỘ CÔNG TY 9, dang bo xa 7",
        "Cả nước có 5; toàn Đảng bộ tỉnh 6, TOÀN HUYỆN 7, toan quoc 8, cá nhân 9",
    ];
    let mut found = 0;
    let texts = texts_with(&extra);
    for text in texts.iter().take(14).chain(texts.iter().rev().take(6)) {
        let n = ex.normalizer.normalize(text);
        let normalized = crate::normalize::Normalized::as_is(n.text());
        let doc = Doc::new(&ex, &n, &normalized);
        let numbers = ex.numbers.scan(n.text());
        let cx = Context::new(&doc, &numbers, Vec::new());
        let starts: Vec<usize> = doc.tokens.iter().map(|t| t.norm_span.start).collect();
        for &from in starts.iter().step_by(5) {
            let mut so_far = MarksSoFar::default();
            for &to in starts.iter().filter(|&&s| s >= from).take(90) {
                let mut fresh = MarksSoFar::default();
                let once = cx.marks((from, to), &mut fresh);
                let marks = cx.marks((from, to), &mut so_far);
                assert_eq!((marks.units, marks.wholes), (once.units, once.wholes));
                let all: Vec<usize> = (marks.first..marks.first + marks.words.len()).collect();
                let every = Marks {
                    units: &all,
                    ..marks
                };
                assert_eq!(cx.cell_alone(&marks, to), cx.cell_alone(&every, to));
                assert_eq!(cx.body_alone(&marks, to), cx.body_alone(&every, to));
                assert_eq!(cx.level_alone(&marks), cx.level_alone(&every));
                found += usize::from(cx.cell_alone(&marks, to).is_some())
                    + usize::from(cx.body_alone(&marks, to).is_some())
                    + usize::from(cx.level_alone(&marks).is_some())
                    + marks.wholes.len();
            }
        }
    }
    assert!(found > 20, "{found}");
}

/// `memmem` finds `mới` where `match_indices` did ([`Context::of_new_members`]).
#[test]
fn new_found_as_by_match_indices() {
    let extra = ["mớimới mới, MỚI mơi mới\u{300} đảng viên mới"];
    for text in texts_with(&extra) {
        let by_bytes: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "mới").collect();
        let by_str: Vec<usize> = text.match_indices("mới").map(|(k, _)| k).collect();
        assert_eq!(by_bytes, by_str, "{text:?}");
    }
}

/// [`is_list_item`] by `memchr` answers as the read of each byte, for every
/// line and every tail of the lines of real and hard texts.
#[test]
fn list_items_as_by_bytes() {
    let extra = [
        "- Huyện U Minh: 198\nNăm 2016: 352 đảng viên\n  a b c d e f g: 1\n:\nx:\n0123456789012345678901234567890123456789012345678: 1",
    ];
    for text in texts_with(&extra) {
        for line in text.lines() {
            let tails = (0..line.len()).filter(|&i| line.is_char_boundary(i));
            for i in tails.take(80) {
                let l = &line[i..];
                assert_eq!(is_list_item(l), is_list_item_by_bytes(l), "{l:?}");
            }
        }
    }
}

/// The last of some ASCII stops found by `memrchr2`/`memrchr3` is the one
/// `rfind` of those characters finds (as [`subjects::is_former`] and the
/// list of names before a source read them), at every end of real and hard
/// texts.
#[test]
fn ascii_stops_by_memrchr_as_by_rfind() {
    for text in texts_with(&["a.b\nc,d;e(f", "(;,.\n", "cũ), xã; (Bắc Giang). Đà\n"]) {
        let ends = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
        for end in ends {
            let head = &text[..end];
            let bytes = head.as_bytes();
            assert_eq!(
                memchr::memrchr2(b'.', b'\n', bytes),
                head.rfind(['.', '\n'])
            );
            assert_eq!(
                memchr::memrchr3(b',', b';', b'(', bytes),
                head.rfind([',', ';', '('])
            );
        }
    }
}

/// The words [`may_tell_this_year`] turns away open none of the times of
/// [`this_year`]: no quarter, no months so far, no `năm`.
#[test]
fn this_year_turns_away_only_words_of_no_time() {
    let extra = ["Trong quý I, 9 tháng, năm nay, Quý 2, Tháng 3 NĂM NAY ǫuý ţháng ńăm"];
    let mut kept = 0;
    for text in texts_with(&extra).iter() {
        with_doc(text, |doc| {
            let tokens = &doc.tokens;
            for k in 0..tokens.len() {
                if may_tell_this_year(tokens[k].norm) {
                    kept += 1;
                    continue;
                }
                assert!(quarter_without_year(doc.text(), tokens, k).is_none());
                assert!(months_so_far(doc.text(), tokens, k, (2025, 12)).is_none());
                // (As `this_year` asks it: `năm` opens with `n` or `N`.)
                let w = tokens[k].norm;
                let nam = matches!(w.as_bytes().first(), Some(b'n' | b'N')) && folds_to(w, "nam");
                assert!(!nam, "{w}");
            }
        });
    }
    assert!(kept > 100, "{kept}");
}

/// [`Context::token_at`] answers as the search of the tokens whatever
/// starts of a figure and of its sentence it remembers.
#[test]
fn token_at_as_a_search_with_any_figure() {
    let ex = Extractor::new();
    for text in texts().iter().take(8) {
        let n = ex.normalizer.normalize(text);
        let normalized = crate::normalize::Normalized::as_is(n.text());
        let doc = Doc::new(&ex, &n, &normalized);
        let cx = Context::new(&doc, &ex.numbers.scan(n.text()), Vec::new());
        let len = doc.text().len();
        let search = |pos: usize| doc.tokens.partition_point(|t| t.norm_span.start < pos);
        for figure in (0..=len + 1).step_by(11) {
            cx.figure_tokens.set([
                (figure, cx.token_at(figure)),
                (figure / 2, cx.token_at(figure / 2)),
            ]);
            for pos in (0..=len + 2)
                .step_by(3)
                .chain([figure, figure / 2, usize::MAX])
            {
                assert_eq!(cx.token_at(pos), search(pos), "{pos} after {figure}");
            }
        }
    }
}

#[test]
fn first_cue_by_finders_as_by_str_find() {
    use memchr::memmem::Finder;
    let words = [
        " hợp nhất thành ",
        " nhập thành ",
        "Sau ",
        "cơ sở",
        "ơ",
        "a",
    ];
    let finders = words.map(Finder::new);
    let extra = [
        "Sau khi TPHCM, Bình Dương hợp nhất thành TPHCM mới; xã A sáp nhập thành xã B",
        "trên cơ sở sắp xếp, nhập thành ",
        " nhập thành",
    ];
    for text in texts_with(&extra) {
        let starts = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
        for start in starts.step_by(7) {
            let hay = &text[start..];
            for n in 0..=words.len() {
                let by_str = words[..n].iter().filter_map(|w| hay.find(w)).min();
                assert_eq!(subjects::first_cue(&finders[..n], hay), by_str);
            }
        }
    }
}

/// Every stretch of `lines` from each of their characters, as far as `len`
/// bytes on (to a character's boundary).
fn stretches(lines: &[String], len: usize) -> impl Iterator<Item = &str> {
    lines.iter().flat_map(move |line| {
        line.char_indices().map(move |(from, _)| {
            let mut to = (from + len).min(line.len());
            while !line.is_char_boundary(to) {
                to -= 1;
            }
            &line[from..to]
        })
    })
}

/// `comparison_cues` finds what `str::contains` finds, in every clause of
/// the seed articles' lines (each line from each of its characters, as far
/// as 48 bytes on) and in clauses written for the cues.
#[test]
fn comparison_cues_are_found_as_contains_finds_them() {
    let lines = crate::seed_lines_with(&[
        "gấp đôi năm trước, Gấp 3 lần, GẤP 2, gap, gặp, hơn, hon, HƠN, bằng, Bằng",
        "nhiều hơn",
        "gấ",
        "",
    ]);
    for clause in stretches(&lines, 48) {
        let plain = Cues {
            hon: clause.contains("hơn") || clause.contains("hon"),
            gap: ["gấp", "Gấp", "GẤP", "gap"]
                .iter()
                .any(|g| clause.contains(g)),
            equal: clause.contains("bằng"),
        };
        assert_eq!(comparison_cues(clause), plain, "{clause:?}");
    }
}

/// `folded_may_open_with` says no only where `fold_words` opens with no
/// such letter, on every stretch of up to 16 bytes of the seed articles'
/// lines and on stretches written for it.
#[test]
fn folded_may_open_with_is_the_first_folded_letter() {
    let lines = crate::seed_lines_with(&[
        ", đến nay",
        " Đến nay",
        "  tới nay",
        "(TỚI nay)",
        "\u{a0}đến",
        " – den nay",
        "",
        " ",
        "2024 đến",
    ]);
    for s in stretches(&lines, 16) {
        let first = fold_words(s).chars().nth(1);
        if !folded_may_open_with(s, [b'd', b't']) {
            assert!(!matches!(first, Some('d' | 't')), "{s:?}");
        }
    }
}
