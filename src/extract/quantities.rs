//! Quantities: every count and percentage of the article, with what is
//! counted and the context that makes it a fact.
//!
//! For each number the numbers scanner found in the headline or the body:
//!
//! - **unit**: the lexicon term right after it (`đảng viên mới`, `chi bộ
//!   trực thuộc`, `bản`), else the next words up to a verb or preposition;
//!   `%` for a percentage. Durations (`5 năm liền`), labels (`khóa 18`,
//!   `lần thứ 4`), list markers and document numbers are not quantities;
//! - **event**: the nearest event before it in the sentence (`kết nạp`);
//! - **relation**: `đạt`, `vượt`, `chiếm`, `tăng`, `giảm`, `bằng` just before it;
//! - **reference**: what follows (`so với kế hoạch`, `chỉ tiêu`, `tổng số
//!   đảng viên`, `số quần chúng ưu tú`) or a leading `So với …,`;
//! - **modality**: a target cue before it in the sentence (`phấn đấu`, `mục tiêu`, `giao`);
//! - **time**: a bracketed time right after it (`76,96% (năm 2005)`), else the
//!   nearest time before it in the sentence, else one later in its clause,
//!   else the last time mentioned before (so `Năm 2022, …` scopes what follows);
//! - **subject**: the nearest named organisation or place before it in the
//!   sentence, else earlier in the paragraph, else the article's main subject
//!   (the first one named in the headline or the first paragraph).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::facts::{Modality, Quantity, TimeRef};
use super::Doc;
use crate::lexicon::Category;
use crate::matcher::{Match, MatchKind};
use crate::normalize::{folds_to, LetterTable};
use crate::numbers::{Decimal, Kind, NumericMatch};
use crate::tokenize::{Sentence, Token, TokenKind};

/// The word lists of `data/quantity_words.tsv`.
struct Words {
    /// Words that end a unit read from the words after a number, sorted.
    unit_stop: WordList,
    /// Units of time, sorted.
    time_unit: WordList,
    /// Words before a number that make it a label, sorted.
    label_before: WordList,
    /// Words after a number that make it a label, sorted.
    label_after: WordList,
    /// Target cues.
    target: TargetCues,
    /// Lexicon event canonical form → event of the contract, sorted.
    events: Vec<(&'static str, &'static str)>,
    /// Events written in two parts: folded first part, folded second part, event.
    gapped: Vec<(String, String, &'static str)>,
}

/// A list of lower-case words, as sorted [keys](Key): a lookup compares
/// integers.
struct WordList(Vec<u128>);

impl WordList {
    fn new(words: Vec<&'static str>) -> Self {
        let mut keys: Vec<u128> = words.iter().filter_map(|w| Key::of(w)).collect();
        keys.sort_unstable();
        keys.dedup();
        WordList(keys)
    }

    /// Whether `word` (in lower case already) is listed.
    fn has(&self, word: &str) -> bool {
        Key::of(word).is_some_and(|k| self.has_key(k))
    }

    fn has_key(&self, key: u128) -> bool {
        self.0.binary_search(&key).is_ok()
    }

    /// Whether `word` in lower case is listed, without allocating.
    fn has_lower(&self, word: &str) -> bool {
        let mut key = Key::new();
        key.push_lower(word);
        key.get().is_some_and(|k| self.has_key(k))
    }
}

/// A short string packed in an integer, built on the stack: up to 15 bytes
/// and its length. The words of the lists are short (a test checks it): a
/// longer string is in none of them.
struct Key {
    bytes: [u8; 16],
    len: usize,
    /// False once something did not fit.
    fits: bool,
}

impl Key {
    const CAP: usize = 15;

    fn new() -> Self {
        Key {
            bytes: [0; 16],
            len: 0,
            fits: true,
        }
    }

    /// The key of `s` as it is.
    fn of(s: &str) -> Option<u128> {
        let mut key = Key::new();
        key.push(s.as_bytes());
        key.get()
    }

    fn push(&mut self, s: &[u8]) {
        match self.bytes[..Key::CAP].get_mut(self.len..self.len + s.len()) {
            Some(dst) if self.fits => {
                dst.copy_from_slice(s);
                self.len += s.len();
            }
            _ => self.fits = false,
        }
    }

    /// Appends `s.to_lowercase()`.
    fn push_lower(&mut self, s: &str) {
        let (start, fits) = (self.len, self.fits);
        let done = lower_prefix(s);
        self.push(&s.as_bytes()[..done]);
        let mut utf8 = [0; 4];
        if !each_lower(&s[done..], |l| {
            self.push(l.encode_utf8(&mut utf8).as_bytes())
        }) {
            (self.len, self.fits) = (start, fits);
            self.push(s.to_lowercase().as_bytes());
        }
    }

    /// The key, if it all fit.
    fn get(&self) -> Option<u128> {
        let mut bytes = [0; 16];
        bytes[..self.len].copy_from_slice(&self.bytes[..self.len]);
        bytes[Key::CAP] = self.len as u8;
        self.fits.then(|| u128::from_le_bytes(bytes))
    }
}

/// Folded words with a space before and after, for whole-word search.
fn fold_words(s: &str) -> String {
    let mut f = String::with_capacity(s.len());
    crate::normalize::fold_into(&mut f, s);
    let words: Vec<&str> = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}

impl Words {
    /// The event of the contract a lexicon event stands for.
    fn event(&self, canonical: &str) -> Option<&'static str> {
        let i = self
            .events
            .binary_search_by_key(&(canonical.len(), canonical), |e| (e.0.len(), e.0))
            .ok()?;
        Some(self.events[i].1)
    }

    fn get() -> &'static Words {
        static W: OnceLock<Words> = OnceLock::new();
        W.get_or_init(|| {
            let mut lists = raw_lists();
            let mut events = HashMap::new();
            let mut gapped = Vec::new();
            for line in data_lines(include_str!("data/events.tsv")) {
                if let Some((event, forms)) = line.split_once('\t') {
                    for f in forms.split('|').map(str::trim) {
                        match f.split_once(" … ") {
                            Some((a, b)) => {
                                gapped.push((fold_words(a), fold_words(b), event.trim()))
                            }
                            None => {
                                events.insert(f, event.trim());
                            }
                        }
                    }
                }
            }
            // By length first: most comparisons of a lookup stop there.
            let mut events: Vec<_> = events.into_iter().collect();
            events.sort_unstable_by_key(|e| (e.0.len(), e.0));
            let mut list = |name: &str| lists.remove(name).unwrap_or_default();
            Words {
                unit_stop: WordList::new(list("unit_stop")),
                time_unit: WordList::new(list("time_unit")),
                label_before: WordList::new(list("label_before")),
                label_after: WordList::new(list("label_after")),
                target: TargetCues::new(list("target")),
                events,
                gapped,
            }
        })
    }
}

/// The word lists of `data/quantity_words.tsv` by name, as written.
fn raw_lists() -> HashMap<&'static str, Vec<&'static str>> {
    let mut lists: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in data_lines(include_str!("data/quantity_words.tsv")) {
        if let Some((name, words)) = line.split_once('\t') {
            lists
                .entry(name)
                .or_default()
                .extend(words.split('|').map(str::trim));
        }
    }
    lists
}

/// `s.to_lowercase()`, without Unicode's case table for ASCII and small letters.
fn lowercase(s: &str) -> String {
    let done = lower_prefix(s);
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..done]);
    if each_lower(&s[done..], |l| out.push(l)) {
        out
    } else {
        s.to_lowercase()
    }
}

/// The length of the start of `s` that is its own lower case: ASCII but
/// capitals, and small Vietnamese letters (from the letter table, whose case
/// is Unicode's: a test checks every letter).
fn lower_prefix(s: &str) -> usize {
    let bytes = s.as_bytes();
    let letters = LetterTable::get();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_uppercase() {
                break;
            }
            i += 1;
        } else if let Some((len, false)) = letters.letter_at(bytes, i) {
            i += len;
        } else {
            break;
        }
    }
    i
}

/// Feeds the characters of `s.to_lowercase()` to `put`, or stops and
/// returns false at a capital sigma, whose lower case depends on its place
/// in the word. (Elsewhere `str::to_lowercase` lowers char by char.)
fn each_lower(s: &str, mut put: impl FnMut(char)) -> bool {
    for c in s.chars() {
        if c.is_ascii() {
            put(c.to_ascii_lowercase());
        } else if crate::normalize::is_lower(c) {
            // A small letter is its own lower case (a test checks every one),
            // and the letter table answers for Vietnamese ones at once.
            put(c);
        } else if c == 'Σ' {
            return false;
        } else {
            c.to_lowercase().for_each(&mut put);
        }
    }
    true
}

