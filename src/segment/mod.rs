//! Words: a learned segmenter that groups syllables into Vietnamese words.
//!
//! Vietnamese writes a space between syllables, not between words:
//! `đảng viên` (party member) is one word of two syllables. The
//! [`Segmenter`] reads the [`Token`]s of the [tokenizer](crate::tokenize) and
//! groups neighbouring syllables into [`Word`]s. Numbers, dates, document
//! numbers, abbreviations, URLs, punctuation and the other non-syllable
//! tokens always stay words of their own, whole, and a word never spans a
//! line break.
//!
//! ```
//! use tintuc::normalize::normalize;
//! use tintuc::segment::Segmenter;
//!
//! let input = "Toàn huyện có 5.279 đảng viên sinh hoạt tại 120 tổ chức cơ sở đảng.";
//! let n = normalize(input);
//! let words = Segmenter::shared().segment(&n);
//! let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
//! assert!(texts.contains(&"đảng viên"));
//! assert!(texts.contains(&"5.279"));
//! // Like every token, a word carries its byte span in the original input.
//! let w = words.iter().find(|w| w.text == "đảng viên").unwrap();
//! assert_eq!(&input[w.span.clone()], "đảng viên");
//! assert_eq!(w.syllables(), 2);
//! ```
//!
//! # The model
//!
//! Each gap between two syllables is a yes/no decision (does a new word
//! start here?), taken left to right by an averaged perceptron over hashed
//! features: the syllables around the gap and their pairs and triples,
//! their case and shape, their onsets, rhymes and tones (reduplicated words
//! such as `mỏng manh` share an onset), dictionary matches (the longest dictionary word
//! covering the gap, starting or ending next to it, forward and backward
//! maximal matching, and whether the words matched come from the word list
//! or from the training data), how often the two syllables were seen joined
//! and split in training, and the length of the word being built. The
//! dictionary holds the multi-syllable words of the training data and of a
//! word list of 31,158 entries (`src/segment/model/words.txt`, from pyvi
//! 0.1.1, MIT), hashed.
//!
//! The shipped [`Model::embedded`] was trained on the train split of the UD
//! Vietnamese VTB treebank (CC BY-SA 4.0) with
//! `cargo run --release --example train_segmenter -- ../shared/data/ud-vi-vtb/vi_vtb-ud-train.conllu --dev ../shared/data/ud-vi-vtb/vi_vtb-ud-dev.conllu -o src/segment/model/vtb.bin`
//! (the example reads the word list by default); see
//! `src/segment/model/NOTICE`. [`train`] holds the training code. Its word
//! F1 is 96.77 on the VTB dev split and 97.71 on the test split (README,
//! "Word segmentation"); without the word list it was 90.27 and 92.06: the
//! train split is small, and most errors left are multi-syllable words that
//! neither it nor the list holds. Loading it takes about a millisecond.
//!
//! # User terms
//!
//! [`Segmenter::with_lexicon`] adds terms that are always kept as one word
//! (and that the dictionary features see). The shipped model's dictionary
//! does not hold the default [lexicon](crate::lexicon) (it cost dev F1);
//! `with_lexicon(&Lexicon::default())` adds its forms, so that
//! `Ban Thường vụ` stays one word:
//!
//! ```
//! use tintuc::lexicon::Lexicon;
//! use tintuc::normalize::normalize;
//! use tintuc::segment::Segmenter;
//!
//! let terms = Lexicon::from_tsv("x.htx\torganisation\thợp tác xã nông nghiệp\n")?;
//! let segmenter = Segmenter::new().with_lexicon(&terms);
//! let n = normalize("Hợp tác xã nông nghiệp Tân Hà có 30 thành viên.");
//! let words = segmenter.segment(&n);
//! assert_eq!(words[0].text, "Hợp tác xã nông nghiệp");
//! # Ok::<(), tintuc::lexicon::LexiconError>(())
//! ```

mod features;
mod model;
pub mod train;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::lexicon::Lexicon;
use crate::normalize::{fold, Normalized, Normalizer};
use crate::tokenize::{Token, TokenKind, Tokenizer};

use features::{Prepared, DICT_SEED, IN_LIST, IN_TRAIN, IS_PREFIX, IS_WORD, MAX_WORD};
use model::Table;
pub use model::{Model, ModelError, ModelInfo};

