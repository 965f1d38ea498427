//! Find lexicon terms and named places, organisations and people in one pass.
//!
//! [`TermMatcher`] compiles a [`Lexicon`] into one Aho-Corasick automaton over *folded*
//! keys (no diacritics, `đ`→`d`, lower case; see [`crate::normalize::fold`]). A document
//! is folded once, searched leftmost-longest, and every hit is checked:
//!
//! 1. **Syllable boundaries.** A hit must start and end between syllables: the folded
//!    characters around it are not letters or digits (`ban` never matches in `bank`).
//! 2. **Written marks.** Folding forgets accents, so `ban` matches `Ban` (committee)
//!    and `bản` (village) alike, and text typed without accents still matches. But a mark
//!    that *is* written must agree with the term: `bàn` (table) matches neither. When
//!    several terms share a key, the one that fits the written marks best wins, so
//!    `Ban` is the committee and `bản` the village in accented text.
//!    A rejected longest hit falls back to shorter terms at the same start
//!    (`đảng viên mỗi năm` is `đảng viên`, not `đảng viên mới`).
//! 3. **Abbreviations.** Lexicon abbreviations (`UBND`) only match text written without
//!    lower-case letters. A document that defines an abbreviation in parentheses,
//!    `tổ chức cơ sở đảng (TCCSĐ)`, teaches the matcher that later `TCCSĐ` is the same
//!    concept (see `abbrev.rs`).
//!
//! On top of the terms, names are recognised (see `names.rs`): places and
//! organisations written as a unit followed by a capitalised proper name (`huyện Lâm Hà`,
//! `Đảng bộ xã Tứ Quận`), and people after an honorific, a role or a people term, or
//! followed by a role (`Đồng chí Phạm Thị Phúc - Bí thư Huyện ủy Lâm Hà`).
//!
//! All spans are byte ranges of the **original** input; each match also carries its span
//! in the folded text. [`Matches`] keeps everything sorted by start and answers "which
//! term covers / precedes / follows this offset" by binary search.
//!
//! ```
//! use tintuc::matcher::{MatchKind, TermMatcher};
//!
//! let matcher = TermMatcher::shared();
//! let text = "Đồng chí Phạm Thị Phúc - Bí thư Huyện ủy Lâm Hà cho biết, \
//!             Đảng bộ huyện Lâm Hà có 49 tổ chức cơ sở đảng.";
//! let found = matcher.find(text);
//!
//! let person = found.iter().find(|m| m.kind == MatchKind::Person).unwrap();
//! assert_eq!(person.name_text(text), Some("Phạm Thị Phúc"));
//! assert_eq!(person.role_text(text), Some("Bí thư Huyện ủy Lâm Hà"));
//!
//! let orgs: Vec<&str> = found.names().filter(|m| m.kind == MatchKind::Organisation)
//!     .map(|m| m.text(text)).collect();
//! assert_eq!(orgs, ["Huyện ủy Lâm Hà", "Đảng bộ huyện Lâm Hà"]);
//! let org = found.covering(text.rfind("Lâm").unwrap()).next().unwrap();
//! assert_eq!(org.name_text(text), Some("Lâm Hà"));
//! assert_eq!(org.canonical(), Some("Đảng bộ huyện"));
//!
//! // The term right before the number 49 ends, the term right after it starts:
//! let at = text.find("49").unwrap();
//! assert_eq!(found.term_after(at).unwrap().canonical(), Some("tổ chức cơ sở đảng"));
//! ```
//!
//! The matcher is `Send + Sync`: build it once (or use [`TermMatcher::shared`]) and
//! call [`TermMatcher::find`] from any number of threads.
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, nfa, AhoCorasickKind, Anchored, PatternID, StartKind};
use serde::{Deserialize, Serialize};

use crate::lexicon::{is_abbreviation, Category, Concept, Lexicon};
use crate::normalize::{self, Folded};
use crate::segment::Segmenter;

mod abbrev;
mod marks;
mod names;
pub(crate) use names::ends_with_a_number;
#[cfg(test)]
mod reference;

/// What a [`Match`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// A lexicon term (`đảng viên mới`, `Huyện ủy`, `kết nạp`).
    Term,
    /// A named place: an administrative unit and a proper name (`huyện Lâm Hà`).
    Place,
    /// A named organisation: an organisation unit and a proper name
    /// (`Đảng bộ huyện Mường Nhé`, `Huyện ủy Núi Thành`).
    Organisation,
    /// A named person (`Phạm Thị Phúc`), with the role given with the name if any.
    Person,
}

/// One thing found in a document. It borrows the concepts of the
/// [`TermMatcher`] that found it (`'m`), so that a match costs no shared
/// reference count: threads matching in parallel write nothing in common.
#[derive(Clone, Debug, PartialEq)]
pub struct Match<'m> {
    /// Term, place, organisation or person.
    pub kind: MatchKind,
    /// Byte range in the original input.
    pub span: Range<usize>,
    /// Byte range in the folded text ([`crate::normalize::fold`] of the input).
    pub folded: Range<usize>,
    /// For a term: its concept. For a place or organisation: the concept of its first
    /// unit term (`đảng bộ` in `Đảng bộ huyện Lâm Hà`). For a person: `None`.
    pub concept: Option<&'m Concept>,
    /// For a place or organisation: the canonical forms of its unit terms, joined by
    /// spaces, each first letter in the case written (`Đảng bộ huyện`).
    pub unit: Option<String>,
    /// For a place, organisation or person: the byte range of the proper name
    /// (`Lâm Hà`, `Phạm Thị Phúc`; honorifics excluded).
    pub name: Option<Range<usize>>,
    /// For a person: the byte range of the role as written (`Bí thư Huyện ủy Lâm Hà`).
    pub role: Option<Range<usize>>,
    /// For an abbreviation learned from this document: what it stands for, as written
    /// at its definition (`cơ quan Dân Chính Đảng` for `CQDCĐ`).
    pub expansion: Option<String>,
    /// Whether this match comes from an abbreviation learned from the document.
    pub learned: bool,
}

impl<'m> Match<'m> {
    /// The category of the concept, if any.
    pub fn category(&self) -> Option<Category> {
        self.concept.map(|c| c.category)
    }

    /// For a term, the canonical form of its concept; for a place or organisation, the
    /// canonical form of its unit; for a person, `None`.
    pub fn canonical(&self) -> Option<&str> {
        match self.kind {
            MatchKind::Term => self.concept.map(|c| c.canonical.as_str()),
            MatchKind::Place | MatchKind::Organisation => self.unit.as_deref(),
            MatchKind::Person => None,
        }
    }

    /// The concept id, if any.
    pub fn concept_id(&self) -> Option<&'m str> {
        self.concept.map(|c| c.id.as_str())
    }

    /// The matched text. `input` must be the text given to [`TermMatcher::find`].
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.span.clone()).unwrap_or("")
    }

    /// The proper name as written, if any.
    pub fn name_text<'a>(&self, input: &'a str) -> Option<&'a str> {
        self.name.clone().and_then(|r| input.get(r))
    }

    /// The role as written, if any.
    pub fn role_text<'a>(&self, input: &'a str) -> Option<&'a str> {
        self.role.clone().and_then(|r| input.get(r))
    }
}

