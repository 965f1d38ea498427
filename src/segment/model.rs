//! The trained model: feature weights and the word dictionary, and their
//! compact binary file format.
//!
//! # File format
//!
//! Little-endian, no padding:
//!
//! | bytes | content |
//! | --- | --- |
//! | 8 | magic `TTSEG\0\0\x01` |
//! | 4 × 4 | training sentences, epochs, dev F1 × 10 000 (0: none), dictionary words |
//! | 4 | number of dictionary keys *d* |
//! | *d* × 9 | key hash (u64), flags (u8: 1 word, 2 prefix of a longer word) |
//! | 4 | number of weights *w* |
//! | *w* × 12 | feature hash (u64), weight (f32) |
//!
//! Loading builds two open-addressing hash tables, a few milliseconds for the
//! shipped model.

use std::fmt;

/// Magic bytes at the start of a model file.
const MAGIC: &[u8; 8] = b"TTSEG\0\0\x01";

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

impl Packed for i16 {
    const BITS: u32 = 16;
    fn pack(self) -> u32 {
        u32::from(self as u16)
    }
    fn unpack(bits: u32) -> Self {
        bits as u16 as i16
    }
}

/// An open-addressing hash table from 64-bit hashes to small values, one
/// 32-bit slot per entry so that it stays in cache.
///
/// A slot holds a fingerprint of the hash's high bits (never 0) above the
/// value; the home slot comes from the low bits, so a lookup compares
/// `32 - V::BITS + log2(slots)` bits of the hash.
#[derive(Clone, Debug)]
pub(crate) struct Table<V: Packed> {
    slots: Vec<u32>,
    mask: usize,
    len: usize,
    _value: std::marker::PhantomData<V>,
}

impl<V: Packed> Table<V> {
    /// A table holding `entries` (later duplicates replace earlier ones),
    /// with a load factor of at most one half.
    pub fn build(entries: &[(u64, V)]) -> Self {
        let size = (entries.len().max(4) * 2).next_power_of_two();
        let mut t = Table {
            slots: vec![0; size],
            mask: size - 1,
            len: 0,
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
                if *slot == 0 {
                    self.len += 1;
                }
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

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }
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
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadMagic => f.write_str("not a tintuc segmenter model (bad magic bytes)"),
            ModelError::Truncated => f.write_str("truncated segmenter model"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A trained segmentation model: weights of hashed features and a
/// dictionary of multi-syllable words. Read-only and `Send + Sync`.
///
/// [`Model::embedded`] is the model shipped in the crate; [`Model::from_bytes`]
/// reads one written by [`Model::to_bytes`] (for example by the
/// `train_segmenter` example).
#[derive(Clone, Debug)]
pub struct Model {
    /// Weights quantized to 16 bits (only the sign of a sum matters).
    pub(crate) weights: Table<i16>,
    pub(crate) dict: Table<u8>,
    /// Entries in file order, for writing the model back.
    weight_list: Vec<(u64, f32)>,
    dict_list: Vec<(u64, u8)>,
    info: ModelInfo,
}

/// The shipped model, trained on the UD Vietnamese VTB train split.
static EMBEDDED: &[u8] = include_bytes!("model/vtb.bin");

impl Model {
    /// Builds a model from its entries.
    pub(crate) fn from_parts(
        mut weight_list: Vec<(u64, f32)>,
        mut dict_list: Vec<(u64, u8)>,
        info: ModelInfo,
    ) -> Model {
        weight_list.sort_unstable_by_key(|e| e.0);
        weight_list.dedup_by_key(|e| e.0);
        weight_list.retain(|e| e.1 != 0.0);
        dict_list.sort_unstable_by_key(|e| e.0);
        dict_list.dedup_by_key(|e| e.0);
        let max = weight_list.iter().map(|e| e.1.abs()).fold(0.0f32, f32::max);
        let scale = if max > 0.0 { 30_000.0 / max } else { 0.0 };
        let quantized: Vec<(u64, i16)> = weight_list
            .iter()
            .map(|&(h, w)| (h, (w * scale).round() as i16))
            .filter(|e| e.1 != 0)
            .collect();
        let weights = Table::build(&quantized);
        let dict = Table::build(&dict_list);
        Model {
            weights,
            dict,
            weight_list,
            dict_list,
            info,
        }
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

    /// Number of non-zero feature weights.
    pub fn feature_count(&self) -> usize {
        self.weights.len()
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
        let n = r.u32()? as usize;
        if n.saturating_mul(9) > r.remaining() {
            return Err(ModelError::Truncated);
        }
        let mut dict_list = Vec::with_capacity(n);
        for _ in 0..n {
            dict_list.push((r.u64()?, r.u8()?));
        }
        let n = r.u32()? as usize;
        if n.saturating_mul(12) > r.remaining() {
            return Err(ModelError::Truncated);
        }
        let mut weight_list = Vec::with_capacity(n);
        for _ in 0..n {
            weight_list.push((r.u64()?, f32::from_bits(r.u32()?)));
        }
        Ok(Model::from_parts(weight_list, dict_list, info))
    }

    /// The model in its binary file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(
            MAGIC.len() + 24 + self.dict_list.len() * 9 + self.weight_list.len() * 12,
        );
        out.extend_from_slice(MAGIC);
        for v in [
            self.info.sentences,
            self.info.epochs,
            self.info.dev_f1,
            self.info.dictionary_words,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(self.dict_list.len() as u32).to_le_bytes());
        for &(h, f) in &self.dict_list {
            out.extend_from_slice(&h.to_le_bytes());
            out.push(f);
        }
        out.extend_from_slice(&(self.weight_list.len() as u32).to_le_bytes());
        for &(h, w) in &self.weight_list {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&w.to_bits().to_le_bytes());
        }
        out
    }

    /// The dictionary entries (key hash, flags).
    pub(crate) fn dict_entries(&self) -> &[(u64, u8)] {
        &self.dict_list
    }

    /// Sets the recorded dev F1.
    pub(crate) fn set_info(&mut self, info: ModelInfo) {
        self.info = info;
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
