//! Small byte-position helpers over normalized text: words, spaces, cases.
//! All positions are byte offsets on char boundaries.

use std::ops::Range;

use crate::normalize::LetterTable;

/// The char starting at byte `i`.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    // Decoded by hand: these helpers run for every word near a number.
    (i < text.len() && text.is_char_boundary(i))
        .then(|| crate::normalize::char_at(text.as_bytes(), i).0)
}

/// The char ending at byte `i`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i.wrapping_sub(1)) {
        Some(&b) if b < 0x80 && text.is_char_boundary(i) => Some(b as char),
        _ => text.get(..i)?.chars().next_back(),
    }
}

/// A letter (Vietnamese letters answered from the normalizer's table).
pub(crate) use crate::normalize::is_letter;
use crate::normalize::is_lower;

/// A letter or a digit.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// The byte at `i`, or 0 past the end.
pub(crate) fn byte_at(text: &str, i: usize) -> u8 {
    text.as_bytes().get(i).copied().unwrap_or(0)
}

/// A range connector after `end` (` - `, `–`, `—`, `~`, `÷`, ` đến `, ` tới
/// `): the position after it.
pub(crate) fn range_connector(text: &str, end: usize) -> Option<usize> {
    let p = skip_spaces(text, end);
    let bytes = text.as_bytes();
    match bytes.get(p) {
        Some(b'-' | b'~') => Some(p + 1),
        // `÷` (C3 B7): `từ 2 ÷ 3 đảng viên`.
        Some(0xC3) => (bytes.get(p + 1) == Some(&0xB7)).then_some(p + 2),
        Some(0xE2) => {
            let dash = |d: &str| bytes.get(p..p + d.len()) == Some(d.as_bytes());
            (dash("–") || dash("—")).then_some(p + 3)
        }
        // Only a word that starts with `đ`, `d` or `t` can be `đến` or `tới`
        // (`den`, `toi` without marks).
        Some(0xC4 | b't' | b'T' | b'd' | b'D') => ["đến", "tới", "den", "toi"]
            .into_iter()
            .find_map(|w| match_phrase(text, end, w)),
        _ => None,
    }
}

/// Position of the first ASCII digit at or after `from`. Sixteen bytes at a
/// time: most of a news text has no digit, so this is the hot loop.
pub(crate) fn find_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // High bit set in each byte below 10 once `0x30` is taken off every byte
    // (`x ^ 0x30` is below 10 exactly for the digits). A borrow can only set
    // bits above a byte that is a hit, so the lowest bit set is exact.
    let digits = |word: u64| {
        let t = word ^ (ONES * 0x30);
        t.wrapping_sub(ONES * 10) & !t & HIGH
    };
    let word_at = |i: usize| {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        u64::from_le_bytes(chunk)
    };
    let mut i = from;
    while i + 16 <= bytes.len() {
        let (a, b) = (digits(word_at(i)), digits(word_at(i + 8)));
        if a | b != 0 {
            let (k, hits) = if a != 0 { (i, a) } else { (i + 8, b) };
            return Some(k + (hits.trailing_zeros() / 8) as usize);
        }
        i += 16;
    }
    bytes[i.min(bytes.len())..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|k| i + k)
}

/// First position at or after `i` that is not a space (` `, a tab or U+00A0:
/// normalized text has only ` `, but raw text may reach the scanner too).
pub(crate) fn skip_spaces(text: &str, mut i: usize) -> usize {
    // By bytes: a space is ` `, a tab or the two bytes of U+00A0, and a
    // position inside a character stops the loop as `char_at` would.
    let bytes = text.as_bytes();
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => i += 2,
            _ => return i,
        }
    }
}