/// All matches of one document, sorted by start (longer first on ties).
///
/// Terms never overlap each other; places, organisations and people overlap the terms
/// they are made of.
#[derive(Clone, Debug, Default)]
pub struct Matches<'m> {
    all: Vec<Match<'m>>,
    /// Indices into `all` of the term matches, sorted by start (and so by end).
    terms: Vec<usize>,
    /// Indices into `all` of the other matches, by end, then length, then
    /// position descending: read backwards, nearest end first.
    names_by_end: Vec<usize>,
    /// The longest span, so that "what covers this offset" looks back no further.
    longest: usize,
}

/// The order of [`Matches`]: by start, the longer first, then by kind.
type Order = (usize, std::cmp::Reverse<usize>, MatchKind);

fn match_order(m: &Match<'_>) -> Order {
    (m.span.start, std::cmp::Reverse(m.span.end), m.kind)
}

impl<'m> Matches<'m> {
    /// The matches of `parts` in order, as a stable sort of the parts one after the
    /// other would put them: the terms, then the other matches, in one stable sort
    /// (a term and a name never compare equal: their kinds differ). The terms are
    /// most matches and come sorted already, a run the sort finds at once.
    fn from_parts(parts: Vec<Vec<Match<'m>>>) -> Self {
        let total: usize = parts.iter().map(Vec::len).sum();
        let mut terms: Vec<Match<'m>> = Vec::new();
        // Sized once: grown from empty, it was reallocated several times a text.
        let mut others = Vec::with_capacity(total);
        for part in parts {
            // Take a part of terms alone whole, without moving its matches.
            if terms.is_empty() && part.iter().all(|m| m.kind == MatchKind::Term) {
                terms = part;
                continue;
            }
            for m in part {
                if m.kind == MatchKind::Term {
                    terms.push(m);
                } else {
                    others.push(m);
                }
            }
        }
        // One stable sort of the terms, then the others: the merge of the
        // terms, stably sorted, with the others, stably sorted (a term and a
        // name never compare equal). The terms come sorted, a run the sort
        // finds at once; the matches move in the sort's merge, not one by one.
        let others_len = others.len();
        let mut all = terms;
        all.reserve_exact(total - all.len());
        all.extend(others);
        all.sort_by_key(match_order);
        let mut term_at = Vec::with_capacity(all.len());
        let mut names_by_end = Vec::with_capacity(others_len);
        let mut longest = 0;
        for (i, m) in all.iter().enumerate() {
            longest = longest.max(m.span.len());
            if m.kind == MatchKind::Term {
                term_at.push(i);
            } else {
                names_by_end.push(i);
            }
        }
        // The keys are distinct (the index is one): an unstable sort is exact.
        names_by_end
            .sort_unstable_by_key(|&i| (all[i].span.end, all[i].span.len(), std::cmp::Reverse(i)));
        Matches {
            all,
            terms: term_at,
            names_by_end,
            longest,
        }
    }

    /// The matches `all`, which are in [`match_order`] already: the reference that
    /// [`Matches::from_parts`] must agree with.
    #[cfg(test)]
    fn from_sorted(all: Vec<Match<'m>>) -> Self {
        let terms = all
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MatchKind::Term)
            .map(|(i, _)| i)
            .collect();
        let longest = all.iter().map(|m| m.span.len()).max().unwrap_or(0);
        let mut names_by_end: Vec<usize> = (0..all.len())
            .filter(|&i| all[i].kind != MatchKind::Term)
            .collect();
        names_by_end.sort_by_key(|&i| (all[i].span.end, all[i].span.len(), std::cmp::Reverse(i)));
        Matches {
            all,
            terms,
            names_by_end,
            longest,
        }
    }

    /// All matches, sorted by start.
    pub fn as_slice(&self) -> &[Match<'m>] {
        &self.all
    }

    /// Iterate over all matches in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Match<'m>> {
        self.all.iter()
    }

    /// Number of matches.
    pub fn len(&self) -> usize {
        self.all.len()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// Take the sorted `Vec`.
    pub fn into_vec(self) -> Vec<Match<'m>> {
        self.all
    }

    /// The term matches, in order (they never overlap).
    pub fn terms(&self) -> impl Iterator<Item = &Match<'m>> + '_ {
        self.terms.iter().map(move |&i| &self.all[i])
    }

    /// The place, organisation and person matches, in order.
    pub fn names(&self) -> impl Iterator<Item = &Match<'m>> + '_ {
        self.all.iter().filter(|m| m.kind != MatchKind::Term)
    }

    /// The term whose original span contains byte `offset`.
    pub fn term_at(&self, offset: usize) -> Option<&Match<'m>> {
        let i = self
            .terms
            .partition_point(|&t| self.all[t].span.end <= offset);
        let m = &self.all[*self.terms.get(i)?];
        (m.span.start <= offset).then_some(m)
    }

    /// The last term that ends at or before byte `offset`.
    pub fn term_before(&self, offset: usize) -> Option<&Match<'m>> {
        let i = self
            .terms
            .partition_point(|&t| self.all[t].span.end <= offset);
        i.checked_sub(1).map(|i| &self.all[self.terms[i]])
    }

    /// The first term that starts at or after byte `offset`.
    pub fn term_after(&self, offset: usize) -> Option<&Match<'m>> {
        let i = self
            .terms
            .partition_point(|&t| self.all[t].span.start < offset);
        self.terms.get(i).map(|&t| &self.all[t])
    }

    /// Every match (terms and names) whose span contains byte `offset`.
    pub fn covering(&self, offset: usize) -> impl Iterator<Item = &Match<'m>> + '_ {
        let end = self.all.partition_point(|m| m.span.start <= offset);
        let from = offset.saturating_sub(self.longest);
        let start = self.all[..end].partition_point(|m| m.span.start < from);
        self.all[start..end]
            .iter()
            .filter(move |m| m.span.end > offset)
    }

    /// The terms that end at or before byte `offset`, nearest first: walk back from a
    /// number to the event or unit that governs it.
    pub fn terms_before(&self, offset: usize) -> impl Iterator<Item = &Match<'m>> + '_ {
        let i = self
            .terms
            .partition_point(|&t| self.all[t].span.end <= offset);
        self.terms[..i].iter().rev().map(move |&t| &self.all[t])
    }

    /// The terms that start at or after byte `offset`, nearest first.
    pub fn terms_after(&self, offset: usize) -> impl Iterator<Item = &Match<'m>> + '_ {
        let i = self
            .terms
            .partition_point(|&t| self.all[t].span.start < offset);
        self.terms[i..].iter().map(move |&t| &self.all[t])
    }

    /// The place, organisation and person matches that end at or before byte
    /// `offset`, nearest end first: the subject a figure is about is usually the
    /// last organisation or place named before it.
    pub fn names_before(&self, offset: usize) -> impl Iterator<Item = &Match<'m>> + '_ {
        let n = self
            .names_by_end
            .partition_point(|&i| self.all[i].span.end <= offset);
        self.names_by_end[..n]
            .iter()
            .rev()
            .map(move |&i| &self.all[i])
    }
}

