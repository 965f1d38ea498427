//! The hand-written scanner behind [`Tokenizer`](super::Tokenizer).
//!
//! One left-to-right pass over the normalized text; each step looks at the
//! next character and takes the longest token that starts there.

use std::ops::Range;

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
    let mut s = Scanner {
        text,
        bytes: text.as_bytes(),
        letters: LetterTable::get(),
        last: (TokenKind::Symbol, 0..0),
        sink,
    };
    let mut i = 0;
    while i < s.bytes.len() {
        i = s.step(i);
    }
}

struct Scanner<'t, F> {
    text: &'t str,
    bytes: &'t [u8],
    letters: LetterTable,
    /// The last token found (an empty symbol before the first).
    last: (TokenKind, Range<usize>),
    sink: F,
}

impl<F: FnMut(TokenKind, Range<usize>)> Scanner<'_, F> {
    /// Takes the longest token (or the space) at `i` and returns where it ends.
    #[inline(always)]
    fn step(&mut self, i: usize) -> usize {
        let b = self.bytes[i];
        if b == b' ' || b == b'\n' {
            i + 1
        } else if b.is_ascii_digit() {
            self.number(i)
        } else if let Some(end) = self.url(i) {
            end
        } else if self.letters.letter_at(self.bytes, i).is_some() {
            self.word(i)
        } else {
            let c = self.char_at(i);
            if is_letter(c) {
                self.word(i)
            } else if c.is_whitespace() {
                i + c.len_utf8()
            } else {
                self.punct(i, c)
            }
        }
    }

    fn char_at(&self, i: usize) -> char {
        char_at(self.bytes, i).0
    }

    /// Records a token, stretched over any combining marks that follow it
    /// (they belong to its last character), and returns where it ends.
    #[inline(always)]
    fn push(&mut self, kind: TokenKind, r: Range<usize>) -> usize {
        let mut end = r.end;
        // Combining marks start at U+0300, whose first byte is 0xCC.
        while self.bytes.get(end).is_some_and(|&b| b >= 0xCC) {
            let (c, len) = char_at(self.bytes, end);
            if !is_combining(c) {
                break;
            }
            end += len;
        }
        self.last = (kind, r.start..end);
        (self.sink)(kind, r.start..end);
        end
    }

    /// The previous token's text, lower case, when it is a word.
    fn previous_word(&self) -> Option<&str> {
        match &self.last {
            (TokenKind::Word, r) => Some(&self.text[r.clone()]),
            _ => None,
        }
    }

    fn number(&mut self, start: usize) -> usize {
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
        self.push(kind, start..end)
    }

    // Inlined into the scan loop: most tokens are words.
    #[inline(always)]
    fn word(&mut self, start: usize) -> usize {
        let mut end = start;
        let mut upper = 0usize;
        let mut letters = 0usize;
        let mut has_digit = false;
        while end < self.bytes.len() {
            // Vietnamese letters, the common case, from a table.
            if let Some((len, up)) = self.letters.letter_at(self.bytes, end) {
                letters += 1;
                upper += usize::from(up);
                end += len;
                continue;
            }
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
                // K’Ho, M'Nông: one name across the apostrophe.
                end += len;
            } else {
                break;
            }
        }
        let word = &self.text[start..end];
        let next = self.bytes.get(end).copied();
        // Dotted abbreviations: TP.HCM, v.v., ThS., initials such as T.
        if next == Some(b'.') {
            if let Some(e) = self.dotted(start, end, letters, upper) {
                return self.push(TokenKind::Abbreviation, start..e);
            }
        }
        let kind = if upper == letters && letters >= 2 && (has_digit || !is_syllable(word)) {
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        };
        self.push(kind, start..end)
    }

    /// End of a dotted abbreviation starting with the word `start..end`
    /// (which is followed by a period), if it is one.
    fn dotted(&self, start: usize, end: usize, letters: usize, upper: usize) -> Option<usize> {
        let word = &self.text[start..end];
        let after = &self.text[end + 1..];
        // v.v. (vân vân, "etc.")
        if word == "v" && after.starts_with("v.") {
            return Some(end + 3);
        }
        // A single capital is an initial (T.D.HỒNG): it takes its period alone.
        if letters == 1 && upper == 1 {
            return Some(end + 1);
        }
        // Caps.Caps with no space: TP.HCM
        let caps_len = after
            .char_indices()
            .find(|&(_, c)| !(is_upper(c) && is_letter(c)))
            .map_or(after.len(), |(i, _)| i);
        if upper == letters && caps_len > 0 {
            let next = after[caps_len..].chars().next();
            if !next.is_some_and(is_letter) {
                return Some(end + 1 + caps_len);
            }
        }
        // A known abbreviation takes its period.
        if DOTTED.contains(&word) {
            return Some(end + 1);
        }
        None
    }

    /// A URL or e-mail address starting at `start`, if there is one.
    fn url(&mut self, start: usize) -> Option<usize> {
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
        Some(self.push(kind, start..end))
    }

    fn punct(&mut self, start: usize, c: char) -> usize {
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
        self.push(kind, start..end)
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
