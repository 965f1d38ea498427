//! Character classes: odd whitespace, invisible characters and the
//! Vietnamese letters with their marks.

use std::sync::OnceLock;

/// What normalization does with a character outside words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Special {
    /// Any Unicode space (NBSP, en space, ideographic space, tab…) becomes `' '`.
    Space,
    /// Line and paragraph separators become `'\n'`.
    Newline,
    /// Zero-width and control characters are dropped.
    Remove,
}

/// Classifies a non-ASCII character, or an ASCII control character.
#[inline]
pub(crate) fn special(c: char) -> Option<Special> {
    match c {
        '\t' | '\u{0B}' | '\u{0C}' => Some(Special::Space),
        '\n' | '\r' => None, // handled by the caller (CRLF needs a look-ahead)
        '\u{00}'..='\u{1F}' | '\u{7F}' => Some(Special::Remove),
        c if c.is_ascii() => None,
        '\u{85}' | '\u{2028}' | '\u{2029}' => Some(Special::Newline),
        '\u{80}'..='\u{9F}' => Some(Special::Remove),
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Some(Special::Space)
        }
        // soft hyphen, zero-width space/non-joiner/joiner, word joiner, LRM/RLM,
        // invisible operators, BOM
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => {
            Some(Special::Remove)
        }
        _ => None,
    }
}

/// A letter of any script. Vietnamese letters are answered from our own
/// table, which is much faster than the general Unicode lookup.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && (packed_letter(c) != 0 || c.is_alphabetic()))
}

/// A lower-case letter, with the same fast path as [`is_letter`].
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    match packed_letter(c) {
        0 => c.is_lowercase(),
        p => p & 0x80 == 0,
    }
}

/// An upper-case letter, with the same fast path as [`is_letter`].
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match packed_letter(c) {
        0 => c.is_uppercase(),
        p => p & 0x80 != 0,
    }
}

/// A combining mark, Vietnamese or not (general category M).
#[inline]
pub(crate) fn is_combining(c: char) -> bool {
    // Fast reject for the common case; the precise test is unicode-normalization's.
    (c as u32) >= 0x300 && unicode_normalization::char::is_combining_mark(c)
}

/// Vowel letters, each with its six tone forms (none, huyền, sắc, hỏi, ngã, nặng).
const VOWELS: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];

/// Letter ids: 0..=11 index [`VOWELS`]; 12 is đ.
pub(crate) const A: u8 = 0;
pub(crate) const A_BREVE: u8 = 1;
pub(crate) const A_CIRC: u8 = 2;
pub(crate) const E: u8 = 3;
pub(crate) const E_CIRC: u8 = 4;
pub(crate) const I: u8 = 5;
pub(crate) const O: u8 = 6;
pub(crate) const O_CIRC: u8 = 7;
pub(crate) const O_HORN: u8 = 8;
pub(crate) const U: u8 = 9;
pub(crate) const U_HORN: u8 = 10;
pub(crate) const Y: u8 = 11;
pub(crate) const D_STROKE: u8 = 12;

/// The ASCII letter each id folds to.
pub(crate) const FOLD_ASCII: [u8; 13] = *b"aaaeeiooouuyd";

/// A Vietnamese letter taken apart: base (a vowel id, đ, or an ASCII
/// consonant as its lower-case byte), tone and case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Letter {
    /// 0..=12 for the ids above; otherwise a lower-case ASCII consonant byte.
    pub base: u8,
    /// 0 none, 1 grave (huyền), 2 acute (sắc), 3 hook (hỏi), 4 tilde (ngã), 5 dot (nặng).
    pub tone: u8,
    pub upper: bool,
}

impl Letter {
    #[inline]
    pub(crate) fn is_vowel(self) -> bool {
        self.base < D_STROKE
    }
    /// Vowels that carry a shape mark (ă â ê ô ơ ư).
    #[inline]
    pub(crate) fn is_shaped(self) -> bool {
        matches!(
            self.base,
            A_BREVE | A_CIRC | E_CIRC | O_CIRC | O_HORN | U_HORN
        )
    }
    /// The lower-case ASCII letter this folds to.
    #[inline]
    pub(crate) fn folded(self) -> u8 {
        if self.base <= D_STROKE {
            FOLD_ASCII[self.base as usize]
        } else {
            self.base
        }
    }
    /// Applies a combining shape mark; false when it does not fit this letter.
    pub(crate) fn add_shape(&mut self, mark: char) -> bool {
        let new = match (mark, self.base) {
            ('\u{306}', A) => A_BREVE,
            ('\u{302}', A) => A_CIRC,
            ('\u{302}', E) => E_CIRC,
            ('\u{302}', O) => O_CIRC,
            ('\u{31B}', O) => O_HORN,
            ('\u{31B}', U) => U_HORN,
            _ => return false,
        };
        self.base = new;
        true
    }
    /// The precomposed character.
    #[cfg(test)]
    pub(crate) fn compose(self) -> char {
        self.compose_from(tables())
    }