impl<'a, 'm> IntoIterator for &'a Matches<'m> {
    type Item = &'a Match<'m>;
    type IntoIter = std::slice::Iter<'a, Match<'m>>;
    fn into_iter(self) -> Self::IntoIter {
        self.all.iter()
    }
}

/// The automaton could not be built.
#[derive(Debug)]
pub struct MatcherError(aho_corasick::BuildError);

impl fmt::Display for MatcherError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot build the term automaton: {}", self.0)
    }
}

impl std::error::Error for MatcherError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// One written form behind an automaton pattern.
#[derive(Debug)]
struct Form {
    concept: usize,
    /// The form as written in the lexicon.
    text: String,
    /// The marks of the form as written in the lexicon, compared against the text.
    marks: Vec<marks::Syllable>,
    abbreviation: bool,
    capitalised: bool,
    /// Text written exactly as this form passes every check of [`TermMatcher::accept`]
    /// (false for a blocker with a capital inside, `xây dựng Đảng`, and for an
    /// abbreviation with a lower-case letter, which the text never matches as written).
    exact_passes: bool,
    /// Category `other`: listed only to keep shorter terms from matching inside.
    blocker: bool,
    /// A place word (`quận`, `phường`): in marked text it never lacks a mark
    /// (`bình quân 3` is no `quận 3`).
    place: bool,
    /// A word for people that starts with a place word (`xã viên`, a
    /// cooperative's member): a capital after it starts a place's name
    /// (`xã Viên Bình`).
    people_after_place: bool,
}

impl Form {
    /// Whether text written exactly as this form passes the checks of
    /// [`TermMatcher::accept`] that depend on the written text alone.
    fn passes_as_written(&self) -> bool {
        let has_lower = self.text.chars().any(normalize::is_lower);
        let first_upper = self.text.chars().next().is_some_and(normalize::is_upper);
        let abbreviation_in_lower_case = self.abbreviation && has_lower;
        let blocker_with_capital = self.blocker && !first_upper && has_inner_capital(&self.text);
        !abbreviation_in_lower_case && !blocker_with_capital
    }
}

/// The term automaton: one of the crate's three implementations, searched through its
/// [`Automaton`] trait by [`TermMatcher::find_terms_with`] (one loop over the folded
/// text instead of a fresh search per hit).
enum Engine {
    Dfa(dfa::DFA),
    Contiguous(nfa::contiguous::NFA),
    Noncontiguous(nfa::noncontiguous::NFA),
}

impl Engine {
    /// Compile `keys` leftmost-longest, with both unanchored and anchored starts.
    fn build(kind: AhoCorasickKind, keys: &[String]) -> Result<Engine, aho_corasick::BuildError> {
        let longest = aho_corasick::MatchKind::LeftmostLongest;
        // No prefilter: the search loop steps through every byte (for the built-in
        // lexicon the crate builds none anyway).
        Ok(match kind {
            AhoCorasickKind::DFA => Engine::Dfa(
                dfa::Builder::new()
                    .match_kind(longest)
                    .start_kind(StartKind::Both)
                    .prefilter(false)
                    .build(keys)?,
            ),
            AhoCorasickKind::ContiguousNFA => Engine::Contiguous(
                nfa::contiguous::Builder::new()
                    .match_kind(longest)
                    .prefilter(false)
                    .build(keys)?,
            ),
            _ => Engine::Noncontiguous(
                nfa::noncontiguous::Builder::new()
                    .match_kind(longest)
                    .prefilter(false)
                    .build(keys)?,
            ),
        })
    }

    fn kind(&self) -> AhoCorasickKind {
        match self {
            Engine::Dfa(_) => AhoCorasickKind::DFA,
            Engine::Contiguous(_) => AhoCorasickKind::ContiguousNFA,
            Engine::Noncontiguous(_) => AhoCorasickKind::NoncontiguousNFA,
        }
    }
}

/// Above this many patterns the DFA gets too big to pay off; the contiguous NFA keeps
/// its speed per byte nearly flat as the lexicon grows.
const DFA_MAX_PATTERNS: usize = 5_000;

/// Configures a [`TermMatcher`].
#[derive(Clone, Debug)]
pub struct MatcherBuilder {
    lexicon: Lexicon,
    kind: Option<AhoCorasickKind>,
    words: Option<Segmenter>,
}

impl MatcherBuilder {
    /// Force an Aho-Corasick implementation (default: a DFA for lexicons up to
    /// 5,000 distinct keys, a contiguous NFA above).
    pub fn kind(mut self, kind: AhoCorasickKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Add a user lexicon (its entries override built-in ones with the same id).
    pub fn lexicon(mut self, extra: Lexicon) -> Self {
        self.lexicon.extend(extra);
        self
    }

    /// Use the words of `segmenter` (see [`crate::segment`]) where they help:
    /// a one-syllable place or organisation unit inside a longer word is not
    /// that unit (`sóc`, a Khmer hamlet, in `chăm sóc`, to care for; `thôn`
    /// in `nông thôn`). Other terms are matched as without. Costs a segmentation
    /// of every document; off by default.
    ///
    /// ```
    /// use tintuc::lexicon::Lexicon;
    /// use tintuc::matcher::TermMatcher;
    /// use tintuc::segment::Segmenter;
    ///
    /// let text = "Chi hội chăm sóc 12 hộ nghèo.";
    /// let plain = TermMatcher::shared();
    /// assert!(plain.find(text).terms().any(|m| m.concept_id() == Some("admin.soc")));
    /// let words = TermMatcher::builder(Lexicon::default())
    ///     .words(Segmenter::new())
    ///     .build()?;
    /// assert!(!words.find(text).terms().any(|m| m.concept_id() == Some("admin.soc")));
    /// # Ok::<(), tintuc::matcher::MatcherError>(())
    /// ```
    pub fn words(mut self, segmenter: Segmenter) -> Self {
        self.words = Some(segmenter);
        self
    }

    /// Compile the automaton.
    pub fn build(self) -> Result<TermMatcher, MatcherError> {
        let mut matcher = TermMatcher::compile(self.lexicon, self.kind)?;
        matcher.words = self.words;
        Ok(matcher)
    }
}

/// The compiled lexicon: one automaton, shared read-only across threads.
pub struct TermMatcher {
    lexicon: Lexicon,
    automaton: Engine,
    /// Pattern id → every form with that folded key.
    forms: Vec<Vec<Form>>,
    /// Folded family names (category `surname`), for recognising people.
    /// Family names by folded key, as the lexicon writes them: in marked
    /// text a word is a family name only with the marks of one (`Than` and
    /// `Đam` are not `Thân` and `Đàm`).
    surnames: HashMap<String, Vec<String>, BuildHasherDefault<Fnv>>,
    /// The peoples' names alone, lower case with their marks (`thái`,
    /// `mông`, from `dân tộc Thái`, `người Mông`): after a place word they
    /// name a kind of village, not one (`bản Thái`).
    peoples: Vec<String>,
    /// The folded first syllables of [`peoples`](Self::peoples), to turn
    /// most names away without comparing them.
    people_firsts: HashSet<String, BuildHasherDefault<Fnv>>,
    /// The folded place words of one syllable (`thon`, `ban`, `lang`): an
    /// office that ends with one is a hamlet's head (`Trưởng bản`).
    place_words: HashSet<String, BuildHasherDefault<Fnv>>,
    /// When set, terms must not cut through a word of this segmenter.
    words: Option<Segmenter>,
}

impl fmt::Debug for TermMatcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TermMatcher")
            .field("concepts", &self.lexicon.len())
            .field("patterns", &self.forms.len())
            .field("kind", &self.automaton.kind())
            .field("words", &self.words.is_some())
            .finish()
    }
}

