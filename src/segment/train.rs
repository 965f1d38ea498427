//! Training and evaluation of segmentation models from word-segmented
//! sentences (such as the UD Vietnamese VTB treebank).
//!
//! ```
//! use tintuc::segment::train::{evaluate, read_conllu, train, TrainOptions};
//! use tintuc::segment::Segmenter;
//!
//! let conllu = "# text = Đảng viên họp chi bộ .\n\
//!               1\tĐảng viên\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!               2\thọp\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!               3\tchi bộ\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!               4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
//! let sentences = read_conllu(conllu);
//! assert_eq!(sentences[0].words, ["Đảng viên", "họp", "chi bộ", "."]);
//! let model = train(&sentences, None, &TrainOptions::default(), |_| {});
//! let scores = evaluate(&Segmenter::with_model(model), &sentences);
//! assert_eq!(scores.f1(), 1.0);
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};

use crate::lexicon::Lexicon;
use crate::normalize::Normalizer;
use crate::tokenize::{Token, Tokenizer};

use super::features::{self, Prepared, N_STATIC};
use super::model::{Model, ModelInfo, Table, Vocabulary};
use super::{add_dict_entries, syllable_hashes, Segmenter, IN_LIST, IN_TRAIN};

/// One sentence with its gold words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSentence {
    /// The sentence text (the `# text` line).
    pub text: String,
    /// The gold words, in order; syllables of one word are separated by spaces.
    pub words: Vec<String>,
}

/// The words of a word list: one a line, syllables separated by spaces;
/// blank lines skipped.
///
/// ```
/// let words = tintuc::segment::train::read_word_list("đảng viên\n\n  chi bộ \n");
/// assert_eq!(words, ["đảng viên", "chi bộ"]);
/// ```
pub fn read_word_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// The dev split beside a train split, by the UD file naming
/// (`vi_vtb-ud-train.conllu` → `vi_vtb-ud-dev.conllu`, in the file name
/// only), when it exists and is not itself among `inputs`.
pub fn dev_split_beside(inputs: &[impl AsRef<Path>]) -> Option<PathBuf> {
    let train = inputs.first()?.as_ref();
    let name = train.file_name()?.to_str()?;
    if !name.contains("-train.") {
        return None;
    }
    let dev = train.with_file_name(name.replacen("-train.", "-dev.", 1));
    let is_input = inputs.iter().any(|i| i.as_ref() == dev);
    (!is_input && dev.is_file()).then_some(dev)
}

/// Reads the sentences of a CoNLL-U file: the `# text` line (with or
/// without a space after `=`) and the FORM column of the word lines
/// (multi-word token ranges and empty nodes are skipped). A sentence with no
/// `# text` line gets its words joined by spaces.
pub fn read_conllu(text: &str) -> Vec<GoldSentence> {
    let mut out = Vec::new();
    let mut sentence_text: Option<String> = None;
    let mut words: Vec<String> = Vec::new();
    let mut flush = |t: &mut Option<String>, w: &mut Vec<String>| {
        if !w.is_empty() {
            let text = t.take().unwrap_or_else(|| w.join(" "));
            out.push(GoldSentence {
                text,
                words: std::mem::take(w),
            });
        }
        *t = None;
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut sentence_text, &mut words);
        } else if let Some(rest) = line.strip_prefix("# text") {
            if let Some(t) = rest.trim_start().strip_prefix('=') {
                sentence_text = Some(t.trim().to_string());
            }
        } else if !line.starts_with('#') {
            let mut cols = line.split('\t');
            let id = cols.next().unwrap_or("");
            if id.contains(['-', '.']) {
                continue;
            }
            if let Some(form) = cols.next() {
                words.push(form.to_string());
            }
        }
    }
    flush(&mut sentence_text, &mut words);
    out
}

/// Word counts for precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// Gold words.
    pub gold: usize,
    /// Predicted words.
    pub predicted: usize,
    /// Predicted words whose span equals a gold word's span.
    pub correct: usize,
    /// Sentences whose text does not spell their gold words (skipped).
    pub mismatched: usize,
}

