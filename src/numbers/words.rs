//! Numerals in words (`hai mươi lăm`, `một trăm linh năm`, `1,5 tỷ`,
//! `hàng nghìn`) and the multiplier words that follow digits.
//!
//! Grammar read here (one group is below a thousand):
//!
//! * group: `[D trăm [rưỡi | linh/lẻ U]] [mười [U'] | D mươi [U''] | D chục] | D`
//!   where `D` is một … chín (`không` only after a larger unit, as in
//!   `một nghìn không trăm linh năm`), `U'` allows `lăm`/`nhăm` for 5 and `tư`
//!   for 4, and `U''` also `mốt` for 1. A lone `năm` after `mười`/`mươi` is
//!   *not* a unit digit: `mười năm` is "ten years", 15 is `mười lăm`.
//! * number: groups joined by `nghìn`/`ngàn` (10³), `vạn` (10⁴), `triệu` (10⁶),
//!   `tỷ`/`tỉ` (10⁹), each optionally followed by `rưỡi` (half of it): a larger
//!   unit multiplies everything before it (`một nghìn tỷ` = 10¹²). After a
//!   unit, a group must start with its hundreds (`hai nghìn không trăm linh ba`)
//!   because `hai nghìn ba` colloquially means 2300, not 2003.
//! * `tỷ lệ`, `tỷ trọng`, `tỷ số`, `tỷ giá`, `tỷ suất` are nouns, not multipliers.

use std::sync::OnceLock;

use super::decimal::Decimal;
use super::digits::read_numeral;
use super::text::{next_word, word_in};
use crate::normalize::is_lower;

/// One numeral word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// không … chín (0–9).
    Digit(u8),
    /// mười (10).
    Ten,
    /// mươi (× 10 after a digit).
    Tens,
    /// linh, lẻ (zero tens).
    Zero,
    /// mốt (1 after mươi).
    One,
    /// tư (4 after mươi, mười, linh).
    Four,
    /// lăm, nhăm (5 after mười, mươi).
    Five,
    /// trăm (× 100).
    Hundred,
    /// chục (× 10).
    Dozen,
    /// nghìn, ngàn, vạn, triệu, tỷ, tỉ: × 10^exponent.
    Scale(u32),
    /// rưỡi (and a half).
    Half,
}

const WORDS: &[(&str, Word)] = &[
    ("không", Word::Digit(0)),
    ("một", Word::Digit(1)),
    ("hai", Word::Digit(2)),
    ("ba", Word::Digit(3)),
    ("bốn", Word::Digit(4)),
    ("năm", Word::Digit(5)),
    ("sáu", Word::Digit(6)),
    ("bảy", Word::Digit(7)),
    ("bẩy", Word::Digit(7)),
    ("tám", Word::Digit(8)),
    ("chín", Word::Digit(9)),
    ("mười", Word::Ten),
    ("mươi", Word::Tens),
    ("linh", Word::Zero),
    ("lẻ", Word::Zero),
    ("mốt", Word::One),
    ("tư", Word::Four),
    ("lăm", Word::Five),
    ("nhăm", Word::Five),
    ("trăm", Word::Hundred),
    ("chục", Word::Dozen),
    ("nghìn", Word::Scale(3)),
    ("ngàn", Word::Scale(3)),
    ("vạn", Word::Scale(4)),
    ("triệu", Word::Scale(6)),
    ("tỷ", Word::Scale(9)),
    ("tỉ", Word::Scale(9)),
    ("rưỡi", Word::Half),
    // Scales typed without marks (`58 trieu dong`): no other word of news
    // text after a number is spelled so.
    ("nghin", Word::Scale(3)),
    ("trieu", Word::Scale(6)),
    ("ty", Word::Scale(9)),
];

/// Words after `tỷ`/`tỉ` that make it a noun (`tỷ lệ` = ratio).
const NOT_AFTER_BILLION: &[&str] = &[
    "lệ", "trọng", "số", "giá", "suất", "le", "trong", "so", "gia", "suat",
];

/// The power of ten a scale word multiplies by (`triệu`: 6, `ngàn`: 3).
pub(crate) fn scale_exponent(word: &str) -> Option<u32> {
    match classify(word)? {
        Word::Scale(exp) => Some(exp),
        _ => None,
    }
}