    /// The precomposed character, from the tables in hand.
    #[inline]
    fn compose_from(self, t: &Tables) -> char {
        if self.base > D_STROKE {
            let c = self.base as char;
            return if self.upper {
                c.to_ascii_uppercase()
            } else {
                c
            };
        }
        let i = self.base as usize * 6 + self.tone as usize;
        if self.upper {
            t.upper[i]
        } else {
            t.lower[i]
        }
    }
}

/// Appends the precomposed characters of `letters` to `out`.
pub(crate) fn compose_into(letters: &[Letter], out: &mut String) {
    let t = tables();
    for l in letters {
        out.push(l.compose_from(t));
    }
}

/// Tone number of a combining tone mark.
#[inline]
pub(crate) fn tone_mark(c: char) -> Option<u8> {
    match c {
        '\u{300}' | '\u{340}' => Some(1),
        '\u{301}' | '\u{341}' => Some(2),
        '\u{309}' => Some(3),
        '\u{303}' => Some(4),
        '\u{323}' => Some(5),
        _ => None,
    }
}

/// A combining shape mark (breve, circumflex, horn).
#[inline]
pub(crate) fn is_shape_mark(c: char) -> bool {
    matches!(c, '\u{306}' | '\u{302}' | '\u{31B}')
}

/// The base of each ASCII letter by its byte (a vowel id, or the lower-case
/// consonant itself): one lookup where a match would be a chain of tests.
const ASCII_BASE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let lower = (b as u8).to_ascii_lowercase();
        t[b] = match lower {
            b'a' => A,
            b'e' => E,
            b'i' => I,
            b'o' => O,
            b'u' => U,
            b'y' => Y,
            l => l,
        };
        b += 1;
    }
    t
};

/// Takes an ASCII letter apart (the caller checked that `b` is one).
#[inline]
pub(crate) fn ascii_letter(b: u8) -> Letter {
    Letter {
        base: ASCII_BASE[usize::from(b & 0x7F)],
        tone: 0,
        // Upper-case ASCII letters are the ones below 'a'.
        upper: b < b'a',
    }
}

/// Takes a letter apart; `None` for anything that is not a Latin letter of
/// Vietnamese (đ and the 134 vowel forms, either case, or an ASCII letter).
#[inline]
pub(crate) fn letter(c: char) -> Option<Letter> {
    if c.is_ascii() {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        return Some(ascii_letter(c as u8));
    }
    let packed = packed_letter(c);
    if packed == 0 {
        return None;
    }
    Some(Letter {
        base: (packed & 0x0F) as u8 - 1,
        tone: ((packed >> 4) & 0x07) as u8,
        upper: packed & 0x80 != 0,
    })
}

const LATIN_FIRST: u32 = 0xC0;
const LATIN_LAST: u32 = 0x1B0;
const EXT_FIRST: u32 = 0x1EA0;
const EXT_LAST: u32 = 0x1EF9;

#[inline]
fn packed_letter(c: char) -> u16 {
    let cp = c as u32;
    let t = tables();
    if (LATIN_FIRST..=LATIN_LAST).contains(&cp) {
        t.latin[(cp - LATIN_FIRST) as usize]
    } else if (EXT_FIRST..=EXT_LAST).contains(&cp) {
        t.ext[(cp - EXT_FIRST) as usize]
    } else {
        0
    }
}

struct Tables {
    /// Packed letters for U+00C0..=U+01B0: bits 0-3 id+1, 4-6 tone, 7 upper.
    latin: [u16; (LATIN_LAST - LATIN_FIRST + 1) as usize],
    /// The same for U+1EA0..=U+1EF9 (Latin Extended Additional).
    ext: [u16; (EXT_LAST - EXT_FIRST + 1) as usize],
    /// Composed characters by id * 6 + tone; 13 ids (đ has one form).
    lower: [char; 13 * 6],
    upper: [char; 13 * 6],
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            latin: [0; (LATIN_LAST - LATIN_FIRST + 1) as usize],
            ext: [0; (EXT_LAST - EXT_FIRST + 1) as usize],
            lower: ['\0'; 13 * 6],
            upper: ['\0'; 13 * 6],
        };
        let mut put = |c: char, id: u8, tone: u8, upper: bool| {
            let packed = (id as u16 + 1) | ((tone as u16) << 4) | if upper { 0x80 } else { 0 };
            let cp = c as u32;
            if (LATIN_FIRST..=LATIN_LAST).contains(&cp) {
                t.latin[(cp - LATIN_FIRST) as usize] = packed;
            } else if (EXT_FIRST..=EXT_LAST).contains(&cp) {
                t.ext[(cp - EXT_FIRST) as usize] = packed;
            }
            let i = id as usize * 6 + tone as usize;
            if upper {
                t.upper[i] = c;
            } else {
                t.lower[i] = c;
            }
        };
        for (id, forms) in VOWELS.iter().enumerate() {
            for (tone, lower) in forms.chars().enumerate() {
                // Every Vietnamese vowel form has a one-char upper case.
                let upper = lower.to_uppercase().next().unwrap_or(lower);
                put(lower, id as u8, tone as u8, false);
                put(upper, id as u8, tone as u8, true);
            }
        }
        put('đ', D_STROKE, 0, false);
        put('Đ', D_STROKE, 0, true);
        t
    })
}

