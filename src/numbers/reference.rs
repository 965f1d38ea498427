//! The scanner's helpers as they were before they were made faster, kept
//! only for tests: each fast version must answer exactly as its reference on
//! real text (the seed corpus, raw and normalized) and on tricky strings.

use std::ops::Range;

use super::text::{char_at, char_before, is_letter};
use crate::normalize::LetterTable;

/// Texts to compare on: the seed articles, raw and normalized, and strings
/// made to trip byte-level shortcuts.
pub(crate) fn samples() -> Vec<String> {
    let mut out = vec![
        String::new(),
        " ".into(),
        "a".into(),
        "\u{a0}\t \u{a0}x".into(),
        "năm 2022, HAI MƯƠI LĂM; Năm\u{a0}2021\tđến\u{a0}tới – 5 — 6".into(),
        // NFD: the marks follow the letters.
        "na\u{306}m 2022 thu\u{31b}\u{301} hai, Đa\u{323}i ho\u{302}\u{323}i XI".into(),
        // Lone combining marks, other scripts, digits of other scripts.
        "\u{301}năm \u{300}\u{301} 5 日本 ٣ 5日 ǅ ß İ ﬀ 𝔸 ÐÞ Ɖ".into(),
        "KHÔNG DẤU: nam 2022 hon 5 tren 10 khoang 3 do 4 gan 7 tu 5 den 9".into(),
        "Hơn 3.700 đảng viên, trên 50%, khoảng 1,5 tỷ, ít nhất 5 người, từ 2 đến 3 lớp".into(),
        "Quyết định số 1090/2023, QUYẾT ĐỊNH 45-QĐ/TW, lần thứ 4, Đại hội XIII, khóa XII".into(),
        "ngày 27-11, sáng 14.8, lúc 14 giờ 30 phút, 08:47 AM (GMT+7), 6 tháng đầu năm 2018".into(),
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no corpus/*.txt");
    for path in paths {
        let raw = std::fs::read_to_string(path).expect("UTF-8 corpus file");
        out.push(crate::normalize::normalize(&raw).text().to_string());
        out.push(raw);
    }
    out
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}'
}

pub(crate) fn skip_spaces(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

pub(crate) fn skip_spaces_back(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_before(text, i) {
        if !is_space(c) {
            break;
        }
        i -= c.len_utf8();
    }
    i
}

pub(crate) fn letters_end(text: &str, mut i: usize) -> usize {
    if !text.is_char_boundary(i) {
        return i;
    }
    let table = LetterTable::get();
    while i < text.len() {
        match table.letter_at(text.as_bytes(), i) {
            Some((len, _)) => i += len,
            None => break,
        }
    }
    while let Some(c) = char_at(text, i) {
        if !is_letter(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

pub(crate) fn next_word(text: &str, i: usize) -> Option<Range<usize>> {
    let start = skip_spaces(text, i);
    let end = letters_end(text, start);
    (end > start).then_some(start..end)
}

pub(crate) fn prev_word(text: &str, i: usize) -> Option<Range<usize>> {
    let end = skip_spaces_back(text, i);
    let mut start = end;
    while let Some(c) = char_before(text, start) {
        if !is_letter(c) {
            break;
        }
        start -= c.len_utf8();
    }
    (end > start).then_some(start..end)
}

pub(crate) fn lower_eq(word: &str, target: &str) -> bool {
    word.len() == target.len() && (word == target || same_length_lower_eq(word, target))
}

fn same_length_lower_eq(word: &str, target: &str) -> bool {
    let differs_in_ascii = word
        .bytes()
        .zip(target.bytes())
        .any(|(w, t)| w != t && w.is_ascii() && t.is_ascii() && w.to_ascii_lowercase() != t);
    if differs_in_ascii {
        return false;
    }
    word.chars().flat_map(char::to_lowercase).eq(target.chars())
}
