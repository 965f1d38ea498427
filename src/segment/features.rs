//! Syllable features: stable hashes, shapes, dictionary matches, and the
//! feature hashes of one position.
//!
//! Everything here is allocation-free per token: a sentence is prepared
//! once ([`Prepared`]), then each position reads its window from it.

use crate::tokenize::{Token, TokenKind};

use super::model::Table;

/// Multiplier of the FxHash family.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// Folds one value into a running hash.
#[inline]
pub(crate) fn add(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Spreads the bits of a hash (the MurmurHash3 finalizer).
#[inline]
pub(crate) fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// The hash of a string, lower-cased on the fly (no allocation).
#[inline]
pub(crate) fn hash_lower(s: &str) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for c in s.chars() {
        if c.is_ascii() {
            h = add(h, u64::from(c.to_ascii_lowercase() as u32));
        } else {
            for l in c.to_lowercase() {
                h = add(h, u64::from(l as u32));
            }
        }
    }
    finish(h)
}

/// The seed of a dictionary key; [`dict_step`] adds one syllable.
pub(crate) const DICT_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// Extends a dictionary key by one syllable hash.
#[inline]
pub(crate) fn dict_step(h: u64, syllable: u64) -> u64 {
    finish(add(h, syllable))
}

/// Dictionary entry flag: the key is a whole word.
pub(crate) const IS_WORD: u8 = 1;
/// Dictionary entry flag: the key is the beginning of a longer word.
pub(crate) const IS_PREFIX: u8 = 2;
/// Longest dictionary word, in syllables.
pub(crate) const MAX_WORD: usize = 8;

/// Shape classes of a token.
fn shape(t: &Token<'_>) -> u8 {
    match t.kind {
        TokenKind::Word => {
            let mut chars = t.norm.chars();
            match chars.next() {
                Some(c) if c.is_uppercase() => {
                    let mut rest = chars.filter(|c| c.is_alphabetic()).peekable();
                    if rest.peek().is_some() && rest.all(|c| c.is_uppercase()) {
                        2
                    } else {
                        1
                    }
                }
                _ => 0,
            }
        }
        TokenKind::Number => 3,
        TokenKind::Date | TokenKind::YearRange | TokenKind::Clock => 4,
        TokenKind::DocumentNumber => 5,
        TokenKind::Url | TokenKind::Email => 6,
        TokenKind::Abbreviation => 7,
        TokenKind::Punctuation => 8,
        TokenKind::Symbol => 9,
    }
}

/// The hash standing for a token in features: its lower-case text for words,
/// punctuation and abbreviations, its kind for numbers and the like.
pub(crate) fn token_hash(t: &Token<'_>) -> u64 {
    match t.kind {
        TokenKind::Word | TokenKind::Abbreviation | TokenKind::Punctuation | TokenKind::Symbol => {
            hash_lower(t.norm)
        }
        k => finish(add(0x7777, k as u64)),
    }
}

/// The sound parts of a syllable: hashes of its onset (leading
/// consonants) and of its rhyme (the rest, without tone), and its tone
/// (0 level, 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below).
fn phonology(t: &Token<'_>) -> (u64, u64, u8) {
    if t.kind != TokenKind::Word {
        return (0, 0, 6);
    }
    let mut onset = 0x51u64;
    let mut rhyme = 0x52u64;
    let mut tone = 0u8;
    let mut in_rhyme = false;
    for c in t.norm.chars() {
        let mut base = '\0';
        if c.is_ascii() {
            base = c.to_ascii_lowercase();
        } else if matches!(c, 'đ' | 'Đ') {
            base = 'd';
        } else {
            unicode_normalization::char::decompose_canonical(c, |d| match d {
                '\u{300}' => tone = 1,
                '\u{309}' => tone = 2,
                '\u{303}' => tone = 3,
                '\u{301}' => tone = 4,
                '\u{323}' => tone = 5,
                d if base == '\0' => base = d.to_ascii_lowercase(),
                _ => {}
            });
        }
        if !in_rhyme && matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
            in_rhyme = true;
        }
        if in_rhyme {
            rhyme = add(rhyme, u64::from(base as u32));
        } else {
            onset = add(onset, u64::from(base as u32));
        }
    }
    (finish(onset), finish(rhyme), tone)
}