/// The numeral word at `range`.
pub(crate) fn classify(word: &str) -> Option<Word> {
    // Numeral words are short; skip the table for long words.
    if word.len() > 8 {
        return None;
    }
    // Every numeral word starts with an ASCII letter, so a word can only be
    // one of those that start with the lower case of its first letter.
    // (Lower-case letters are their own lower case: no lookup for them.)
    let first = word.chars().next()?;
    let lower = if first.is_ascii() {
        first.to_ascii_lowercase()
    } else if is_lower(first) {
        return None;
    } else {
        first.to_lowercase().next()?
    };
    if !lower.is_ascii_lowercase() {
        return None;
    }
    // Table order is kept: the first match wins.
    words_by_first_letter()[usize::from(lower as u8 - b'a')]
        .iter()
        .find(|(w, _)| super::text::lower_eq(word, w))
        .map(|&(_, k)| k)
}

/// The entries of [`WORDS`] by their first letter, `a` to `z`, in table order.
fn words_by_first_letter() -> &'static [Vec<(&'static str, Word)>; 26] {
    static INDEX: OnceLock<[Vec<(&'static str, Word)>; 26]> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: [Vec<(&'static str, Word)>; 26] = Default::default();
        for &(w, k) in WORDS {
            index[usize::from(w.as_bytes()[0] - b'a')].push((w, k));
        }
        index
    })
}

/// The numeral word after the spaces at `pos`, with its end.
pub(crate) fn word_after(text: &str, pos: usize) -> Option<(Word, usize)> {
    let w = next_word(text, pos)?;
    let kind = classify(&text[w.clone()])?;
    if let Word::Scale(9) = kind {
        if next_word(text, w.end).is_some_and(|n| word_in(text, &n, NOT_AFTER_BILLION)) {
            return None;
        }
    }
    Some((kind, w.end))
}

/// A numeral phrase read by [`read_phrase`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    /// The value; `None` on overflow.
    pub value: Option<Decimal>,
    /// Byte after the phrase.
    pub end: usize,
    /// Number of words read (digits count as one).
    pub words: usize,
}

/// The unit digit after `mười` or, with `after_tens`, after `D mươi`
/// (where `mốt` is 1): its value and end. `năm` is not one (`mười năm` is
/// ten years); 5 is `lăm`/`nhăm`.
fn unit_after_tens(text: &str, at: usize, after_tens: bool) -> Option<(u32, usize)> {
    match word_after(text, at)? {
        (Word::Digit(u @ (1..=4 | 6..=9)), e) => Some((u32::from(u), e)),
        (Word::One, e) if after_tens => Some((1, e)),
        (Word::Four, e) => Some((4, e)),
        (Word::Five, e) => Some((5, e)),
        _ => None,
    }
}

/// Reads one group below a thousand starting at `pos`. `leading`: first group
/// of the number (a lone digit and no `không` there; the reverse after a unit).
fn read_group(text: &str, pos: usize, leading: bool) -> Option<(u32, usize, usize)> {
    let mut value = 0u32;
    let mut at = pos;
    let mut words = 0;
    let first = word_after(text, at);
    let second = first.and_then(|(_, e)| word_after(text, e));
    if let (Some((Word::Digit(d), _)), Some((Word::Hundred, e))) = (first, second) {
        if d == 0 && leading {
            return None;
        }
        value = u32::from(d) * 100;
        at = e;
        words = 2;
        match word_after(text, at) {
            Some((Word::Half, e)) => return Some((value + 50, e, words + 1)),
            Some((Word::Zero, e)) => {
                return match word_after(text, e) {
                    Some((Word::Digit(u @ 1..=9), e2)) => {
                        Some((value + u32::from(u), e2, words + 2))
                    }
                    Some((Word::Four, e2)) => Some((value + 4, e2, words + 2)),
                    _ => Some((value, at, words)),
                };
            }
            _ => {}
        }
    } else if !leading {
        return None;
    }
    let first = word_after(text, at);
    match first {
        Some((Word::Ten, e)) => {
            value += 10;
            at = e;
            words += 1;
            if let Some((u, e)) = unit_after_tens(text, at, false) {
                (value, at, words) = (value + u, e, words + 1);
            }
        }
        Some((Word::Digit(d @ 1..=9), e)) => match word_after(text, e) {
            Some((Word::Tens, e2)) if d >= 2 => {
                value += u32::from(d) * 10;
                at = e2;
                words += 2;
                if let Some((u, e)) = unit_after_tens(text, at, true) {
                    (value, at, words) = (value + u, e, words + 1);
                }
            }
            Some((Word::Dozen, e2)) => {
                value += u32::from(d) * 10;
                at = e2;
                words += 2;
            }
            _ if words == 0 && leading => {
                value = u32::from(d);
                at = e;
                words = 1;
            }
            _ => {}
        },
        _ => {}
    }
    (words > 0).then_some((value, at, words))
}