/// Whether `needle` occurs in `hay`, ASCII letters compared without case:
/// `hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))`, but
/// `memchr` finds the places where the first byte matches. (The rules read
/// [`GappedProbes`]; the tests compare them with this.)
#[cfg(test)]
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut from = 0;
    while let Some(k) = memchr::memchr2(lower, upper, &hay[from..]) {
        let at = from + k;
        if hay
            .get(at + 1..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Where `needle` occurs wholly within `hay[range]`, ASCII letters compared
/// without case, in order, appended to `out`. `needle` is not empty.
fn positions_ignore_ascii_case(
    hay: &[u8],
    range: Range<usize>,
    needle: &[u8],
    out: &mut Vec<usize>,
) {
    let Some((&first, rest)) = needle.split_first() else {
        return;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let window = &hay[range.clone()];
    out.extend(
        memchr::memchr2_iter(lower, upper, window)
            .filter(|&at| {
                window
                    .get(at + 1..at + needle.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(rest))
            })
            .map(|at| range.start + at),
    );
}

/// The two-part events (`chuyển … chính thức`) are looked for in a folded
/// copy of the words before a number only when the start of a first part
/// (its probe) occurs there. The windows of the numbers of a sentence
/// overlap: each stretch of text is searched once, not once per number.
struct GappedProbes<'t> {
    text: &'t [u8],
    probes: Vec<Probe>,
    /// The stretch of text searched so far: the probes found are those in it.
    searched: Range<usize>,
}

/// A probe (at most 3 bytes) and where it occurs in the stretch searched.
struct Probe {
    bytes: &'static [u8],
    found: Vec<usize>,
}

impl<'t> GappedProbes<'t> {
    fn new(text: &'t str, words: &'static Words) -> Self {
        let probes = words.gapped.iter().map(|(a, _, _)| {
            let probe = a.trim().as_bytes();
            Probe {
                bytes: &probe[..probe.len().min(3)],
                found: Vec::new(),
            }
        });
        GappedProbes {
            text: text.as_bytes(),
            probes: probes.collect(),
            searched: 0..0,
        }
    }

    /// Whether a probe lies wholly within `text[r]`: `contains_ignore_ascii_case`
    /// of the window for some probe.
    fn may_be_in(&mut self, r: Range<usize>) -> bool {
        // Grow the stretch searched when `r` starts inside or at its end;
        // else start a new one at `r`. A probe found near the old end lies
        // wholly in the stretch, so the search goes back a probe's length.
        if r.start < self.searched.start || r.start > self.searched.end {
            self.searched = r.start..r.start;
            self.probes.iter_mut().for_each(|p| p.found.clear());
        }
        if r.end > self.searched.end {
            for p in &mut self.probes {
                // Starts of probes not yet wholly inside the stretch.
                let from = self
                    .searched
                    .end
                    .saturating_sub(p.bytes.len().saturating_sub(1))
                    .max(self.searched.start);
                let keep = p.found.partition_point(|&at| at < from);
                p.found.truncate(keep);
                positions_ignore_ascii_case(self.text, from..r.end, p.bytes, &mut p.found);
            }
            self.searched.end = r.end;
        }
        self.probes.iter().any(|p| {
            if p.bytes.is_empty() {
                return true;
            }
            let i = p.found.partition_point(|&at| at < r.start);
            p.found
                .get(i)
                .is_some_and(|&at| at + p.bytes.len() <= r.end)
        })
    }
}

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// A term that makes a figure a goal: a target term of the lexicon, or one of
/// the target `cues` of `quantity_words.tsv`.
fn is_target(t: &Match<'_>, cues: &TargetCues) -> bool {
    t.category() == Some(Category::Target) || t.canonical().is_some_and(|c| cues.has(c))
}

/// A line [`Context`] reads: its index, its tokens, and where the names it
/// gives are read up to.
struct LineRead {
    line: usize,
    tokens: Range<usize>,
    names_before: usize,
}

/// What a term is to the rules, as bits.
struct TermClass;

impl TermClass {
    const KNOWN: u8 = 1;
    /// The classes [`Context::nearest`] finds.
    const ALL: [u8; 3] = [TermClass::TARGET, TermClass::RELATION, TermClass::EVENT];
    /// It makes a figure a goal ([`is_target`]).
    const TARGET: u8 = 2;
    /// A relation of the contract ([`contract_relation`]).
    const RELATION: u8 = 4;
    /// An event of the contract ([`contract_event`]).
    const EVENT: u8 = 8;

    fn of(t: &Match<'_>) -> u8 {
        // A term's category and canonical form are its concept's: read once.
        if let (MatchKind::Term, Some(concept)) = (t.kind, t.concept) {
            let words = Words::get();
            let canonical = concept.canonical.as_str();
            let class = match concept.category {
                Category::Target => TermClass::TARGET,
                Category::Relation if relation_of(canonical).is_some() => TermClass::RELATION,
                Category::Event if words.event(canonical).is_some() => TermClass::EVENT,
                _ => 0,
            };
            let cue = class & TermClass::TARGET == 0 && words.target.has(canonical);
            return TermClass::KNOWN | class | if cue { TermClass::TARGET } else { 0 };
        }
        let mut class = TermClass::KNOWN;
        if is_target(t, &Words::get().target) {
            class |= TermClass::TARGET;
        }
        if contract_relation(t).is_some() {
            class |= TermClass::RELATION;
        }
        if contract_event(t).is_some() {
            class |= TermClass::EVENT;
        }
        class
    }
}

/// The relation of the contract a relation term stands for.
fn contract_relation(t: &Match<'_>) -> Option<&'static str> {
    if t.category() != Some(Category::Relation) {
        return None;
    }
    relation_of(t.canonical().unwrap_or(""))
}

/// The relation of the contract a relation's canonical form starts with.
fn relation_of(canonical: &str) -> Option<&'static str> {
    let contract = ["đạt", "vượt", "chiếm", "tăng", "giảm", "bằng"];
    contract.into_iter().find(|r| canonical.starts_with(*r))
}

/// The event of the contract an event term stands for.
fn contract_event(t: &Match<'_>) -> Option<&'static str> {
    if t.category() != Some(Category::Event) {
        return None;
    }
    Words::get().event(t.canonical()?)
}

/// The target cues, and a set of their lengths to turn most terms away at once.
struct TargetCues {
    words: Vec<&'static str>,
    /// Bit `n` for a cue of `n` bytes; bit 63 for any of 63 bytes or more.
    lens: u64,
}

impl TargetCues {
    fn new(words: Vec<&'static str>) -> Self {
        let lens = words.iter().fold(0, |set, w| set | 1 << w.len().min(63));
        TargetCues { words, lens }
    }

    /// Whether `term` in lower case is a cue.
    fn has(&self, term: &str) -> bool {
        // Lower case keeps the length of Vietnamese letters: compare lengths first.
        // An ASCII first letter must be the cue's in lower case.
        let first_fits = |w: &str| match term.as_bytes().first() {
            Some(b) if b.is_ascii() => w.as_bytes().first() == Some(&b.to_ascii_lowercase()),
            _ => true,
        };
        self.may_have_len(term.len())
            && self
                .words
                .iter()
                .any(|w| w.len() == term.len() && first_fits(w) && lower_eq(term, w))
    }

    fn may_have_len(&self, len: usize) -> bool {
        self.lens & 1 << len.min(63) != 0
    }
}

/// `term.chars().flat_map(char::to_lowercase).eq(lower.chars())`, stopping
/// at the first difference: ASCII and small letters (the letter table's
/// answer) are their own lower case; at any other character, the plain way.
fn lower_eq(term: &str, lower: &str) -> bool {
    let mut want = lower.chars();
    for c in term.chars() {
        let l = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else if crate::normalize::is_lower(c) {
            c
        } else {
            return term.chars().flat_map(char::to_lowercase).eq(lower.chars());
        };
        if want.next() != Some(l) {
            return false;
        }
    }
    want.next().is_none()
}

/// A time expression, where it is, and what it says.
struct Time {
    range: Range<usize>,
    value: TimeRef,
}

fn time_of(m: &NumericMatch) -> Option<TimeRef> {
    match m.kind {
        Kind::Year | Kind::Date => {
            let d = m.date?;
            match (d.year, d.month, d.day) {
                (Some(y), Some(mo), Some(day)) => Some(TimeRef::Date {
                    date: format!("{y:04}-{mo:02}-{day:02}"),
                }),
                (Some(y), _, _) => Some(TimeRef::Year { year: y }),
                _ => None,
            }
        }
        Kind::Period => {
            let (from, to) = (m.from?.year?, m.to?.year?);
            Some(if from == to {
                TimeRef::Year { year: from }
            } else {
                TimeRef::Period { from, to }
            })
        }
        _ => None,
    }
}

/// `d.to_f64()` (which prints the decimal and parses it back) without
/// printing when the digits fit a double exactly: then one division by an
/// exact power of ten rounds correctly, as parsing does.
fn to_f64(d: Decimal) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = d.mantissa();
    match EXACT.get(d.scale() as usize) {
        Some(p) if m.unsigned_abs() <= 1 << 53 => m as f64 / p,
        _ => d.to_f64(),
    }
}

/// How many tokens around a number its context may reach.
const CONTEXT: usize = 80;

/// A quantity on its way out, with what the document-level passes need.
struct Found {
    q: Quantity,
    /// From the number (or its cue) to the end of its unit, normalized text.
    range: Range<usize>,
    /// Start of its sentence.
    sentence: usize,
    percent: bool,
    /// What it is measured against, kept if it is a percentage or has a relation.
    reference: Option<String>,
}

/// A named organisation or place that can be the subject of a number.
#[derive(Clone, Debug)]
struct Named {
    span: Range<usize>,
    organisation: bool,
    /// Found by capitals alone, with no unit word: trusted only in its own sentence.
    bare: bool,
    /// It only locates the name before it (`xã Văn Xá huyện Kim Bảng`,
    /// `huyện Sơn Động (Bắc Giang)`).
    locator: bool,
}

/// The per-document context the rules read.
///
/// Sentences and names are read only near numbers: in the lines that hold
/// a number that may be a quantity (and, when first needed, in the lines
/// that give the main subject). Every line break between tokens ends a
/// sentence and every name lies in one line, so what a line holds does not
/// depend on the others; a document whose tokens run over a line break is
/// read whole.
pub(crate) struct Context<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The sentences of the lines read, by start.
    sentences: Vec<Sentence>,
    times: Vec<Time>,
    /// Named organisations and places of the lines read, by start.
    names: Vec<Named>,
    /// Terms (not inside names), sorted by start.
    terms: Vec<&'d Match<'d>>,
    /// Where each term starts and ends: searches read these short arrays,
    /// not the matches.
    term_starts: Vec<usize>,
    term_ends: Vec<usize>,
    /// What each term is to the rules ([`TermClass`] bits).
    classes: Vec<u8>,
    /// For each class (target, relation, event) and each term index `i`:
    /// 1 + the index of the last term of the class before term `i`, or 0.
    last_before: [Vec<u32>; 3],
    /// The names the matcher found in lines that give facts (not excluded), by start.
    matched: Vec<&'d Match<'d>>,
    /// Ranges that are not counts: cited documents.
    excluded: Vec<Range<usize>>,
    /// The article's main subject, found when first needed.
    main_subject: OnceCell<Option<Named>>,
}

impl<'d, 'a> Context<'d, 'a> {
    pub(crate) fn new(
        doc: &'d Doc<'a>,
        numbers: &[NumericMatch],
        excluded: Vec<Range<usize>>,
    ) -> Self {
        let mut cx = Context::without_lines(doc, numbers, excluded);
        match cx.number_lines(numbers) {
            Some(lines) => {
                let regions = cx.term_regions(&lines);
                cx.read_terms(Some(&regions));
                let text = doc.text();
                for LineRead { tokens: toks, .. } in &lines {
                    let found = crate::tokenize::sentences(&doc.tokens[toks.clone()], text);
                    cx.sentences.extend(found.into_iter().map(|mut s| {
                        s.tokens = s.tokens.start + toks.start..s.tokens.end + toks.start;
                        s
                    }));
                }
                cx.names = cx.names_in_lines(&lines);
            }
            None => cx.read_whole(),
        }
        cx
    }

    /// The context with every line read: the reference.
    #[cfg(test)]
    fn whole(doc: &'d Doc<'a>, numbers: &[NumericMatch], excluded: Vec<Range<usize>>) -> Self {
        let mut cx = Context::without_lines(doc, numbers, excluded);
        cx.read_whole();
        cx
    }

    fn read_whole(&mut self) {
        self.read_terms(None);
        self.sentences = crate::tokenize::sentences(&self.doc.tokens, self.doc.text());
        self.names = all_names(self.doc, &self.matched);
        self.main_subject = OnceCell::from(main_subject(self.doc, &self.names));
    }

    /// The context but the sentences and names.
    fn without_lines(
        doc: &'d Doc<'a>,
        numbers: &[NumericMatch],
        excluded: Vec<Range<usize>>,
    ) -> Self {
        let in_excluded = |r: &Range<usize>| {
            excluded
                .iter()
                .any(|e| e.start <= r.start && r.end <= e.end)
        };
        let times = numbers
            .iter()
            .filter(|m| doc.in_fact_line(&m.span) && !in_excluded(&m.span))
            .filter_map(|m| {
                Some(Time {
                    range: m.span.clone(),
                    value: time_of(m)?,
                })
            })
            .collect();
        let matched: Vec<&Match> = doc
            .matches
            .names()
            .filter(|m| doc.in_fact_line(&m.span) && !in_excluded(&m.span))
            .collect();
        Context {
            doc,
            sentences: Vec::new(),
            times,
            names: Vec::new(),
            terms: Vec::new(),
            term_starts: Vec::new(),
            term_ends: Vec::new(),
            classes: Vec::new(),
            last_before: Default::default(),
            matched,
            excluded,
            main_subject: OnceCell::new(),
        }
    }

    /// Reads the terms that are not inside a name: all of them, or those
    /// that start in `regions` (sorted) and the first after each.
    fn read_terms(&mut self, regions: Option<&[Range<usize>]>) {
        let matches = &self.doc.matches;
        let matched = &self.matched;
        // Names come sorted by start and rarely nest: the few that start
        // just before a term are the only ones that can hold it. Terms come
        // sorted by start too: `i`, the count of names starting at or before
        // the term, only grows.
        let mut i = 0;
        let mut inside_name = |t: &Match| {
            if i > 0 && matched[i - 1].span.start > t.span.start {
                i = 0; // out of order: search from the start
            }
            while matched.get(i).is_some_and(|n| n.span.start <= t.span.start) {
                i += 1;
            }
            matched[..i]
                .iter()
                .rev()
                .take(4)
                .any(|n| t.span.end <= n.span.end && n.span != t.span)
        };
        let mut terms: Vec<&Match> = Vec::with_capacity(matches.terms().size_hint().0);
        match regions {
            None => terms.extend(matches.terms().filter(|t| !inside_name(t))),
            Some(regions) => {
                // Terms never overlap: those starting before `next` are read.
                let mut next = 0;
                for r in regions {
                    for t in matches.terms_after(r.start.max(next)) {
                        next = t.span.start + 1;
                        if !inside_name(t) {
                            terms.push(t);
                        }
                        if t.span.start >= r.end {
                            break;
                        }
                    }
                }
            }
        }
        self.term_starts = terms.iter().map(|t| t.span.start).collect();
        self.term_ends = terms.iter().map(|t| t.span.end).collect();
        // A term's class is its concept's: the last concept of each slot is
        // remembered, and most terms of a page are the same few.
        let mut seen: [(usize, u8); 32] = [(0, 0); 32];
        let mut class_of = |t: &Match| match (t.kind, t.concept) {
            (MatchKind::Term, Some(c)) => {
                let at = c as *const crate::lexicon::Concept as usize;
                let slot = &mut seen[at / std::mem::size_of_val(c) % 32];
                if slot.0 != at {
                    *slot = (at, TermClass::of(t));
                }
                slot.1
            }
            _ => TermClass::of(t),
        };
        self.classes = terms.iter().map(|t| class_of(t)).collect();
        for (k, class) in TermClass::ALL.into_iter().enumerate() {
            let mut last = 0;
            let mut before = Vec::with_capacity(terms.len() + 1);
            before.push(0);
            for (i, &c) in self.classes.iter().enumerate() {
                if c & class != 0 {
                    last = i as u32 + 1;
                }
                before.push(last);
            }
            self.last_before[k] = before;
        }
        self.terms = terms;
    }

    /// Where the rules of the quantities in `lines` read terms: from four
    /// tokens before each line (a relation before its first number) to
    /// seven after it (a reference after its last unit), and the term right
    /// after a term there (`tổng số đảng viên`).
    fn term_regions(&self, lines: &[LineRead]) -> Vec<Range<usize>> {
        let tokens = &self.doc.tokens;
        let mut regions: Vec<Range<usize>> = Vec::new();
        for read in lines.iter().filter(|r| !r.tokens.is_empty()) {
            let (lo, hi) = (read.tokens.start, read.tokens.end);
            let from = tokens[lo.saturating_sub(4)].norm_span.start;
            let to = tokens.get(hi + 7).map_or(usize::MAX, |t| t.norm_span.end);
            match regions.last_mut() {
                Some(last) if from <= last.end => last.end = last.end.max(to),
                _ => regions.push(from..to),
            }
        }
        regions
    }

    /// The lines (index and tokens) that hold the start of a number that may
    /// be a quantity, or of its approximation cue, in order; `None` when the
    /// tokens of one run over a line break.
    fn number_lines(&self, numbers: &[NumericMatch]) -> Option<Vec<LineRead>> {
        let doc = self.doc;
        // Each line, and where the names it gives are read up to: the
        // subject of a quantity is named before its start, in its line.
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for m in numbers {
            if !m.is_quantity() || m.value.is_none() || !doc.in_fact_line(&m.span) {
                continue;
            }
            if self.is_excluded(&m.span) {
                continue;
            }
            let start = quantity_start(m);
            for (pos, names_before) in [(start, start), (m.span.start, 0)] {
                let l = self.line_index(pos);
                if l < doc.layout.lines.len() {
                    lines.push((l, names_before));
                }
            }
        }
        lines.sort_unstable();
        lines.dedup_by(|b, a| {
            // The same line: the latest position.
            a.0 == b.0 && {
                a.1 = a.1.max(b.1);
                true
            }
        });
        lines
            .into_iter()
            .map(|(line, names_before)| {
                Some(LineRead {
                    line,
                    tokens: self.line_tokens(line)?,
                    names_before,
                })
            })
            .collect()
    }

    /// The index of the line [`line_of`](Self::line_of) gives.
    fn line_index(&self, pos: usize) -> usize {
        self.doc.layout.lines.partition_point(|l| l.range.end < pos)
    }

    /// The tokens of line `l`, or `None` when a token runs over the line
    /// break before or after it.
    fn line_tokens(&self, l: usize) -> Option<Range<usize>> {
        let tokens = &self.doc.tokens;
        let text = self.doc.text();
        let r = &self.doc.layout.lines[l].range;
        let lo = tokens.partition_point(|t| t.norm_span.start < r.start);
        let hi = lo + tokens[lo..].partition_point(|t| t.norm_span.start < r.end);
        // No token starts on a space: the one before `lo` must end before
        // the line break that opens the line, the last one by the line's end.
        if lo > 0 {
            let newline = text[..r.start].rfind('\n')?;
            if tokens[lo - 1].norm_span.end > newline {
                return None;
            }
        }
        if hi > lo && tokens[hi - 1].norm_span.end > r.end {
            return None;
        }
        Some(lo..hi)
    }

    /// The names of `lines` (indices, in order, and their tokens), as
    /// [`all_names`] gives them in those lines.
    ///
    /// The names that start at or after a line's `names_before` may be left
    /// out or wrong: nothing reads them.
    fn names_in_lines(&self, lines: &[LineRead]) -> Vec<Named> {
        let doc = self.doc;
        let tokens = &doc.tokens;
        let letters = LetterTable::get();
        let mut coverage = Coverage::new(doc.matches.as_slice());
        let mut out = Vec::new();
        let mut names = Vec::new();
        for read in lines {
            let r = &doc.layout.lines[read.line].range;
            let lo = self.matched.partition_point(|m| m.span.start < r.start);
            let hi = self.matched.partition_point(|m| m.span.start <= r.end);
            names.extend(self.matched[lo..hi].iter().filter_map(|m| named(m)));
            // Names by capitals up to the first word after `names_before`
            // that no such name can hold: the runs before it are whole.
            let toks = &read.tokens;
            let from = toks.start
                + tokens[toks.clone()].partition_point(|t| t.norm_span.start < read.names_before);
            let end = (from..toks.end)
                .find(|&k| !is_capitalised(&tokens[k], letters))
                .unwrap_or(toks.end);
            bare_names_in(doc, &mut coverage, toks.start..end, &mut names);
            settle(doc.text(), &mut names);
            // The first name of the line may locate the last of an earlier one.
            if let Some(first) = names.first_mut() {
                first.locator = self.follows_name(read.line, toks.start, first.span.start);
            }
            out.append(&mut names);
        }
        out
    }

    /// Whether a name of a line before line `l` (whose first token is `tok`)
    /// ends where a name starting at `start`, the first of line `l`, is a
    /// locator: with only spaces and one of `, ( - –` between them. (Names
    /// kept by [`settle`] end further on each: the one before the first of
    /// line `l` is the one that ends last.)
    fn follows_name(&self, l: usize, tok: usize, start: usize) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let line_start = doc.layout.lines[l].range.start;
        let head = text[..start].trim_end();
        let reach = match head.strip_suffix([',', '(', '-', '–']) {
            Some(rest) => rest.trim_end().len(),
            None => head.len(),
        };
        if reach >= line_start {
            return false;
        }
        let ends_in_reach = |r: &Range<usize>| reach <= r.end && r.end < line_start;
        // Names found by the matcher, in the lines that end in reach.
        let floor = doc.layout.lines[self.line_index(reach)].range.start;
        let lo = self.matched.partition_point(|m| m.span.start < floor);
        let hi = self.matched.partition_point(|m| m.span.start < line_start);
        if self.matched[lo..hi]
            .iter()
            .any(|m| named(m).is_some() && ends_in_reach(&m.span))
        {
            return true;
        }
        // Names found by capitals: a run of two or more ends at a token that
        // ends in reach (before line `l`, so nothing after it joins the run).
        let tokens = &doc.tokens;
        let letters = LetterTable::get();
        let good = |t: &Token<'_>| {
            is_capitalised(t, letters)
                && !doc.matches.covering(t.norm_span.start).any(|m| hides(m, t))
        };
        let joined = |k: usize| {
            text.get(tokens[k - 1].norm_span.end..tokens[k].norm_span.start) == Some(" ")
        };
        (0..tok)
            .rev()
            .take_while(|&k| tokens[k].norm_span.end >= reach)
            .filter(|&k| ends_in_reach(&tokens[k].norm_span))
            .any(|last| {
                if !good(&tokens[last]) {
                    return false;
                }
                let mut first = last;
                while first > 0 && joined(first) && good(&tokens[first - 1]) {
                    first -= 1;
                }
                let span = tokens[first].norm_span.start..tokens[last].norm_span.end;
                first < last && doc.in_fact_line(&span)
            })
    }

    /// Whether `r` lies in a cited document.
    fn is_excluded(&self, r: &Range<usize>) -> bool {
        self.excluded
            .iter()
            .any(|e| e.start <= r.start && r.end <= e.end)
    }

    /// The article's main subject: its lines are read the first time.
    fn main_subject(&self) -> Option<&Named> {
        self.main_subject
            .get_or_init(|| {
                // Line by line: the headline mostly names it.
                let doc = self.doc;
                for l in zones(doc) {
                    let Some(tokens) = self.line_tokens(l) else {
                        return main_subject(doc, &all_names(doc, &self.matched));
                    };
                    let read = LineRead {
                        line: l,
                        tokens,
                        names_before: usize::MAX,
                    };
                    let names = self.names_in_lines(&[read]);
                    if let Some(n) = subject_in(&doc.layout.lines[l].range, &names) {
                        return Some(n);
                    }
                }
                None
            })
            .as_ref()
    }

    fn text(&self) -> &str {
        self.doc.text()
    }

    fn sentence_of(&self, pos: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.norm_span.end <= pos);
        self.sentences.get(i).filter(|s| s.norm_span.start <= pos)
    }

    fn line_of(&self, pos: usize) -> Option<Range<usize>> {
        let lines = &self.doc.layout.lines;
        let i = lines.partition_point(|l| l.range.end < pos);
        lines.get(i).map(|l| l.range.clone())
    }

    /// [`token_at`](Self::token_at)`(pos)` when every token before `at`
    /// starts before `pos`: a walk from `at`, for a `pos` a few tokens on.
    fn token_from(&self, mut at: usize, pos: usize) -> usize {
        let tokens = self.tokens();
        while tokens.get(at).is_some_and(|t| t.norm_span.start < pos) {
            at += 1;
        }
        at
    }

    /// Index of the first token starting at or after `pos`.
    fn token_at(&self, pos: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.norm_span.start < pos)
    }

    fn tokens(&self) -> &[Token<'a>] {
        &self.doc.tokens
    }

    /// The lexicon term that starts exactly at `pos`.
    fn term_starting_at(&self, pos: usize) -> Option<&'d Match<'d>> {
        let i = self.term_index(pos);
        (self.term_starts.get(i) == Some(&pos)).then(|| self.terms[i])
    }

    /// Index of the first term starting at or after `pos`.
    fn term_index(&self, pos: usize) -> usize {
        self.term_starts.partition_point(|&s| s < pos)
    }

    /// Terms between `from` and `to`, nearest to `to` first.
    fn terms_between(&self, from: usize, to: usize) -> impl Iterator<Item = &'d Match<'d>> + '_ {
        self.indices_between(from, to).map(|i| self.terms[i])
    }

    /// The indices of [`terms_between`](Self::terms_between).
    fn indices_between(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let (lo, hi) = (self.term_index(from), self.term_index(to));
        (lo..hi.max(lo))
            .rev()
            .filter(move |&i| self.term_ends[i] <= to)
    }

    /// The first of [`indices_between`](Self::indices_between)`(from, to)`
    /// whose term is of `class`, without walking them.
    fn nearest(&self, class: u8, from: usize, to: usize) -> Option<usize> {
        let k = TermClass::ALL.iter().position(|&c| c == class)?;
        let before = &self.last_before[k];
        let (lo, mut at) = (self.term_index(from), self.term_index(to));
        // Terms never overlap: only the last one before `to` may end after it.
        while let Some(j) = (before[at] as usize).checked_sub(1) {
            if j < lo {
                return None;
            }
            if self.term_ends[j] <= to {
                return Some(j);
            }
            at = j;
        }
        None
    }

    /// All quantities of the document.
    pub(crate) fn quantities(&self, numbers: &[NumericMatch]) -> Vec<Quantity> {
        let mut gapped = GappedProbes::new(self.text(), Words::get());
        let mut found: Vec<Found> = numbers
            .iter()
            .filter_map(|m| self.quantity(m, &mut gapped))
            .collect();
        self.share_in_coordination(&mut found);
        found
            .into_iter()
            .map(|mut f| {
                if f.percent || f.q.relation.is_some() {
                    f.q.reference = f.reference;
                }
                f.q
            })
            .collect()
    }

    /// `tăng 60 tổ chức cơ sở đảng và 2.359 đảng viên so với năm 2018`:
    /// numbers joined by `và` or a comma share the relation before the
    /// first and the reference after the last.
    fn share_in_coordination(&self, found: &mut [Found]) {
        let text = self.text();
        for k in 1..found.len() {
            let (a, b) = (&found[k - 1], &found[k]);
            let gap = text.get(a.range.end..b.range.start).unwrap_or("x").trim();
            if a.sentence != b.sentence || !matches!(gap, "và" | "," | "và các") {
                continue;
            }
            if found[k].q.relation.is_none() {
                found[k].q.relation = found[k - 1].q.relation.clone();
            }
            if found[k - 1].reference.is_none() {
                found[k - 1].reference = found[k].reference.clone();
            }
        }
    }

    fn quantity(&self, m: &NumericMatch, gapped: &mut GappedProbes) -> Option<Found> {
        if !m.is_quantity() || !self.doc.in_fact_line(&m.span) {
            return None;
        }
        if self.is_excluded(&m.span) {
            return None;
        }
        let value = to_f64(m.value?);
        let start = quantity_start(m);
        // The token index of the start is read by several rules: found once.
        let at_start = self.token_at(start);
        if self.is_label(at_start, m) {
            return None;
        }
        let sentence = self.sentence_of(m.span.start)?;
        // Context is read within the sentence, and at most a few dozen
        // tokens away: a page with no punctuation must not cost n².
        // (An approximation cue may stand before the sentence's first token.)
        let s_start = self.bounded_back(sentence.norm_span.start.min(start), at_start);
        let (unit, unit_end) = self
            .unit(m, at_start)
            .or_else(|| self.unit_of_total(s_start, m))?;
        let at_unit_end = self.token_from(at_start, unit_end);
        let s_end = self.bounded_ahead(sentence.norm_span.end, unit_end, at_unit_end);
        let (span, text) = self.doc.original(start..unit_end);
        let q = Quantity {
            value,
            value_max: m.value_max.map(to_f64),
            total: m.total.map(to_f64),
            approx: m.approx,
            unit,
            event: self
                .event(s_start, start, gapped)
                .or_else(|| self.event_after(unit_end, s_end)),
            relation: self.relation(start, at_start),
            reference: None,
            modality: self.modality(s_start, start),
            time: self.time(m, unit_end, sentence, s_end),
            subject: self.subject(start, sentence),
            span,
            text,
        };
        Some(Found {
            q,
            range: start..unit_end,
            sentence: s_start,
            percent: m.kind == Kind::Percent,
            reference: self.reference(at_unit_end, s_start, s_end),
        })
    }

    /// The later of `limit` and the start of the token `CONTEXT` tokens
    /// before token `at` (the first at or after the position of interest).
    fn bounded_back(&self, limit: usize, at: usize) -> usize {
        let i = at.saturating_sub(CONTEXT);
        self.tokens()
            .get(i)
            .map_or(limit, |t| t.norm_span.start.max(limit))
    }

    /// The earlier of `limit` and the end of the token `CONTEXT` tokens after
    /// `pos` (`at` is [`token_at`](Self::token_at)`(pos)`).
    fn bounded_ahead(&self, limit: usize, pos: usize, at: usize) -> usize {
        let i = at + CONTEXT;
        self.tokens()
            .get(i)
            .map_or(limit, |t| t.norm_span.end.min(limit))
            .max(pos)
    }

    /// `nâng tổng số đảng viên … lên con số 1.622`: a number with no unit
    /// after it counts the people of a `tổng số` earlier in its sentence.
    fn unit_of_total(&self, s_start: usize, m: &NumericMatch) -> Option<(String, usize)> {
        // Only a number that ends its clause: `5 năm liền` has a unit, of time.
        let next = self.text()[m.span.end..]
            .trim_start_matches(' ')
            .chars()
            .next();
        if next.is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        let total = self
            .terms_between(s_start, m.span.start)
            .find(|t| t.canonical() == Some("tổng số"))?;
        let people = self.term_starting_at(next_start(self.text(), total.span.end))?;
        (people.category() == Some(Category::People))
            .then(|| (lowercase(&self.text()[people.span.clone()]), m.span.end))
    }

    /// A number that labels rather than counts: `lần thứ 4`, `khóa 18`, a
    /// list marker `1.` at the start of a line. `i` is the first token at or
    /// after the start of the number (or its cue).
    fn is_label(&self, i: usize, m: &NumericMatch) -> bool {
        let words = Words::get();
        let tokens = self.tokens();
        if i > 0 {
            let prev = &tokens[i - 1];
            let mut lower = Key::new();
            lower.push_lower(prev.norm);
            let listed = |k: u128| words.label_before.has_key(k);
            if prev.kind == TokenKind::Word && lower.get().is_some_and(listed) {
                return true;
            }
            if lower.fits && i > 1 {
                let mut two = Key::new();
                two.push_lower(tokens[i - 2].norm);
                two.push(b" ");
                two.push(&lower.bytes[..lower.len]);
                if two.get().is_some_and(listed) {
                    return true;
                }
            }
        }
        // "1. Tổ chức đảng:" — a list marker at the head of a line.
        let after = self.text().as_bytes().get(m.span.end);
        if m.kind != Kind::Number || !matches!(after, Some(b'.' | b')')) {
            return false;
        }
        let line_start = self.line_of(m.span.start).map_or(0, |l| l.start);
        let head = self.text()[line_start..m.span.start]
            .trim_matches(|c: char| c == '-' || c.is_whitespace());
        head.is_empty()
    }

    /// What is counted, and where the unit ends.
    /// `at`: the first token at or after the start of the quantity.
    fn unit(&self, m: &NumericMatch, at: usize) -> Option<(String, usize)> {
        if m.kind == Kind::Percent {
            return Some(("%".to_string(), m.span.end));
        }
        let words = Words::get();
        let text = self.text();
        let i = self.token_from(at, m.span.end);
        let first = self.tokens().get(i)?;
        // Only what follows on the same line, after at most a space.
        if !text.as_bytes()[m.span.end..first.norm_span.start]
            .iter()
            .all(|&b| b == b' ')
        {
            return None;
        }
        if let Some(t) = self.term_starting_at(first.norm_span.start) {
            // `38/39 chỉ tiêu`: a reference point counted is a unit too.
            let unit_like = matches!(
                t.category(),
                Some(
                    Category::People
                        | Category::Organisation
                        | Category::AdminUnit
                        | Category::Unit
                        | Category::Honorific
                        | Category::Ethnicity
                        | Category::Reference
                )
            );
            if unit_like {
                let unit = lowercase(&text[t.span.clone()]);
                let head = unit.split(' ').next().unwrap_or("");
                if words.time_unit.has(head) {
                    return None;
                }
                return Some((unit, t.span.end));
            }
        }
        // Otherwise the next words, up to a verb, a preposition or punctuation.
        let mut end: Option<usize> = None;
        for t in self.tokens()[i..].iter().take(2) {
            // Words of a unit are separated by one space, never a line break.
            if end.is_some_and(|e| &text[e..t.norm_span.start] != " ") {
                break;
            }
            let starts_term = self.term_starting_at(t.norm_span.start).is_some_and(|x| {
                matches!(
                    x.category(),
                    Some(
                        Category::Relation
                            | Category::Event
                            | Category::Target
                            | Category::Speech
                            | Category::Assessment
                            | Category::Reference
                    )
                )
            });
            if t.kind != TokenKind::Word || words.unit_stop.has_lower(t.norm) || starts_term {
                break;
            }
            // A capitalised word after a number starts a name, not a unit.
            if end.is_none() && t.norm.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            end = Some(t.norm_span.end);
        }
        let end = end?;
        let unit = lowercase(&text[first.norm_span.start..end]);
        let head = unit.split(' ').next().unwrap_or("");
        if words.time_unit.has(head) || words.label_after.has(head) {
            return None;
        }
        Some((unit, end))
    }

    /// A relation verb just before the number (skipping `được`, `tỷ lệ`).
    /// `i` is [`token_at`](Self::token_at)`(start)`.
    fn relation(&self, start: usize, i: usize) -> Option<String> {
        let lo = i.saturating_sub(4);
        let from = self.tokens().get(lo).map_or(0, |t| t.norm_span.start);
        let k = self.nearest(TermClass::RELATION, from, start)?;
        contract_relation(self.terms[k]).map(str::to_string)
    }

    /// What a percentage or change is measured against; `i` is the first
    /// token after the unit.
    fn reference(&self, mut i: usize, s_start: usize, s_end: usize) -> Option<String> {
        let text = self.text();
        let tokens = self.tokens();
        // "so với kế hoạch", "so với cùng kỳ năm 2011": what follows "so với",
        // maybe after the tail of the number (`trở lên`).
        let ahead = &tokens[i..(i + 6).min(tokens.len())];
        let words = ahead
            .iter()
            .take_while(|t| t.kind == TokenKind::Word)
            .count();
        if let Some(p) = ahead[..words]
            .windows(2)
            .position(|w| folds_to(w[0].norm, "so") && folds_to(w[1].norm, "voi"))
        {
            i += p;
        }
        let window = &tokens[i..(i + 4).min(tokens.len())];
        let is = |k: usize, key: &str| window.get(k).is_some_and(|t| folds_to(t.norm, key));
        let mut k = 0;
        if is(0, "so") && is(1, "voi") {
            k = 2;
        }
        if let Some(t) = window.get(k) {
            if let Some(term) = self.term_starting_at(t.norm_span.start) {
                if term.category() == Some(Category::Reference) {
                    // "tổng số đảng viên": a total of what.
                    let mut end = term.span.end;
                    if let Some(next) = self.term_starting_at(next_start(text, end)) {
                        if next.category() == Some(Category::People) {
                            end = next.span.end;
                        }
                    }
                    return Some(lowercase(&text[term.span.start..end]));
                }
                // "62,06% số quần chúng ưu tú"
                if term.category() == Some(Category::People) && k == 0 {
                    return None;
                }
            }
            if is(k, "so") {
                if let Some(next) = self.term_starting_at(next_start(text, t.norm_span.end)) {
                    if next.category() == Some(Category::People) {
                        return Some(lowercase(&text[next.span.clone()]));
                    }
                }
            }
            if k == 2 {
                // Up to the end of the clause.
                let end = tokens[i + k..]
                    .iter()
                    .take(5)
                    .take_while(|t| t.kind != TokenKind::Punctuation && t.norm_span.end <= s_end)
                    .last()?
                    .norm_span
                    .end;
                return Some(lowercase(&text[t.norm_span.start..end]));
            }
        }
        // "So với đầu nhiệm kỳ, tỷ lệ … tăng 2,07%"
        let first = self.token_at(s_start);
        let [a, b] = tokens.get(first..first + 2)? else {
            return None;
        };
        if !(folds_to(a.norm, "so") && folds_to(b.norm, "voi")) {
            return None;
        }
        let from = first + 2;
        let end = tokens[from..]
            .iter()
            .take(5)
            .take_while(|t| t.kind != TokenKind::Punctuation)
            .last()?
            .norm_span
            .end;
        Some(lowercase(&text[tokens.get(from)?.norm_span.start..end]))
    }

    /// The nearest event of the contract before the number in its sentence.
    fn event(&self, s_start: usize, start: usize, gapped: &mut GappedProbes) -> Option<String> {
        let words = Words::get();
        let found = self
            .nearest(TermClass::EVENT, s_start, start)
            .and_then(|i| contract_event(self.terms[i]));
        found.map(str::to_string).or_else(|| {
            // Fold the window only when a two-part event may be in it.
            if !gapped.may_be_in(s_start..start) {
                return None;
            }
            let window = &self.text()[s_start..start];
            let before = fold_words(window);
            words.gapped.iter().find_map(|(a, b, event)| {
                let at = before.find(a.as_str())?;
                before[at + a.len() - 1..]
                    .contains(b.as_str())
                    .then(|| event.to_string())
            })
        })
    }

    /// An event later in the number's clause (`45 đảng viên mới kết nạp`,
    /// `3 đảng viên còn lại cũng đã chuyển sinh hoạt`).
    fn event_after(&self, unit_end: usize, s_end: usize) -> Option<String> {
        let text = self.text();
        let clause_end = first_of(text, unit_end..s_end, b",;(:");
        let from = self.term_index(unit_end);
        let i = (from..self.terms.len())
            .take_while(|&i| self.term_ends[i] <= clause_end)
            .find(|&i| self.classes[i] & TermClass::EVENT != 0)?;
        contract_event(self.terms[i]).map(str::to_string)
    }

    /// Target when a goal cue stands before the number in its sentence.
    fn modality(&self, s_start: usize, start: usize) -> Modality {
        // A target cue between the sentence start and the figure.
        if self.nearest(TermClass::TARGET, s_start, start).is_some() {
            Modality::Target
        } else {
            Modality::Actual
        }
    }

    fn time(
        &self,
        m: &NumericMatch,
        unit_end: usize,
        sentence: &Sentence,
        s_end: usize,
    ) -> Option<TimeRef> {
        let text = self.text();
        let i = self.times.partition_point(|t| t.range.start < m.span.end);
        // "76,96% (năm 2005)": a bracketed time right after the value or its unit.
        if let Some(t) = self.times.get(i) {
            for end in [m.span.end, unit_end] {
                let gap = text.get(end..t.range.start).unwrap_or("x");
                let gap = gap.trim();
                if gap == "(" || gap == "( năm" || gap.eq_ignore_ascii_case("(năm") {
                    return Some(t.value.clone());
                }
            }
        }
        // The nearest time before, in the sentence.
        let before = self.times[..i]
            .iter()
            .rev()
            .find(|t| t.range.end <= m.span.start);
        if let Some(t) = before.filter(|t| t.range.start >= sentence.norm_span.start) {
            return Some(t.value.clone());
        }
        // A time later in the same clause ("cho 284 đảng viên trong năm 2022").
        let clause_end = || first_of(text, unit_end..s_end, b",;(.");
        if let Some(t) = self
            .times
            .get(i)
            .filter(|t| t.range.start >= unit_end && t.range.end <= clause_end())
        {
            let between = &text[unit_end..t.range.start];
            if !crate::normalize::fold(between).text().contains("so voi") {
                return Some(t.value.clone());
            }
        }
        // The last time mentioned before.
        before.map(|t| t.value.clone())
    }

    fn subject(&self, start: usize, sentence: &Sentence) -> Option<String> {
        let text = self.text();
        let i = self.names.partition_point(|n| n.span.start < start);
        let before = self.names[..i]
            .iter()
            .rev()
            .find(|n| n.span.end <= start && !n.locator);
        let line = self.line_of(start).unwrap_or(0..0);
        let in_sentence = before.filter(|n| n.span.start >= sentence.norm_span.start);
        let in_paragraph = || {
            self.names[..i]
                .iter()
                .rev()
                .find(|n| n.span.end <= start && !n.locator && !n.bare)
                .filter(|n| n.span.start >= line.start)
        };
        let pick = in_sentence
            .or_else(in_paragraph)
            .or_else(|| self.main_subject())?;
        Some(text[pick.span.clone()].to_string())
    }
}

