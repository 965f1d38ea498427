//! The hand-written scanner behind [`Tokenizer`](super::Tokenizer).
//!
//! One left-to-right pass over the normalized text; each step looks at the
//! next character and takes the longest token that starts there.

use std::ops::Range;
use std::sync::OnceLock;

use super::numeric;
use super::TokenKind;
use crate::normalize::{char_at, is_combining, is_letter, is_upper, LetterTable};

/// Mixed-case or short abbreviations that end with a period (`ThS.`, `TP.`).
const DOTTED: [&str; 22] = [
    "TP", "Tp", "ThS", "Ths", "TS", "PGS", "GS", "BS", "KS", "CN", "NCS", "Th", "St", "Mr", "Mrs",
    "Dr", "Q", "P", "TT", "TX", "Tr", "tr",
];

/// Top-level domains that make `word.tld` a web address.
const TLDS: [&str; 12] = [
    "vn", "com", "net", "org", "gov", "edu", "info", "int", "io", "biz", "asia", "html",
];

/// Hands the tokens of `text` to `sink` as kinds and byte ranges, in text
/// order, as they are found (a large text needs no second list of them).
pub(crate) fn scan(text: &str, sink: impl FnMut(TokenKind, Range<usize>)) {
    scan_with::<true>(text, sink);
}

/// The scan loop. With `FAST`, words take [`Scanner::word_fast`] and ASCII
/// punctuation a shortcut; without, every token takes the general
/// [`Scanner::step`], which the tests use as the reference for the fast path.
// Inlined so that the one call of `sink` is inlined too.
#[inline(always)]
fn scan_with<const FAST: bool>(text: &str, mut sink: impl FnMut(TokenKind, Range<usize>)) {
    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        letters: LetterTable::get(),
        table: Letters::get(),
        last: (TokenKind::Symbol, 0..0),
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // `next`: where to look for the next token (after the space that
        // ends most words, which is then already known).
        let (kind, end, next) = if b == b' ' || b == b'\n' {
            i += 1;
            continue;
        } else if let Some((len, state)) = s.first_letter::<FAST>(b, i) {
            s.word_fast(i, i + len, state)
        } else if let Some((kind, end)) = s.step::<FAST>(i) {
            let end = s.marks_after(end);
            (kind, end, end)
        } else {
            // A space other than ' ' (the normalizer leaves none of them).
            i += char_at(bytes, i).1;
            continue;
        };
        s.last = (kind, i..end);
        sink(kind, i..end);
        i = next;
    }
}

/// [`Letters`] flag: the character is a letter ([`is_letter`]).
const LETTER: u8 = 1;
/// [`Letters`] flag: the character is a letter that is not upper case
/// ([`is_upper`]). The bit that sets ASCII lower-case letters apart.
const NOT_UPPER: u8 = 0x20;

/// [`Scanner::word_fast`] state: the word has more than ASCII letters so
/// far, so that it cannot be the first label of an address (ASCII letters
/// and digits, then one of `.@:-_%+`). The [`LETTER`] bit, which every
/// letter of the table sets, none of them ASCII.
const NOT_PLAIN: u8 = LETTER;
/// [`Scanner::word_fast`] state: the word has a digit (H5N1).
const DIGIT: u8 = 2;

/// [`LETTER`] and [`NOT_UPPER`] of the characters where the letters of
/// Vietnamese words are, read straight from their bytes: U+00C0..=U+01BF
/// (two bytes led by C3..=C6: `à`, `đ`, `ơ`, `ư`…) and U+1E80..=U+1EFF
/// (three bytes E1 BA or BB and one more: `ạ`, `ế`, `ự`…).
struct Letters {
    /// By code point - 0xC0.
    two: [u8; 0x100],
    /// By code point - 0x1E80.
    three: [u8; 0x80],
}

