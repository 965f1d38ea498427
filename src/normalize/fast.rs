//! The fast paths of [`Normalizer::normalize`](super::Normalizer::normalize).
//!
//! Most bytes of news text need no work: ASCII letters, digits, spaces and
//! punctuation, and Vietnamese letters that are already precomposed with the
//! tone mark where it belongs. These helpers let the normalizer skip them in
//! bulk and look at a word closely only when it may change.

use std::sync::OnceLock;

use super::chars::{
    ascii_letter, compose_into, letter, special, tone_mark, Letter, Special, D_STROKE, I, O_HORN, U,
};

use super::{is_combining, is_letter, ToneStyle};

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
/// q among consonants, u (plain, any tone) among vowels: `qu` starts a syllable.
const Q_OR_U: u8 = 64;
/// g among consonants, i among vowels: `gi` starts a syllable before a vowel.
const G_OR_I: u8 = 128;

fn info(c: char) -> u8 {
    letter(c).map_or(0, |l| letter_info(l) | if l.upper { UPPER } else { 0 })
}

/// [`info`] for every character of one, two or three bytes where
/// Vietnamese letters are, so that the common letter costs one lookup.
struct InfoTables {
    /// By byte: ASCII letters, and 0 for every byte of 0x80 and up.
    ascii: [u8; 0x100],
    /// By code point, U+0000..=U+07FF.
    short: [u8; 0x800],
    /// By code point - 0x1E80, U+1E80..=U+1EFF (Latin Extended Additional).
    ext: [u8; 0x80],
    /// By [`Letter::base`], for a letter without a tone mark.
    by_base: [u8; 0x80],
}

