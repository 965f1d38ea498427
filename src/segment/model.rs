//! The trained model: feature weights and the word dictionary, and their
//! compact binary file format.
//!
//! Weights are 16-bit integers (only the sign of a sum matters), grouped in
//! rows: one row per known syllable (its weights at each place around a gap
//! and with each small context), per pair and triple of neighbouring
//! syllables, per rhyme and per pair of rhymes, and dense arrays for the
//! features with few values (shapes, dictionary lengths, tones). Decoding a
//! gap then costs a handful of table look-ups.
//!
//! # File format
//!
//! Little-endian, no padding:
//!
//! | bytes | content |
//! | --- | --- |
//! | 8 | magic `TTSEG\0\0\x05` |
//! | 4 × 4 | training sentences, epochs, dev F1 × 10 000 (0: none), dictionary words |
//! | 4, then 9 each | dictionary keys: hash (u64), flags (u8: 1 word, 2 prefix of a longer word, 4 a word of the word list, lexicon or user terms, 8 a word of the training data) |
//! | 4, then 9 each | syllable pairs seen in training: hash (u64), how often joined and split (u8) |
//! | 5 × (8, then rows) | row sections (syllables, pairs, triples, rhymes, rhyme pairs): row count and row length (u32 each), then each row: key (u64), weights (i16) |
//! | 4, then 2 each | the dense weights (i16), in the order of the dense features |
//!
//! Loading builds the hash tables, a few milliseconds for the shipped model.

use std::collections::HashMap;
use std::fmt;

use super::features::{
    dense_key, key, DENSE, N_DENSE, PAIR_ROW, RHYME_ROW, ROW_PAIR, ROW_RHYME, ROW_RHYME_PAIR,
    ROW_TOKEN, ROW_TRIPLE, TOKEN_ROW, TRIPLE_ROW,
};

/// Magic bytes at the start of a model file.
const MAGIC: &[u8; 8] = b"TTSEG\0\0\x05";

/// A value small enough to share a 32-bit slot with a fingerprint.
pub(crate) trait Packed: Copy {
    /// Bits of the slot the value takes (the low ones).
    const BITS: u32;
    fn pack(self) -> u32;
    fn unpack(bits: u32) -> Self;
}

impl Packed for u8 {
    const BITS: u32 = 8;
    fn pack(self) -> u32 {
        u32::from(self)
    }
    fn unpack(bits: u32) -> Self {
        bits as u8
    }
}

impl Packed for u16 {
    const BITS: u32 = 16;
    fn pack(self) -> u32 {
        u32::from(self)
    }
    fn unpack(bits: u32) -> Self {
        bits as u16
    }
}

/// An open-addressing hash table from 64-bit hashes to small values, one
/// 32-bit slot per entry so that the tables stay in cache.
///
/// A slot holds a fingerprint of the hash's high bits (never 0) above the
/// value; the home slot comes from the low bits, so a lookup compares
/// `32 - V::BITS + log2(slots)` bits of the hash (at least 30 for the
/// shipped model: an unknown key is taken for a known one about once in a
/// few hundred thousand look-ups).
#[derive(Clone, Debug)]
pub(crate) struct Table<V: Packed> {
    slots: Vec<u32>,
    mask: usize,
    _value: std::marker::PhantomData<V>,
}

impl<V: Packed> Table<V> {
    /// A table holding `entries` (later duplicates replace earlier ones),
    /// with a load factor of at most one quarter: most look-ups are for
    /// unknown keys (pairs and triples never seen in training), and short
    /// probes make them fast.
    pub fn build(entries: &[(u64, V)]) -> Self {
        let size = (entries.len().max(4) * 4).next_power_of_two();
        let mut t = Table {
            slots: vec![0; size],
            mask: size - 1,
            _value: std::marker::PhantomData,
        };
        for &(h, v) in entries {
            t.insert(h, v);
        }
        t
    }

    #[inline]
    fn fingerprint(h: u64) -> u32 {
        ((h >> (32 + V::BITS)) as u32).max(1)
    }

