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

/// What the segmenter needs of one character: its lower case, its base
/// letter (ASCII, without marks; 0 when there is none), its tone (0 level,
/// 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below) and whether it is upper
/// case.
#[derive(Clone, Copy, Default)]
struct CharInfo {
    lower: char,
    base: u8,
    tone: u8,
    upper: bool,
    alpha: bool,
}

/// The two blocks that hold the Vietnamese letters.
const LATIN: std::ops::RangeInclusive<u32> = 0xC0..=0x1B0;
const VIETNAMESE: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;

fn compute_info(c: char) -> CharInfo {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let mut base = 0u8;
    let mut tone = 0u8;
    if matches!(lower, 'đ') {
        base = b'd';
    } else {
        unicode_normalization::char::decompose_canonical(lower, |d| match d {
            '\u{300}' => tone = 1,
            '\u{309}' => tone = 2,
            '\u{303}' => tone = 3,
            '\u{301}' => tone = 4,
            '\u{323}' => tone = 5,
            d if base == 0 && d.is_ascii_alphabetic() => base = d as u8,
            _ => {}
        });
    }
    CharInfo {
        lower,
        base,
        tone,
        upper: c.is_uppercase(),
        alpha: c.is_alphabetic(),
    }
}

/// The table of ASCII and the Vietnamese letters, built on first use.
fn char_table() -> &'static [CharInfo] {
    static TABLE: std::sync::OnceLock<Vec<CharInfo>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0..0x80)
            .chain(LATIN)
            .chain(VIETNAMESE)
            .map(|cp| char::from_u32(cp).map_or_else(CharInfo::default, compute_info))
            .collect()
    })
}

/// Looks a character up in the table, computing what is not there.
#[inline]
fn char_info(table: &[CharInfo], c: char) -> CharInfo {
    let cp = c as u32;
    let at = if cp < 0x80 {
        cp as usize
    } else if LATIN.contains(&cp) {
        (0x80 + cp - LATIN.start()) as usize
    } else if VIETNAMESE.contains(&cp) {
        (0x80 + LATIN.end() - LATIN.start() + 1 + cp - VIETNAMESE.start()) as usize
    } else {
        return compute_info(c);
    };
    table.get(at).copied().unwrap_or_else(|| compute_info(c))
}

/// Cheap final mix of a hash chain whose inputs are already hashes.
#[inline]
fn fold_bits(h: u64) -> u64 {
    h ^ (h >> 29)
}

/// The hash of a string, lower-cased on the fly (no allocation).
#[inline]
pub(crate) fn hash_lower(s: &str) -> u64 {
    let table = char_table();
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for c in s.chars() {
        h = add(h, u64::from(char_info(table, c).lower as u32));
    }
    finish(h)
}

/// Hash, shape and sound parts of a token, in one pass over its characters.
struct Analysis {
    hash: u64,
    shape: u8,
    onset: u64,
    rhyme: u64,
    tone: u8,
}

fn analyze(t: &Token<'_>) -> Analysis {
    if t.kind != TokenKind::Word {
        return Analysis {
            hash: token_hash(t),
            shape: shape(t),
            onset: 0,
            rhyme: 0,
            tone: 6,
        };
    }
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    let mut onset = 0x51u64;
    let mut rhyme = 0x52u64;
    let mut tone = 0u8;
    let mut in_rhyme = false;
    let mut first_upper = None;
    let mut all_upper = true;
    let mut letters = 0usize;
    let table = char_table();
    for c in t.norm.chars() {
        let info = char_info(table, c);
        h = add(h, u64::from(info.lower as u32));
        if info.tone != 0 {
            tone = info.tone;
        }
        if first_upper.is_none() {
            first_upper = Some(info.upper);
        }
        if info.alpha {
            letters += 1;
            all_upper &= info.upper;
        }
        let base = if info.base != 0 {
            info.base
        } else {
            (info.lower as u32 & 0x7f) as u8
        };
        if !in_rhyme && matches!(base, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
            in_rhyme = true;
        }
        if in_rhyme {
            rhyme = add(rhyme, u64::from(base));
        } else {
            onset = add(onset, u64::from(base));
        }
    }
    let shape = match first_upper {
        Some(true) if letters > 1 && all_upper => 2,
        Some(true) => 1,
        _ => 0,
    };
    Analysis {
        hash: finish(h),
        shape,
        onset: fold_bits(onset),
        rhyme: fold_bits(rhyme),
        tone,
    }
}

/// The seed of a dictionary key; [`dict_step`] adds one syllable.
pub(crate) const DICT_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// Extends a dictionary key by one syllable hash.
#[inline]
pub(crate) fn dict_step(h: u64, syllable: u64) -> u64 {
    fold_bits(add(h, syllable))
}