/// Where the first of the ASCII `stops` is in `text[range]`, else the end of
/// the range: a byte search (an ASCII byte is never part of another character).
fn first_of(text: &str, range: Range<usize>, stops: &[u8]) -> usize {
    text.as_bytes()[range.clone()]
        .iter()
        .position(|b| stops.contains(b))
        .map_or(range.end, |p| range.start + p)
}

/// Where a quantity starts: at its number, or at the approximation cue before it.
fn quantity_start(m: &NumericMatch) -> usize {
    m.approx_span
        .as_ref()
        .map_or(m.span.start, |a| a.start.min(m.span.start))
}

/// A name the matcher found that can be the subject of a number.
fn named(m: &Match<'_>) -> Option<Named> {
    matches!(m.kind, MatchKind::Organisation | MatchKind::Place).then(|| Named {
        span: m.span.clone(),
        organisation: m.kind == MatchKind::Organisation,
        bare: false,
        locator: false,
    })
}

/// The names of the document: those of the matcher (`matched`, in lines that
/// give facts) and those found by capitals.
fn all_names(doc: &Doc<'_>, matched: &[&Match<'_>]) -> Vec<Named> {
    let mut names: Vec<Named> = matched.iter().filter_map(|m| named(m)).collect();
    let mut coverage = Coverage::new(doc.matches.as_slice());
    bare_names_in(doc, &mut coverage, 0..doc.tokens.len(), &mut names);
    settle(doc.text(), &mut names);
    names
}