/// One word: one or more neighbouring tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// [`TokenKind::Word`] for syllables and words of several syllables,
    /// otherwise the kind of the single token (a number stays a
    /// [`TokenKind::Number`]).
    pub kind: TokenKind,
    /// The original text of the word, spaces between syllables included
    /// (`original[span]`).
    pub text: &'a str,
    /// The normalized text of the word.
    pub norm: &'a str,
    /// Byte span in the original input.
    pub span: Range<usize>,
    /// Byte span in the normalized text.
    pub norm_span: Range<usize>,
    /// The word's tokens, as indices into the token slice it was built from.
    pub tokens: Range<usize>,
}

impl Word<'_> {
    /// Number of tokens (syllables) in the word.
    pub fn syllables(&self) -> usize {
        self.tokens.len()
    }

    /// The folded key of the word (no diacritics, `đ` → `d`, lower case).
    pub fn fold(&self) -> String {
        fold(self.norm).into_string()
    }
}

/// The model a segmenter uses: the shipped one or one of the caller's.
#[derive(Clone, Debug)]
enum ModelRef {
    Embedded(&'static Model),
    Owned(Arc<Model>),
}

impl ModelRef {
    fn get(&self) -> &Model {
        match self {
            ModelRef::Embedded(m) => m,
            ModelRef::Owned(m) => m,
        }
    }
}

/// Groups syllable tokens into words. `Send + Sync`, cheap to clone.
///
/// [`Segmenter::new`] uses the shipped model; [`Segmenter::shared`] is one
/// built once for the whole process.
#[derive(Clone, Debug)]
pub struct Segmenter {
    model: ModelRef,
    /// The dictionary with the user terms, when there are any.
    dict: Option<Arc<Table<u8>>>,
    /// User terms, always kept whole.
    keep: Option<Arc<Table<u8>>>,
    /// User terms as syllable hashes.
    user: Option<Arc<Vec<Vec<u64>>>>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

impl Segmenter {
    /// A segmenter with the shipped model (trained on UD Vietnamese VTB).
    pub fn new() -> Self {
        Segmenter {
            model: ModelRef::Embedded(Model::embedded()),
            dict: None,
            keep: None,
            user: None,
        }
    }

    /// A segmenter with the shipped model, built once and shared.
    pub fn shared() -> &'static Segmenter {
        static SHARED: OnceLock<Segmenter> = OnceLock::new();
        SHARED.get_or_init(Segmenter::new)
    }

    /// A segmenter with a model of your own (see [`Model::from_bytes`] and
    /// [`train`]).
    pub fn with_model(model: Model) -> Self {
        Segmenter {
            model: ModelRef::Owned(Arc::new(model)),
            dict: None,
            keep: None,
            user: None,
        }
    }

    /// The model in use.
    pub fn model(&self) -> &Model {
        self.model.get()
    }

    /// Number of user terms added with [`Segmenter::with_lexicon`] (forms
    /// of two syllables or more).
    pub fn user_terms(&self) -> usize {
        self.user.as_ref().map_or(0, |u| u.len())
    }

    /// Adds the forms of `lexicon` as user terms: each form of two or more
    /// syllables is always kept as one word (leftmost, longest first), and
    /// the dictionary features of the model see it.
    pub fn with_lexicon(mut self, lexicon: &Lexicon) -> Self {
        let normalizer = Normalizer::new();
        let mut terms: Vec<Vec<u64>> = self.user.as_deref().cloned().unwrap_or_default();
        for concept in lexicon.concepts() {
            for form in concept.forms() {
                if let Some(hashes) = syllable_hashes(&normalizer, form) {
                    terms.push(hashes);
                }
            }
        }
        let mut user: HashMap<u64, u8> = HashMap::new();
        for t in &terms {
            add_dict_entries(&mut user, t, IN_LIST);
        }
        let mut dict: HashMap<u64, u8> = self.model.get().dict_entries().iter().copied().collect();
        for (&k, &f) in &user {
            *dict.entry(k).or_default() |= f;
        }
        let dict: Vec<(u64, u8)> = dict.into_iter().collect();
        let user: Vec<(u64, u8)> = user.into_iter().collect();
        self.dict = Some(Arc::new(Table::build(&dict)));
        self.keep = Some(Arc::new(Table::build(&user)));
        self.user = Some(Arc::new(terms));
        self
    }