/// Hash of the padding before the first token and after the last.
const PAD_BEFORE: u64 = 0x1111_2222_3333_4444;
const PAD_AFTER: u64 = 0x5555_6666_7777_8888;
const PAD_SHAPE: u8 = 10;

/// Number of static features per position.
pub(crate) const N_STATIC: usize = 29;

/// One sentence (or text) ready for feature extraction.
#[derive(Default)]
pub(crate) struct Prepared {
    /// Token hashes, with two pads on each side (index `i + 2` is token `i`).
    pub h: Vec<u64>,
    /// Token shapes, padded the same way.
    pub shape: Vec<u8>,
    /// Onset hashes, padded.
    pub onset: Vec<u64>,
    /// Rhyme hashes, padded.
    pub rhyme: Vec<u64>,
    /// Tones, padded.
    pub tone: Vec<u8>,
    /// Whether token `i` may join the token before it (both are words).
    pub joinable: Vec<bool>,
    /// Longest dictionary word covering tokens `i - 1` and `i`.
    pub cover: Vec<u8>,
    /// Longest dictionary word starting at token `i`.
    pub start_len: Vec<u8>,
    /// Longest dictionary word ending at token `i`.
    pub end_len: Vec<u8>,
    /// Whether tokens `i - 1 ..= i` are exactly a dictionary word.
    pub pair: Vec<bool>,
    /// Forward and backward maximal matching put a boundary before `i`.
    pub fmm: Vec<bool>,
    /// See `fmm`.
    pub bmm: Vec<bool>,
}