/// Sorts names by start (the longest first), drops those inside another
/// and marks the locators (`xã Văn Xá huyện Kim Bảng`, `huyện Sơn Động (Bắc
/// Giang)`): the first one is left as it is.
fn settle(text: &str, names: &mut Vec<Named>) {
    names.sort_by_key(|n| (n.span.start, std::cmp::Reverse(n.span.end)));
    names.dedup_by(|b, a| a.span.start <= b.span.start && b.span.end <= a.span.end);
    for k in 1..names.len() {
        let gap = text
            .get(names[k - 1].span.end..names[k].span.start)
            .unwrap_or("x");
        names[k].locator = matches!(gap.trim(), "" | "," | "(" | "-" | "–");
    }
}

fn next_start(text: &str, pos: usize) -> usize {
    pos + text[pos..].len() - text[pos..].trim_start_matches(' ').len()
}

/// Proper names written without a unit word before them (`Lâm Đồng có 18
/// đảng bộ`, `Tân Yên kết nạp …`): two or more capitalised syllables that
/// no lexicon term or other name covers.
/// Those of `doc.tokens[range]` are appended to `out`.
fn bare_names_in(
    doc: &Doc<'_>,
    coverage: &mut Coverage<'_>,
    range: Range<usize>,
    out: &mut Vec<Named>,
) {
    let tokens = &doc.tokens[..range.end];
    let text = doc.text();
    let mut emit = |run: Range<usize>| {
        if run.len() >= 2 {
            let span = tokens[run.start].norm_span.start..tokens[run.end - 1].norm_span.end;
            if doc.in_fact_line(&span) {
                out.push(Named {
                    span,
                    organisation: false,
                    bare: true,
                    locator: false,
                });
            }
        }
    };
    // Runs of capitalised words that nothing covers, one space apart.
    let mut k = range.start;
    let letters = LetterTable::get();
    // Most tokens are turned away by their kind and first byte, before the
    // letter table.
    let capitalised = |t: &Token<'_>| {
        t.kind == TokenKind::Word
            && t.norm
                .as_bytes()
                .first()
                .is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
            && is_capitalised(t, letters)
    };
    while let Some(skip) = tokens[k..].iter().position(capitalised) {
        let first = k + skip;
        k = first + 1;
        if coverage.covers(&tokens[first]) {
            continue;
        }
        while let Some(t) = tokens.get(k) {
            let gap = || text.get(tokens[k - 1].norm_span.end..t.norm_span.start);
            if !capitalised(t) || gap() != Some(" ") || coverage.covers(t) {
                break;
            }
            k += 1;
        }
        // The token that ended the run may start the next one.
        emit(first..k);
    }
}