    fn insert(&mut self, h: u64, v: V) {
        let fp = Self::fingerprint(h);
        let mut i = (h as usize) & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if *slot == 0 || *slot >> V::BITS == fp {
                *slot = fp << V::BITS | v.pack();
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The value of `h`, if present.
    #[inline]
    pub fn get(&self, h: u64) -> Option<V> {
        let fp = Self::fingerprint(h);
        let mut i = (h as usize) & self.mask;
        loop {
            let slot = self.slots[i];
            if slot >> V::BITS == fp {
                return Some(V::unpack(slot));
            }
            if slot == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Most rows of one kind (row numbers are 16 bits, row 0 is the zero row).
pub(crate) const MAX_ROWS: usize = u16::MAX as usize;

/// Rows of weights, found by key; row 0 is all zeros and stands for every
/// unknown key.
#[derive(Clone, Debug)]
pub(crate) struct Rows {
    index: Table<u16>,
    keys: Vec<u64>,
    pub weights: Vec<i16>,
    pub len: usize,
}

impl Rows {
    fn new(len: usize) -> Rows {
        Rows {
            index: Table::build(&[]),
            keys: vec![0],
            weights: vec![0; len],
            len,
        }
    }

    fn push(&mut self, key: u64, row: &[i16]) {
        self.keys.push(key);
        self.weights.extend_from_slice(row);
    }

    fn finish(&mut self) {
        let entries: Vec<(u64, u16)> = self
            .keys
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, &k)| (k, i as u16))
            .collect();
        self.index = Table::build(&entries);
    }

    /// Offset of the row of `key` in `weights` (0, the zero row, when unknown).
    #[inline]
    pub fn offset(&self, key: u64) -> usize {
        self.index.get(key).map_or(0, |r| usize::from(r) * self.len)
    }

    /// Number of rows, the zero row left out.
    pub fn count(&self) -> usize {
        self.keys.len() - 1
    }
}

/// The keys that rows may be built for: what training saw.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocabulary {
    pub tokens: Vec<u64>,
    pub pairs: Vec<u64>,
    pub triples: Vec<u64>,
    pub rhymes: Vec<u64>,
    pub rhyme_pairs: Vec<u64>,
}

/// Facts recorded when a model was trained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModelInfo {
    /// Number of training sentences.
    pub sentences: u32,
    /// Number of training epochs kept (the best on the dev set).
    pub epochs: u32,
    /// Word F1 on the dev set at training time, in units of 0.01 % (9_750 is
    /// 97.50), or 0 when there was no dev set.
    pub dev_f1: u32,
    /// Number of multi-syllable words in the dictionary.
    pub dictionary_words: u32,
}

/// Why a model file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the model magic bytes.
    BadMagic,
    /// The file ends in the middle of a section.
    Truncated,
    /// A section does not have the shape this version of tintuc reads.
    Malformed,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadMagic => f.write_str("not a tintuc segmenter model (bad magic bytes)"),
            ModelError::Truncated => f.write_str("truncated segmenter model"),
            ModelError::Malformed => f.write_str("malformed segmenter model"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A trained segmentation model: weights of the features and a
/// dictionary of multi-syllable words. Read-only and `Send + Sync`.
///
/// [`Model::embedded`] is the model shipped in the crate; [`Model::from_bytes`]
/// reads one written by [`Model::to_bytes`] (for example by the
/// `train_segmenter` example).
#[derive(Clone)]
pub struct Model {
    /// Syllable, pair, triple, rhyme and rhyme-pair rows.
    pub(crate) rows: [Rows; 5],
    /// The dense features, one after the other.
    pub(crate) dense: Vec<i16>,
    /// Where each dense feature starts in `dense`.
    pub(crate) dense_at: [usize; N_DENSE],
    pub(crate) dict: Table<u8>,
    dict_list: Vec<(u64, u8)>,
    /// How often each syllable pair was seen joined and split in training.
    pub(crate) stats: Table<u8>,
    stats_list: Vec<(u64, u8)>,
    info: ModelInfo,
}

impl fmt::Debug for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Model")
            .field("info", &self.info)
            .field(
                "rows",
                &self.rows.iter().map(Rows::count).collect::<Vec<_>>(),
            )
            .field("dictionary_keys", &self.dict_list.len())
            .field("pairs", &self.stats_list.len())
            .finish()
    }
}

/// The shipped model, trained on the UD Vietnamese VTB train split.
static EMBEDDED: &[u8] = include_bytes!("model/vtb.bin");