/// Dictionary entry flag: the key is a whole word.
pub(crate) const IS_WORD: u8 = 1;
/// Dictionary entry flag: the key is the beginning of a longer word.
pub(crate) const IS_PREFIX: u8 = 2;
/// Dictionary entry flag: the word is in the word list, the lexicon or the
/// user terms.
pub(crate) const IN_LIST: u8 = 4;
/// Dictionary entry flag: the word was seen in the training data.
pub(crate) const IN_TRAIN: u8 = 8;
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

/// Hash of the padding before the first token and after the last.
const PAD_BEFORE: u64 = 0x1111_2222_3333_4444;
const PAD_AFTER: u64 = 0x5555_6666_7777_8888;
const PAD_SHAPE: u8 = 10;

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
    /// Longest word seen in training covering tokens `i - 1` and `i`.
    pub cover_train: Vec<u8>,
    /// Whether tokens `i - 1 ..= i` are exactly a dictionary word: 0 no,
    /// else 1 + its [`IN_LIST`] and [`IN_TRAIN`] bits (shifted down by 2).
    pub pair: Vec<u8>,
    /// How often the syllables `i - 1` and `i` were seen joined and split in
    /// training (see [`pair_stat_code`]).
    pub pair_stat: Vec<u8>,
    /// Forward and backward maximal matching put a boundary before `i`.
    pub fmm: Vec<bool>,
    /// See `fmm`.
    pub bmm: Vec<bool>,
}