/// A word of a capital and at least one small letter (`Lâm`, not `UBND`).
fn is_capitalised(t: &Token<'_>, letters: LetterTable) -> bool {
    use crate::normalize::{is_lower, is_upper};
    if t.kind != TokenKind::Word {
        return false;
    }
    let bytes = t.norm.as_bytes();
    // Most words start with a small letter: ASCII, or a Vietnamese one the
    // letter table knows (its case is Unicode's: a test checks every one).
    let first = match bytes.first() {
        Some(b) if b.is_ascii() && !b.is_ascii_uppercase() => return false,
        Some(_) => letters.letter_at(bytes, 0),
        None => return false,
    };
    match first {
        Some((_, false)) => false,
        // A capital followed by a small letter, the usual name.
        Some((len, true))
            if bytes.len() > len && matches!(letters.letter_at(bytes, len), Some((_, false))) =>
        {
            true
        }
        _ => {
            let mut chars = t.norm.chars();
            chars.next().is_some_and(is_upper) && chars.any(is_lower)
        }
    }
}

/// Answers "does a match cover the start of this token?" for tokens taken
/// in order, walking the matches (sorted by start) once.
struct Coverage<'m> {
    matches: &'m [Match<'m>],
    /// Matches before `next` start before the last position asked about.
    next: usize,
    /// The furthest end of those matches.
    reach: usize,
    /// The last position asked about.
    last: usize,
}