impl Prepared {
    /// Fills the arrays for `tokens`, reusing the allocations.
    pub fn fill(&mut self, tokens: &[Token<'_>], dict: &Table<u8>) {
        let n = tokens.len();
        self.h.clear();
        self.shape.clear();
        self.joinable.clear();
        self.onset.clear();
        self.rhyme.clear();
        self.tone.clear();
        self.h.extend([PAD_BEFORE, PAD_BEFORE]);
        self.shape.extend([PAD_SHAPE, PAD_SHAPE]);
        self.onset.extend([0, 0]);
        self.rhyme.extend([0, 0]);
        self.tone.extend([7, 7]);
        let mut prev_word = false;
        for t in tokens {
            self.h.push(token_hash(t));
            self.shape.push(shape(t));
            let (onset, rhyme, tone) = phonology(t);
            self.onset.push(onset);
            self.rhyme.push(rhyme);
            self.tone.push(tone);
            let word = t.kind == TokenKind::Word;
            self.joinable.push(word && prev_word);
            prev_word = word;
        }
        self.h.extend([PAD_AFTER, PAD_AFTER]);
        self.shape.extend([PAD_SHAPE, PAD_SHAPE]);
        self.onset.extend([0, 0]);
        self.rhyme.extend([0, 0]);
        self.tone.extend([7, 7]);
        for v in [&mut self.cover, &mut self.start_len, &mut self.end_len] {
            v.clear();
            v.resize(n + 1, 0);
        }
        for v in [&mut self.pair, &mut self.fmm, &mut self.bmm] {
            v.clear();
            v.resize(n + 1, false);
        }
        // Dictionary matches, stopping as soon as no entry continues.
        for j in 0..n {
            if tokens[j].kind != TokenKind::Word {
                continue;
            }
            let mut key = dict_step(DICT_SEED, self.h[j + 2]);
            let mut len = 1;
            loop {
                let Some(flags) = dict.get(key) else { break };
                if flags & IS_WORD != 0 && len >= 2 {
                    let l = len as u8;
                    self.start_len[j] = self.start_len[j].max(l);
                    self.end_len[j + len - 1] = self.end_len[j + len - 1].max(l);
                    for g in j + 1..j + len {
                        self.cover[g] = self.cover[g].max(l);
                    }
                    if len == 2 {
                        self.pair[j + 1] = true;
                    }
                }
                if flags & IS_PREFIX == 0 || len >= MAX_WORD {
                    break;
                }
                let next = j + len;
                if next >= n || !self.joinable[next] {
                    break;
                }
                key = dict_step(key, self.h[next + 2]);
                len += 1;
            }
        }
        // Forward maximal matching.
        let mut j = 0;
        while j < n {
            self.fmm[j] = true;
            j += usize::from(self.start_len[j]).max(1);
        }
        // Backward maximal matching.
        let mut j = n;
        while j > 0 {
            let len = usize::from(self.end_len[j - 1]).max(1);
            j -= len.min(j);
            self.bmm[j] = true;
        }
    }

    /// The shapes of tokens `i - 1` and `i`, packed.
    #[inline]
    pub fn shape_pair(&self, i: usize) -> u64 {
        u64::from(self.shape[i + 1]) << 4 | u64::from(self.shape[i + 2])
    }

    /// The static features of the gap before token `i` (`0 < i < n`).
    #[inline]
    pub fn features(&self, i: usize, out: &mut [u64; N_STATIC]) {
        let p = i + 2;
        let (p2, p1, c, n1, n2) = (
            self.h[p - 2],
            self.h[p - 1],
            self.h[p],
            self.h[p + 1],
            self.h[p + 2],
        );
        let sh = |k: usize| u64::from(self.shape[k]);
        let (sp2, sp1, sc, sn1) = (sh(p - 2), sh(p - 1), sh(p), sh(p + 1));
        let f = |t: u64, a: u64| finish(add(add(t.wrapping_mul(K), a), t));
        let f2 = |t: u64, a: u64, b: u64| finish(add(add(add(t.wrapping_mul(K), a), b), t));
        let f3 = |t: u64, a: u64, b: u64, c: u64| {
            finish(add(add(add(add(t.wrapping_mul(K), a), b), c), t))
        };
        let cover = u64::from(self.cover[i].min(5));
        let sl = u64::from(self.start_len[i].min(5));
        let el = u64::from(self.end_len[i - 1].min(5));
        let mm = u64::from(self.fmm[i]) | u64::from(self.bmm[i]) << 1;
        let pair = u64::from(self.pair[i]);
        let shapes = sp1 << 4 | sc;
        let dict = cover << 8 | el << 4 | sl;
        *out = [
            f(1, 0),
            f(2, p1),
            f(3, c),
            f(4, n1),
            f(5, p2),
            f2(6, p1, c),
            f2(7, c, n1),
            f2(8, p2, p1),
            f3(9, p2, p1, c),
            f3(10, p1, c, n1),
            f(11, shapes),
            f(12, sp2 << 12 | sp1 << 8 | sc << 4 | sn1),
            f(13, dict),
            f(14, mm << 4 | pair),
            f(15, mm << 12 | dict),
            f2(16, dict, shapes),
            f(17, u64::from(p1 == c)),
            f2(18, c, cover),
            f2(19, p1, cover),
            f(20, n2),
            f3(21, c, n1, n2),
            f2(22, p1, sc),
            f2(23, sp1, c),
            f2(24, mm << 4 | pair, shapes),
            f(
                25,
                u64::from(self.onset[p - 1] == self.onset[p])
                    | u64::from(self.rhyme[p - 1] == self.rhyme[p]) << 1,
            ),
            f(
                26,
                u64::from(self.tone[p - 1]) << 4 | u64::from(self.tone[p]),
            ),
            f2(27, self.rhyme[p - 1], self.rhyme[p]),
            f(28, self.rhyme[p]),
            f(29, self.rhyme[p - 1]),
        ];
    }
}

/// The dynamic features of the gap before token `i`: how long the word
/// being built already is, in syllables, alone and with the shapes around
/// the gap (`shapes` from [`Prepared::shape_pair`]).
#[inline]
pub(crate) fn dynamic(shapes: u64, current_len: usize) -> [u64; 2] {
    let l = current_len.min(4) as u64;
    [
        finish(add(add(101u64.wrapping_mul(K), l), 101)),
        finish(add(add(add(102u64.wrapping_mul(K), l), shapes), 102)),
    ]
}