impl Prepared {
    /// Fills the arrays for `tokens`, cut from the normalized `text`,
    /// reusing the allocations. Two words may join only when nothing but
    /// plain spaces separates them (never across a line break).
    pub fn fill(&mut self, text: &str, tokens: &[Token<'_>], dict: &Table<u8>, stats: &Table<u8>) {
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
        let mut prev_end = 0;
        for t in tokens {
            let a = analyze(t);
            self.h.push(a.hash);
            self.shape.push(a.shape);
            self.onset.push(a.onset);
            self.rhyme.push(a.rhyme);
            self.tone.push(a.tone);
            let word = t.kind == TokenKind::Word;
            let spaces = text
                .as_bytes()
                .get(prev_end..t.norm_span.start)
                .is_some_and(|g| g.iter().all(|&b| b == b' '));
            self.joinable.push(word && prev_word && spaces);
            prev_word = word;
            prev_end = t.norm_span.end;
        }
        self.h.extend([PAD_AFTER, PAD_AFTER]);
        self.shape.extend([PAD_SHAPE, PAD_SHAPE]);
        self.onset.extend([0, 0]);
        self.rhyme.extend([0, 0]);
        self.tone.extend([7, 7]);
        for v in [
            &mut self.cover,
            &mut self.cover_train,
            &mut self.start_len,
            &mut self.end_len,
            &mut self.pair,
        ] {
            v.clear();
            v.resize(n + 1, 0);
        }
        for v in [&mut self.fmm, &mut self.bmm] {
            v.clear();
            v.resize(n + 1, false);
        }
        // Dictionary matches, stopping as soon as no entry continues.
        for (j, t) in tokens.iter().enumerate() {
            // Words of two syllables or more start before a gap that may join.
            if t.kind != TokenKind::Word || !self.joinable.get(j + 1).is_some_and(|&b| b) {
                continue;
            }
            let mut key = dict_step(DICT_SEED, self.h[j + 2]);
            let mut len = 1;
            while let Some(flags) = dict.get(key) {
                if flags & IS_WORD != 0 && len >= 2 {
                    let l = len as u8;
                    self.start_len[j] = self.start_len[j].max(l);
                    self.end_len[j + len - 1] = self.end_len[j + len - 1].max(l);
                    let train = flags & IN_TRAIN != 0;
                    for g in j + 1..j + len {
                        self.cover[g] = self.cover[g].max(l);
                        if train {
                            self.cover_train[g] = self.cover_train[g].max(l);
                        }
                    }
                    if len == 2 {
                        self.pair[j + 1] = 1 + ((flags & (IN_LIST | IN_TRAIN)) >> 2);
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
        self.pair_stat.clear();
        self.pair_stat.resize(n + 1, 0);
        for i in 1..n {
            if self.joinable[i] {
                let key = pair_hash(self.h[i + 1], self.h[i + 2]);
                self.pair_stat[i] = stats.get(key).unwrap_or(0);
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

    /// The values of the small-domain features of the gap before token
    /// `i`, one per entry of [`DENSE`] but the two dynamic ones.
    #[inline]
    pub fn dense_values(&self, i: usize) -> [usize; N_DENSE_STATIC] {
        let p = i + 2;
        let sh = |k: usize| usize::from(self.shape[k]);
        let (sp2, sp1, sc, sn1) = (sh(p - 2), sh(p - 1), sh(p), sh(p + 1));
        let cover = usize::from(self.cover[i].min(5));
        let sl = usize::from(self.start_len[i].min(5));
        let el = usize::from(self.end_len[i - 1].min(5));
        let mm = usize::from(self.fmm[i]) | usize::from(self.bmm[i]) << 1;
        let pair = usize::from(self.pair[i]);
        let cover_train = usize::from(self.cover_train[i].min(5));
        let shapes = sp1 * SHAPES + sc;
        let dict = (cover * 6 + el) * 6 + sl;
        let mmp = mm * 5 + pair;
        [
            0,
            shapes,
            ((sp2 * SHAPES + sp1) * SHAPES + sc) * SHAPES + sn1,
            dict,
            mmp,
            mm * 216 + dict,
            dict * SHAPES * SHAPES + shapes,
            usize::from(self.h[p - 1] == self.h[p]),
            mmp * SHAPES * SHAPES + shapes,
            usize::from(self.onset[p - 1] == self.onset[p])
                | usize::from(self.rhyme[p - 1] == self.rhyme[p]) << 1,
            usize::from(self.tone[p - 1]) * 8 + usize::from(self.tone[p]),
            usize::from(self.pair_stat[i]),
            usize::from(self.pair_stat[i]) * SHAPES * SHAPES + shapes,
            cover_train * 6 + cover,
            (cover_train * 6 + cover) * 5 + pair,
            (cover_train * 6 + cover) * SHAPES * SHAPES + shapes,
        ]
    }

    /// The shape pair of the gap before token `i`, for [`dynamic_values`].
    #[inline]
    pub fn shape_pair(&self, i: usize) -> usize {
        usize::from(self.shape[i + 1]) * SHAPES + usize::from(self.shape[i + 2])
    }

    /// The small values that pick a slot of a token row (see [`TOKEN_ROW`]):
    /// the dictionary cover of the gap, the shapes of the tokens around it.
    #[inline]
    pub fn row_values(&self, i: usize) -> (usize, usize, usize) {
        (
            usize::from(self.cover[i].min(5)),
            usize::from(self.shape[i + 1]),
            usize::from(self.shape[i + 2]),
        )
    }

    /// The feature keys of the gap before token `i` (`0 < i < n`), as the
    /// trainer sees them; [`super::model::Model`] folds the same weights into
    /// rows and dense arrays.
    pub fn keys(&self, i: usize, out: &mut [u64; N_STATIC]) {
        let p = i + 2;
        let h = &self.h;
        let (cover, sp1, sc) = self.row_values(i);
        let mut k = 0;
        let mut push = |key: u64| {
            out[k] = key;
            k += 1;
        };
        // Token rows.
        push(key(ROW_TOKEN, h[p - 2], T_P2));
        push(key(ROW_TOKEN, h[p - 1], T_P1));
        push(key(ROW_TOKEN, h[p], T_C));
        push(key(ROW_TOKEN, h[p + 1], T_N1));
        push(key(ROW_TOKEN, h[p + 2], T_N2));
        push(key(ROW_TOKEN, h[p], T_C_COVER + cover));
        push(key(ROW_TOKEN, h[p - 1], T_P1_COVER + cover));
        push(key(ROW_TOKEN, h[p - 1], T_P1_SC + sc));
        push(key(ROW_TOKEN, h[p], T_C_SP1 + sp1));
        // Pairs and triples, by their first token.
        push(key(ROW_PAIR, pair_hash(h[p - 2], h[p - 1]), 0));
        push(key(ROW_PAIR, pair_hash(h[p - 1], h[p]), 1));
        push(key(ROW_PAIR, pair_hash(h[p], h[p + 1]), 2));
        push(key(ROW_TRIPLE, triple_hash(h[p - 2], h[p - 1], h[p]), 0));
        push(key(ROW_TRIPLE, triple_hash(h[p - 1], h[p], h[p + 1]), 1));
        push(key(ROW_TRIPLE, triple_hash(h[p], h[p + 1], h[p + 2]), 2));
        // Rhymes.
        push(key(ROW_RHYME, self.rhyme[p - 1], 0));
        push(key(ROW_RHYME, self.rhyme[p], 1));
        push(key(
            ROW_RHYME_PAIR,
            pair_hash(self.rhyme[p - 1], self.rhyme[p]),
            0,
        ));
        // Small domains.
        for (t, v) in self.dense_values(i).into_iter().enumerate() {
            push(dense_key(t, v));
        }
    }
}

/// Kinds of rows.
pub(crate) const ROW_TOKEN: u64 = 1;
pub(crate) const ROW_PAIR: u64 = 2;
pub(crate) const ROW_TRIPLE: u64 = 3;
pub(crate) const ROW_RHYME: u64 = 4;
pub(crate) const ROW_RHYME_PAIR: u64 = 5;
const DENSE_KIND: u64 = 6;

/// Number of token shapes.
pub(crate) const SHAPES: usize = 11;

/// Slots of a token row: the token two before the gap, one before, just
/// after, two after, three after; then the token after the gap with each
/// cover length, the token before with each cover length, the token before
/// with each shape of the token after, the token after with each shape of
/// the token before.
pub(crate) const T_P2: usize = 0;
pub(crate) const T_P1: usize = 1;
pub(crate) const T_C: usize = 2;
pub(crate) const T_N1: usize = 3;
pub(crate) const T_N2: usize = 4;
pub(crate) const T_C_COVER: usize = 5;
pub(crate) const T_P1_COVER: usize = 11;
pub(crate) const T_P1_SC: usize = 17;
pub(crate) const T_C_SP1: usize = 17 + SHAPES;
/// Length of a token row.
pub(crate) const TOKEN_ROW: usize = 17 + 2 * SHAPES;
/// Lengths of the other rows.
pub(crate) const PAIR_ROW: usize = 3;
pub(crate) const TRIPLE_ROW: usize = 3;
pub(crate) const RHYME_ROW: usize = 2;

/// Domain sizes of the small-domain features: bias, shape pair, shapes of
/// four tokens, dictionary lengths, maximal matching with exact pair,
/// matching with lengths, lengths with shapes, repeated syllable, matching
/// with shapes, same onset or rhyme, tones, how the pair was seen in
/// training (alone and with the shape pair); then the two dynamic ones (length
/// of the current word, alone and with the shape pair).
pub(crate) const DENSE: [usize; N_DENSE] = [
    1,
    SHAPES * SHAPES,
    SHAPES * SHAPES * SHAPES * SHAPES,
    216,
    20,
    4 * 216,
    216 * SHAPES * SHAPES,
    2,
    20 * SHAPES * SHAPES,
    4,
    64,
    16,
    16 * SHAPES * SHAPES,
    36,
    36 * 5,
    36 * SHAPES * SHAPES,
    5,
    5 * SHAPES * SHAPES,
];
pub(crate) const N_DENSE: usize = 18;
pub(crate) const N_DENSE_STATIC: usize = 16;

/// Number of static feature keys per position.
pub(crate) const N_STATIC: usize = 18 + N_DENSE_STATIC;

/// The key of one weight.
#[inline]
pub(crate) fn key(kind: u64, x: u64, slot: usize) -> u64 {
    finish(add(add(add(kind.wrapping_mul(K), x), slot as u64), kind))
}

/// The key of value `v` of dense feature `t`.
pub(crate) fn dense_key(t: usize, v: usize) -> u64 {
    key(DENSE_KIND, t as u64, v)
}

/// The row key of two neighbours.
#[inline]
pub(crate) fn pair_hash(a: u64, b: u64) -> u64 {
    fold_bits((a.rotate_left(23) ^ b).wrapping_mul(K))
}

/// The row key of three neighbours.
#[inline]
pub(crate) fn triple_hash(a: u64, b: u64, c: u64) -> u64 {
    fold_bits((a.rotate_left(41) ^ b.rotate_left(17) ^ c ^ 0x44).wrapping_mul(K))
}

/// The values of the dynamic features: how long the word being built
/// already is, in syllables, alone and with the shape pair of the gap.
#[inline]
pub(crate) fn dynamic_values(shape_pair: usize, current_len: usize) -> [usize; 2] {
    let l = current_len.min(4);
    [l, l * SHAPES * SHAPES + shape_pair]
}

/// The keys of the dynamic features.
pub(crate) fn dynamic_keys(shape_pair: usize, current_len: usize) -> [u64; 2] {
    let [a, b] = dynamic_values(shape_pair, current_len);
    [
        dense_key(N_DENSE_STATIC, a),
        dense_key(N_DENSE_STATIC + 1, b),
    ]
}

/// The code of a pair seen `joined` times inside a word and `split` times
/// across a word boundary: a 2-bit bucket (0, 1, 2–4, 5+) of each.
pub(crate) fn pair_stat_code(joined: u32, split: u32) -> u8 {
    let bucket = |c: u32| match c {
        0 => 0u8,
        1 => 1,
        2..=4 => 2,
        _ => 3,
    };
    bucket(joined) * 4 + bucket(split)
}
