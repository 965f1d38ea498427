//! Numbers that identify rather than count: document numbers, Roman
//! numerals, phone numbers.

use std::ops::Range;

use super::text::{byte_at, char_at, char_before, digits_end, next_word};
use crate::tokenize::code_letters_end;

/// `45-QĐ/TW`, `11/NQ-HĐND`, `15/2019/NĐ-CP`, `63-KH/TU`: digits, then
/// `-`/`/`-separated segments of digits or capitals, at least one with a
/// capital. Returns the end.
pub(crate) fn coded_document_number(text: &str, start: usize) -> Option<usize> {
    let mut end = digits_end(text, start);
    let mut has_code = false;
    loop {
        if !matches!(byte_at(text, end), b'-' | b'/') {
            break;
        }
        let seg_start = end + 1;
        let mut seg_end = seg_start;
        let mut capitals = 0;
        while let Some(c) = char_at(text, seg_end) {
            if c.is_ascii_digit() {
            } else if c.is_uppercase() {
                capitals += 1;
            } else if c.is_alphabetic() {
                // Small letters of the code (`08-QĐi/TW`, `01/CT-TTg`), or
                // ordinary text (`5-Ngày`).
                match code_letters_end(text, seg_end, capitals) {
                    Some(run) => seg_end = run,
                    None => return has_code.then_some(end),
                }
                continue;
            } else {
                break;
            }
            seg_end += c.len_utf8();
        }
        if seg_end == seg_start {
            break;
        }
        has_code |= capitals > 0;
        end = seg_end;
    }
    has_code.then_some(end)
}

/// `1090/2023`, `15/2019`: digit groups joined by `/`. Returns the end.
pub(crate) fn slashed_number(text: &str, start: usize) -> usize {
    let mut end = digits_end(text, start);
    while byte_at(text, end) == b'/' && byte_at(text, end + 1).is_ascii_digit() {
        end = digits_end(text, end + 1);
    }
    end
}

/// Smallest and largest number of digits in a phone number.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 9..=11;

/// A phone number starting at `start`: a `0` (or `+84` before `start`, used
/// when `floor` allows) and 9–11 digits in groups joined by one space, `.`
/// or `-`. Returns the span.
pub(crate) fn phone(text: &str, start: usize, floor: usize) -> Option<Range<usize>> {
    let plus = start > floor && byte_at(text, start - 1) == b'+' && text[start..].starts_with("84");
    if byte_at(text, start) != b'0' && !plus {
        return None;
    }
    let mut digits = 0;
    let mut end;
    let mut pos = start;
    loop {
        let g_end = digits_end(text, pos);
        digits += g_end - pos;
        end = g_end;
        if digits > *PHONE_DIGITS.end() {
            return None;
        }
        let sep = byte_at(text, end);
        let next_group = digits_end(text, end + 1);
        if matches!(sep, b' ' | b'.' | b'-') && next_group >= end + 3 {
            pos = end + 1;
        } else {
            break;
        }
    }
    let starts_clean = !char_before(text, start).is_some_and(|c| c.is_alphanumeric());
    (PHONE_DIGITS.contains(&digits) && starts_clean).then(|| {
        if plus {
            start - 1..end
        } else {
            start..end
        }
    })
}

/// The Roman numeral word after the spaces at `pos` (`XII`, `XXI`, `I`),
/// in canonical form and 1–3999: value and span.
pub(crate) fn roman_after(text: &str, pos: usize) -> Option<(u32, Range<usize>)> {
    let w = next_word(text, pos)?;
    if char_at(text, w.end).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((roman_value(&text[w.clone()])?, w))
}

fn roman_value(s: &str) -> Option<u32> {
    let digit = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        b'D' => Some(500),
        b'M' => Some(1000),
        _ => None,
    };
    let bytes = s.as_bytes();
    if bytes.is_empty() || bytes.len() > 15 {
        return None;
    }
    // Compute by the usual subtractive rule, then reject non-canonical forms.
    let mut total = 0u32;
    let mut prev = 0;
    for &b in bytes.iter().rev() {
        let v = digit(b)?;
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=3999)
        .contains(&total)
        .then_some(total)
        .filter(|&t| to_roman(t) == s)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert_eq!(
            coded_document_number("45-QĐ/TW,", 0),
            Some("45-QĐ/TW".len())
        );
        assert_eq!(
            coded_document_number("15/2019/NĐ-CP ", 0),
            Some("15/2019/NĐ-CP".len())
        );
        assert_eq!(coded_document_number("2021-2025", 0), None);
        // A small letter may end a code after two capitals (`TTg`, the
        // Prime Minister), not a word (`5-Ngày`, `3-Tg`, `3-TTgx`).
        assert_eq!(
            coded_document_number("01/CT-TTg ngày", 0),
            Some("01/CT-TTg".len())
        );
        assert_eq!(coded_document_number("5-Ngày", 0), None);
        assert_eq!(
            coded_document_number("862-CV/ThU ngày", 0),
            Some("862-CV/ThU".len())
        );
        assert_eq!(coded_document_number("5-ThUa", 0), None);
        assert_eq!(coded_document_number("01/CT-Tg", 0), Some("01/CT".len()));
        assert_eq!(coded_document_number("01/CT-TTgx", 0), Some("01/CT".len()));
        assert_eq!(roman_value("XII"), Some(12));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("CV"), Some(105));
        assert_eq!(phone("ĐT: 0218 3909 192.", 5, 0), Some(5..18));
        assert_eq!(phone("01-11-2011", 0, 0), None);
    }
}