impl TermMatcher {
    /// Compile `lexicon` with the default automaton choice.
    pub fn new(lexicon: Lexicon) -> Result<TermMatcher, MatcherError> {
        TermMatcher::compile(lexicon, None)
    }

    /// Start from `lexicon` and configure.
    pub fn builder(lexicon: Lexicon) -> MatcherBuilder {
        MatcherBuilder {
            lexicon,
            kind: None,
            words: None,
        }
    }

    /// A process-wide matcher over the built-in lexicon, built on first use.
    pub fn shared() -> &'static TermMatcher {
        static SHARED: OnceLock<TermMatcher> = OnceLock::new();
        SHARED.get_or_init(|| match TermMatcher::new(Lexicon::default()) {
            Ok(m) => m,
            // The built-in lexicon is small and tested; failing here is a build mistake.
            Err(e) => unreachable!("built-in lexicon does not compile: {e}"),
        })
    }

    /// The lexicon this matcher was built from.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Number of distinct folded keys in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.forms.len()
    }

    /// The Aho-Corasick implementation in use.
    pub fn automaton_kind(&self) -> AhoCorasickKind {
        self.automaton.kind()
    }

    fn compile(
        lexicon: Lexicon,
        kind: Option<AhoCorasickKind>,
    ) -> Result<TermMatcher, MatcherError> {
        let mut keys: Vec<String> = Vec::new();
        let mut forms: Vec<Vec<Form>> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut surnames: HashMap<String, Vec<String>, BuildHasherDefault<Fnv>> =
            HashMap::default();
        let mut peoples = Vec::new();
        let mut place_words = HashSet::default();
        for (ci, concept) in lexicon.concepts().iter().enumerate() {
            for written in concept.forms() {
                if concept.category == Category::Ethnicity {
                    let lower = written.to_lowercase();
                    let name = ["dân tộc ", "người ", "đồng bào "]
                        .iter()
                        .find_map(|p| lower.strip_prefix(p));
                    if let Some(name) = name {
                        peoples.push(name.to_string());
                    }
                }
                let key = fold_key(written);
                if key.is_empty() {
                    continue;
                }
                if concept.category == Category::AdminUnit && !key.contains(' ') {
                    place_words.insert(key.clone());
                }
                if concept.category == Category::Surname {
                    surnames.entry(key).or_default().push(written.to_string());
                    continue;
                }
                let pid = *by_key.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    forms.push(Vec::new());
                    forms.len() - 1
                });
                forms[pid].push(Form {
                    concept: ci,
                    text: written.to_string(),
                    marks: {
                        let mut m = Vec::new();
                        marks::syllables_into(written, &mut m);
                        m
                    },
                    abbreviation: is_abbreviation(written),
                    capitalised: written.chars().next().is_some_and(char::is_uppercase),
                    blocker: concept.category == Category::Other,
                    place: concept.category == Category::AdminUnit,
                    people_after_place: concept.category == Category::People,
                    exact_passes: false,
                });
                let form = forms[pid].last_mut().expect("just pushed");
                form.exact_passes = form.passes_as_written();
            }
        }
        // (Only now are all the place words known.)
        for form in forms.iter_mut().flatten() {
            form.people_after_place &= form
                .text
                .split(' ')
                .next()
                .is_some_and(|w| place_words.contains(&fold_key(w)));
        }
        let kind = kind.unwrap_or(if keys.len() <= DFA_MAX_PATTERNS {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        });
        let build = |kind| Engine::build(kind, &keys);
        let automaton = match build(kind) {
            Ok(a) => a,
            // A DFA can exceed its size limit: fall back to an NFA.
            Err(_) => build(AhoCorasickKind::ContiguousNFA)
                .or_else(|_| build(AhoCorasickKind::NoncontiguousNFA))
                .map_err(MatcherError)?,
        };
        Ok(TermMatcher {
            lexicon,
            automaton,
            forms,
            surnames,
            people_firsts: peoples
                .iter()
                .filter_map(|p| fold_key(p).split(' ').next().map(str::to_string))
                .collect(),
            peoples,
            place_words,
            words: None,
        })
    }

    /// Find all terms and names in `input`. Never panics; every span is a valid byte
    /// range of `input` on character boundaries.
    pub fn find(&self, input: &str) -> Matches<'_> {
        let (folded, tokens) = spare::take();
        let folded = normalize::fold_reusing(input, folded);
        let tokens = names::tokenize_reusing(input, tokens);
        let accents = AccentMap::new(input, &tokens);
        let words = self.words.as_ref().map(|s| Words::new(s, input));
        let mut terms = self.find_terms(input, &folded, &accents, words.as_ref());
        let learned = abbrev::learn(self, input, &tokens, &terms);
        let mut extra = abbrev::apply(&learned, input, &tokens, &mut terms);
        let mut all = names::find_names(self, input, &tokens, &accents, &terms, &mut extra);
        let learned_terms = terms.iter_mut().filter(|m| m.learned);
        {
            let mut to_folded = FoldedCursor::new(&folded);
            for m in all.iter_mut().chain(extra.iter_mut()).chain(learned_terms) {
                m.folded = to_folded.range(m.span.clone());
            }
        }
        spare::give_back(input.len(), folded, tokens);
        Matches::from_parts(vec![all, terms, extra])
    }

    /// Only the lexicon terms (no names, no abbreviation learning), sorted by start.
    pub fn find_terms_only(&self, input: &str) -> Vec<Match<'_>> {
        let folded = normalize::fold(input);
        let tokens = names::tokenize(input);
        let words = self.words.as_ref().map(|s| Words::new(s, input));
        self.find_terms(
            input,
            &folded,
            &AccentMap::new(input, &tokens),
            words.as_ref(),
        )
    }

    fn find_terms(
        &self,
        input: &str,
        folded: &Folded,
        accents: &AccentMap,
        words: Option<&Words>,
    ) -> Vec<Match<'_>> {
        // One copy of the search loop per automaton type, each inlined.
        match &self.automaton {
            Engine::Dfa(a) => self.find_terms_with(a, input, folded, accents, words),
            Engine::Contiguous(a) => self.find_terms_with(a, input, folded, accents, words),
            Engine::Noncontiguous(a) => self.find_terms_with(a, input, folded, accents, words),
        }
    }

    /// The terms of `input`: the folded text is searched leftmost-longest from the
    /// start; a hit that starts where a word starts and passes [`TermMatcher::accept`]
    /// is taken and the search resumes at its end; a hit that starts inside a word
    /// sends the search to the end of that word; a hit that fails the checks falls
    /// back to the longest shorter key at the same start, if any.
    fn find_terms_with<A: Automaton>(
        &self,
        aut: &A,
        input: &str,
        folded: &Folded,
        accents: &AccentMap,
        words: Option<&Words>,
    ) -> Vec<Match<'_>> {
        let hay = folded.text();
        // News text has a term for every 24 to 30 bytes, and a name or an
        // abbreviation for every 100 or so: sized so that the list rarely
        // grows, neither here nor when `find` adds the names to it.
        let mut out = Vec::with_capacity(hay.len() / 18);
        // Both start kinds are compiled in (`Engine::build`): these never fail.
        let (Ok(unanchored), Ok(anchored)) = (
            aut.start_state(Anchored::No),
            aut.start_state(Anchored::Yes),
        ) else {
            return out;
        };
        // Hits come in text order: map them back with a cursor, not a search each.
        let mut cursor = folded.map().cursor();
        let mut accents = accents.cursor();
        let mut weighings = Weighings::new();
        let mut pos = 0;
        while pos < hay.len() {
            let Some((start, end, pid)) = leftmost_longest(aut, unanchored, hay.as_bytes(), pos)
            else {
                break;
            };
            let mut accepted = None;
            if is_boundary_before(hay, start) {
                let (mut end, mut pid) = (end, pid);
                loop {
                    if is_boundary_after(hay, end) {
                        let range = start..end;
                        let hit = self.accept(
                            input,
                            &mut cursor,
                            &mut accents,
                            range,
                            pid,
                            &mut weighings,
                        );
                        if let Some((form, span)) = hit {
                            let concept = &self.lexicon.concepts()[form.concept];
                            if !words.is_some_and(|w| w.splits(concept, &span)) {
                                accepted = Some((concept, span, end));
                                break;
                            }
                        }
                    }
                    // Try the longest shorter key at the same start.
                    if end <= start + 1 {
                        break;
                    }
                    match longest_at(aut, anchored, hay.as_bytes(), start, end - 1) {
                        Some((e, p)) => (end, pid) = (e, p),
                        None => break,
                    }
                }
            }
            match accepted {
                Some((concept, span, end)) => {
                    pos = end.max(start + 1);
                    out.push(term(concept, span, start..end));
                }
                // Terms start only where a word starts: skip the rest of this one.
                None => pos = word_end(hay, after_char(hay, start)),
            }
        }
        out
    }

    /// Check a boundary-aligned hit against the written text; pick the best form.
    /// Returns the form and the span in `input`.
    fn accept<'m, 't>(
        &'m self,
        input: &'t str,
        cursor: &mut normalize::MapCursor<'_>,
        accents: &mut AccentCursor<'_>,
        range: Range<usize>,
        pid: usize,
        weighings: &mut Weighings<'t, 'm>,
    ) -> Option<(&'m Form, Range<usize>)> {
        let mut span = cursor.to_original(range);
        // Combining marks after the last letter (NFD text) belong to the match.
        span.end += combining_len(input.get(span.end..)?);
        let written = input.get(span.clone())?;
        if written.is_empty() {
            return None;
        }
        // Most hits are written exactly as the key's only form: nothing to weigh.
        if let Some(form) = self.exact_form(pid, written) {
            return Some((form, span));
        }
        let accented = accents.is_accented(span.start);
        let slot = Weighings::slot(pid, written);
        let form = match weighings.seen[slot] {
            Some(w) if w.pid == pid && w.accented == accented && w.written == written => w.form,
            _ => {
                let form = self.weigh(pid, written, accented, &mut weighings.marks);
                weighings.seen[slot] = Some(Weighed {
                    pid,
                    accented,
                    written,
                    form,
                });
                form
            }
        };
        Some((form?, span))
    }

    /// The form of key `pid` that fits `written` best, if any fits.
    fn weigh(
        &self,
        pid: usize,
        written: &str,
        accented: bool,
        written_marks: &mut Vec<marks::Syllable>,
    ) -> Option<&Form> {
        let first_upper = written.chars().next().is_some_and(normalize::is_upper);
        let mut best: Option<(u32, bool, &Form)> = None;
        // The written marks are taken apart once for all the forms of this key, and
        // only if some form is not written as in the text.
        let mut analysed = false;
        for form in &self.forms[pid] {
            // (Abbreviations are few: their test is not worth doing ahead.)
            if form.abbreviation && written.chars().any(normalize::is_lower) {
                continue;
            }
            // A blocking word is all lower case; `giao Ban Tuyên giáo` is `giao` then a
            // committee, not `giao ban` (briefing).
            if form.blocker && !first_upper && has_inner_capital(written) {
                continue;
            }
            // Nor is a word for people after a place word (`xã viên`, a
            // cooperative's member): `xã Viên Bình` is a commune.
            if form.people_after_place && !first_upper && has_inner_capital(written) {
                continue;
            }
            let missing = if marks::same_marks(written, &form.text) {
                // Written as the form but for the case of letters (`Huyện ủy` for
                // `huyện ủy`): the same marks, nothing missing.
                0
            } else {
                if !analysed {
                    marks::syllables_into(written, written_marks);
                    analysed = true;
                }
                let Some(fit) = marks::fit_marks(written_marks, &form.marks) else {
                    continue;
                };
                // In accented text a syllable without vowel marks is usually another
                // word (`quan tâm` is not `quận`, `đang` is not `Đảng`), while a partly
                // marked one is a typo (`sô` for `số`). A longer term may miss marks in
                // at most half of its syllables.
                if accented
                    && fit.missing > 0
                    && (if fit.syllables <= 1 {
                        // Capitalised, it is more likely a name (`Phương` is not `phường`).
                        fit.bare_missing > 0 || first_upper || form.place
                    } else {
                        // Every word capitalised, it is a name (`Lê Văn Phong`
                        // is not `văn phòng`).
                        fit.syllables_missing * 2 > fit.syllables || title_case(written)
                    })
                {
                    continue;
                }
                fit.missing
            };
            let case_differs = form.capitalised != first_upper;
            let better = match best {
                None => true,
                Some((m, c, _)) => (missing, case_differs) < (m, c),
            };
            if better {
                best = Some((missing, case_differs, form));
            }
        }
        best.map(|(_, _, form)| form)
    }

    /// The key's only form when `written` is exactly it and it passes as written: the
    /// form that weighing every form would choose, found with one comparison.
    fn exact_form(&self, pid: usize, written: &str) -> Option<&Form> {
        match self.forms[pid].as_slice() {
            [only] if only.exact_passes && only.text == written => Some(only),
            _ => None,
        }
    }
}