    /// The words of `normalized`: tokenizes with the default
    /// [`Tokenizer`], then groups the tokens.
    pub fn segment<'a>(&self, normalized: &'a Normalized<'_>) -> Vec<Word<'a>> {
        let tokens = Tokenizer::new().tokenize(normalized);
        self.segment_tokens(normalized, &tokens)
    }

    /// The words made of `tokens`, which must come from `normalized`.
    pub fn segment_tokens<'a>(
        &self,
        normalized: &'a Normalized<'_>,
        tokens: &[Token<'a>],
    ) -> Vec<Word<'a>> {
        let mut words = Vec::new();
        self.segment_tokens_into(normalized, tokens, &mut words);
        words
    }

    /// Like [`Segmenter::segment_tokens`], but appends the words to `out`,
    /// so that a caller segmenting many pieces can reuse one buffer. The
    /// words' `tokens` ranges index into `tokens`.
    ///
    /// ```
    /// use tintuc::normalize::normalize;
    /// use tintuc::segment::Segmenter;
    /// use tintuc::tokenize::Tokenizer;
    ///
    /// let n = normalize("Chi bộ họp. Đảng viên mới.");
    /// let tokens = Tokenizer::new().tokenize(&n);
    /// let mut words = Vec::new();
    /// for sentence in tokens.split_inclusive(|t| t.is_terminal()) {
    ///     words.clear();
    ///     Segmenter::shared().segment_tokens_into(&n, sentence, &mut words);
    ///     assert_eq!(words.len(), 3);
    /// }
    /// assert_eq!(words[0].text, "Đảng viên");
    /// ```
    pub fn segment_tokens_into<'a>(
        &self,
        normalized: &'a Normalized<'_>,
        tokens: &[Token<'a>],
        out: &mut Vec<Word<'a>>,
    ) {
        let starts = self.word_starts(normalized, tokens);
        let original: &'a str = normalized.original();
        let text: &'a str = normalized.text();
        out.reserve(starts.iter().filter(|&&s| s).count());
        let mut i = 0;
        while i < tokens.len() {
            let mut j = i + 1;
            while j < tokens.len() && !starts[j] {
                j += 1;
            }
            let (first, last) = (&tokens[i], &tokens[j - 1]);
            let kind = if j - i == 1 {
                first.kind
            } else {
                TokenKind::Word
            };
            let span = first.span.start..last.span.end.max(first.span.start);
            let norm_span = first.norm_span.start..last.norm_span.end.max(first.norm_span.start);
            out.push(Word {
                kind,
                text: original.get(span.clone()).unwrap_or(first.text),
                norm: text.get(norm_span.clone()).unwrap_or(first.norm),
                span,
                norm_span,
                tokens: i..j,
            });
            i = j;
        }
    }

    /// For each token, whether a word starts there (the first token always
    /// does). The low-level form of [`Segmenter::segment_tokens`].
    pub fn word_starts(&self, normalized: &Normalized<'_>, tokens: &[Token<'_>]) -> Vec<bool> {
        thread_local! {
            /// Buffers reused from call to call on each thread.
            static SCRATCH: std::cell::RefCell<(Prepared, Offsets)> =
                std::cell::RefCell::new(Default::default());
        }
        let model = self.model.get();
        let dict = self.dict.as_deref().unwrap_or(&model.dict);
        let mut starts = Vec::with_capacity(tokens.len());
        let mut run = |(prepared, offsets): &mut (Prepared, Offsets)| {
            prepared.fill(normalized.text(), tokens, dict, &model.stats);
            offsets.fill(model, prepared);
            decode(model, prepared, offsets, tokens.len(), &mut starts);
            if let Some(keep) = &self.keep {
                keep_terms(keep, prepared, &mut starts);
            }
        };
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut s) => run(&mut s),
            Err(_) => run(&mut Default::default()),
        });
        starts
    }
}

/// Row offsets of every padded position of a prepared text.
#[derive(Default)]
struct Offsets {
    token: Vec<usize>,
    pair: Vec<usize>,
    triple: Vec<usize>,
    rhyme: Vec<usize>,
}

