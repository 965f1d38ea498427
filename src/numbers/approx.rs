//! Approximation cues around a number: `hơn 3.700`, `khoảng 3,5%`,
//! `từ 110 đảng viên mới trở lên`.

use std::ops::Range;
use std::sync::OnceLock;

use super::text::{
    char_at, lower_eq, next_word, pair_ending_with, prev_word, skip_spaces, word_in,
};
use super::Approx;

/// Two-word cues, checked before the one-word ones (`ít hơn` is not `hơn`).
const BEFORE_TWO: &[(&str, &str, Approx)] = &[
    ("ít", "nhất", Approx::AtLeast),
    ("tối", "thiểu", Approx::AtLeast),
    ("tối", "đa", Approx::AtMost),
    ("không", "quá", Approx::AtMost),
    ("nhiều", "nhất", Approx::AtMost),
    ("chưa", "đến", Approx::LessThan),
    ("chưa", "tới", Approx::LessThan),
    ("không", "đến", Approx::LessThan),
    ("ít", "hơn", Approx::LessThan),
    ("xấp", "xỉ", Approx::About),
    ("ước", "tính", Approx::About),
    ("nhiều", "hơn", Approx::MoreThan),
];

const BEFORE_ONE: &[(&str, Approx)] = &[
    ("hơn", Approx::MoreThan),
    ("trên", Approx::MoreThan),
    ("ngoài", Approx::MoreThan),
    ("khoảng", Approx::About),
    ("gần", Approx::About),
    ("chừng", Approx::About),
    ("độ", Approx::About),
    ("dưới", Approx::LessThan),
];

/// `word` is the cue, or the cue typed without diacritics (`GAN 640` in a
/// headline written without marks).
fn cue_eq(word: &str, cue: &str) -> bool {
    lower_eq(word, cue) || (word.is_ascii() && word.eq_ignore_ascii_case(&folded(cue)))
}

/// The folded key of a cue, from a table built once (folding allocates).
fn folded(cue: &str) -> std::borrow::Cow<'static, str> {
    static KEYS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let cues = BEFORE_ONE.iter().map(|&(cue, _)| cue).chain(["từ"]);
        cues.map(|cue| (cue, crate::normalize::fold(cue).into_string()))
            .collect()
    });
    match keys.iter().find(|(c, _)| *c == cue) {
        Some((_, key)) => std::borrow::Cow::Borrowed(key.as_str()),
        None => std::borrow::Cow::Owned(crate::normalize::fold(cue).into_string()),
    }
}

/// The cue ending just before `start` (spaces only between).
pub(crate) fn before(text: &str, start: usize) -> Option<(Approx, Range<usize>)> {
    let w = prev_word(text, start)?;
    let word = &text[w.clone()];
    for &(first, second, approx) in BEFORE_TWO {
        // `pair_ending_with` tests the last word first, the cheap test.
        if let Some(s) = pair_ending_with(text, &w, first, second) {
            return Some((approx, s..w.end));
        }
    }
    BEFORE_ONE
        .iter()
        .find(|(cue, _)| cue_eq(word, cue))
        .map(|&(_, approx)| (approx, w))
}

/// `đạt từ 7%`: `từ` before a number that no `đến`, `tới`, `lên` or
/// `xuống` follows in its clause means "at least" (`tăng từ 76,96% lên
/// 79,15%` is a change, `từ 2 đến 3` a range).
pub(crate) fn from_alone(text: &str, start: usize, end: usize) -> Option<(Approx, Range<usize>)> {
    let w = prev_word(text, start)?;
    if !cue_eq(&text[w.clone()], "từ") {
        return None;
    }
    let rest = &text[end..];
    let clause = &rest[..rest.find([',', ';', '.', ':', '\n']).unwrap_or(rest.len())];
    let folded = crate::normalize::fold(clause);
    let closes = folded
        .text()
        .split(|c: char| !c.is_alphanumeric())
        .take(12)
        .any(|w| matches!(w, "den" | "toi" | "len" | "xuong"));
    if closes {
        return None;
    }
    Some((Approx::AtLeast, w))
}

/// How many words after a number may stand between it and `trở lên`.
const MAX_WORDS_TO_TAIL: usize = 7;

/// `trở lên` / `trở xuống` after the number ending at `end`, within the same
/// clause (letters and spaces only in between).
pub(crate) fn after(text: &str, end: usize) -> Option<(Approx, Range<usize>)> {
    let mut pos = end;
    for _ in 0..=MAX_WORDS_TO_TAIL {
        let w = next_word(text, pos)?;
        if w.start != skip_spaces(text, pos) {
            return None;
        }
        // `83,8% có trình độ từ cao đẳng trở lên`: the tail belongs to `từ …`.
        if lower_eq(&text[w.clone()], "từ") {
            return None;
        }
        if lower_eq(&text[w.clone()], "trở") {
            let tail = next_word(text, w.end)?;
            if word_in(text, &tail, &["lên"]) {
                return Some((Approx::AtLeast, w.start..tail.end));
            }
            if word_in(text, &tail, &["xuống"]) {
                return Some((Approx::AtMost, w.start..tail.end));
            }
            return None;
        }
        pos = w.end;
        // A comma, a digit or any other mark ends the clause.
        if char_at(text, pos).is_none_or(|c| c != ' ') {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues() {
        let t = "kết nạp ít nhất 5";
        let (a, r) = before(t, t.len() - 1).unwrap();
        assert_eq!((a, &t[r]), (Approx::AtLeast, "ít nhất"));
        let t = "từ 110 đảng viên mới trở lên, đảm bảo";
        let (a, r) = after(t, "từ 110".len()).unwrap();
        assert_eq!((a, &t[r]), (Approx::AtLeast, "trở lên"));
        assert!(after("5 đảng viên, trở lên", 1).is_none());
        assert!(after("83,8% có trình độ từ cao đẳng trở lên", 5).is_none());
        assert!(before("trên địa bàn 5", "trên địa bàn ".len()).is_none());
    }
}