impl<'m> Coverage<'m> {
    fn new(matches: &'m [Match<'m>]) -> Self {
        Coverage {
            matches,
            next: 0,
            reach: 0,
            last: 0,
        }
    }

    /// Whether a match that [hides](hides) `t` holds its start.
    fn covers(&mut self, t: &Token<'_>) -> bool {
        let pos = t.norm_span.start;
        if pos < self.last {
            // Asked out of order: start again.
            *self = Coverage::new(self.matches);
        }
        self.last = pos;
        while let Some(m) = self.matches.get(self.next).filter(|m| m.span.start < pos) {
            self.reach = self.reach.max(m.span.end);
            self.next += 1;
        }
        // A match that starts before `t` cannot be `t` itself.
        self.reach > pos
            || self.matches[self.next..]
                .iter()
                .take_while(|m| m.span.start == pos)
                .any(|m| hides(m, t))
    }
}

/// Whether `m`, which holds the start of `t`, keeps `t` out of a bare name:
/// any match but a one-syllable counted unit that is `t` itself (a unit word
/// inside a name is part of it: Lâm Đồng).
fn hides(m: &Match<'_>, t: &Token<'_>) -> bool {
    let unit_syllable =
        m.kind == MatchKind::Term && m.category() == Some(Category::Unit) && m.span == t.norm_span;
    !unit_syllable && m.span.end > t.norm_span.start
}

/// The first organisation named in the headline, else in the first lines
/// of the body; a place if no organisation is named.
fn main_subject(doc: &Doc<'_>, names: &[Named]) -> Option<Named> {
    let lines = &doc.layout.lines;
    zones(doc)
        .into_iter()
        .find_map(|l| subject_in(&lines[l].range, names))
}

/// The first organisation named in `zone`, else the first place.
fn subject_in(zone: &Range<usize>, names: &[Named]) -> Option<Named> {
    let inside: Vec<&Named> = names
        .iter()
        .filter(|n| zone.start <= n.span.start && n.span.end <= zone.end && !n.locator)
        .collect();
    let org = inside.iter().find(|n| n.organisation);
    org.or(inside.first()).map(|n| (*n).clone())
}