impl Offsets {
    /// Looks up the rows around every gap that may join (the others are
    /// never scored and keep the zero row).
    fn fill(&mut self, model: &Model, p: &Prepared) {
        let h = &p.h;
        let len = h.len();
        let [token, pair, triple, rhyme, _] = &model.rows;
        for v in [
            &mut self.token,
            &mut self.pair,
            &mut self.triple,
            &mut self.rhyme,
        ] {
            v.clear();
            v.resize(len, 0);
        }
        let o = self;
        // Padded positions from `from` on are done.
        let mut from = 0;
        for (i, _) in p.joinable.iter().enumerate().filter(|(_, &j)| j) {
            let pp = i + 2;
            for k in from.max(pp - 2)..(pp + 3).min(len) {
                o.token[k] = token.offset(h[k]);
                o.rhyme[k] = rhyme.offset(p.rhyme[k]);
                if k + 1 < len {
                    o.pair[k] = pair.offset(features::pair_hash(h[k], h[k + 1]));
                }
                if k + 2 < len {
                    o.triple[k] = triple.offset(features::triple_hash(h[k], h[k + 1], h[k + 2]));
                }
            }
            from = pp + 3;
        }
    }
}

/// The score of the gap before token `i` (positive: a word starts at `i`),
/// the sum of the weights of [`Prepared::keys`] and the dynamic features.
#[inline]
fn score(model: &Model, p: &Prepared, o: &Offsets, i: usize, current: usize) -> i32 {
    use features::*;
    let pp = i + 2;
    let (cover, sp1, sc) = p.row_values(i);
    let [tok, pair, tri, rh, rp] = &model.rows;
    let (tw, pw, trw, rw) = (&tok.weights, &pair.weights, &tri.weights, &rh.weights);
    let t = &o.token;
    let w = |v: i16| i32::from(v);
    let mut s = w(tw[t[pp - 2] + T_P2])
        + w(tw[t[pp - 1] + T_P1])
        + w(tw[t[pp] + T_C])
        + w(tw[t[pp + 1] + T_N1])
        + w(tw[t[pp + 2] + T_N2])
        + w(tw[t[pp] + T_C_COVER + cover])
        + w(tw[t[pp - 1] + T_P1_COVER + cover])
        + w(tw[t[pp - 1] + T_P1_SC + sc])
        + w(tw[t[pp] + T_C_SP1 + sp1])
        + w(pw[o.pair[pp - 2]])
        + w(pw[o.pair[pp - 1] + 1])
        + w(pw[o.pair[pp] + 2])
        + w(trw[o.triple[pp - 2]])
        + w(trw[o.triple[pp - 1] + 1])
        + w(trw[o.triple[pp] + 2])
        + w(rw[o.rhyme[pp - 1]])
        + w(rw[o.rhyme[pp] + 1])
        + w(rp.weights[rp.offset(pair_hash(p.rhyme[pp - 1], p.rhyme[pp]))]);
    let dense = &model.dense;
    for (k, v) in p.dense_values(i).into_iter().enumerate() {
        s += w(dense[model.dense_at[k] + v]);
    }
    for (k, v) in dynamic_values(p.shape_pair(i), current)
        .into_iter()
        .enumerate()
    {
        s += w(dense[model.dense_at[N_DENSE_STATIC + k] + v]);
    }
    s
}

/// Greedy left-to-right decoding of the word starts.
fn decode(model: &Model, p: &Prepared, offsets: &Offsets, n: usize, starts: &mut Vec<bool>) {
    let mut current = 0usize;
    for i in 0..n {
        let start = !p.joinable[i] || score(model, p, offsets, i, current) > 0;
        current = if start { 1 } else { current + 1 };
        starts.push(start);
    }
}

/// Makes every user term one word, leftmost longest first.
fn keep_terms(keep: &Table<u8>, p: &Prepared, starts: &mut [bool]) {
    let n = starts.len();
    let mut j = 0;
    while j < n {
        let mut best = 0;
        let mut key = DICT_SEED;
        let mut len = 0;
        while j + len < n && (len == 0 || p.joinable[j + len]) && len < MAX_WORD {
            key = features::dict_step(key, p.h[j + len + 2]);
            len += 1;
            let Some(flags) = keep.get(key) else { break };
            if flags & IS_WORD != 0 && len >= 2 {
                best = len;
            }
            if flags & IS_PREFIX == 0 {
                break;
            }
        }
        if best >= 2 {
            starts[j] = true;
            for s in &mut starts[j + 1..j + best] {
                *s = false;
            }
            if j + best < n {
                starts[j + best] = true;
            }
            j += best;
        } else {
            j += 1;
        }
    }
}