/// Every word of `s` starts with a capital.
fn title_case(s: &str) -> bool {
    s.split_whitespace()
        .all(|w| w.chars().next().is_some_and(normalize::is_upper))
}

/// The forms that weighing chose in one document, and its scratch space.
struct Weighings<'t, 'm> {
    /// By a hash of key and written text, the last one weighed there. A text repeats
    /// its terms written the same way (`có`, `Huyện ủy`), and weighing is the dearest
    /// check of a hit; the choice depends on nothing else (and on the accent of the
    /// line, kept too).
    seen: [Option<Weighed<'t, 'm>>; Weighings::SLOTS],
    /// The written marks, taken apart.
    marks: Vec<marks::Syllable>,
}

#[derive(Clone, Copy)]
struct Weighed<'t, 'm> {
    pid: usize,
    accented: bool,
    written: &'t str,
    form: Option<&'m Form>,
}

impl Weighings<'_, '_> {
    const SLOTS: usize = 64;

    fn new() -> Self {
        Weighings {
            seen: [None; Self::SLOTS],
            marks: Vec::new(),
        }
    }

    /// Where key `pid` written as `written` is kept: a hash of the key, the length
    /// and a few bytes (the same key written otherwise mostly differs in its first
    /// letter's case or in the marks of its first or last syllable).
    fn slot(pid: usize, written: &str) -> usize {
        let b = written.as_bytes();
        let byte = |i: usize| b.get(i).map_or(0, |&x| u64::from(x));
        let n = b.len();
        let mixed = (pid as u64) << 40
            ^ (n as u64) << 32
            ^ byte(0) << 24
            ^ byte(n / 2) << 16
            ^ byte(n.wrapping_sub(2)) << 8
            ^ byte(n.wrapping_sub(1));
        let h = mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - Self::SLOTS.trailing_zeros())) as usize
    }
}

