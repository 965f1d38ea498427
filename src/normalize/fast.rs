//! The fast paths of [`Normalizer::normalize`](super::Normalizer::normalize).
//!
//! Most bytes of news text need no work: ASCII letters, digits, spaces and
//! punctuation, and Vietnamese letters that are already precomposed with the
//! tone mark where it belongs. These helpers let the normalizer skip them in
//! bulk and look at a word closely only when it may change.

use std::sync::OnceLock;

use super::chars::{
    ascii_letter, compose_into, letter, special, tone_mark, Letter, Special, O_HORN,
};

use super::{is_combining, is_letter, ToneStyle};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The first byte at or after `from` that is not printable ASCII: a
/// non-ASCII byte, a control character (`\n` included, the caller skips it)
/// or DEL. Everything before it is left as it is by normalization (an ASCII
/// word before it may still change, if the byte continues that word).
#[inline]
pub(super) fn skip_plain(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    // Eight bytes at a time: a byte is flagged when its top bit is set, when
    // it is below 0x20 or when it is 0x7F. The borrow of the subtraction can
    // only flag bytes after a truly flagged one, and only the first counts.
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let control = x.wrapping_sub(0x20 * ONES) & !x;
        let del = (x ^ (0x7F * ONES)).wrapping_sub(ONES) & !(x ^ (0x7F * ONES));
        let flagged = (x | control | del) & HIGHS;
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && (0x20..0x7F).contains(&bytes[i]) {
        i += 1;
    }
    i
}

/// Start of the ASCII letters that end at `p`, not looking before `floor`.
#[inline]
pub(super) fn ascii_word_start(bytes: &[u8], floor: usize, p: usize) -> usize {
    let mut s = p;
    while s > floor && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s
}