impl Letters {
    fn get() -> &'static Letters {
        static TABLE: OnceLock<Letters> = OnceLock::new();
        TABLE.get_or_init(|| {
            let flags = |cp: u32| match char::from_u32(cp) {
                Some(c) if is_letter(c) && is_upper(c) => LETTER,
                Some(c) if is_letter(c) => LETTER | NOT_UPPER,
                _ => 0,
            };
            let mut t = Letters {
                two: [0; 0x100],
                three: [0; 0x80],
            };
            for (k, slot) in (0..).zip(t.two.iter_mut()) {
                *slot = flags(0xC0 + k);
            }
            for (k, slot) in (0..).zip(t.three.iter_mut()) {
                *slot = flags(0x1E80 + k);
            }
            t
        })
    }

    /// The flags of the character at `j` of valid UTF-8 and its length,
    /// when the table has the character.
    #[inline(always)]
    fn at(&self, bytes: &[u8], j: usize) -> Option<(u8, usize)> {
        let b0 = *bytes.get(j)?;
        if b0.wrapping_sub(0xC3) < 4 {
            let b1 = *bytes.get(j + 1)?;
            let k = (usize::from(b0 - 0xC3) << 6) | usize::from(b1 & 0x3F);
            Some((self.two[k], 2))
        } else if b0 == 0xE1 {
            let &[b1, b2] = bytes.get(j + 1..j + 3)? else {
                return None;
            };
            if b1 & 0xFE != 0xBA {
                return None;
            }
            let k = (usize::from(b1 & 1) << 6) | usize::from(b2 & 0x3F);
            Some((self.three[k], 3))
        } else {
            None
        }
    }

    /// The flags and length of the letter at `j`, when the table has it.
    #[inline(always)]
    fn letter_at(&self, bytes: &[u8], j: usize) -> Option<(u8, usize)> {
        self.at(bytes, j).filter(|&(flags, _)| flags != 0)
    }
}

struct Scanner<'t> {
    text: &'t str,
    bytes: &'t [u8],
    letters: LetterTable,
    table: &'static Letters,
    /// The last token found (an empty symbol before the first).
    last: (TokenKind, Range<usize>),
}