/// A term match of `concept`.
fn term(concept: &Concept, span: Range<usize>, folded: Range<usize>) -> Match<'_> {
    Match {
        kind: MatchKind::Term,
        span,
        folded,
        concept: Some(concept),
        unit: None,
        name: None,
        role: None,
        expansion: None,
        learned: false,
    }
}

/// The fold and the syllables of the last text searched on this thread,
/// kept so that the next search writes into their buffers: allocating them
/// anew for each article made the system allocator hand the heap's top
/// back and fault it in again every time.
mod spare {
    use std::cell::RefCell;

    use super::names::Tokens;
    use crate::normalize::Folded;

    /// The buffers of a text longer than this are not kept.
    const MAX_KEPT: usize = 1 << 18;

    thread_local! {
        static KEPT: RefCell<(Option<Folded>, Option<Tokens>)> = const { RefCell::new((None, None)) };
    }

    pub(super) fn take() -> (Option<Folded>, Option<Tokens>) {
        // (`try_with`: from a thread-local's destructor, nothing is kept.)
        KEPT.try_with(|k| std::mem::take(&mut *k.borrow_mut()))
            .unwrap_or_default()
    }

    /// (`input_len`: the length of the text searched, which bounds what the
    /// buffers hold: the fold's map reserves 8 bytes for each of its bytes.)
    pub(super) fn give_back(input_len: usize, folded: Folded, tokens: Tokens) {
        if input_len <= MAX_KEPT {
            let _ = KEPT.try_with(|k| *k.borrow_mut() = (Some(folded), Some(tokens)));
        }
    }
}

/// The leftmost-longest match in `hay[from..]`: (start, end, key). The search of the
/// crate's own `find` on that range, without its set-up.
#[inline(always)]
fn leftmost_longest<A: Automaton>(
    aut: &A,
    start_state: StateID,
    hay: &[u8],
    from: usize,
) -> Option<(usize, usize, usize)> {
    let (sid, end) = last_match(aut, start_state, hay, from);
    // (A match ends after at least one byte: keys are never empty.)
    if end == 0 {
        return None;
    }
    let pid = aut.match_pattern(sid, 0);
    Some((end - aut.pattern_len(pid), end, pid.as_usize()))
}

/// The walk of [`leftmost_longest`] through the bytes: the last match state it
/// entered and where, or an end of 0 for none.
// Not inlined, and its answer in two registers: in a frame of its own the loop
// keeps the text and the transition table in registers (inlined into
// `find_terms_with`, it reloaded them from the stack at every byte).
#[inline(never)]
fn last_match<A: Automaton>(
    aut: &A,
    start_state: StateID,
    hay: &[u8],
    from: usize,
) -> (StateID, usize) {
    let mut sid = start_state;
    // (Only an empty key would make the start state a match: keys are never
    // empty, see `compile`.)
    let mut last = (sid, 0);
    // `at` is where the byte just read ends.
    for (at, &byte) in (from + 1..).zip(hay.get(from..).unwrap_or_default()) {
        sid = aut.next_state(Anchored::No, sid, byte);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            // Special and not dead is a match state (start states are special only
            // with a prefilter). Later matches are longer ones at the same start
            // or, leftmost-longest, ones starting further left.
            if aut.is_match(sid) {
                last = (sid, at);
            }
        }
    }
    last
}

/// The longest key that starts at `from` and ends at or before `to`: (end, key).
/// The crate's anchored search on `from..to`.
#[inline(always)]
fn longest_at<A: Automaton>(
    aut: &A,
    start_state: StateID,
    hay: &[u8],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let mut sid = start_state;
    let mut found = None;
    let hit = |sid: StateID, end: usize| {
        let pid: PatternID = aut.match_pattern(sid, 0);
        // Match states also carry matches that start later (the automaton is shared
        // with the unanchored search): those are not ours.
        (end - aut.pattern_len(pid) <= from).then_some((end, pid.as_usize()))
    };
    if aut.is_match(sid) {
        found = hit(sid, from).or(found);
    }
    for (i, &byte) in hay.get(from..to).unwrap_or_default().iter().enumerate() {
        let at = from + i;
        sid = aut.next_state(Anchored::Yes, sid, byte);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                found = hit(sid, at + 1).or(found);
            }
        }
    }
    found
}

/// The length of the combining diacritics (U+0300..U+036F, two bytes each: `CC xx`
/// or `CD 80..AF`) at the start of `s`.
fn combining_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    while let Some(&lead) = b.get(n) {
        let ok = match lead {
            0xCC => true,
            0xCD => b.get(n + 1).is_some_and(|&c| c <= 0xAF),
            _ => false,
        };
        if !ok {
            break;
        }
        n += 2;
    }
    n
}

/// The words of several syllables of a document, for [`MatcherBuilder::words`].
struct Words {
    /// Spans in the input, in order, never overlapping.
    spans: Vec<Range<usize>>,
}

impl Words {
    fn new(segmenter: &Segmenter, input: &str) -> Self {
        let n = normalize::normalize(input);
        let spans = segmenter
            .segment(&n)
            .into_iter()
            .filter(|w| w.syllables() > 1)
            .map(|w| w.span)
            .collect();
        Words { spans }
    }