/// The char that starts at byte `i` of valid UTF-8, and its length. Decoded
/// by hand: cheaper than slicing a `str` and asking for its first char.
#[inline(always)]
pub(crate) fn char_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i];
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let (cp, len) = if b0 < 0x80 {
        (u32::from(b0), 1)
    } else if b0 < 0xE0 {
        ((u32::from(b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        let cp = (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        (cp, 4)
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// What the word check needs to know of a letter, in one byte; 0 for
/// anything that is not a Vietnamese letter (or is not precomposed).
const LETTER: u8 = 1;
const VOWEL: u8 = 2;
const SHAPED: u8 = 4;
const O_HORN_BIT: u8 = 8;
const TONED: u8 = 16;
const UPPER: u8 = 32;

fn info(c: char) -> u8 {
    letter(c).map_or(0, |l| letter_info(l) | if l.upper { UPPER } else { 0 })
}

/// [`info`] for every character of one, two or three bytes where
/// Vietnamese letters are, so that the common letter costs one lookup.
struct InfoTables {
    /// By code point, U+0000..=U+07FF.
    short: [u8; 0x800],
    /// By code point - 0x1E80, U+1E80..=U+1EFF (Latin Extended Additional).
    ext: [u8; 0x80],
}

fn info_tables() -> &'static InfoTables {
    static TABLES: OnceLock<InfoTables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = InfoTables {
            short: [0; 0x800],
            ext: [0; 0x80],
        };
        for (cp, slot) in t.short.iter_mut().enumerate() {
            *slot = char::from_u32(cp as u32).map_or(0, info);
        }
        for (k, slot) in t.ext.iter_mut().enumerate() {
            *slot = char::from_u32(0x1E80 + k as u32).map_or(0, info);
        }
        t
    })
}

impl InfoTables {
    /// The info byte of the character at `j` and its length; `(0, 0)` for a
    /// character the tables do not cover.
    #[inline(always)]
    fn at(&self, bytes: &[u8], j: usize) -> (u8, usize) {
        let b0 = bytes[j];
        let next = |k: usize| bytes.get(j + k).copied().unwrap_or(0);
        if b0 < 0x80 {
            (self.short[b0 as usize], 1)
        } else if b0 & 0xE0 == 0xC0 {
            let cp = (usize::from(b0 & 0x1F) << 6) | usize::from(next(1) & 0x3F);
            (self.short[cp], 2)
        } else if b0 == 0xE1 && next(1) & 0xFE == 0xBA {
            let k = (usize::from(next(1) & 1) << 6) | usize::from(next(2) & 0x3F);
            (self.ext[k], 3)
        } else {
            (0, 0)
        }
    }
}

/// Finds Vietnamese letters (ASCII, or precomposed đ and vowels) with one
/// table lookup, for scanners that walk words. Cheap to copy.
#[derive(Clone, Copy)]
pub(crate) struct LetterTable(&'static InfoTables);

impl LetterTable {
    pub(crate) fn get() -> Self {
        LetterTable(info_tables())
    }

    /// The letter at byte `j` of valid UTF-8: its length and whether it is
    /// upper case.
    #[inline]
    pub(crate) fn letter_at(self, bytes: &[u8], j: usize) -> Option<(usize, bool)> {
        let (info, len) = self.0.at(bytes, j);
        (info & LETTER != 0).then_some((len, info & UPPER != 0))
    }
}

/// An ASCII control character that normalization drops.
#[inline]
pub(super) fn is_removed_ascii(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r')) || b == 0x7F
}

/// Where a word check stops at a character that is not a Vietnamese
/// letter: `Some(())` ends the word there, `None` sends the word to the full
/// treatment (marks, invisible characters, letters of other scripts).
fn word_boundary(bytes: &[u8], j: usize) -> Option<()> {
    let b = bytes[j];
    if b < 0x80 {
        return (!is_removed_ascii(b)).then_some(());
    }
    let (c, _) = char_at(bytes, j);
    if ('\u{300}'..='\u{36F}').contains(&c) {
        return None; // a combining mark: not precomposed (and not a letter)
    }
    match special(c) {
        Some(Special::Remove) => None,
        Some(_) => Some(()),
        None if is_letter(c) || is_combining(c) => None,
        None => Some(()),
    }
}

/// Longest word [`compose_word`] takes apart: as many letters as the full
/// treatment (`syllable.rs`) takes, so that NFD and NFC spellings of a word
/// come out the same.
const MAX_COMPOSED: usize = super::syllable::MAX_LETTERS;

/// The info byte (see [`info`]) of a letter taken apart.
fn letter_info(l: Letter) -> u8 {
    let flag = |on: bool, bit: u8| if on { bit } else { 0 };
    LETTER
        | flag(l.is_vowel(), VOWEL)
        | flag(l.is_shaped(), SHAPED)
        | flag(l.base == O_HORN, O_HORN_BIT)
        | flag(l.tone != 0, TONED)
}

/// First byte of a combining mark of U+0300..=U+037F (the Vietnamese tone
/// and shape marks among them).
#[inline]
pub(super) fn is_mark_lead(b: u8) -> bool {
    b == 0xCC || b == 0xCD
}

/// The common word that needs work, in one pass: ASCII or precomposed
/// letters with combining tone and shape marks (NFD, or marks typed after a
/// precomposed letter), whose tone stays where it is. Writes the word in
/// precomposed letters to `out` and returns its end; `None` (with `out` in
/// any state) leaves the word to the full treatment: other marks or
/// letters, invisible characters, a tone to move, a long run.
pub(super) fn compose_word(
    input: &str,
    start: usize,
    style: ToneStyle,
    out: &mut String,
) -> Option<usize> {
    let bytes = input.as_bytes();
    let mut letters = [ascii_letter(b'a'); MAX_COMPOSED];
    let mut n = 0;
    let mut j = start;
    while j < bytes.len() {
        let b = bytes[j];
        if b.is_ascii_alphabetic() {
            *letters.get_mut(n)? = ascii_letter(b);
            n += 1;
            j += 1;
            continue;
        }
        if b < 0x80 {
            // Invisible controls inside a word are the full treatment's.
            if is_removed_ascii(b) {
                return None;
            }
            break;
        }
        let (c, len) = char_at(bytes, j);
        if is_mark_lead(b) {
            // A tone on a vowel that has none, or a shape that fits.
            let last = letters[..n].last_mut()?;
            match tone_mark(c) {
                Some(t) if last.is_vowel() && last.tone == 0 => last.tone = t,
                Some(_) => return None,
                None if last.add_shape(c) => {}
                None => return None,
            }
        } else if let Some(l) = letter(c) {
            *letters.get_mut(n)? = l;
            n += 1;
        } else {
            word_boundary(bytes, j)?;
            break;
        }
        j += len;
    }
    let letters = &letters[..n];
    if !tone_in_place(letters, letter_info, style) {
        return None;
    }
    compose_into(letters, out);
    Some(j)
}

/// Longest word the quick check looks at; longer ones get the full treatment.
const MAX_LETTERS: usize = 16;

/// True when the single tone mark of `letters` (`flags` gives the info byte
/// of a letter, see [`info`]) sits where the rules of `style` put it,
/// without working the rules out: on the first ơ of the word, or on the last
/// shaped vowel when there is no ơ, or on a vowel with no vowel beside it,
/// or before the final consonant of a word without shaped vowels. No tone mark, or several, is left as
/// written too. Where these shortcuts cannot tell, the full rules decide.
fn tone_in_place<T: Copy>(letters: &[T], flags: impl Fn(T) -> u8, style: ToneStyle) -> bool {
    let has = |l: &T, bit: u8| flags(*l) & bit != 0;
    let Some(t) = letters.iter().position(|l| has(l, TONED)) else {
        return true;
    };
    if style == ToneStyle::Keep || letters[t + 1..].iter().any(|l| has(l, TONED)) {
        return true;
    }
    if has(&letters[t], SHAPED) {
        match letters.iter().position(|l| has(l, O_HORN_BIT)) {
            Some(o) => return o == t,
            None if !letters[t + 1..].iter().any(|l| has(l, SHAPED)) => return true,
            None => {}
        }
    }
    let vowel = |k: usize| letters.get(k).is_some_and(|l| has(l, VOWEL));
    let vowel_beside = (t > 0 && vowel(t - 1)) || vowel(t + 1);
    if !vowel_beside {
        return true;
    }
    // A closed syllable with no shaped vowel takes the tone on the last
    // vowel before its final consonant (hoàng, quỳnh).
    let consonant_after = letters.get(t + 1).is_some_and(|l| !has(l, VOWEL));
    consonant_after && !letters.iter().any(|l| has(l, SHAPED))
}

/// Why [`settled_word`] could not settle a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unsettled {
    /// It has combining marks: try [`compose_word`].
    Marks,
    /// Anything else: the full treatment.
    Other,
}

/// The end of the word at `start` when normalization leaves it as it is in
/// `style`: precomposed Vietnamese or ASCII letters only, with the tone mark
/// already in place. Otherwise the word gets a closer look (which may still
/// leave it unchanged).
// Inlined: called once per word, and its loop wants the caller's registers.
#[inline(always)]
pub(super) fn settled_word(
    input: &str,
    start: usize,
    style: ToneStyle,
) -> Result<usize, Unsettled> {
    let bytes = input.as_bytes();
    let tables = info_tables();
    let mut letters = [0u8; MAX_LETTERS];
    let mut n = 0;
    let (mut tones, mut toned_at) = (0, 0);
    let mut j = start;
    while j < bytes.len() {
        let (info, len) = tables.at(bytes, j);
        if info == 0 {
            match bytes[j] {
                b if b < 0x80 && !is_removed_ascii(b) => break,
                b if is_mark_lead(b) => return Err(Unsettled::Marks),
                _ => word_boundary(bytes, j).ok_or(Unsettled::Other)?,
            }
            break;
        }
        *letters.get_mut(n).ok_or(Unsettled::Other)? = info;
        if info & TONED != 0 {
            tones += 1;
            toned_at = n;
        }
        n += 1;
        j += len;
    }
    let letters = &letters[..n];
    // Most words: no tone mark, or one with no vowel beside it.
    let vowel = |k: usize| letters.get(k).is_some_and(|i| i & VOWEL != 0);
    let vowel_beside = (toned_at > 0 && vowel(toned_at - 1)) || vowel(toned_at + 1);
    if tones == 0 || (tones == 1 && !vowel_beside) || tone_in_place(letters, |i| i, style) {
        Ok(j)
    } else {
        Err(Unsettled::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_plain_stops_at_work() {
        let text = "plain ascii text, all of it: nothing to do here\tthen";
        assert_eq!(skip_plain(text.as_bytes(), 0), text.find('\t').unwrap());
        for stop in ["\n", "\r", "\u{7F}", "\u{0}", "é", "\u{A0}"] {
            for at in 0..20 {
                let s = format!("{}{stop}abc", "x".repeat(at));
                assert_eq!(skip_plain(s.as_bytes(), 0), at, "{stop:?} at {at}");
            }
        }
        assert_eq!(skip_plain(b"0123456789 ~", 3), 12);
    }

    #[test]
    fn char_at_decodes_every_length() {
        let s = "aé€😀ệ";
        let mut i = 0;
        for c in s.chars() {
            assert_eq!(char_at(s.as_bytes(), i), (c, c.len_utf8()));
            i += c.len_utf8();
        }
    }

    #[test]
    fn settled_words() {
        use ToneStyle::*;
        let settled = |w: &str, style| settled_word(w, 0, style) == Ok(w.len());
        for w in [
            "người", "được", "tuổi", "Việt", "cũng", "nước", "khuyến", "email",
        ] {
            assert!(settled(w, Traditional), "{w}");
            assert!(settled(w, New), "{w}");
        }
        assert!(settled("hòa", Keep) && settled("hoà", Keep));
        // Left to the rules: a tone beside another vowel, not on a shaped one.
        for w in ["hoàng", "quỳnh", "hoạch"] {
            assert!(settled(w, Traditional), "{w}");
        }
        for w in ["hòa", "hoà", "của", "ngoài", "ừơi", "hòang", "quý"] {
            assert!(!settled(w, Traditional), "{w}");
        }
        assert_eq!(settled_word("ban,", 0, Traditional), Ok(3));
        assert_eq!(settled_word("ho\u{300}a", 0, Keep), Err(Unsettled::Marks));
        assert_eq!(settled_word("hòa", 0, New), Err(Unsettled::Other));
    }
}