/// The folded ASCII letter of every precomposed Vietnamese letter, indexed
/// by its UTF-8 bytes: no decoding on the hot path of [`fold`](super::fold()).
pub(crate) struct FoldTable {
    /// Lead bytes 0xC3..=0xC6 (U+00C0..U+01BF): `(lead - 0xC3) << 6 | continuation`.
    two: [u8; 256],
    /// 0xE1 0xBA/0xBB xx (U+1E80..U+1EFF): `(second - 0xBA) << 6 | third`.
    three: [u8; 128],
}

impl FoldTable {
    /// The folded letter and length of the Vietnamese letter at the start of
    /// `bytes`, if there is one.
    #[inline]
    pub(crate) fn get(&self, bytes: &[u8]) -> Option<(u8, usize)> {
        let folded = match *bytes {
            [b0 @ 0xC3..=0xC6, b1, ..] => (
                self.two[(((b0 - 0xC3) as usize) << 6) | (b1 & 0x3F) as usize],
                2,
            ),
            [0xE1, b1 @ 0xBA..=0xBB, b2, ..] => (
                self.three[(((b1 - 0xBA) as usize) << 6) | (b2 & 0x3F) as usize],
                3,
            ),
            _ => return None,
        };
        (folded.0 != 0).then_some(folded)
    }
}

pub(crate) fn fold_table() -> &'static FoldTable {
    static TABLE: OnceLock<FoldTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = FoldTable {
            two: [0; 256],
            three: [0; 128],
        };
        let mut utf8 = [0u8; 4];
        for cp in (0xC0..0x1C0).chain(0x1E80..0x1F00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let Some(l) = letter(c) else { continue };
            match *c.encode_utf8(&mut utf8).as_bytes() {
                [b0, b1] => {
                    t.two[(((b0 - 0xC3) as usize) << 6) | (b1 & 0x3F) as usize] = l.folded()
                }
                [_, b1, b2] => {
                    t.three[(((b1 - 0xBA) as usize) << 6) | (b2 & 0x3F) as usize] = l.folded()
                }
                _ => {}
            }
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vowel_form_round_trips() {
        for (id, forms) in VOWELS.iter().enumerate() {
            for (tone, c) in forms.chars().enumerate() {
                for c in [c, c.to_uppercase().next().unwrap()] {
                    let l = letter(c).unwrap_or_else(|| panic!("{c} not a letter"));
                    assert_eq!(l.base as usize, id, "{c}");
                    assert_eq!(l.tone as usize, tone, "{c}");
                    assert_eq!(l.compose(), c);
                }
            }
        }
    }

    #[test]
    fn d_stroke_and_consonants() {
        assert_eq!(letter('Đ').unwrap().folded(), b'd');
        assert!(letter('Đ').unwrap().upper);
        assert_eq!(letter('N').unwrap().compose(), 'N');
        assert_eq!(letter('ç'), None);
        assert_eq!(letter('1'), None);
    }

    #[test]
    fn shapes_apply_only_where_vietnamese_has_them() {
        let mut o = letter('o').unwrap();
        assert!(o.add_shape('\u{31B}'));
        assert_eq!(o.compose(), 'ơ');
        let mut i = letter('i').unwrap();
        assert!(!i.add_shape('\u{302}'));
    }

    #[test]
    fn fold_table_agrees_with_letters() {
        let t = fold_table();
        for cp in 0x80..0x2000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = letter(c).map(|l| (l.folded(), c.len_utf8()));
            assert_eq!(t.get(bytes), want, "{c:?}");
        }
    }

    #[test]
    fn specials() {
        assert_eq!(special('\u{A0}'), Some(Special::Space));
        assert_eq!(special('\u{200B}'), Some(Special::Remove));
        assert_eq!(special('\u{FEFF}'), Some(Special::Remove));
        assert_eq!(special('\u{2029}'), Some(Special::Newline));
        assert_eq!(special('a'), None);
        assert_eq!(special('ệ'), None);
    }
}