const ROW_KINDS: [(u64, usize); 5] = [
    (ROW_TOKEN, TOKEN_ROW),
    (ROW_PAIR, PAIR_ROW),
    (ROW_TRIPLE, TRIPLE_ROW),
    (ROW_RHYME, RHYME_ROW),
    (ROW_RHYME_PAIR, 1),
];

fn dense_offsets() -> [usize; N_DENSE] {
    let mut at = [0; N_DENSE];
    let mut total = 0;
    for (a, d) in at.iter_mut().zip(DENSE) {
        *a = total;
        total += d;
    }
    at
}

impl Model {
    fn empty(
        mut dict_list: Vec<(u64, u8)>,
        mut stats_list: Vec<(u64, u8)>,
        info: ModelInfo,
    ) -> Model {
        dict_list.sort_unstable_by_key(|e| e.0);
        dict_list.dedup_by_key(|e| e.0);
        stats_list.sort_unstable_by_key(|e| e.0);
        stats_list.dedup_by_key(|e| e.0);
        Model {
            rows: ROW_KINDS.map(|(_, len)| Rows::new(len)),
            dense: vec![0; DENSE.iter().sum()],
            dense_at: dense_offsets(),
            dict: Table::build(&dict_list),
            dict_list,
            stats: Table::build(&stats_list),
            stats_list,
            info,
        }
    }

    /// Builds a model from trained weights (by feature key) for the keys of
    /// `vocabulary`, quantized to 16 bits.
    pub(crate) fn from_weights(
        weights: &HashMap<u64, f32, impl std::hash::BuildHasher>,
        vocabulary: &Vocabulary,
        dict_list: Vec<(u64, u8)>,
        stats_list: Vec<(u64, u8)>,
        info: ModelInfo,
    ) -> Model {
        let mut model = Model::empty(dict_list, stats_list, info);
        let max = weights.values().map(|w| w.abs()).fold(0.0f32, f32::max);
        let scale = if max > 0.0 { 30_000.0 / max } else { 0.0 };
        let q = |k: u64| weights.get(&k).map_or(0, |w| (w * scale).round() as i16);
        let lists = [
            &vocabulary.tokens,
            &vocabulary.pairs,
            &vocabulary.triples,
            &vocabulary.rhymes,
            &vocabulary.rhyme_pairs,
        ];
        for ((rows, (kind, len)), list) in model.rows.iter_mut().zip(ROW_KINDS).zip(lists) {
            let mut keys = list.clone();
            keys.sort_unstable();
            keys.dedup();
            let mut built: Vec<(u64, Vec<i16>)> = keys
                .into_iter()
                .map(|x| (x, (0..len).map(|slot| q(key(kind, x, slot))).collect()))
                .filter(|(_, row): &(u64, Vec<i16>)| row.iter().any(|&w| w != 0))
                .collect();
            if built.len() >= MAX_ROWS {
                // Keep the rows that weigh most.
                let weight = |r: &[i16]| r.iter().map(|&w| i32::from(w).abs()).max();
                built.sort_by_key(|(x, r)| (std::cmp::Reverse(weight(r)), *x));
                built.truncate(MAX_ROWS - 1);
                built.sort_by_key(|(x, _)| *x);
            }
            for (x, row) in &built {
                rows.push(*x, row);
            }
            rows.finish();
        }
        for (t, &size) in DENSE.iter().enumerate() {
            let at = model.dense_at[t];
            for v in 0..size {
                model.dense[at + v] = q(dense_key(t, v));
            }
        }
        model
    }