/// Reads a numeral phrase at `pos`: words only, or, when `digits` is given
/// (the value and end of a digit numeral just read), that numeral followed by
/// multiplier words (`2 triệu`, `1,5 tỷ`, `2 tỷ 500 triệu`).
pub(crate) fn read_phrase(
    text: &str,
    pos: usize,
    digits: Option<(Option<Decimal>, usize)>,
) -> Option<Phrase> {
    let mut overflow = false;
    let mut total = Decimal::from_int(0);
    let mut top_scale = 0u32;
    let mut words = 0usize;
    let (mut section, mut at) = match digits {
        Some((value, end)) => {
            overflow |= value.is_none();
            (value.unwrap_or(Decimal::from_int(0)), end)
        }
        None => {
            let (v, end, n) = read_group(text, pos, true)?;
            words = n;
            (Decimal::from_int(i128::from(v)), end)
        }
    };
    if digits.is_some() {
        words = 1;
    }
    // Right after a unit word (`nghìn tỷ`, `tỷ tỷ`), the next unit multiplies.
    let mut after_unit = false;
    while let Some((Word::Scale(exp), e)) = word_after(text, at) {
        words += 1;
        let unit = 10i128.pow(exp);
        let scaled = if exp > top_scale || after_unit {
            total
                .checked_add(section)
                .and_then(|t| t.checked_mul_int(unit))
        } else {
            section
                .checked_mul_int(unit)
                .and_then(|s| total.checked_add(s))
        };
        match scaled {
            Some(t) => total = t,
            None => overflow = true,
        }
        top_scale = top_scale.max(exp);
        section = Decimal::from_int(0);
        at = e;
        after_unit = true;
        if let Some((Word::Half, e)) = word_after(text, at) {
            match total.checked_add(Decimal::from_int(unit / 2)) {
                Some(t) => total = t,
                None => overflow = true,
            }
            at = e;
            words += 1;
            break;
        }
        if let Some((Word::Scale(_), _)) = word_after(text, at) {
            continue;
        }
        after_unit = false;
        // The next group: words starting with hundreds, or digits before a unit.
        if let Some((v, e, n)) = read_group(text, at, false) {
            section = Decimal::from_int(i128::from(v));
            at = e;
            words += n;
            continue;
        }
        let next = super::text::skip_spaces(text, at);
        if text.as_bytes().get(next).is_some_and(u8::is_ascii_digit) {
            let num = read_numeral(text, next);
            if let Some((Word::Scale(e2), _)) = word_after(text, num.end) {
                if e2 < exp {
                    overflow |= num.value.is_none();
                    section = num.value.unwrap_or(Decimal::from_int(0));
                    at = num.end;
                    continue;
                }
            }
        }
        break;
    }
    let mut value = if overflow {
        None
    } else {
        total.checked_add(section)
    };
    // `mười hai phẩy bốn` (12,4), `sáu mươi hai phẩy không sáu` (62,06): a
    // decimal mark in words, then the decimals, digit by digit or as one
    // group, after a whole number in words.
    if digits.is_none() && top_scale == 0 {
        if let Some((frac, end, n)) = decimals_in_words(text, at) {
            let int = value.map(|v| v.to_string());
            value = int.and_then(|i| Decimal::from_parts(&[&i], &frac));
            at = end;
            words += n;
        }
    }
    Some(Phrase {
        value,
        end: at,
        words,
    })
}

/// After a whole number in words at `pos`: `phẩy` (the decimal comma) and
/// the decimals in words (`bốn`, `không sáu`, `mười lăm`), as digits, with
/// their end and how many words they take.
fn decimals_in_words(text: &str, pos: usize) -> Option<(String, usize, usize)> {
    let mark = next_word(text, pos)?;
    let w = &text[mark.clone()];
    if !(super::text::lower_eq(w, "phẩy") || super::text::lower_eq(w, "phay")) {
        return None;
    }
    let (mut digits, mut at, mut words) = (String::new(), mark.end, 1);
    // (A leading `không` is a digit of its own: read one at a time.)
    while let Some((Word::Digit(0), e)) = word_after(text, at) {
        digits.push('0');
        at = e;
        words += 1;
    }
    while let Some((v, e, n)) = read_group(text, at, true) {
        digits.push_str(&v.to_string());
        at = e;
        words += n;
        if digits.len() > 6 {
            break;
        }
    }
    (words > 1).then_some((digits, at, words))
}