impl Scanner<'_> {
    /// The longest token at `i` (not a space or a line break) as its kind
    /// and end, or `None` when `i` starts some other white space.
    #[inline(always)]
    fn step<const FAST: bool>(&self, i: usize) -> Option<(TokenKind, usize)> {
        let b = self.bytes[i];
        if FAST && b < 0x80 && !b.is_ascii_alphanumeric() {
            // ASCII white space is '\t'..='\r' and ' '.
            return (!(b'\t'..=b'\r').contains(&b)).then(|| self.punct(i, char::from(b)));
        }
        // (Addresses start with an ASCII letter or digit.)
        let url = || b.is_ascii_alphanumeric().then(|| self.url(i)).flatten();
        Some(if b.is_ascii_digit() {
            self.number(i)
        } else if let Some(token) = url() {
            token
        } else if self.letters.letter_at(self.bytes, i).is_some() {
            self.word::<FAST>(i)
        } else {
            let c = self.char_at(i);
            // Quotes and dashes, no letters: no need for the Unicode tables.
            if FAST && is_punctuation(c) {
                return Some(self.punct(i, c));
            }
            if is_letter(c) {
                self.word::<FAST>(i)
            } else if c.is_whitespace() {
                return None;
            } else {
                self.punct(i, c)
            }
        })
    }

    fn char_at(&self, i: usize) -> char {
        char_at(self.bytes, i).0
    }

    /// Where a token that ends at `end` ends once stretched over any
    /// combining marks that follow it (they belong to its last character).
    #[inline(always)]
    fn marks_after(&self, mut end: usize) -> usize {
        // Combining marks start at U+0300, whose first byte is 0xCC.
        while self.bytes.get(end).is_some_and(|&b| b >= 0xCC) {
            let (c, len) = char_at(self.bytes, end);
            if !is_combining(c) {
                break;
            }
            end += len;
        }
        end
    }

    /// The previous token's text, lower case, when it is a word.
    fn previous_word(&self) -> Option<&str> {
        match &self.last {
            (TokenKind::Word, r) => Some(&self.text[r.clone()]),
            _ => None,
        }
    }

    fn number(&self, start: usize) -> (TokenKind, usize) {
        let after_ngay = self
            .previous_word()
            .is_some_and(|w| w.eq_ignore_ascii_case("ngày"));
        let (kind, end) = numeric::classify(self.text, start, after_ngay);
        let mut end = end;
        if kind == TokenKind::Number {
            // The percent sign belongs to the number, also after one space.
            if self.bytes.get(end) == Some(&b'%') {
                end += 1;
            } else if self.bytes.get(end) == Some(&b' ') && self.bytes.get(end + 1) == Some(&b'%') {
                end += 2;
            }
        }
        (kind, end)
    }

    /// The length and word state (see [`Scanner::word_fast`]) of the letter
    /// `b` starts at `i`, when it is one that [`Scanner::word_fast`] takes.
    #[inline(always)]
    fn first_letter<const FAST: bool>(&self, b: u8, i: usize) -> Option<(usize, u8)> {
        if !FAST {
            None
        } else if b.is_ascii_alphabetic() {
            // ASCII lower-case letters have the NOT_UPPER bit.
            Some((1, b & NOT_UPPER))
        } else {
            self.table
                .letter_at(self.bytes, i)
                .map(|(flags, len)| (len, flags))
        }
    }

    /// The token at `start`, the first letter of a word or of an address,
    /// which ends at `end`, stretched over any combining marks after it,
    /// and where the next token may start: the loop of
    /// [`Scanner::word_char_by_char`] with the common characters answered
    /// from their bytes (ASCII letters by their code, Vietnamese letters
    /// from [`Letters`]) and the others asked the general questions.
    // Inlined into the scan loop: most tokens are words.
    #[inline(always)]
    ///
    /// `state` holds bits about the word so far: [`NOT_PLAIN`], [`DIGIT`],
    /// and [`NOT_UPPER`] for the first letter and the letters of more than
    /// one byte (a cheap first answer to "all capitals?").
    fn word_fast(&self, start: usize, mut end: usize, mut state: u8) -> (TokenKind, usize, usize) {
        let bytes = self.bytes;
        // The loop ends with the byte the word stops at (0 at the end).
        let stop = loop {
            let Some(&b) = bytes.get(end) else { break 0 };
            if b.is_ascii_alphabetic() {
                end += 1;
                continue;
            }
            if b < 0x80 {
                if b == b' ' {
                    // The common end: a word with a lower-case letter
                    // before a space is a word and takes nothing more.
                    if state & NOT_UPPER != 0 {
                        return (TokenKind::Word, end, end + 1);
                    }
                    break b;
                }
                if b.is_ascii_digit() && end > start {
                    if state & NOT_PLAIN == 0 {
                        if let Some((kind, e)) = self.url(start) {
                            let e = self.marks_after(e);
                            return (kind, e, e);
                        }
                    }
                    state |= NOT_PLAIN | DIGIT;
                    end += 1;
                    continue;
                }
                if b != b'\'' {
                    let address = matches!(b, b'.' | b'@' | b':' | b'-' | b'_' | b'%' | b'+');
                    if address && state & NOT_PLAIN == 0 {
                        if let Some((kind, e)) = self.url(start) {
                            let e = self.marks_after(e);
                            return (kind, e, e);
                        }
                    }
                    // A punctuation mark ends the word.
                    break b;
                }
            } else if let Some((flags, len)) = self.table.at(bytes, end) {
                // Vietnamese letters, the common case, from a table that
                // also knows that the other characters there end the word.
                if flags == 0 {
                    break b;
                }
                // (LETTER is NOT_PLAIN.)
                state |= flags;
                end += len;
                continue;
            }
            // An apostrophe, or a character the table does not have.
            let (c, len) = char_at(bytes, end);
            if is_letter(c) {
                if !is_upper(c) {
                    state |= NOT_UPPER;
                }
                end += len;
            } else if matches!(c, '\'' | '’')
                && end + len < bytes.len()
                && is_letter(char_at(bytes, end + len).0)
            {
                // K’Ho, M'Nông: one name across the apostrophe.
                end += len;
            } else {
                break b;
            }
            state |= NOT_PLAIN;
        };
        // All capitals: no lower-case letter among the first and those of
        // more than one byte, none in the second byte (Thanh), none among
        // the other ASCII letters (few words get that far: UBND, TP, A).
        // (`move`: a copy of `end`, which the word loop then keeps in a
        // register, not in memory for the closure to read.)
        let all_upper = move || {
            state & NOT_UPPER == 0
                && !(start + 1 < end && bytes.get(start + 1).is_some_and(u8::is_ascii_lowercase))
                && self.all_upper(start, end)
        };
        let (kind, end) = self.word_end(start, end, stop, all_upper, state & DIGIT != 0);
        // Only a period or a combining mark (from 0xCC on) can be followed
        // by marks: the word stops anywhere else at a byte that is none.
        let end = if stop == b'.' || stop >= 0xCC {
            self.marks_after(end)
        } else {
            end
        };
        (kind, end, end)
    }

    /// True when every letter of the word `start..end` is upper case.
    fn all_upper(&self, start: usize, end: usize) -> bool {
        let bytes = self.bytes;
        let mut k = start;
        while k < end {
            let Some(&b) = bytes.get(k) else { break };
            let (lower, len) = if b < 0x80 {
                (b.is_ascii_lowercase(), 1)
            } else if let Some((flags, len)) = self.table.at(bytes, k) {
                (flags & NOT_UPPER != 0, len)
            } else {
                let (c, len) = char_at(bytes, k);
                (is_letter(c) && !is_upper(c), len)
            };
            if lower {
                return false;
            }
            k += len;
        }
        true
    }

    /// The word at the letter `start`.
    fn word<const FAST: bool>(&self, start: usize) -> (TokenKind, usize) {
        if FAST {
            let (kind, end, _) = self.word_fast(start, start, NOT_PLAIN);
            (kind, end)
        } else {
            self.word_char_by_char(start)
        }
    }

    /// [`Scanner::word_fast`] without its shortcuts: one character at a
    /// time, each asked the general questions. The reference in tests.
    fn word_char_by_char(&self, start: usize) -> (TokenKind, usize) {
        let mut end = start;
        let mut upper = 0usize;
        let mut letters = 0usize;
        let mut has_digit = false;
        while end < self.bytes.len() {
            let (c, len) = char_at(self.bytes, end);
            if is_letter(c) {
                letters += 1;
                upper += usize::from(is_upper(c));
                end += len;
            } else if c.is_ascii_digit() && letters > 0 {
                has_digit = true;
                end += 1;
            } else if matches!(c, '\'' | '’')
                && end + len < self.bytes.len()
                && is_letter(char_at(self.bytes, end + len).0)
            {
                end += len;
            } else {
                break;
            }
        }
        let stop = self.bytes.get(end).copied().unwrap_or(0);
        self.word_end(start, end, stop, || upper == letters, has_digit)
    }

    /// The kind and end of the word `start..end`, which may take the
    /// period after it.
    #[inline(always)]
    fn word_end(
        &self,
        start: usize,
        end: usize,
        stop: u8,
        all_upper: impl Fn() -> bool,
        has_digit: bool,
    ) -> (TokenKind, usize) {
        // Dotted abbreviations: TP.HCM, v.v., ThS., initials such as T.
        if stop == b'.' {
            if let Some(e) = self.dotted(start, end, all_upper()) {
                return (TokenKind::Abbreviation, e);
            }
        }
        let kind = if all_upper()
            && self.letters_in(start, end) >= 2
            && (has_digit || !is_syllable(&self.text[start..end]))
        {
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        };
        (kind, end)
    }

    /// How many letters the word `start..end` has, up to 2 (asked only of
    /// words in capitals, which are few and short).
    fn letters_in(&self, start: usize, end: usize) -> usize {
        let word = self.text.get(start..end).unwrap_or("");
        word.chars().filter(|&c| is_letter(c)).take(2).count()
    }

    /// End of a dotted abbreviation starting with the word `start..end`
    /// (which is followed by a period), if it is one.
    fn dotted(&self, start: usize, end: usize, all_upper: bool) -> Option<usize> {
        let word = &self.text[start..end];
        let after = &self.text[end + 1..];
        // v.v. (vân vân, "etc.")
        if word == "v" && after.starts_with("v.") {
            return Some(end + 3);
        }
        // A single capital is an initial (T.D.HỒNG): it takes its period alone.
        if all_upper && self.letters_in(start, end) == 1 {
            return Some(end + 1);
        }
        // Caps.Caps with no space: TP.HCM
        if all_upper {
            let caps_len = after
                .char_indices()
                .find(|&(_, c)| !(is_upper(c) && is_letter(c)))
                .map_or(after.len(), |(i, _)| i);
            if caps_len > 0 {
                let next = after[caps_len..].chars().next();
                if !next.is_some_and(is_letter) {
                    return Some(end + 1 + caps_len);
                }
            }
        }
        // A known abbreviation takes its period.
        if DOTTED.contains(&word) {
            return Some(end + 1);
        }
        None
    }

    /// A URL or e-mail address starting at `start`, if there is one.
    fn url(&self, start: usize) -> Option<(TokenKind, usize)> {
        let b = self.bytes[start];
        if !b.is_ascii_alphanumeric() {
            return None;
        }
        // Every address has one of these right after its first label.
        let label_end = start
            + self.bytes[start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        if !matches!(
            self.bytes.get(label_end),
            Some(b'.' | b'@' | b':' | b'-' | b'_' | b'%' | b'+')
        ) {
            return None;
        }
        let run_end = self.bytes[start..]
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || b"._%+-@/:~?=&#".contains(&c)))
            .map_or(self.bytes.len(), |p| start + p);
        // The run ends before a non-ASCII letter: then it is part of a word.
        if self.text[run_end..].chars().next().is_some_and(is_letter) {
            return None;
        }
        let mut end = run_end;
        while end > start && b".,:;-/?".contains(&self.bytes[end - 1]) {
            end -= 1;
        }
        let run = &self.text[start..end];
        // Most words have no dot, @ or colon: not an address, and no more work.
        if !run.bytes().any(|c| matches!(c, b'.' | b'@' | b':')) {
            return None;
        }
        let lower = run.to_ascii_lowercase();
        let kind = if lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("www.")
        {
            TokenKind::Url
        } else if let Some((user, domain)) = run.split_once('@') {
            if user.is_empty() || !domain.contains('.') {
                return None;
            }
            TokenKind::Email
        } else {
            let host = lower.split('/').next().unwrap_or("");
            let mut labels = host.split('.');
            let tld = labels.next_back()?;
            let has_label = host.contains('.') && host.split('.').all(|l| !l.is_empty());
            if !(has_label && TLDS.contains(&tld) && host.bytes().any(|c| c.is_ascii_lowercase())) {
                return None;
            }
            TokenKind::Url
        };
        Some((kind, end))
    }

    fn punct(&self, start: usize, c: char) -> (TokenKind, usize) {
        let len = c.len_utf8();
        let end = if c == '.' {
            // "..." is one token
            start
                + self.bytes[start..]
                    .iter()
                    .take_while(|&&b| b == b'.')
                    .count()
        } else {
            start + len
        };
        let kind = if is_punctuation(c) {
            TokenKind::Punctuation
        } else {
            TokenKind::Symbol
        };
        (kind, end)
    }
}

fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '\''
            | '-'
            | '/'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '–'
            | '—'
            | '…'
            | '‐'
            | '‑'
            | '„'
            | '·'
    )
}

/// True when an all-caps word reads as a Vietnamese syllable (`DUY`,
/// `NGUYỄN`), false for initials such as `TCCSĐ` or `UBND`.
fn is_syllable(word: &str) -> bool {
    crate::normalize::looks_like_syllable(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans<const FAST: bool>(text: &str) -> Vec<(TokenKind, Range<usize>)> {
        let mut out = Vec::new();
        scan_with::<FAST>(text, |k, r| out.push((k, r)));
        out
    }

    /// The fast paths (ASCII words, the word loop's shortcuts) find what
    /// the general path finds, one character at a time.
    fn assert_fast_is_general(text: &str) {
        let (fast, general) = (spans::<true>(text), spans::<false>(text));
        if fast != general {
            let at = fast.iter().zip(&general).position(|(a, b)| a != b);
            let at = at.unwrap_or(fast.len().min(general.len()));
            panic!(
                "token {at} of {text:?}: fast {:?}, general {:?}",
                fast.get(at),
                general.get(at)
            );
        }
    }

    /// Texts that take every branch of the word scanners: diacritics
    /// precomposed and not, marks alone, apostrophes, digits in words,
    /// addresses, abbreviations, other scripts, controls.
    const TRICKY: [&str; 26] = [
        "",
        "a",
        "Z.",
        "ab1 H5N1 x2.vn abc2def A1.B2 covid19.",
        "ba\u{301}n ho\u{300}a Ho\u{300}A \u{301}a a\u{301}\u{302} e\u{323}\u{302}",
        "K'Ho K’Ho M'Nông a' 'a a'1 a’ ’ x'\u{301} Đ'Đ",
        "www.a.vn baolangson.vn a@b.vn a@b a-b a_b a%b a+b a:b http://x.y/z?q=1.",
        "TP.HCM ThS. v.v. T.D.HỒNG UBND.x TCCSĐ. AB.Cd Mr. tr. Q.1 P.",
        "ĐẢNG ĐẢNG. Đảng ĐẢng DUY NGUYỄN HUYEN UY DAK",
        "Ωμέγα ΑΒΓ. Привет МИР. 漢字 かな ﬁx ǅemal İstanbul",
        "a\u{200B}b a\u{FEFF}b a\u{AD}b a\tb a\rb a\u{0}b a\u{7F}b",
        "a\u{A0}b a\u{2028}b a\u{3000}b a\u{85}b",
        "ab\u{0345} ab\u{0903} x\u{20DD} a\u{1AB0}",
        "ngày 6/7 Ngày 6/7 NGÀY 6/7 ngày. 6/7",
        "65,8% 1.488 2020 - 2025 45-QĐ/TW 11/NQ-HĐND 08:47 1,5 %",
        "ơ ư Ơ Ư ờ ỡ ỹ Ỹ ȧ ḃ ẞ ß ŉ",
        "\u{1E9E}\u{1E9F}\u{1EFF}\u{1EFA} ẻ\u{1E00}",
        "a.b.c.d a..b a... .a",
        "😀a a😀 a\u{1F3FB}",
        "aé",
        "\u{301}",
        "ABCdef abcDEF ABC1 abc1 ABC'DEF",
        // Capitals decided from the first letters, the table or the rest.
        "Ủy ỦY ĐẢng ĐẢNG. ẢNH Ảnh AĐ Ađ ÀÀ. Đ. Ư. ƯƠ. Aǅ ǅA AḌ Aḍ ḌA ẞ. Ab1. AB1. aB Ab",
        // Letters near the table's edges: U+00BF..U+00C0, U+01BF..U+01C0,
        // U+1E7F..U+1E80, U+1EFF, and × ÷ inside it.
        "a¿b aÀb aƿb aǀb aṿb aẀb aỿb a×b a÷b Ā ǅ ṿ Ẁ ỿ ÷ ×",
        // Words that end at a space, a period, a mark or the end.
        "Đảng. ĐẢNG ĐẢNG\u{301} ĐẢNG\u{301}. ảnh\u{301} Ả",
        // Found by proptest in a build whose capitals before a space were wrong.
        "\u{309}AQ ",
    ];

    #[test]
    fn fast_paths_match_the_general_path_on_tricky_text() {
        for text in TRICKY {
            assert_fast_is_general(text);
            assert_fast_is_general(&text.to_uppercase());
            assert_fast_is_general(&text.to_lowercase());
            for cut in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                assert_fast_is_general(&text[cut..]);
                assert_fast_is_general(&text[..cut]);
            }
        }
    }

    #[test]
    fn fast_paths_match_the_general_path_on_the_corpus() {
        use unicode_normalization::UnicodeNormalization;
        for raw in crate::seed_articles() {
            let normalized = crate::normalize::normalize(&raw);
            let text = normalized.text();
            let nfd: String = text.nfd().collect();
            let folded = crate::normalize::fold(text);
            for variant in [
                &raw,
                text,
                &nfd,
                &text.to_uppercase(),
                &text.to_lowercase(),
                folded.text(),
            ] {
                assert_fast_is_general(variant);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_paths_match_the_general_path(
            s in "([a-zA-Z]{1,6}|[àáảãạăằắẳẵặâầấẩẫậđĐèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẠĂẮÂẦƠỚƯỪ]|[\u{0300}-\u{0303}\u{0309}\u{0323}]|[0-9]{1,4}|[- .,:;/%@'’_+]|\\PC)*"
        ) {
            assert_fast_is_general(&s);
        }
    }

    /// The letter table answers what the general questions answer, for
    /// every character it has, and has no other.
    #[test]
    fn letter_table_agrees_with_the_general_questions() {
        let table = Letters::get();
        let mut had = 0;
        for c in ('\u{80}'..='\u{FFFF}').chain(['\u{1F600}']) {
            let mut buf = [0; 4];
            let text = c.encode_utf8(&mut buf);
            let bytes = text.as_bytes();
            let want = match (is_letter(c), is_upper(c)) {
                (true, true) => LETTER,
                (true, false) => LETTER | NOT_UPPER,
                (false, _) => 0,
            };
            let covered =
                ('\u{C0}'..='\u{1BF}').contains(&c) || ('\u{1E80}'..='\u{1EFF}').contains(&c);
            match table.at(bytes, 0) {
                Some((flags, len)) => {
                    assert!(covered, "{c:?} is not in the table");
                    assert_eq!((flags, len), (want, text.len()), "{c:?}");
                    had += 1;
                }
                None => assert!(!covered, "{c:?} is missing"),
            }
            // Cut short (no longer UTF-8): no answer, no panic.
            for cut in 1..bytes.len() {
                assert_eq!(table.at(&bytes[..cut], 0), None, "{c:?} cut at {cut}");
            }
        }
        assert_eq!(had, 0x100 + 0x80);
    }

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        let mut out = Vec::new();
        scan(text, |k, r| out.push((k, &text[r])));
        out
    }

    #[test]
    fn abbreviations() {
        use TokenKind::*;
        assert_eq!(
            kinds("TCCSĐ UBND DUY NGUYỄN TP.HCM ThS. Lê v.v. T.D.HỒNG"),
            vec![
                (Abbreviation, "TCCSĐ"),
                (Abbreviation, "UBND"),
                (Word, "DUY"),
                (Word, "NGUYỄN"),
                (Abbreviation, "TP.HCM"),
                (Abbreviation, "ThS."),
                (Word, "Lê"),
                (Abbreviation, "v.v."),
                (Abbreviation, "T."),
                (Abbreviation, "D."),
                (Word, "HỒNG"),
            ]
        );
    }

    #[test]
    fn urls_and_emails() {
        use TokenKind::*;
        assert_eq!(
            kinds("Nguồn:baolangson.vn, xem https://a.vn/x?y=1. Thư: ab@c.vn"),
            vec![
                (Word, "Nguồn"),
                (Punctuation, ":"),
                (Url, "baolangson.vn"),
                (Punctuation, ","),
                (Word, "xem"),
                (Url, "https://a.vn/x?y=1"),
                (Punctuation, "."),
                (Word, "Thư"),
                (Punctuation, ":"),
                (Email, "ab@c.vn"),
            ]
        );
    }

    #[test]
    fn names_with_apostrophes_and_ellipses() {
        use TokenKind::*;
        assert_eq!(
            kinds("M’Nông… bản..."),
            vec![
                (Word, "M’Nông"),
                (Punctuation, "…"),
                (Word, "bản"),
                (Punctuation, "...")
            ]
        );
    }
}