impl Scores {
    /// Correct / predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// Correct / gold.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// For each byte offset of `text`, the number of non-space characters
/// before it.
fn nonspace_index(text: &str) -> Vec<u32> {
    let mut idx = vec![0u32; text.len() + 1];
    let mut count = 0u32;
    for (i, c) in text.char_indices() {
        for slot in &mut idx[i..i + c.len_utf8()] {
            *slot = count;
        }
        if !c.is_whitespace() {
            count += 1;
        }
    }
    idx[text.len()] = count;
    idx
}

/// The gold word spans over the space-free text, in characters, or `None`
/// when the words do not spell the text.
fn gold_spans(s: &GoldSentence) -> Option<Vec<(u32, u32)>> {
    let mut spans = Vec::with_capacity(s.words.len());
    let mut at = 0u32;
    for w in &s.words {
        let len = w.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if len == 0 {
            continue;
        }
        spans.push((at, at + len));
        at += len;
    }
    let text_len = s.text.chars().filter(|c| !c.is_whitespace()).count() as u32;
    let same = s.text.chars().filter(|c| !c.is_whitespace()).eq(s
        .words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| !c.is_whitespace()));
    (at == text_len && same).then_some(spans)
}

/// Scores `segmenter` on `sentences`: for each sentence, the text goes in;
/// whitespace is removed from the gold words and from the predicted words,
/// each word becomes a (start, end) span over the whitespace-free text, and a
/// predicted word is right when its span equals a gold span. Micro-averaged.
pub fn evaluate(segmenter: &Segmenter, sentences: &[GoldSentence]) -> Scores {
    let normalizer = Normalizer::new();
    let mut scores = Scores::default();
    for s in sentences {
        let Some(gold) = gold_spans(s) else {
            scores.mismatched += 1;
            continue;
        };
        let n = normalizer.normalize(&s.text);
        let words = segmenter.segment(&n);
        let idx = nonspace_index(&s.text);
        let predicted: Vec<(u32, u32)> = words
            .iter()
            .map(|w| (idx[w.span.start], idx[w.span.end]))
            .collect();
        scores.gold += gold.len();
        scores.predicted += predicted.len();
        // Both lists are sorted by start and have no repeated spans.
        let (mut i, mut j) = (0, 0);
        while i < gold.len() && j < predicted.len() {
            match gold[i].cmp(&predicted[j]) {
                std::cmp::Ordering::Equal => {
                    scores.correct += 1;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
    }
    scores
}

/// For each token, whether a gold word starts at it.
fn gold_starts(s: &GoldSentence, tokens: &[Token<'_>]) -> Option<Vec<bool>> {
    let gold = gold_spans(s)?;
    let idx = nonspace_index(&s.text);
    let mut starts = vec![false; idx.last().map_or(0, |&n| n as usize) + 1];
    for &(a, _) in &gold {
        starts[a as usize] = true;
    }
    Some(
        tokens
            .iter()
            .map(|t| starts[idx[t.span.start] as usize])
            .collect(),
    )
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Most passes over the training sentences.
    pub epochs: usize,
    /// Stop after this many epochs without a better dev F1.
    pub patience: usize,
    /// Folds for the dictionary features of the training sentences: the
    /// words of a sentence's own fold are left out of its dictionary, so
    /// that the model does not learn to trust the dictionary blindly.
    pub folds: usize,
    /// Seed of the sentence order shuffles.
    pub seed: u64,
    /// Whether the default lexicon's forms go into the dictionary (off by
    /// default: VTB dev F1 is better without them, 96.73 against 96.58 on
    /// average over six seeds).
    pub lexicon: bool,
    /// More dictionary words (a word list), one per item; forms of fewer
    /// than two syllables, or with tokens that are not syllables, are
    /// skipped.
    pub words: Vec<String>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 20,
            patience: 4,
            folds: 5,
            seed: 1,
            lexicon: false,
            words: Vec::new(),
        }
    }
}

/// What [`train`] reports after each epoch.
#[derive(Clone, Copy, Debug)]
pub struct EpochReport {
    /// 1-based epoch number.
    pub epoch: usize,
    /// Wrong decisions during the epoch.
    pub mistakes: usize,
    /// Decisions taken during the epoch.
    pub decisions: usize,
    /// Dev scores with the averaged weights, when there is a dev set.
    pub dev: Option<Scores>,
}

/// Keys are already hashes: the hasher passes them through.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = features::add(self.0, u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Weight with the lazy sums of the averaged perceptron.
#[derive(Clone, Copy, Default)]
struct Acc {
    w: f32,
    total: f64,
    last: u64,
}

struct Example {
    feats: Vec<[u64; N_STATIC]>,
    shapes: Vec<usize>,
    joinable: Vec<bool>,
    gold: Vec<bool>,
}

/// Trains a model on `train` (tuned on `dev` when given: the epoch with the
/// best dev F1 is kept). `progress` is called after each epoch.
/// Deterministic for given inputs and options.
pub fn train(
    train: &[GoldSentence],
    dev: Option<&[GoldSentence]>,
    options: &TrainOptions,
    mut progress: impl FnMut(&EpochReport),
) -> Model {
    let normalizer = Normalizer::new();
    let tokenizer = Tokenizer::new();
    // Dictionary words: of the lexicon, and of each training sentence.
    let mut base: Vec<Vec<u64>> = Vec::new();
    if options.lexicon {
        for concept in Lexicon::default().concepts() {
            for form in concept.forms() {
                base.extend(syllable_hashes(&normalizer, form));
            }
        }
    }
    for form in &options.words {
        base.extend(syllable_hashes(&normalizer, form));
    }
    let words: Vec<Vec<Vec<u64>>> = train
        .iter()
        .map(|s| {
            s.words
                .iter()
                .filter_map(|w| syllable_hashes(&normalizer, w))
                .collect()
        })
        .collect();
    let folds = options.folds.max(1);
    let dict_of = |skip: Option<usize>| -> Vec<(u64, u8)> {
        let mut d = HashMap::new();
        for w in &base {
            add_dict_entries(&mut d, w, IN_LIST);
        }
        for (k, ws) in words.iter().enumerate() {
            if skip == Some(k % folds) {
                continue;
            }
            for w in ws {
                add_dict_entries(&mut d, w, IN_TRAIN);
            }
        }
        d.into_iter().collect()
    };
    let full_dict = dict_of(None);
    let mut unique: Vec<&Vec<u64>> = words.iter().flatten().chain(&base).collect();
    unique.sort();
    unique.dedup();
    let dictionary_words = unique.len() as u32;
    let fold_dicts: Vec<Table<u8>> = if folds > 1 {
        (0..folds)
            .map(|f| Table::build(&dict_of(Some(f))))
            .collect()
    } else {
        vec![Table::build(&full_dict)]
    };
    // How each syllable pair is seen in each training sentence: its key,
    // and whether it was inside a word.
    let empty = Table::build(&[]);
    let mut prepared = Prepared::default();
    let mut seen: Vec<Vec<(u64, bool)>> = Vec::with_capacity(train.len());
    for s in train {
        let n = normalizer.normalize(&s.text);
        let tokens = tokenizer.tokenize(&n);
        let mut pairs = Vec::new();
        if let Some(gold) = gold_starts(s, &tokens) {
            prepared.fill(n.text(), &tokens, &empty, &empty);
            for (i, &start) in gold.iter().enumerate().skip(1) {
                if prepared.joinable[i] {
                    let key = features::pair_hash(prepared.h[i + 1], prepared.h[i + 2]);
                    pairs.push((key, !start));
                }
            }
        }
        seen.push(pairs);
    }
    let stats_of = |skip: Option<usize>| -> Vec<(u64, u8)> {
        let mut counts: HashMap<u64, (u32, u32)> = HashMap::new();
        for (k, pairs) in seen.iter().enumerate() {
            if skip == Some(k % folds) {
                continue;
            }
            for &(key, joined) in pairs {
                let c = counts.entry(key).or_default();
                if joined {
                    c.0 += 1;
                } else {
                    c.1 += 1;
                }
            }
        }
        counts
            .into_iter()
            .map(|(k, (j, s))| (k, features::pair_stat_code(j, s)))
            .collect()
    };
    let full_stats = stats_of(None);
    let fold_stats: Vec<Table<u8>> = if folds > 1 {
        (0..folds)
            .map(|f| Table::build(&stats_of(Some(f))))
            .collect()
    } else {
        vec![Table::build(&full_stats)]
    };
    // Features of every training position, computed once.
    let mut examples = Vec::with_capacity(train.len());
    let mut vocabulary = Vocabulary::default();
    for (k, s) in train.iter().enumerate() {
        let n = normalizer.normalize(&s.text);
        let tokens = tokenizer.tokenize(&n);
        let Some(gold) = gold_starts(s, &tokens) else {
            continue;
        };
        prepared.fill(
            n.text(),
            &tokens,
            &fold_dicts[k % fold_dicts.len()],
            &fold_stats[k % fold_stats.len()],
        );
        let mut feats = vec![[0u64; N_STATIC]; tokens.len()];
        for (i, f) in feats.iter_mut().enumerate() {
            if prepared.joinable[i] {
                prepared.keys(i, f);
            }
        }
        let h = &prepared.h;
        vocabulary.tokens.extend(h);
        vocabulary.rhymes.extend(&prepared.rhyme);
        for k in 0..h.len() - 1 {
            vocabulary.pairs.push(features::pair_hash(h[k], h[k + 1]));
            let r = &prepared.rhyme;
            vocabulary
                .rhyme_pairs
                .push(features::pair_hash(r[k], r[k + 1]));
        }
        for k in 0..h.len() - 2 {
            vocabulary
                .triples
                .push(features::triple_hash(h[k], h[k + 1], h[k + 2]));
        }
        examples.push(Example {
            feats,
            shapes: (0..tokens.len()).map(|i| prepared.shape_pair(i)).collect(),
            joinable: prepared.joinable.clone(),
            gold,
        });
    }
    let info = ModelInfo {
        sentences: examples.len() as u32,
        epochs: 0,
        dev_f1: 0,
        dictionary_words,
    };
    let mut weights: IdMap<Acc> = IdMap::default();
    let mut clock = 0u64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = options.seed.max(1);
    let mut best: Option<(f64, Model)> = None;
    let mut since_best = 0;
    let mut last_model = None;
    for epoch in 1..=options.epochs.max(1) {
        shuffle(&mut order, &mut rng);
        let (mut mistakes, mut decisions) = (0, 0);
        for &e in &order {
            let ex = &examples[e];
            let mut current = 0usize;
            for i in 0..ex.gold.len() {
                let start = if !ex.joinable[i] {
                    true
                } else {
                    clock += 1;
                    decisions += 1;
                    let dynamic = features::dynamic_keys(ex.shapes[i], current);
                    let all = ex.feats[i].iter().chain(dynamic.iter());
                    let score: f32 = all
                        .clone()
                        .map(|f| weights.get(f).map_or(0.0, |a| a.w))
                        .sum();
                    let predicted = score > 0.0;
                    if predicted != ex.gold[i] {
                        mistakes += 1;
                        let y = if ex.gold[i] { 1.0 } else { -1.0 };
                        for &f in all {
                            let a = weights.entry(f).or_default();
                            a.total += f64::from(a.w) * (clock - a.last) as f64;
                            a.last = clock;
                            a.w += y;
                        }
                    }
                    predicted
                };
                current = if start { 1 } else { current + 1 };
            }
        }
        let averaged: IdMap<f32> = weights
            .iter()
            .map(|(&f, a)| {
                let total = a.total + f64::from(a.w) * (clock - a.last) as f64;
                (f, (total / clock.max(1) as f64) as f32)
            })
            .collect();
        let model = Model::from_weights(
            &averaged,
            &vocabulary,
            full_dict.clone(),
            full_stats.clone(),
            ModelInfo {
                epochs: epoch as u32,
                ..info
            },
        );
        let dev_scores = dev.map(|d| evaluate(&Segmenter::with_model(model.clone()), d));
        progress(&EpochReport {
            epoch,
            mistakes,
            decisions,
            dev: dev_scores,
        });
        match dev_scores {
            Some(scores) => {
                let f1 = scores.f1();
                if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
                    let mut model = model;
                    model.set_info(ModelInfo {
                        dev_f1: (f1 * 10_000.0).round() as u32,
                        ..model.info()
                    });
                    best = Some((f1, model));
                    since_best = 0;
                } else {
                    since_best += 1;
                    if since_best >= options.patience.max(1) {
                        break;
                    }
                }
            }
            None => last_model = Some(model),
        }
    }
    best.map(|(_, m)| m).or(last_model).unwrap_or_else(|| {
        Model::from_weights(&IdMap::default(), &vocabulary, full_dict, full_stats, info)
    })
}

/// Fisher–Yates with xorshift64: the same order on every platform.
fn shuffle(v: &mut [usize], state: &mut u64) {
    for i in (1..v.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}