fn info_tables() -> &'static InfoTables {
    static TABLES: OnceLock<InfoTables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = InfoTables {
            ascii: [0; 0x100],
            short: [0; 0x800],
            ext: [0; 0x80],
            by_base: [0; 0x80],
        };
        for (base, slot) in t.by_base.iter_mut().enumerate() {
            let l = Letter {
                base: base as u8,
                tone: 0,
                upper: false,
            };
            let known = l.base <= D_STROKE || l.base.is_ascii_lowercase();
            *slot = if known { letter_info(l) } else { 0 };
        }
        for (cp, slot) in t.short.iter_mut().enumerate() {
            *slot = char::from_u32(cp as u32).map_or(0, info);
        }
        t.ascii[..0x80].copy_from_slice(&t.short[..0x80]);
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
        match bytes.get(j) {
            Some(&b) if b < 0x80 => (self.ascii[usize::from(b)], 1),
            _ => self.precomposed(bytes, j),
        }
    }

    /// [`at`](Self::at) for a character that is not ASCII: a precomposed
    /// letter of two or three bytes.
    #[inline(always)]
    fn precomposed(&self, bytes: &[u8], j: usize) -> (u8, usize) {
        // Slice patterns: one length check for all the bytes of a char.
        match *bytes.get(j..).unwrap_or_default() {
            [b0 @ 0xC0..=0xDF, b1, ..] => {
                let cp = (usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F);
                (self.short[cp], 2)
            }
            [0xE1, b1 @ 0xBA..=0xBB, b2, ..] => {
                let k = (usize::from(b1 & 1) << 6) | usize::from(b2 & 0x3F);
                (self.ext[k], 3)
            }
            _ => (0, 0),
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
/// come out the same. Longer runs are no syllable.
const MAX_COMPOSED: usize = super::syllable::MAX_LETTERS;

/// The info byte (see [`info`]) of a letter taken apart.
fn letter_info(l: Letter) -> u8 {
    let flag = |on: bool, bit: u8| if on { bit } else { 0 };
    LETTER
        | flag(l.is_vowel(), VOWEL)
        | flag(l.is_shaped(), SHAPED)
        | flag(l.base == O_HORN, O_HORN_BIT)
        | flag(l.tone != 0, TONED)
        | flag(l.base == b'q' || l.base == U, Q_OR_U)
        | flag(l.base == b'g' || l.base == I, G_OR_I)
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
    // Runs longer than a syllable keep their tone marks where they are.
    if n <= SYLLABLE_LETTERS && letters.iter().any(|l| l.tone != 0) {
        let by_base = &info_tables().by_base;
        let info =
            |l: &Letter| by_base[usize::from(l.base & 0x7F)] | (TONED * u8::from(l.tone != 0));
        let word = letters
            .iter()
            .fold(Infos::default(), |w, l| w.push(info(l)));
        if !word.tone_stays(style) {
            return None;
        }
    }
    compose_into(letters, out);
    Some(j)
}

/// The info bytes (see [`info`]) of the letters of a word of at most
/// eight letters, in one register: the last letter in the lowest byte.
/// Letters are counted from the end here: letter `k` is the `k`-th before
/// the last (`k = 0` is the last one).
#[derive(Clone, Copy, Default)]
struct Infos(u64);

impl Infos {
    /// Appends a letter.
    #[inline(always)]
    fn push(self, info: u8) -> Self {
        Infos((self.0 << 8) | u64::from(info))
    }

    /// `bit` in every byte where it is set: one bit per letter that has it.
    #[inline(always)]
    fn with(self, bit: u8) -> u64 {
        self.0 & (0x0101_0101_0101_0101 * u64::from(bit))
    }

    /// Whether letter `k` (from the end) has `bit`.
    #[inline(always)]
    fn has(self, k: u32, bit: u8) -> bool {
        k < 8 && (self.0 >> (8 * k)) as u8 & bit != 0
    }

    /// True when the tone marks stay where they are in `style`: none, or
    /// several, are left as written; a single one stays when it is where
    /// the rules of `syllable::tone_position` put it. Worked out on the info
    /// bytes, for the spellings they can tell apart; false (the full rules
    /// decide) for the others. A word that is no Vietnamese syllable keeps
    /// its tone wherever it is, so only syllables need the right answer; in
    /// a syllable the letters before the first vowel and after the last are
    /// consonants, so the word's vowels are the syllable's.
    #[inline(always)]
    fn tone_stays(self, style: ToneStyle) -> bool {
        let toned = self.with(TONED);
        if toned == 0 || toned & (toned - 1) != 0 || style == ToneStyle::Keep {
            return true;
        }
        // The byte of a set bit, and the earliest (highest) or latest letter
        // with a bit.
        let at = |bits: u64| bits.trailing_zeros() / 8;
        let earliest = |bits: u64| (63 - bits.leading_zeros()) / 8;
        let t = at(toned);
        // A tone on a vowel with no vowel beside it is on the only vowel of
        // the syllable: most toned words stop here.
        let beside = ((toned << 8) | (toned >> 8)) / u64::from(TONED / VOWEL);
        if beside & self.with(VOWEL) == 0 {
            return true;
        }
        // With ơ, on the first ơ (ươ); else on the last vowel with a shape mark.
        let horns = self.with(O_HORN_BIT);
        if horns != 0 {
            return earliest(horns) == t;
        }
        let shaped = self.with(SHAPED);
        if shaped != 0 {
            return at(shaped) == t;
        }
        // Plain vowels. A closed syllable takes the tone on its last vowel, the
        // one before the final consonant (hoàng, quỳnh).
        if t > 0 && !self.has(t - 1, VOWEL) {
            return true;
        }
        let first_letter = earliest(self.0);
        let first = earliest(self.with(VOWEL));
        // `qu`, and `gi` before a vowel, are the initial: quý, giá.
        let second = first + 1 == first_letter;
        let qu = second && self.has(first_letter, Q_OR_U) && self.has(first, Q_OR_U);
        let gi = second
            && self.has(first_letter, G_OR_I)
            && self.has(first, G_OR_I)
            && first > 0
            && self.has(first - 1, VOWEL);
        let Some(start) = first.checked_sub(u32::from(qu || gi)) else {
            return false;
        };
        // The vowels from `start` on, up to the final consonant if any.
        let consonants = !self.with(VOWEL) & (0x0202_0202_0202_0202 >> (8 * (7 - start)));
        let place = if consonants != 0 {
            earliest(consonants) + 1
        } else {
            match start {
                0 => 0,
                2 => 1,
                // Two vowels: traditional puts the tone on the first; the new
                // placement moves it in oa, oe and uy, which the info bytes
                // do not tell apart, so the full rules decide.
                1 if style == ToneStyle::Traditional => 1,
                _ => return false,
            }
        };
        place == t
    }
}

/// Most letters a syllable has: an initial of three (ngh), three vowels and
/// a final of two (nghuyêng). Also all that fits in a `u64` of info bytes.
const SYLLABLE_LETTERS: usize = 8;

/// True when `word`, a run of letters (ASCII or precomposed), has more
/// letters than a syllable. Counted here, for the few words that ask, and
/// not letter by letter in the word loop, which then carries one value less.
fn longer_than_syllable(word: &[u8]) -> bool {
    // A letter is one char: count the bytes that start one.
    word.len() > SYLLABLE_LETTERS
        && word.iter().filter(|&&b| b & 0xC0 != 0x80).count() > SYLLABLE_LETTERS
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
/// leave it unchanged). Reads each byte of the word once.
// Inlined: called once per word, and its loop wants the caller's registers.
#[inline(always)]
pub(super) fn settled_word(
    table: LetterTable,
    bytes: &[u8],
    start: usize,
    style: ToneStyle,
) -> Result<usize, Unsettled> {
    settled_word_from(table, bytes, start, start, Infos::default(), 0, style)
}

/// [`settled_word`] for the word at `start` whose letters before `j` are read
/// already, their info bytes in `last8` and their bits together in `seen`: the
/// caller that found the first letter passes it on instead of having it read
/// again.
#[inline(always)]
fn settled_word_from(
    table: LetterTable,
    bytes: &[u8],
    start: usize,
    mut j: usize,
    mut last8: Infos,
    mut seen: u8,
    style: ToneStyle,
) -> Result<usize, Unsettled> {
    let tables = table.0;
    // The info bytes of the last eight letters, the last one lowest: kept in
    // a register, no array to index. `seen` has every bit of every letter
    // but the ASCII ones (never toned).
    while let Some(&b) = bytes.get(j) {
        // ASCII letters first: one byte, never a tone mark.
        let ascii = tables.ascii[usize::from(b)];
        if ascii != 0 {
            last8 = last8.push(ascii);
            j += 1;
            continue;
        }
        if b < 0x80 {
            break;
        }
        let (info, len) = tables.precomposed(bytes, j);
        if info == 0 {
            break;
        }
        last8 = last8.push(info);
        seen |= info;
        j += len;
    }
    // What ends the word: ASCII other than letters ends it; combining marks
    // and the like need a closer look.
    match bytes.get(j) {
        None => {}
        Some(&b) if b < 0x80 && !is_removed_ascii(b) => {}
        Some(&b) if is_mark_lead(b) => return Err(Unsettled::Marks),
        Some(_) => word_boundary(bytes, j).ok_or(Unsettled::Other)?,
    }
    // No tone mark: left as written. So is a run of precomposed letters too
    // long for a syllable: the rules place no tone in it.
    if seen & TONED == 0 || style == ToneStyle::Keep || longer_than_syllable(&bytes[start..j]) {
        return Ok(j);
    }
    if last8.tone_stays(style) {
        Ok(j)
    } else {
        Err(Unsettled::Other)
    }
}

/// The end of the stretch from `i` that normalization leaves as it is:
/// printable ASCII, line feeds and settled words (see [`settled_word`]).
/// It stops at a control character, at a non-ASCII character that starts no
/// Vietnamese letter, or at the start of a word that needs a closer look
/// (then with the reason). Each byte is read once.
// Not inlined: its loops get the registers to themselves.
#[inline(never)]
pub(super) fn settled_prefix(
    table: LetterTable,
    bytes: &[u8],
    mut i: usize,
    style: ToneStyle,
) -> (usize, Option<Unsettled>) {
    while let Some(&b) = bytes.get(i) {
        let ascii = table.0.ascii[usize::from(b)];
        let word = if ascii != 0 {
            // An ASCII letter starts a word: the word check goes on after it.
            let first = Infos::default().push(ascii);
            settled_word_from(table, bytes, i, i + 1, first, 0, style)
        } else {
            // (`&` may open an HTML character reference: the caller reads it.)
            if (0x20..0x7F).contains(&b) && b != b'&' || b == b'\n' {
                i += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            // A precomposed letter starts the word, or nothing that stays.
            let (info, len) = table.0.precomposed(bytes, i);
            if info == 0 {
                break;
            }
            let first = Infos::default().push(info);
            settled_word_from(table, bytes, i, i + len, first, info, style)
        };
        match word {
            // Most words end at a space: skip it too.
            Ok(end) => i = end + usize::from(bytes.get(end) == Some(&b' ')),
            Err(why) => return (i, Some(why)),
        }
    }
    (i, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_at_decodes_every_length() {
        let s = "aé€😀ệ";
        let mut i = 0;
        for c in s.chars() {
            assert_eq!(char_at(s.as_bytes(), i), (c, c.len_utf8()));
            i += c.len_utf8();
        }
    }

    /// Passing the first letter on, as `settled_prefix` does, answers what reading
    /// the word from its start answers, at every letter (ASCII or precomposed) of
    /// real text.
    #[test]
    fn a_word_passed_on_after_its_first_letter_settles_the_same() {
        use ToneStyle::*;
        let table = LetterTable::get();
        let mut checked = 0;
        for text in crate::seed_articles() {
            let nfd: String =
                unicode_normalization::UnicodeNormalization::nfd(text.as_str()).collect();
            for t in [text, nfd] {
                let bytes = t.as_bytes();
                for (i, _) in t.char_indices() {
                    let (info, len) = match table.0.ascii[usize::from(bytes[i])] {
                        0 => table.0.precomposed(bytes, i),
                        ascii => (ascii, 1),
                    };
                    if info == 0 {
                        continue;
                    }
                    // (ASCII letters are never toned: `seen` leaves them out.)
                    let seen = if bytes[i] < 0x80 { 0 } else { info };
                    for style in [Traditional, New, Keep] {
                        let first = Infos::default().push(info);
                        assert_eq!(
                            settled_word_from(table, bytes, i, i + len, first, seen, style),
                            settled_word(table, bytes, i, style),
                            "{i} in {t:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn settled_words() {
        use ToneStyle::*;
        let settled = |w: &str, style| {
            settled_word(LetterTable::get(), w.as_bytes(), 0, style) == Ok(w.len())
        };
        for w in [
            "người", "được", "tuổi", "Việt", "cũng", "nước", "khuyến", "email",
        ] {
            assert!(settled(w, Traditional), "{w}");
            assert!(settled(w, New), "{w}");
        }
        assert!(settled("hòa", Keep) && settled("hoà", Keep));
        // A tone beside another vowel: worked out from the letters.
        for w in [
            "hoàng", "quỳnh", "hoạch", "hòa", "của", "ngoài", "quý", "giá", "Ủy",
        ] {
            assert!(settled(w, Traditional), "{w}");
        }
        // Misplaced, or where the info bytes cannot tell: left to the rules.
        for w in ["hoà", "ừơi", "hòang", "qúy", "gía", "ngòai"] {
            assert!(!settled(w, Traditional), "{w}");
        }
        assert!(!settled("hòa", New) && !settled("hoà", New) && !settled("của", New));
        // Longer than a syllable: left as written, whatever its letters' bytes.
        assert!(settled("hòaxxxxxx", New) && !settled("hòaxxxxx", New));
        for w in [
            "",
            "a",
            "trường",
            "nghiêngg",
            "nghiênggg",
            "ẮẰẲẴẶẤẦẨẪ",
            "abcdefgh",
            "abcdefghi",
        ] {
            let letters = w.chars().count();
            assert_eq!(
                longer_than_syllable(w.as_bytes()),
                letters > SYLLABLE_LETTERS,
                "{w}"
            );
        }
        assert_eq!(
            settled_word(LetterTable::get(), b"ban,", 0, Traditional),
            Ok(3)
        );
        assert_eq!(
            settled_word(LetterTable::get(), "ho\u{300}a".as_bytes(), 0, Keep),
            Err(Unsettled::Marks)
        );
        assert_eq!(
            settled_word(LetterTable::get(), "hòa".as_bytes(), 0, New),
            Err(Unsettled::Other)
        );
    }
}