/// The syllable hashes of a form of two or more syllables, or `None` when
/// it has fewer, more than [`MAX_WORD`], or a token that is not a syllable.
pub(crate) fn syllable_hashes(normalizer: &Normalizer, form: &str) -> Option<Vec<u64>> {
    let n = normalizer.normalize(form);
    let tokens = Tokenizer::new().tokenize(&n);
    if tokens.len() < 2 || tokens.len() > MAX_WORD {
        return None;
    }
    tokens
        .iter()
        .map(|t| (t.kind == TokenKind::Word).then(|| features::token_hash(t)))
        .collect()
}

/// Adds the dictionary keys of one word: its prefixes, then itself, with
/// the `source` flag ([`IN_LIST`] or [`IN_TRAIN`]) on the word.
pub(crate) fn add_dict_entries(dict: &mut HashMap<u64, u8>, syllables: &[u64], source: u8) {
    let mut key = DICT_SEED;
    for (i, &h) in syllables.iter().enumerate() {
        key = features::dict_step(key, h);
        let flag = if i + 1 == syllables.len() {
            IS_WORD | source
        } else {
            IS_PREFIX
        };
        *dict.entry(key).or_default() |= flag;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// The rows and dense arrays the decoder reads hold exactly the weights
    /// the trainer gave to the feature keys.
    #[test]
    fn rows_score_as_the_trainer_keys() {
        let conllu = "# text = Đảng viên họp chi bộ , Huyện ủy Lâm Hà chỉ đạo .\n\
            1\tĐảng viên\t_\t_\t_\t_\t_\t_\t_\t_\n2\thọp\t_\t_\t_\t_\t_\t_\t_\t_\n\
            3\tchi bộ\t_\t_\t_\t_\t_\t_\t_\t_\n4\t,\t_\t_\t_\t_\t_\t_\t_\t_\n\
            5\tHuyện ủy\t_\t_\t_\t_\t_\t_\t_\t_\n6\tLâm Hà\t_\t_\t_\t_\t_\t_\t_\t_\n\
            7\tchỉ đạo\t_\t_\t_\t_\t_\t_\t_\t_\n8\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
            # text = Chi bộ kết nạp quần chúng ưu tú .\n\
            1\tChi bộ\t_\t_\t_\t_\t_\t_\t_\t_\n2\tkết nạp\t_\t_\t_\t_\t_\t_\t_\t_\n\
            3\tquần chúng\t_\t_\t_\t_\t_\t_\t_\t_\n4\tưu tú\t_\t_\t_\t_\t_\t_\t_\t_\n\
            5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n";
        let data = train::read_conllu(conllu);
        let options = train::TrainOptions {
            epochs: 3,
            folds: 1,
            lexicon: false,
            ..Default::default()
        };
        let model = train::train(&data, None, &options, |_| {});
        for text in [
            "Đảng viên họp chi bộ, Huyện ủy Lâm Hà chỉ đạo.",
            "Chi bộ họp, đảng viên mới kết nạp.",
        ] {
            let n = normalize(text);
            let tokens = Tokenizer::new().tokenize(&n);
            let mut p = Prepared::default();
            p.fill(n.text(), &tokens, &model.dict, &model.stats);
            let mut offsets = Offsets::default();
            offsets.fill(&model, &p);
            let mut keys = [0u64; features::N_STATIC];
            let mut nonzero = 0;
            for i in 1..tokens.len() {
                if !p.joinable[i] {
                    continue;
                }
                p.keys(i, &mut keys);
                for current in 1..4 {
                    let by_keys: i32 = keys
                        .iter()
                        .chain(features::dynamic_keys(p.shape_pair(i), current).iter())
                        .map(|&k| model.weight_of(k))
                        .sum();
                    let by_rows = score(&model, &p, &offsets, i, current);
                    assert_eq!(by_rows, by_keys, "gap {i} in {text:?}");
                    nonzero += usize::from(by_rows != 0);
                }
            }
            assert!(nonzero > 0);
        }
    }
}