/// The lines where the main subject is looked for, in that order: the
/// headline, then the first two other lines that give facts.
fn zones(doc: &Doc<'_>) -> Vec<usize> {
    let lines = &doc.layout.lines;
    let title = doc.layout.title;
    let title_range = title.map(|t| &lines[t].range);
    let body = (0..lines.len())
        .filter(|&i| lines[i].gives_facts() && Some(&lines[i].range) != title_range)
        .take(2);
    title.into_iter().chain(body).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    /// The seed articles, and strings that are hard on the word rules.
    fn texts() -> Vec<String> {
        let mut out = crate::seed_articles();
        for s in [
            "",
            "Lâm Đồng có 18 đảng bộ. Tân Yên kết nạp 45 đảng viên, Huyện Ủy Sơn Động 3 chi bộ.",
            "Xã Văn Xá huyện Kim Bảng (Hà Nam) khóa 18, lần thứ 4, Trung ương 5, TRUNG ƯƠNG 6.",
            "Ho\u{0061}\u{0300} Uy\u{0309} Ban Nhân Dân tỉnh. ĐẢNG BỘ Tỉnh Lâm  Đồng\nNăm Học 12 Lớp",
            "ΣΊΣΥΦΟΣ Σσς 12 Ἀθῆναι. Привет Мир 5 человек. İstanbul İİ 7 kişi.",
            "\u{301}Ab \u{300}Cd Ef\u{301} Gh 3 người. ǅemal ǅa 2 bản.",
        ] {
            out.push(s.to_string());
        }
        let variants: Vec<String> = out
            .iter()
            .flat_map(|t| {
                [
                    fold(t).text().to_string(),
                    t.to_uppercase(),
                    t.to_lowercase(),
                ]
            })
            .collect();
        out.extend(variants);
        out
    }

    fn fold(s: &str) -> crate::normalize::Folded {
        crate::normalize::fold(s)
    }

    /// The probes found once per stretch answer as a search of each window:
    /// windows that grow, overlap, jump ahead and go back.
    #[test]
    fn gapped_probes_as_a_search_of_each_window() {
        let words = Words::get();
        let mut extra: Vec<String> = ["chu", "CHU", "xchuy", "ch", "cHuYểN chính thức", "c"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        extra.push("chuyển đảng viên chính thức, chuyển … chính thức ChUy".repeat(7));
        for text in texts().iter().chain(&extra) {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let mut probes = GappedProbes::new(text, words);
            let n = bounds.len();
            // Windows as the numbers of a text ask: in order, mostly, with
            // starts that step back now and then.
            let sliding = (0..n).map(|k| (bounds[k / 2], bounds[(k + 5).min(n - 1)]));
            let jumping = (0..n * 2).map(|k| {
                let (a, b) = (bounds[(k * 7 + k / 5 * 13) % n], bounds[(k * 11 + 3) % n]);
                (a.min(b), a.max(b))
            });
            for (from, to) in sliding.chain(jumping) {
                let expected = words.gapped.iter().any(|(first, _, _)| {
                    let probe = first.trim().as_bytes();
                    contains_ignore_ascii_case(
                        &text.as_bytes()[from..to],
                        &probe[..probe.len().min(3)],
                    )
                });
                assert_eq!(
                    probes.may_be_in(from..to),
                    expected,
                    "{text:?} {from}..{to}"
                );
            }
        }
    }

    /// Runs `f` on the document the extractor would build for `input`.
    fn with_doc(input: &str, f: impl FnOnce(&Doc<'_>)) {
        let ex = Extractor::new();
        let n = ex.normalizer.normalize(input);
        let normalized = crate::normalize::Normalized::as_is(n.text());
        f(&Doc::new(&ex, &n, &normalized));
    }

    /// `bare_names` with a search of the matches per token and the plain
    /// capital test: the reference.
    fn bare_names_slow(doc: &Doc<'_>, matches: &crate::matcher::Matches) -> Vec<Named> {
        let tokens = &doc.tokens;
        let covered = |t: &Token<'_>| matches.covering(t.norm_span.start).any(|m| hides(m, t));
        let capital = |t: &Token<'_>| {
            t.kind == TokenKind::Word
                && t.norm.chars().next().is_some_and(char::is_uppercase)
                && t.norm.chars().skip(1).any(char::is_lowercase)
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut j = i;
            while j < tokens.len()
                && capital(&tokens[j])
                && !covered(&tokens[j])
                && (j == i
                    || doc.text()[tokens[j - 1].norm_span.end..tokens[j].norm_span.start] == *" ")
            {
                j += 1;
            }
            if j - i >= 2 {
                let span = tokens[i].norm_span.start..tokens[j - 1].norm_span.end;
                if doc.in_fact_line(&span) {
                    out.push(Named {
                        span,
                        organisation: false,
                        bare: true,
                        locator: false,
                    });
                }
            }
            i = j.max(i + 1);
        }
        out
    }

    fn spans(names: &[Named]) -> Vec<Range<usize>> {
        names.iter().map(|n| n.span.clone()).collect()
    }

    #[test]
    fn bare_names_as_the_reference() {
        let mut found = 0;
        for text in texts() {
            with_doc(&text, |doc| {
                let want = spans(&bare_names_slow(doc, &doc.matches));
                let mut names = Vec::new();
                let mut coverage = Coverage::new(doc.matches.as_slice());
                bare_names_in(doc, &mut coverage, 0..doc.tokens.len(), &mut names);
                assert_eq!(spans(&names), want, "{text:?}");
                found += want.len();
            });
        }
        assert!(found >= 10, "{found}");
    }

    /// The texts, and the same with line breaks where sentences end, names
    /// and numbers at the head of lines, and lines of one punctuation mark.
    fn texts_in_lines() -> Vec<String> {
        let mut out = texts();
        out.extend(
            [
                "Tỉnh Lâm Đồng\n(Huyện Đức Trọng) có 18 đảng bộ.",
                "Xã Văn Xá huyện Kim Bảng,\nHuyện Sơn Động có 3 chi bộ, Tân Yên kết nạp 45 đảng viên.",
                "Lâm Đồng Tân Hà\n,\nĐức Trọng Bảo Lộc có 5 chi bộ\n–\nLâm Hà Di Linh 7 người",
                "Đảng bộ huyện Lâm Hà\n\n - Đảng bộ xã Tân Hà kết nạp 12 đảng viên\n( Huyện ủy Kim Bảng có 4 chi bộ",
                "Tỷ lệ đạt 62,06%\nso với kế hoạch đề ra. Kết nạp 45 đảng viên\ntổng số đảng viên toàn huyện",
                "Tăng 2,07%\nsố quần chúng ưu tú. Đạt 80%\nso với cùng kỳ năm 2011 và tăng\n5 chi bộ",
            ]
            .map(String::from),
        );
        let broken: Vec<String> = out
            .iter()
            .flat_map(|t| {
                [
                    t.replace(". ", ".\n"),
                    t.replace(", ", ",\n"),
                    t.replace(". ", "\n,\n").replace(" có ", "\n- "),
                    t.replace(' ', "\n"),
                    // What follows a number read across a line break.
                    t.replace("% ", "%\n").replace(" so với", "\nso với"),
                ]
            })
            .collect();
        out.extend(broken);
        out
    }

    /// The walk from a token and the searches of the term starts answer as
    /// plain searches of the tokens and terms.
    #[test]
    fn searches_as_plain_ones() {
        let ex = Extractor::new();
        let mut classes_found = 0;
        for text in texts().iter().take(12) {
            let n = ex.normalizer.normalize(text);
            let normalized = crate::normalize::Normalized::as_is(n.text());
            let doc = Doc::new(&ex, &n, &normalized);
            let numbers = ex.numbers.scan(n.text());
            let cx = Context::new(&doc, &numbers, Vec::new());
            let tokens = &doc.tokens;
            let mut positions: Vec<usize> = tokens
                .iter()
                .flat_map(|t| [t.norm_span.start, t.norm_span.end, t.norm_span.end + 1])
                .collect();
            positions.push(0);
            for (k, &from) in positions.iter().enumerate() {
                let at = cx.token_at(from);
                for &pos in positions[k..].iter().take(12).filter(|&&p| p >= from) {
                    let plain = tokens.iter().position(|t| t.norm_span.start >= pos);
                    assert_eq!(cx.token_from(at, pos), plain.unwrap_or(tokens.len()));
                }
                let plain = cx.terms.iter().find(|t| t.span.start == from);
                assert_eq!(
                    cx.term_starting_at(from).map(|t| &t.span),
                    plain.map(|t| &t.span)
                );
                let to = from + 40;
                let want: Vec<_> = (0..cx.terms.len())
                    .rev()
                    .filter(|&i| {
                        let t = &cx.terms[i].span;
                        from <= t.start && t.start < to && t.end <= to
                    })
                    .collect();
                assert_eq!(cx.indices_between(from, to).collect::<Vec<_>>(), want);
                for class in TermClass::ALL {
                    for to in [to, from + 1, from + 300] {
                        let walk = cx
                            .indices_between(from, to)
                            .find(|&i| TermClass::of(cx.terms[i]) & class != 0);
                        assert_eq!(cx.nearest(class, from, to), walk, "{class} {from}..{to}");
                        classes_found += usize::from(walk.is_some());
                    }
                }
            }
        }
        assert!(classes_found > 100, "{classes_found}");
    }

    /// The names as the rules read them.
    fn named_view(names: &[Named]) -> Vec<(Range<usize>, bool, bool, bool)> {
        names
            .iter()
            .map(|n| (n.span.clone(), n.organisation, n.bare, n.locator))
            .collect()
    }

    /// Reading only the lines that hold numbers (and those of the main
    /// subject) gives the quantities of reading every line, and the names of
    /// those lines as every line gives them.
    #[test]
    fn lines_read_as_the_whole() {
        let ex = Extractor::new();
        let (mut locators, mut quantities) = (0, 0);
        for text in texts_in_lines() {
            let n = ex.normalizer.normalize(&text);
            let normalized = crate::normalize::Normalized::as_is(n.text());
            let doc = Doc::new(&ex, &n, &normalized);
            let numbers = ex.numbers.scan(n.text());
            let excluded: Vec<_> = ex.citations(&doc).iter().map(|c| c.range.clone()).collect();
            let lines = Context::new(&doc, &numbers, excluded.clone());
            let whole = Context::whole(&doc, &numbers, excluded);
            let got = lines.quantities(&numbers);
            assert_eq!(got, whole.quantities(&numbers), "{text:?}");
            quantities += got.len();
            let all = named_view(&whole.names);
            // The names read: those before the last quantity of their line.
            let reads = lines.number_lines(&numbers).unwrap_or_default();
            let read = |n: &Range<usize>| {
                reads.iter().any(|r| {
                    let line = &doc.layout.lines[r.line].range;
                    line.start <= n.start && n.start < r.names_before
                })
            };
            for name in named_view(&lines.names).into_iter().filter(|n| read(&n.0)) {
                assert!(all.contains(&name), "{name:?} in {text:?}");
                locators += usize::from(name.3);
            }
            assert_eq!(
                lines.main_subject().map(|n| n.span.clone()),
                whole.main_subject().map(|n| n.span.clone()),
                "{text:?}"
            );
        }
        assert!(quantities > 100 && locators > 10, "{quantities} {locators}");
    }

    /// The coverage walk answers like `Matches::covering`, also when asked
    /// out of order.
    #[test]
    fn coverage_walk_as_covering() {
        for text in texts().iter().take(8) {
            with_doc(text, |doc| {
                let mut coverage = Coverage::new(doc.matches.as_slice());
                let order = doc.tokens.iter().chain(doc.tokens.iter().rev().step_by(3));
                for t in order {
                    let want = doc.matches.covering(t.norm_span.start).any(|m| hides(m, t));
                    assert_eq!(coverage.covers(t), want, "{text:?} {t:?}");
                }
            });
        }
    }

    /// The letter tables' case agrees with Unicode's for every character.
    #[test]
    fn letter_case_as_unicode() {
        let letters = LetterTable::get();
        let mut known = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(crate::normalize::is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(crate::normalize::is_lower(c), c.is_lowercase(), "{c:?}");
            let mut utf8 = [0; 4];
            if let Some((len, upper)) = letters.letter_at(c.encode_utf8(&mut utf8).as_bytes(), 0) {
                assert_eq!(
                    (len, upper, !upper),
                    (c.len_utf8(), c.is_uppercase(), c.is_lowercase())
                );
                known += 1;
            }
        }
        assert!(known >= 186, "{known}");
    }

    /// `is_capitalised` is the plain test on every word of the texts.
    #[test]
    fn capitalised_as_plain_test() {
        let letters = LetterTable::get();
        for text in texts() {
            with_doc(&text, |doc| {
                for t in &doc.tokens {
                    let want = t.kind == TokenKind::Word
                        && t.norm.chars().next().is_some_and(char::is_uppercase)
                        && t.norm.chars().skip(1).any(char::is_lowercase);
                    assert_eq!(is_capitalised(t, letters), want, "{t:?}");
                }
            });
        }
        for norm in [
            "Ab",
            "AB",
            "ĐẢng",
            "Đ",
            "ĐA",
            "ẤA",
            "Ấa",
            "Aấ",
            "A\u{301}b",
            "Σσ",
            "ǅa",
            "A1b",
            "a",
        ] {
            let t = Token {
                kind: TokenKind::Word,
                text: norm,
                norm,
                span: 0..norm.len(),
                norm_span: 0..norm.len(),
            };
            let want = norm.chars().next().is_some_and(char::is_uppercase)
                && norm.chars().skip(1).any(char::is_lowercase);
            assert_eq!(is_capitalised(&t, letters), want, "{norm:?}");
        }
    }

    /// A small letter is its own lower case, so `each_lower` may pass it on.
    #[test]
    fn small_letters_lower_to_themselves() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if crate::normalize::is_lower(c) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    /// `lowercase` is `str::to_lowercase`: on every character alone, after a
    /// letter, before a space, and on the words of the texts.
    #[test]
    fn lowercase_as_str() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("a{c}"),
                format!("Đ{c} "),
                format!("{c}{c}x"),
            ] {
                assert_eq!(lowercase(&s), s.to_lowercase(), "{s:?}");
            }
        }
        for text in texts() {
            for w in text.split(' ') {
                assert_eq!(lowercase(w), w.to_lowercase(), "{w:?}");
            }
            assert_eq!(lowercase(&text), text.to_lowercase());
        }
        for s in ["ΣΑΣ Σ", "aΣ", "ΌΣΟΣ.", "İ ǅ ẞ", ""] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    /// The key of a lowered string is the key of `str::to_lowercase`, or
    /// nothing when too long.
    #[test]
    fn key_as_to_lowercase() {
        let mut words: Vec<String> = texts()
            .iter()
            .flat_map(|t| t.split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        words.extend(
            [
                "ΣΑΣ",
                "Σ",
                "aΣ b",
                "İ",
                "ǅ",
                "ẞ",
                "\u{301}",
                "Ậ",
                "ẬẬẬẬẬ",
                "ẬẬẬẬ",
            ]
            .map(String::from),
        );
        let key_of = |s: &str| (s.len() <= Key::CAP).then(|| Key::of(s).unwrap());
        for w in &words {
            let mut key = Key::new();
            key.push_lower(w);
            assert_eq!(key.get(), key_of(&w.to_lowercase()), "{w:?}");
            let mut two = Key::new();
            two.push_lower(w);
            two.push(b" ");
            two.push_lower(w);
            assert_eq!(
                two.get(),
                key_of(&format!("{0} {0}", w.to_lowercase())),
                "{w:?}"
            );
        }
        // Keys of different strings differ, also with trailing zero bytes.
        assert_ne!(Key::of("a"), Key::of("a\0"));
        assert_ne!(Key::of(""), Key::of("\0"));
    }

    /// The lists are lower case, without Greek sigma (whose lower case
    /// depends on its place), and short enough for keys; the lookups answer
    /// as `contains` on the raw lists, for every word of the texts.
    #[test]
    fn word_lists_as_contains() {
        let w = Words::get();
        let raw = raw_lists();
        let lists = [
            (&w.unit_stop, &raw["unit_stop"]),
            (&w.time_unit, &raw["time_unit"]),
            (&w.label_before, &raw["label_before"]),
            (&w.label_after, &raw["label_after"]),
        ];
        let mut probes: Vec<String> = texts()
            .iter()
            .flat_map(|t| t.split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        probes.extend(["trung ương", "Trung Ương", "TRUNG ƯƠNG", "trung", ""].map(String::from));
        for (list, words) in lists {
            assert!(!words.is_empty());
            for word in words.iter() {
                assert_eq!(word.to_lowercase(), *word);
                assert!(
                    word.len() <= Key::CAP && !word.contains(['σ', 'ς']),
                    "{word}"
                );
                probes.push(word.to_string());
                probes.push(word.to_uppercase());
            }
            for p in &probes {
                assert_eq!(list.has(p), words.contains(&p.as_str()), "{p:?}");
                let lower = p.to_lowercase();
                assert_eq!(list.has_lower(p), words.contains(&lower.as_str()), "{p:?}");
            }
        }
        assert_eq!(w.target.words.len(), 6);
    }

    /// Target terms are those the plain comparison with every cue finds.
    #[test]
    fn targets_as_the_plain_comparison() {
        let cues = &Words::get().target;
        let mut found = 0;
        for text in texts() {
            with_doc(&text, |doc| {
                for t in doc.matches.terms() {
                    let want = t.category() == Some(Category::Target)
                        || t.canonical().is_some_and(|c| {
                            cues.words.iter().any(|w| {
                                w.len() == c.len()
                                    && c.chars().flat_map(char::to_lowercase).eq(w.chars())
                            })
                        });
                    assert_eq!(is_target(t, cues), want, "{t:?}");
                    found += usize::from(want);
                }
            });
        }
        assert!(found > 10, "{found}");
    }

    /// The quick conversion gives the double that printing and parsing gives.
    #[test]
    fn to_f64_as_decimal() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut mantissas: Vec<i128> =
            vec![0, 1, 7, 10, 6206, 1 << 53, (1 << 53) + 1, (1 << 53) - 1];
        mantissas.extend([i128::from(u64::MAX), i128::MAX / 7, 999_999_999_999_999_999]);
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // All sizes of mantissa, most of them small as in articles.
            mantissas.push(i128::from(x >> (x % 64)));
        }
        for &m in &mantissas {
            for scale in 0..=18 {
                for m in [m, -m] {
                    let d = Decimal::new(m, scale).unwrap();
                    assert_eq!(to_f64(d).to_bits(), d.to_f64().to_bits(), "{m} {scale}");
                }
            }
        }
    }

    #[test]
    fn contains_ignore_ascii_case_as_windows() {
        let plain = |hay: &[u8], needle: &[u8]| {
            hay.windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
        };
        let hays = [
            "",
            "c",
            "ch",
            "chu",
            "CHU",
            "cHuyển",
            "các chức",
            "ccchu",
            "xxcHU",
            "Chủ",
            "[{",
            "ch\u{301}u",
        ];
        // The needle at every place, among bytes that differ from its first
        // only by case or by 0x20 (`C`, `c`, 0x03, 0x83 in `ă`).
        let mut shifted: Vec<String> = Vec::new();
        for k in 0..20 {
            for fill in ["x", "\u{3}", "ă", "C", "c"] {
                for tail in ["", "u", "hu", "hU", "chu"] {
                    shifted.push(format!("{}C{tail}", fill.repeat(k)));
                    shifted.push(format!("{}{tail}{}", fill.repeat(k), "y".repeat(20 - k)));
                }
            }
        }
        for hay in hays
            .iter()
            .copied()
            .chain(shifted.iter().map(String::as_str))
            .chain(texts().iter().map(String::as_str).take(5))
        {
            for needle in ["chu", "c", "Ch", "[{", "{", "u", "ển", "zzz", "chuy"] {
                let (h, n) = (hay.as_bytes(), needle.as_bytes());
                assert_eq!(
                    contains_ignore_ascii_case(h, n),
                    plain(h, n),
                    "{hay:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn first_of_as_find() {
        for text in texts().iter().take(8) {
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(37)
                .collect();
            for (k, &a) in cuts.iter().enumerate() {
                for &b in &cuts[k..] {
                    let want = text[a..b].find([',', ';', '(', ':']).map_or(b, |p| a + p);
                    assert_eq!(first_of(text, a..b, b",;(:"), want);
                }
            }
        }
    }

    /// `lower_eq` as the plain comparison, cue by cue and on odd letters.
    #[test]
    fn lower_eq_as_to_lowercase() {
        let mut terms: Vec<String> = texts()
            .iter()
            .flat_map(|t| t.split([' ', '\n']).map(String::from).collect::<Vec<_>>())
            .collect();
        terms.extend(
            ["MỤC TIÊU", "Giao", "ΣΑΣ", "σας", "İi", "\u{212A}ế", "Đ", ""].map(String::from),
        );
        let mut lower: Vec<&str> = Words::get().target.words.clone();
        lower.extend(["σας", "σαςσ", "i̇i", "kế", "đ", "giao", ""]);
        for t in &terms {
            for w in &lower {
                let plain = t.chars().flat_map(char::to_lowercase).eq(w.chars());
                assert_eq!(lower_eq(t, w), plain, "{t:?} {w:?}");
            }
        }
    }

    #[test]
    fn events_by_canonical_form() {
        let w = Words::get();
        assert_eq!(w.event("kết nạp"), Some("kết nạp"));
        assert_eq!(w.event("phát triển đảng viên"), Some("kết nạp"));
        assert_eq!(w.event("chuyển đảng chính thức"), Some("chuyển chính thức"));
        assert_eq!(w.event("bầu"), Some("bầu"));
        assert_eq!(w.event("không"), None);
        let key = |e: &(&'static str, &'static str)| (e.0.len(), e.0);
        assert!(w.events.windows(2).all(|p| key(&p[0]) < key(&p[1])));
        for &(form, event) in &w.events {
            assert_eq!(w.event(form), Some(event));
            assert_eq!(w.event(&form[1..]), None);
        }
        assert_eq!(w.gapped.len(), 1);
    }
}