    /// The model shipped in the crate, parsed on first use and shared.
    pub fn embedded() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| match Model::from_bytes(EMBEDDED) {
            Ok(m) => m,
            // The shipped file is tested; a broken one is a build mistake.
            Err(e) => unreachable!("embedded segmenter model: {e}"),
        })
    }

    /// What was recorded when the model was trained.
    pub fn info(&self) -> ModelInfo {
        self.info
    }

    /// Number of non-zero weights.
    pub fn feature_count(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.weights.iter().filter(|&&w| w != 0).count())
            .sum::<usize>()
            + self.dense.iter().filter(|&&w| w != 0).count()
    }

    /// Reads a model written by [`Model::to_bytes`].
    ///
    /// ```
    /// use tintuc::segment::{Model, ModelError};
    ///
    /// let bytes = Model::embedded().to_bytes();
    /// let again = Model::from_bytes(&bytes)?;
    /// assert_eq!(again.info(), Model::embedded().info());
    /// assert_eq!(Model::from_bytes(b"nope").unwrap_err(), ModelError::BadMagic);
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let mut r = Reader {
            bytes,
            at: MAGIC.len(),
        };
        let info = ModelInfo {
            sentences: r.u32()?,
            epochs: r.u32()?,
            dev_f1: r.u32()?,
            dictionary_words: r.u32()?,
        };
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = r.count(9)?;
            list.reserve(n);
            for _ in 0..n {
                list.push((r.u64()?, r.u8()?));
            }
        }
        let [dict_list, stats_list] = lists;
        let mut model = Model::empty(dict_list, stats_list, info);
        let mut row = Vec::new();
        for rows in &mut model.rows {
            let n = r.u32()? as usize;
            let len = r.u32()? as usize;
            if len != rows.len || n >= MAX_ROWS {
                return Err(ModelError::Malformed);
            }
            if n.saturating_mul(8 + 2 * len) > r.remaining() {
                return Err(ModelError::Truncated);
            }
            rows.keys.reserve(n);
            rows.weights.reserve(n * len);
            for _ in 0..n {
                let k = r.u64()?;
                row.clear();
                for _ in 0..len {
                    row.push(r.i16()?);
                }
                rows.push(k, &row);
            }
            rows.finish();
        }
        if r.u32()? as usize != model.dense.len() {
            return Err(ModelError::Malformed);
        }
        for w in &mut model.dense {
            *w = r.i16()?;
        }
        Ok(model)
    }

    /// The model in its binary file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for v in [
            self.info.sentences,
            self.info.epochs,
            self.info.dev_f1,
            self.info.dictionary_words,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for list in [&self.dict_list, &self.stats_list] {
            out.extend_from_slice(&(list.len() as u32).to_le_bytes());
            for &(h, f) in list {
                out.extend_from_slice(&h.to_le_bytes());
                out.push(f);
            }
        }
        for rows in &self.rows {
            out.extend_from_slice(&(rows.count() as u32).to_le_bytes());
            out.extend_from_slice(&(rows.len as u32).to_le_bytes());
            for (i, k) in rows.keys.iter().enumerate().skip(1) {
                out.extend_from_slice(&k.to_le_bytes());
                for w in &rows.weights[i * rows.len..(i + 1) * rows.len] {
                    out.extend_from_slice(&w.to_le_bytes());
                }
            }
        }
        out.extend_from_slice(&(self.dense.len() as u32).to_le_bytes());
        for w in &self.dense {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    /// The dictionary entries (key hash, flags).
    pub(crate) fn dict_entries(&self) -> &[(u64, u8)] {
        &self.dict_list
    }

    /// Sets what is recorded about training.
    pub(crate) fn set_info(&mut self, info: ModelInfo) {
        self.info = info;
    }

    /// The quantized weight of one feature key as the trainer named it, for
    /// checking that rows and keys agree.
    #[cfg(test)]
    pub(crate) fn weight_of(&self, k: u64) -> i32 {
        let lists = [
            &self.rows[0],
            &self.rows[1],
            &self.rows[2],
            &self.rows[3],
            &self.rows[4],
        ];
        let mut total = 0;
        for (rows, (kind, len)) in lists.into_iter().zip(ROW_KINDS) {
            for (i, &x) in rows.keys.iter().enumerate().skip(1) {
                for slot in 0..len {
                    if key(kind, x, slot) == k {
                        total += i32::from(rows.weights[i * len + slot]);
                    }
                }
            }
        }
        for (t, &size) in DENSE.iter().enumerate() {
            for v in 0..size {
                if dense_key(t, v) == k {
                    total += i32::from(self.dense[self.dense_at[t] + v]);
                }
            }
        }
        total
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let s = self
            .bytes
            .get(self.at..self.at + N)
            .ok_or(ModelError::Truncated)?;
        self.at += N;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    /// A count of items of `size` bytes each, checked against what is left.
    fn count(&mut self, size: usize) -> Result<usize, ModelError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(size) > self.remaining() {
            return Err(ModelError::Truncated);
        }
        Ok(n)
    }

    fn i16(&mut self) -> Result<i16, ModelError> {
        Ok(i16::from_le_bytes(self.take()?))
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take::<1>()?[0])
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take()?))
    }

    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.take()?))
    }
}