    /// Whether a term of `concept` at `span` is a one-syllable place or
    /// organisation unit inside a longer word (`sóc` in `chăm sóc`, `thôn` in
    /// `nông thôn`): there it is part of another word. Other terms are left
    /// alone: the segmenter joins verbs with what follows (`đạt tỷ lệ`) more
    /// often than it is right to.
    fn splits(&self, concept: &Concept, span: &Range<usize>) -> bool {
        let unit = matches!(
            concept.category,
            Category::AdminUnit | Category::Organisation
        );
        let one_syllable = !concept.canonical.contains(' ');
        unit && one_syllable && self.cuts(span)
    }

    /// Whether `span` starts or ends strictly inside a word.
    fn cuts(&self, span: &Range<usize>) -> bool {
        let inside = |at: usize| {
            let i = self.spans.partition_point(|w| w.end <= at);
            self.spans
                .get(i)
                .is_some_and(|w| w.start < at && at < w.end)
        };
        inside(span.start) || inside(span.end)
    }
}

/// Which parts of a document are written with diacritics.
///
/// Decided per line (a paragraph in news text) when the line has enough words, else
/// for the whole document: a headline typed without accents in an accented article is
/// still matched leniently.
struct AccentMap {
    /// (line end, accented) for each line, in order.
    lines: Vec<(usize, bool)>,
}

impl AccentMap {
    /// Words needed to judge a line on its own.
    const MIN_WORDS: usize = 6;
    /// Share of words with a mark above which text counts as accented.
    const MIN_SHARE: f32 = 0.25;

    fn new(input: &str, tokens: &names::Tokens) -> Self {
        // The tokenizer counted words and words with marks per line. Lines are those of
        // `split_inclusive('\n')`: the text after the last line break, if any, is one more.
        let last_end = tokens.lines.last().map_or(0, |&(end, _)| end);
        let tail = (last_end < input.len()).then_some((input.len(), tokens.last_line));
        let lines = || tokens.lines.iter().copied().chain(tail);
        let (doc_words, doc_marked) =
            lines().fold((0, 0), |(w, m), (_, c)| (w + c.words, m + c.marked));
        let share = |marked: usize, words: usize| marked as f32 / words.max(1) as f32;
        let doc_share = share(doc_marked, doc_words);
        let lines = lines()
            .map(|(end, c)| {
                let s = if c.words >= Self::MIN_WORDS {
                    share(c.marked, c.words)
                } else {
                    doc_share
                };
                (end, s >= Self::MIN_SHARE)
            })
            .collect();
        AccentMap { lines }
    }

    fn is_accented(&self, offset: usize) -> bool {
        let i = self.lines.partition_point(|&(end, _)| end <= offset);
        self.lines
            .get(i)
            .or(self.lines.last())
            .is_some_and(|&(_, a)| a)
    }

    /// Answers for offsets asked in increasing order, by walking the lines.
    fn cursor(&self) -> AccentCursor<'_> {
        AccentCursor {
            lines: &self.lines,
            line: 0,
        }
    }
}

/// [`AccentMap::is_accented`] for offsets that mostly increase.
struct AccentCursor<'a> {
    lines: &'a [(usize, bool)],
    /// Lines that end at or before the last offset asked for.
    line: usize,
}

impl AccentCursor<'_> {
    fn is_accented(&mut self, offset: usize) -> bool {
        let lines = self.lines;
        if self.line > 0 && lines[self.line - 1].0 > offset {
            // Asked further back: search afresh.
            self.line = lines.partition_point(|&(end, _)| end <= offset);
        }
        while lines.get(self.line).is_some_and(|&(end, _)| end <= offset) {
            self.line += 1;
        }
        lines
            .get(self.line)
            .or(lines.last())
            .is_some_and(|&(_, a)| a)
    }
}

/// FNV-1a: a hash for the short folded words looked up while finding names (family
/// names), several times cheaper than the default SipHash on a few bytes. The keys
/// come from the lexicon, so resistance to chosen collisions is not needed.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The folded key of a lexicon form, spaces collapsed.
pub(crate) fn fold_key(s: &str) -> String {
    // No offset map needed here: fold straight into a string.
    let mut folded = String::with_capacity(s.len());
    normalize::fold_into(&mut folded, s);
    if !folded.contains(char::is_whitespace) {
        return folded;
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a word after the first starts with a capital letter.
fn has_inner_capital(written: &str) -> bool {
    let mut after_gap = false;
    let mut seen_word = false;
    for c in written.chars() {
        if is_word_char(c) {
            if after_gap && normalize::is_upper(c) {
                return true;
            }
            seen_word = true;
            after_gap = false;
        } else {
            after_gap = seen_word;
        }
    }
    false
}

/// A letter or digit; Vietnamese letters from the normalizer's table.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    normalize::is_letter(c) || c.is_numeric()
}

/// A combining diacritic of the basic block (U+0300..U+036F): the marks of
/// NFD Vietnamese.
pub(crate) fn is_combining_diacritic(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

// The folded text is mostly ASCII: the tests below look at the byte and decode a
// character only when it is not ASCII.

/// Whether no letter or digit ends at byte `at` of `hay` (a character boundary).
#[inline(always)]
fn is_boundary_before(hay: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|i| hay.as_bytes()[i]) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !hay[..at].chars().next_back().is_some_and(is_word_char),
    }
}

/// Whether no letter or digit starts at byte `at` of `hay` (a character boundary).
#[inline(always)]
fn is_boundary_after(hay: &str, at: usize) -> bool {
    match hay.as_bytes().get(at) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !hay[at..].chars().next().is_some_and(is_word_char),
    }
}