/// Last position at or before `i` that follows a non-space.
pub(crate) fn skip_spaces_back(text: &str, mut i: usize) -> usize {
    // The mirror of `skip_spaces`: U+00A0 is the only two-byte space, and a
    // byte 0xA0 after 0xC2 always ends it (valid UTF-8).
    let bytes = text.as_bytes();
    while i <= bytes.len() {
        match i.checked_sub(1).map(|k| bytes[k]) {
            Some(b' ' | b'\t') => i -= 1,
            Some(0xA0) if i >= 2 && bytes[i - 2] == 0xC2 => i -= 2,
            _ => break,
        }
    }
    i
}

/// End of the run of letters starting at `i` (`i` itself when none).
#[inline]
pub(crate) fn letters_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    // ASCII letters go on and any other ASCII ends the word: the common
    // case, without decoding or the table.
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b < 0x80 {
            return i;
        } else {
            return letters_end_general(text, i);
        }
    }
    i
}

/// [`letters_end`] from a byte that is not ASCII.
fn letters_end_general(text: &str, mut i: usize) -> usize {
    if !text.is_char_boundary(i) {
        return i;
    }
    let bytes = text.as_bytes();
    // Vietnamese letters from a table, other letters the general way.
    let table = LetterTable::get();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b < 0x80 {
            break;
        } else if let Some((len, _)) = table.letter_at(bytes, i) {
            i += len;
        } else {
            match char_at(text, i) {
                Some(c) if is_letter(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// End of the run of ASCII digits starting at `i`.
pub(crate) fn digits_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    j
}

/// The word (letters only) that starts after the spaces at `i`.
pub(crate) fn next_word(text: &str, i: usize) -> Option<Range<usize>> {
    let start = skip_spaces(text, i);
    let end = letters_end(text, start);
    (end > start).then_some(start..end)
}

/// The word (letters only) that ends before the spaces ending at `i`.
pub(crate) fn prev_word(text: &str, i: usize) -> Option<Range<usize>> {
    let end = skip_spaces_back(text, i);
    let bytes = text.as_bytes();
    let mut start = end;
    loop {
        // ASCII without decoding; other characters the general way.
        match start.checked_sub(1).and_then(|k| bytes.get(k)) {
            Some(b) if b.is_ascii_alphabetic() => start -= 1,
            Some(b) if !b.is_ascii() => match char_before(text, start) {
                Some(c) if is_letter(c) => start -= c.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    (end > start).then_some(start..end)
}

/// `word` equals the lower-case `target` ignoring case (no allocation).
#[inline]
pub(crate) fn lower_eq(word: &str, target: &str) -> bool {
    // Upper- and lower-case Vietnamese letters have the same UTF-8 length,
    // so only words of the target's length can match: most calls stop here.
    word.len() == target.len()
        && match (word.as_bytes().first(), target.as_bytes().first()) {
            // Two ASCII first letters that differ answer most calls here.
            (Some(w), Some(t)) if w != t && w.is_ascii() && t.is_ascii() => {
                w.to_ascii_lowercase() == *t && same_length_lower_eq(word, target)
            }
            _ => same_length_lower_eq(word, target),
        }
}

/// [`lower_eq`] for two words of the same length.
fn same_length_lower_eq(word: &str, target: &str) -> bool {
    // One pass over the bytes answers equal words, and words that differ in
    // an ASCII letter (most candidates), without decoding them.
    let mut same = true;
    for (w, t) in word.bytes().zip(target.bytes()) {
        if w != t {
            if w.is_ascii() && t.is_ascii() && w.to_ascii_lowercase() != t {
                return false;
            }
            same = false;
        }
    }
    same || lowercase_is(word, target)
}

/// `word` in lower case (`char::to_lowercase` of each char) is `target`.
/// ASCII and lower-case letters are their own lower case, so the general
/// mapping runs only from the first other char on.
fn lowercase_is(word: &str, target: &str) -> bool {
    let mut target = target.chars();
    let mut rest = word.chars();
    loop {
        let before = rest.clone();
        let Some(c) = rest.next() else {
            return target.next().is_none();
        };
        let lower = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else if is_lower(c) {
            c
        } else {
            return before.flat_map(char::to_lowercase).eq(target);
        };
        if target.next() != Some(lower) {
            return false;
        }
    }
}

/// The word at `range` equals one of the lower-case `targets`.
pub(crate) fn word_in(text: &str, range: &Range<usize>, targets: &[&str]) -> bool {
    let word = &text[range.clone()];
    targets.iter().any(|t| lower_eq(word, t))
}

/// The word before `i` is one of `targets`.
pub(crate) fn prev_word_in(text: &str, i: usize, targets: &[&str]) -> bool {
    prev_word(text, i).is_some_and(|w| word_in(text, &w, targets))
}

/// First letter is upper case.
pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Capital first letter and a lower-case letter after it (`Ba`, not `BA`):
/// a name in mid-sentence, where all capitals are a headline.
pub(crate) fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && (word.chars().count() == 1 || chars.any(char::is_lowercase))
}

/// Position `i` starts a sentence, a line, a heading or a bracketed part, so
/// a capital letter there says nothing about names.
pub(crate) fn at_sentence_start(text: &str, i: usize) -> bool {
    match char_before(text, skip_spaces_back(text, i)) {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | ';'
                | '\n'
                | '\r'
                | '('
                | '"'
                | '“'
                | '\''
                | '-'
                | '–'
                | '—'
                | '…'
                | ','
        ),
    }
}

/// No letter or digit touches `range` on either side.
pub(crate) fn is_word_bounded(text: &str, range: &Range<usize>) -> bool {
    !char_before(text, range.start).is_some_and(is_alnum)
        && !char_at(text, range.end).is_some_and(is_alnum)
}

/// If the words from `i` on are `phrase` (space separated, lower case),
/// returns the end of the phrase.
pub(crate) fn match_phrase(text: &str, i: usize, phrase: &str) -> Option<usize> {
    let mut pos = i;
    let mut rest = phrase;
    loop {
        // The words of the phrase one by one (a plain loop: cheaper than `split`).
        let cut = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
        let w = next_word(text, pos)?;
        if !lower_eq(&text[w.clone()], &rest[..cut]) {
            return None;
        }
        pos = w.end;
        match rest.get(cut + 1..) {
            Some(tail) => rest = tail,
            None => return Some(pos),
        }
    }
}

/// The first of `pairs` (`first second`, lower case) that ends with the
/// word at `last`: its index and the start of `first`. The word before
/// `last` is read once, and only if `last` is the second word of a pair.
pub(crate) fn pair_ending_with<'p>(
    text: &str,
    last: &Range<usize>,
    pairs: impl IntoIterator<Item = (&'p str, &'p str)>,
) -> Option<(usize, usize)> {
    let word = &text[last.clone()];
    let mut before: Option<Option<Range<usize>>> = None;
    for (k, (first, second)) in pairs.into_iter().enumerate() {
        // The cheap test first: most words are the second word of no pair.
        if !lower_eq(word, second) {
            continue;
        }
        let prev = before.get_or_insert_with(|| prev_word(text, last.start));
        if let Some(w) = prev
            .as_ref()
            .filter(|w| lower_eq(&text[(*w).clone()], first))
        {
            return Some((k, w.start));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_digits_like_the_plain_loop() {
        let samples = [
            "",
            "abc",
            "đảng viên 1.488",
            "0",
            "xxxxxxxx9",
            "ệệệệệệ/:@7 8",
            "\u{7f}\u{80}ÿ9",
            "abcdefghijklmnop5",
        ];
        for s in samples {
            for from in 0..=s.len() {
                let plain = s.as_bytes()[from..]
                    .iter()
                    .position(u8::is_ascii_digit)
                    .map(|k| from + k);
                assert_eq!(find_digit(s.as_bytes(), from), plain, "{s:?} from {from}");
            }
        }
        for b in 0..=255u8 {
            let s = [b'x', b'x', b'x', b'x', b'x', b'x', b'x', b];
            assert_eq!(find_digit(&s, 0).is_some(), b.is_ascii_digit(), "byte {b}");
            // Every byte at every place of a sixteen-byte block, and after a
            // digit-free byte of each value (a borrow must not make a hit).
            for at in 0..16 {
                for other in 0..=255u8 {
                    let mut s = [other; 24];
                    s[at] = b;
                    let plain = s.iter().position(u8::is_ascii_digit);
                    assert_eq!(find_digit(&s, 0), plain, "byte {b} at {at} among {other}");
                }
            }
        }
    }

    #[test]
    fn word_helpers_answer_as_before() {
        use crate::numbers::reference as old;
        for text in old::samples() {
            for i in 0..=text.len() + 1 {
                assert_eq!(
                    skip_spaces(&text, i),
                    old::skip_spaces(&text, i),
                    "{i} {text:?}"
                );
                assert_eq!(
                    skip_spaces_back(&text, i),
                    old::skip_spaces_back(&text, i),
                    "{i}"
                );
                assert_eq!(
                    letters_end(&text, i),
                    old::letters_end(&text, i),
                    "{i} {text:?}"
                );
                assert_eq!(
                    next_word(&text, i),
                    old::next_word(&text, i),
                    "{i} {text:?}"
                );
                assert_eq!(
                    prev_word(&text, i),
                    old::prev_word(&text, i),
                    "{i} {text:?}"
                );
            }
        }
        // Every character, alone and between ASCII letters.
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let text = format!("a{c}b {c}");
            for i in 0..=text.len() {
                assert_eq!(
                    letters_end(&text, i),
                    old::letters_end(&text, i),
                    "{c:?} {i}"
                );
                assert_eq!(prev_word(&text, i), old::prev_word(&text, i), "{c:?} {i}");
                assert_eq!(
                    skip_spaces(&text, i),
                    old::skip_spaces(&text, i),
                    "{c:?} {i}"
                );
            }
        }
    }

    #[test]
    fn lower_case_letters_are_their_own_lower_case() {
        // What `lowercase_is` relies on, for every char.
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            if !c.is_ascii() && is_lower(c) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    #[test]
    fn lower_eq_answers_as_before() {
        use crate::numbers::reference as old;
        let mut words: Vec<String> = Vec::new();
        for text in old::samples() {
            let mut i = 0;
            while let Some(w) = next_word(&text, i) {
                words.push(text[w.clone()].to_string());
                i = w.end;
                while i < text.len() && next_word(&text, i).is_none() {
                    i += text[i..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        words.sort();
        words.dedup();
        assert!(words.len() > 500, "{}", words.len());
        let odd = [
            "İ", "i\u{307}", "\u{212a}", "k", "ǅ", "ǆ", "ß", "ẞ", "Σ", "σ", "ς", "ΐ",
        ];
        words.extend(odd.iter().map(|w| w.to_string()));
        let targets: Vec<String> = words
            .iter()
            .map(|w| w.to_lowercase())
            .chain(odd.iter().map(|w| w.to_string()))
            .collect();
        for w in &words {
            for t in &targets {
                assert_eq!(lower_eq(w, t), old::lower_eq(w, t), "{w:?} {t:?}");
            }
        }
    }

    #[test]
    fn words_around_positions() {
        let t = "kết nạp  được 193 đảng viên";
        let i = t.find("193").unwrap();
        assert_eq!(&t[prev_word(t, i).unwrap()], "được");
        assert_eq!(&t[next_word(t, i + 3).unwrap()], "đảng");
        assert_eq!(match_phrase(t, i + 3, "đảng viên"), Some(t.len()));
        let last = prev_word(t, i).unwrap();
        assert_eq!(
            pair_ending_with(t, &last, [("kết", "nạp"), ("nạp", "được")]),
            Some((1, t.find("nạp").unwrap()))
        );
        assert!(lower_eq("ĐẢNG", "đảng"));
        assert!(at_sentence_start("x. Hai", 3));
        assert!(!at_sentence_start("ông Hai", 4));
    }
}
