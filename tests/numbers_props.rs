//! Property tests for `tintuc::numbers`: numbers written in digits and in
//! words read back to themselves; no input panics; spans are sound.

use proptest::prelude::*;
use tintuc::numbers::{scan, Kind, NumericMatch};

/// `1234567` → `1.234.567` (Vietnamese grouping).
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

/// Picks one spelling; `pick` supplies the choices (as from a random source).
fn choose<'a>(options: &[&'a str], pick: &mut impl FnMut() -> usize) -> &'a str {
    options[pick() % options.len()]
}

/// One group below a thousand. `full`: a group after a larger unit, written
/// with its hundreds (`không trăm linh năm`).
fn group_words(g: u64, full: bool, pick: &mut impl FnMut() -> usize, out: &mut Vec<String>) {
    let (h, t, u) = (
        (g / 100) as usize,
        ((g / 10) % 10) as usize,
        (g % 10) as usize,
    );
    let has_hundreds = full || h > 0;
    if has_hundreds {
        out.push(DIGITS[h].into());
        out.push("trăm".into());
    }
    match (t, u) {
        (0, 0) => {}
        (0, u) if has_hundreds => {
            out.push(choose(&["linh", "lẻ"], pick).into());
            out.push(
                if u == 4 {
                    choose(&["bốn", "tư"], pick)
                } else {
                    DIGITS[u]
                }
                .into(),
            );
        }
        (0, u) => out.push(DIGITS[u].into()),
        (1, u) => {
            out.push("mười".into());
            match u {
                0 => {}
                4 => out.push(choose(&["bốn", "tư"], pick).into()),
                5 => out.push(choose(&["lăm", "nhăm"], pick).into()),
                u => out.push(DIGITS[u].into()),
            }
        }
        (t, u) => {
            out.push(DIGITS[t].into());
            out.push("mươi".into());
            match u {
                0 => {}
                1 => out.push(choose(&["mốt", "một"], pick).into()),
                4 => out.push(choose(&["tư", "bốn"], pick).into()),
                5 => out.push(choose(&["lăm", "nhăm"], pick).into()),
                u => out.push(DIGITS[u].into()),
            }
        }
    }
}

/// `n` (1 ≤ n ≤ 10⁹) written out in words, spelling variants chosen by `pick`.
fn words(n: u64, pick: &mut impl FnMut() -> usize) -> String {
    let units: [(u64, &[&str]); 4] = [
        (1_000_000_000, &["tỷ", "tỉ"]),
        (1_000_000, &["triệu"]),
        (1_000, &["nghìn", "ngàn"]),
        (1, &[""]),
    ];
    let mut out = Vec::new();
    let mut started = false;
    for (size, names) in units {
        let g = (n / size) % 1000;
        if g == 0 {
            continue;
        }
        group_words(g, started, pick, &mut out);
        let name = choose(names, pick);
        if !name.is_empty() {
            out.push(name.into());
        }
        started = true;
    }
    out.join(" ")
}

fn only_match(text: &str) -> NumericMatch {
    let found = scan(text);
    assert_eq!(found.len(), 1, "{text:?} gives {found:?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn check_spans(text: &str) {
    let found = scan(text);
    let mut last_end = 0;
    for m in &found {
        assert!(
            m.span.start < m.span.end && m.span.end <= text.len(),
            "{text:?}: {m:?}"
        );
        assert!(
            text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end),
            "{text:?}: {m:?}"
        );
        assert!(m.span.start >= last_end, "overlap in {text:?}: {found:?}");
        last_end = m.span.end;
        if let Some(cue) = &m.approx_span {
            assert!(
                cue.end <= text.len()
                    && text.is_char_boundary(cue.start)
                    && text.is_char_boundary(cue.end)
            );
        }
        if m.overflow {
            assert!(m.value.is_none());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn grouped_digits_read_back(n in 0u64..=1_000_000_000_000) {
        let text = format!("Huyện có {} đảng viên.", grouped(n));
        let m = only_match(&text);
        prop_assert_eq!(m.kind, Kind::Number);
        prop_assert_eq!(m.value.and_then(|v| v.as_int()), Some(i128::from(n)));
        prop_assert_eq!(m.text(&text), grouped(n));
    }

    #[test]
    fn words_read_back(n in prop_oneof![1u64..=120, 1u64..=100_000, 1u64..=1_000_000_000], seed in any::<u64>()) {
        let mut state = seed;
        let mut pick = move || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        let written = words(n, &mut pick);
        let text = format!("toàn huyện có {written} đảng viên");
        let m = only_match(&text);
        prop_assert_eq!(m.kind, Kind::Number);
        prop_assert_eq!(m.value.and_then(|v| v.as_int()), Some(i128::from(n)), "{}", written);
        prop_assert_eq!(m.text(&text), written.as_str());
    }

    #[test]
    fn decimals_read_back(int in 0u32..100_000, frac in 1u32..100) {
        let frac = if frac % 10 == 0 { frac + 1 } else { frac };
        let text = format!("chiếm {},{:02}%", grouped(u64::from(int)), frac);
        let m = only_match(&text);
        prop_assert_eq!(m.kind, Kind::Percent);
        prop_assert_eq!(m.value.map(|v| v.to_string()), Some(format!("{int}.{frac:02}")));
    }

    #[test]
    fn arbitrary_text_does_not_panic(text in "\\PC*") {
        check_spans(&text);
    }

    #[test]
    fn numeric_soup_does_not_panic(parts in proptest::collection::vec(prop_oneof![
        "[0-9]{1,25}", Just(".".to_string()), Just(",".to_string()), Just("/".to_string()),
        Just("-".to_string()), Just(":".to_string()), Just("%".to_string()), Just(" ".to_string()),
        Just("tỷ".to_string()), Just("triệu".to_string()), Just("mươi".to_string()), Just("năm".to_string()),
        Just("hai".to_string()), Just("mười".to_string()), Just("trăm".to_string()), Just("linh".to_string()),
        Just("rưỡi".to_string()), Just("thứ".to_string()), Just("Thứ".to_string()), Just("ngày".to_string()),
        Just("tháng".to_string()), Just("đến".to_string()), Just("hàng".to_string()), Just("GMT+".to_string()),
        Just("XII".to_string()), Just("khóa".to_string()), Just("QĐ".to_string()), Just("+84".to_string()),
        Just("trở lên".to_string()), Just("hơn".to_string()), Just("\u{a0}".to_string()), Just("ệ".to_string()),
    ], 0..40)) {
        check_spans(&parts.concat());
    }
}