/// After `hàng` (`hàng chục`, `hàng trăm`, `hàng nghìn`, `hàng chục nghìn`):
/// the product of the unit words and the end, or `None` when no unit follows.
pub(crate) fn read_order_of_magnitude(text: &str, pos: usize) -> Option<(Decimal, usize)> {
    let mut value = Decimal::from_int(1);
    let mut at = pos;
    let mut any = false;
    while let Some((word, e)) = word_after(text, at) {
        let factor = match word {
            Word::Dozen => 10,
            Word::Hundred => 100,
            Word::Scale(exp) => 10i128.pow(exp),
            _ => break,
        };
        value = value.checked_mul_int(factor)?;
        at = e;
        any = true;
    }
    any.then_some((value, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, usize)> {
        read_phrase(s, 0, None).map(|p| (p.value.map(|v| v.to_string()).unwrap_or_default(), p.end))
    }

    #[test]
    fn decimals_in_words() {
        let end = "mười hai phẩy bốn".len();
        assert_eq!(
            read("mười hai phẩy bốn phần trăm"),
            Some(("12.4".into(), end))
        );
        assert_eq!(
            read("sáu mươi hai phẩy không sáu").map(|r| r.0),
            Some("62.06".into())
        );
        assert_eq!(
            read("mười hai phẩy bốn năm").map(|r| r.0),
            Some("12.45".into())
        );
        // No decimals after the mark: the whole number alone.
        assert_eq!(read("hai phẩy, ba").map(|r| r.0), Some("2".into()));
    }

    #[test]
    fn first_letters_cover_the_table() {
        for (w, _) in WORDS {
            assert!(w.as_bytes()[0].is_ascii_lowercase(), "{w}");
        }
    }

    #[test]
    fn classify_answers_as_the_whole_table() {
        let whole = |word: &str| {
            (word.len() <= 8)
                .then(|| {
                    WORDS
                        .iter()
                        .find(|(w, _)| super::super::text::lower_eq(word, w))
                })
                .flatten()
                .map(|&(_, k)| k)
        };
        let mut words: Vec<String> = WORDS.iter().map(|(w, _)| w.to_string()).collect();
        for text in crate::numbers::reference::samples() {
            words.extend(
                text.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_string),
            );
        }
        words.extend(
            WORDS
                .iter()
                .flat_map(|(w, _)| [w.to_uppercase(), format!("x{w}")]),
        );
        let odd = [
            "",
            "\u{212a}hông",
            "\u{212a}",
            "İ",
            "Ƀa",
            "ǅ",
            "1",
            "-",
            "đ",
            "Đ",
            "ư",
        ];
        words.extend(odd.map(str::to_string));
        for w in &words {
            assert_eq!(classify(w), whole(w), "{w:?}");
        }
    }

    #[test]
    fn reads_words() {
        assert_eq!(read("hai mươi lăm người").unwrap().0, "25");
        assert_eq!(read("một trăm linh năm").unwrap().0, "105");
        assert_eq!(read("mười lăm").unwrap().0, "15");
        assert_eq!(read("mười năm").unwrap(), ("10".into(), "mười".len()));
        assert_eq!(read("hai mươi mốt").unwrap().0, "21");
        assert_eq!(read("ba mươi tư").unwrap().0, "34");
        assert_eq!(read("một nghìn không trăm linh tư").unwrap().0, "1004");
        assert_eq!(read("một triệu rưỡi").unwrap().0, "1500000");
        assert_eq!(read("một nghìn tỷ").unwrap().0, "1000000000000");
        assert_eq!(read("hai tỷ ba trăm triệu").unwrap().0, "2300000000");
        assert_eq!(read("một tỷ tỷ").unwrap().0, "1000000000000000000");
        assert_eq!(read("hai chục").unwrap().0, "20");
        assert!(read("tư tưởng").is_none());
        assert!(read("trăm").is_none());
    }

    #[test]
    fn multipliers_after_digits() {
        let p = read_phrase("1,5 tỷ đồng", 3, Some((Decimal::new(15, 1), 3))).unwrap();
        assert_eq!(p.value.unwrap().as_int(), Some(1_500_000_000));
        let p = read_phrase("2 tỷ 500 triệu", 1, Some((Some(Decimal::from_int(2)), 1))).unwrap();
        assert_eq!(p.value.unwrap().as_int(), Some(2_500_000_000));
        let p = read_phrase("5 tỷ lệ", 1, Some((Some(Decimal::from_int(5)), 1))).unwrap();
        assert_eq!(p.end, 1);
    }
}