/// The end of the alphanumeric run at `at` (or `at` itself).
#[inline(always)]
fn word_end(hay: &str, mut at: usize) -> usize {
    while let Some(&b) = hay.as_bytes().get(at) {
        if b.is_ascii() {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            at += 1;
        } else {
            match hay[at..].chars().next() {
                Some(c) if is_word_char(c) => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// Where the character after the one at `at` starts.
#[inline(always)]
fn after_char(hay: &str, at: usize) -> usize {
    // The length of a UTF-8 sequence from its first byte.
    at + match hay.as_bytes().get(at) {
        None => 1,
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b < 0xE0 => 2,
        Some(&b) if b < 0xF0 => 3,
        Some(_) => 4,
    }
}

/// Maps original byte ranges to the folded text (see `to_folded` in the tests, the
/// plain binary search it replaces) for ranges asked in
/// mostly increasing order: each search gallops from the previous answer instead of
/// halving the whole text, a few probes for the nearby names of one document.
struct FoldedCursor<'a> {
    folded: &'a Folded,
    /// The folded start of the last range asked for.
    hint: usize,
}

impl<'a> FoldedCursor<'a> {
    fn new(folded: &'a Folded) -> Self {
        FoldedCursor { folded, hint: 0 }
    }

    /// Where `range` of the original lies in the folded text: from the first folded
    /// character that starts at or after `range.start` to the last one that ends at or
    /// before `range.end`.
    fn range(&mut self, range: Range<usize>) -> Range<usize> {
        let hay = self.folded.text();
        let map = self.folded.map();
        let start = lower_bound_from(hay, self.hint, |k| map.start_to_original(k) < range.start);
        let end = lower_bound_from(hay, start, |k| map.end_to_original(k + 1) <= range.end);
        self.hint = start;
        start..end.max(start)
    }
}

/// The first folded byte `k` (then the next character start) where `pred(k)` is false,
/// `pred` being monotone over the folded text (true, then false): the same answer as a
/// binary search over the whole text, found by galloping out from `hint`.
fn lower_bound_from(hay: &str, hint: usize, pred: impl Fn(usize) -> bool) -> usize {
    let n = hay.len();
    let h = hint.min(n);
    // Bracket the answer in `lo..=hi`: `pred(lo - 1)` holds (or `lo` is 0) and
    // `pred(hi)` fails (or `hi` is `n`).
    let (mut lo, mut hi);
    if h < n && pred(h) {
        lo = h + 1;
        hi = n;
        let mut step = 1;
        while lo + step - 1 < n {
            let p = lo + step - 1;
            if !pred(p) {
                hi = p;
                break;
            }
            lo = p + 1;
            step *= 2;
        }
    } else {
        hi = h;
        lo = 0;
        let mut step = 1;
        while step <= hi {
            let p = hi - step;
            if pred(p) {
                lo = p + 1;
                break;
            }
            hi = p;
            step *= 2;
        }
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    // Land on a character start of the folded text.
    (lo..=n).find(|&k| hay.is_char_boundary(k)).unwrap_or(n)
}

/// Map an original byte range to the folded text (inverse of `Folded::to_original`):
/// from the first folded character that starts at or after `range.start` to the
/// last one that ends at or before `range.end`.
#[cfg(test)]
fn to_folded(folded: &Folded, range: Range<usize>) -> Range<usize> {
    let hay = folded.text();
    // The first folded byte (a character start) whose original satisfies `pred`
    // is false; both predicates are monotone over the folded text.
    let lower_bound = |pred: &dyn Fn(usize) -> bool| {
        let (mut lo, mut hi) = (0, hay.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if pred(mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // Land on a character start of the folded text.
        (lo..=hay.len())
            .find(|&k| hay.is_char_boundary(k))
            .unwrap_or(hay.len())
    };
    let map = folded.map();
    let start = lower_bound(&|k| map.start_to_original(k) < range.start);
    let end = lower_bound(&|k| map.end_to_original(k + 1) <= range.end);
    start..end.max(start)
}

#[cfg(test)]
mod exact_tests {
    use super::*;

    /// The galloping cursor maps ranges as the plain binary search does, whatever the
    /// order they are asked in.
    #[test]
    fn folded_cursor_agrees_with_the_binary_search() {
        let matcher = TermMatcher::shared();
        let mut texts: Vec<String> = crate::seed_articles().into_iter().collect();
        for t in texts.clone() {
            texts.push(unicode_normalization::UnicodeNormalization::nfd(t.as_str()).collect());
            texts.push(t.to_uppercase());
            texts.push(normalize::fold(&t).into_string());
        }
        texts.extend(
            ["", "a", "\u{301}", "Đ\u{301}x ﬁ ß 日本 😀 A\u{302}\u{301}N"].map(String::from),
        );
        for text in &texts {
            let folded = normalize::fold(text);
            let mut ranges: Vec<Range<usize>> =
                matcher.find(text).iter().map(|m| m.span.clone()).collect();
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (k, &a) in bounds.iter().enumerate().step_by(7) {
                let b = bounds[(k + 3).min(bounds.len() - 1)];
                ranges.push(a..b);
                ranges.push(b..a.min(b));
            }
            let reversed: Vec<_> = ranges.iter().rev().cloned().collect();
            ranges.extend(reversed);
            let mut cursor = FoldedCursor::new(&folded);
            for r in ranges {
                let want = to_folded(&folded, r.clone());
                assert_eq!(cursor.range(r.clone()), want, "{r:?} in {text:?}");
            }
        }
    }

    /// Merging the parts gives what a stable sort of them one after the other gives.
    #[test]
    fn parts_merge_like_a_stable_sort() {
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % n) as usize
        };
        let kinds = [
            MatchKind::Term,
            MatchKind::Place,
            MatchKind::Organisation,
            MatchKind::Person,
        ];
        for round in 0..500 {
            let parts: Vec<Vec<Match<'static>>> = (0..next(5))
                .map(|p| {
                    let mut part: Vec<Match<'static>> = (0..next(12))
                        .map(|i| {
                            let start = next(20);
                            Match {
                                kind: kinds[next(4)],
                                span: start..start + next(6),
                                // Tells equal keys apart: which part, which place.
                                folded: p..i,
                                concept: None,
                                unit: None,
                                name: None,
                                role: None,
                                expansion: None,
                                learned: false,
                            }
                        })
                        .collect();
                    // Most parts come sorted, as the matcher's do.
                    if round % 3 != 0 {
                        part.sort_by_key(match_order);
                    }
                    part
                })
                .collect();
            let mut want: Vec<Match<'static>> = parts.iter().flatten().cloned().collect();
            want.sort_by_key(match_order);
            let got = Matches::from_parts(parts);
            assert_eq!(got.as_slice(), want.as_slice(), "round {round}");
            // The indices too.
            let want = Matches::from_sorted(want);
            assert_eq!(got.terms, want.terms, "round {round}");
            assert_eq!(got.names_by_end, want.names_by_end, "round {round}");
            assert_eq!(got.longest, want.longest, "round {round}");
        }
    }

    /// The shortcut for text written exactly as a key's only form picks what weighing
    /// every form picks, for every form of the default lexicon, in accented and
    /// unaccented text alike.
    #[test]
    fn the_exact_form_shortcut_agrees_with_weighing() {
        let matcher = TermMatcher::shared();
        let mut scratch = Vec::new();
        let mut taken = 0;
        for (pid, forms) in matcher.forms.iter().enumerate() {
            for form in forms {
                let Some(exact) = matcher.exact_form(pid, &form.text) else {
                    continue;
                };
                taken += 1;
                for accented in [true, false] {
                    let weighed = matcher.weigh(pid, &form.text, accented, &mut scratch);
                    assert_eq!(
                        weighed.map(|f| f.concept),
                        Some(exact.concept),
                        "{:?}",
                        form.text
                    );
                }
            }
        }
        assert!(taken > 100, "the shortcut applies to {taken} forms only");
        // The blocker with a capital inside is weighed, and loses, as written.
        let pid = matcher
            .forms
            .iter()
            .position(|fs| fs.iter().any(|f| f.text == "xây dựng Đảng"));
        if let Some(pid) = pid {
            assert!(matcher.exact_form(pid, "xây dựng Đảng").is_none());
        }
    }
}
