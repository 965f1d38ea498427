//! The word lists the quantity rules read (`data/quantity_words.tsv`) and the
//! small text helpers that look them up without allocating.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::normalize::LetterTable;

/// The word lists of `data/quantity_words.tsv`.
pub(super) struct Words {
    /// Words that end a unit read from the words after a number, sorted.
    pub(super) unit_stop: WordList,
    /// Capitalised words that open no bare name (`Tháng Tám`, `Lễ Giáng
    /// sinh`), sorted.
    pub(super) no_name_start: WordList,
    /// Units of time, sorted.
    pub(super) time_unit: WordList,
    /// Words before a number that make it a label, sorted.
    pub(super) label_before: WordList,
    /// Words after a number that make it a label, sorted.
    pub(super) label_after: WordList,
    /// Verbs that end with a word of `label_before` (`triệu tập`), sorted.
    pub(super) label_verb: WordList,
    /// Target cues.
    pub(super) target: TargetCues,
    /// Organisation words that may head a name made of a common noun.
    pub(super) unit_head: WordList,
    /// Capitalised words that never start that common noun.
    pub(super) not_unit_noun: WordList,
    /// The passive's words and the small words beside them, folded.
    pub(super) passive: Vec<String>,
    pub(super) passive_filler: Vec<String>,
    /// The same as written, with their marks.
    pub(super) passive_marked: Vec<&'static str>,
    pub(super) passive_filler_marked: Vec<&'static str>,
    /// Words that open a part of a statement, folded, spaces around.
    pub(super) statement_part: Vec<String>,
    /// Two words of the present; those that set it against any earlier
    /// time.
    pub(super) present: Vec<Phrase>,
    /// Verbs of holding or attending, folded with spaces around: a place
    /// after `tại` in their clause is a venue.
    pub(super) venue_verbs: Vec<String>,
    /// Buildings whose name after `tại` is a venue (lower case).
    pub(super) venue_building: Vec<&'static str>,
    /// Words before `tại`/`ở` that open a clause with the place.
    pub(super) place_opener: WordList,
    /// Words before `toàn huyện` that make it a yardstick.
    pub(super) yardstick_before: WordList,
    /// Openers of a sentence that goes on about the year before it.
    pub(super) goes_on: Vec<&'static str>,
    /// Names of plans whose span a deadline may close (`Đề án … đến năm
    /// 2020`), folded with spaces around.
    pub(super) plan_names: Vec<String>,
    /// Words of results told, folded with spaces around: a list under them
    /// tells no goals.
    pub(super) told_results: Vec<String>,
    pub(super) told_results_soft: Vec<String>,
    /// Words of a line that sets goals (`đề ra các chỉ tiêu`), folded with
    /// spaces around.
    pub(super) goal_setting: Vec<String>,
    /// `goal_setting_marked`: folded, and as written in lower case.
    goal_setting_marked: Vec<(String, String)>,
    /// Verbs right before a count of members that moves them (`tiếp nhận`).
    pub(super) transfer_verbs: Vec<&'static str>,
    /// Verbs that adopt the goals named after them, word by word, in small
    /// letters with their marks.
    pub(super) goal_adopting: Vec<Vec<String>>,
    /// Words that count goals (`các`, `một số`, `ba`), with their marks.
    pub(super) goal_count: Vec<String>,
    pub(super) present_now: Vec<Phrase>,
    /// Words after which `năm nay` is this year, folded.
    pub(super) this_year_after: Vec<String>,
    /// Words before a name that make it a source or a comparison.
    pub(super) not_located_after: WordList,
    /// Words that may open a clause before its subject (`nay chi bộ đã có`).
    pub(super) clause_opener: WordList,
    /// Words after which `một` is the indefinite article (`là một điểm sáng`).
    pub(super) article_after: WordList,
    /// Cues of a merger: the units named after them in their clause are no
    /// more.
    pub(super) merged_from: Vec<&'static str>,
    /// Words of the time of day, and parts of a year.
    pub(super) time_of_day: WordList,
    pub(super) year_part: WordList,
    /// Words of a result (`đạt`, `hoàn thành`).
    pub(super) result: WordList,
    /// Words after `dự` that make it no attending.
    pub(super) not_attending: WordList,
    /// Words after `toàn` that name the whole the article is about.
    pub(super) whole_of: WordList,
    /// Two words that are no level though their first is one of `whole_of`.
    pub(super) not_whole: WordList,
    /// Words before a name that make it a people or a faith.
    pub(super) group_before: WordList,
    /// Words before a unit that make it one of many.
    pub(super) many: WordList,
    /// Words of a duty, as written, and the verbs after them.
    pub(super) must: Vec<&'static str>,
    pub(super) must_then: WordList,
    /// Lexicon event canonical form → event of the contract, sorted.
    pub(super) events: Vec<(&'static str, &'static str)>,
    /// Events written in two parts: folded first part, folded second part, event.
    pub(super) gapped: Vec<Gapped>,
}

/// An event written in two parts (`công nhận … chính thức`).
pub(super) struct Gapped {
    /// The parts, folded.
    pub(super) first: String,
    pub(super) second: String,
    /// The event of the contract.
    pub(super) event: &'static str,
    /// Bytes of the first part in marked and unmarked text alike (its
    /// longest run of ASCII, `ng nh` of `công nhận`): a cheap first test.
    pub(super) probe: &'static [u8],
}

/// A list of lower-case words, as sorted [keys](Key): a lookup compares
/// integers.
pub(super) struct WordList {
    keys: Vec<u128>,
    /// The first bytes of the words, in either case: most words asked
    /// about are turned away by theirs. (Upper- and lower-case Vietnamese
    /// letters share their first byte.)
    firsts: [bool; 256],
    /// Bit `n` for a word of `n` bytes (bit 63 for longer): case keeps the
    /// length of Vietnamese letters.
    lens: u64,
}

impl WordList {
    pub(super) fn new(words: Vec<&'static str>) -> Self {
        let mut keys: Vec<u128> = words.iter().filter_map(|w| Key::of(w)).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut firsts = [false; 256];
        for b in words.iter().filter_map(|w| w.bytes().next()) {
            firsts[usize::from(b)] = true;
            firsts[usize::from(b.to_ascii_uppercase())] = true;
        }
        let lens = words.iter().fold(0, |set, w| set | 1 << w.len().min(63));
        WordList { keys, firsts, lens }
    }

    /// Whether `word` (in lower case already) is listed.
    pub(super) fn has(&self, word: &str) -> bool {
        Key::of(word).is_some_and(|k| self.has_key(k))
    }

    pub(super) fn has_key(&self, key: u128) -> bool {
        self.keys.binary_search(&key).is_ok()
    }

    /// Whether `word` in lower case is listed, without allocating.
    // (Inlined: the length and first byte turn most words away, with no call.)
    #[inline]
    pub(super) fn has_lower(&self, word: &str) -> bool {
        if self.lens & 1 << word.len().min(63) == 0
            || !word
                .bytes()
                .next()
                .is_some_and(|b| self.firsts[usize::from(b)])
        {
            return false;
        }
        self.has_lower_key(word)
    }

    /// [`WordList::has_lower`] for a word its length and first byte let through.
    #[inline(never)]
    fn has_lower_key(&self, word: &str) -> bool {
        let mut key = Key::new();
        key.push_lower(word);
        key.get().is_some_and(|k| self.has_key(k))
    }
}

/// A short string packed in an integer, built on the stack: up to 15 bytes
/// and its length. The words of the lists are short (a test checks it): a
/// longer string is in none of them.
pub(super) struct Key {
    pub(super) bytes: [u8; 16],
    pub(super) len: usize,
    /// False once something did not fit.
    pub(super) fits: bool,
}

impl Key {
    pub(super) const CAP: usize = 15;

    pub(super) fn new() -> Self {
        Key {
            bytes: [0; 16],
            len: 0,
            fits: true,
        }
    }

    /// The key of `s` as it is.
    pub(super) fn of(s: &str) -> Option<u128> {
        let mut key = Key::new();
        key.push(s.as_bytes());
        key.get()
    }

    pub(super) fn push(&mut self, s: &[u8]) {
        match self.bytes[..Key::CAP].get_mut(self.len..self.len + s.len()) {
            Some(dst) if self.fits => {
                dst.copy_from_slice(s);
                self.len += s.len();
            }
            _ => self.fits = false,
        }
    }

    /// Appends `s.to_lowercase()`.
    pub(super) fn push_lower(&mut self, s: &str) {
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
    pub(super) fn get(&self) -> Option<u128> {
        let mut bytes = [0; 16];
        bytes[..self.len].copy_from_slice(&self.bytes[..self.len]);
        bytes[Key::CAP] = self.len as u8;
        self.fits.then(|| u128::from_le_bytes(bytes))
    }
}

/// Folded words with a space before and after, for whole-word search.
pub(super) use crate::normalize::fold_words;

impl Words {
    /// Whether `text` sets goals: a word of [`goal_setting`](Self::goal_setting),
    /// or a verb of [`goal_adopting`](Self::goal_adopting) before `chỉ tiêu`
    /// or `mục tiêu`, maybe with a count between (`thống nhất đề ra 5 chỉ
    /// tiêu`). The verbs are compared with their marks: `đặt` (set), not
    /// `đạt` (reach: `đạt 111% chỉ tiêu`).
    pub(super) fn sets_goals(&self, text: &str) -> bool {
        let folded = fold_words(text);
        if self
            .goal_setting
            .iter()
            .any(|g| folded.contains(g.as_str()))
        {
            return true;
        }
        // (Folded first: most text has none of them.)
        if self
            .goal_setting_marked
            .iter()
            .any(|(f, _)| folded.contains(f.as_str()))
        {
            let lower = text.to_lowercase();
            if self
                .goal_setting_marked
                .iter()
                .any(|(_, w)| lower.contains(w.as_str()))
            {
                return true;
            }
        }
        if !folded.contains(" chi tieu ") && !folded.contains(" muc tieu ") {
            return false;
        }
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation() && c != '%'))
            .filter(|w| !w.is_empty())
            .collect();
        let counts = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit()) || self.goal_count.iter().any(|c| c == w)
        };
        (1..words.len()).any(|k| {
            if !matches!((words[k - 1], words[k]), ("chỉ" | "mục", "tiêu")) {
                return false;
            }
            // (At most three words of a count: `một số`, `các`, `5`.)
            let mut end = k - 1;
            while end > 0 && k - 1 - end < 3 && counts(words[end - 1]) {
                end -= 1;
            }
            // (Or the goals are all the text says: `Một số chỉ tiêu chủ yếu`,
            // before its list.)
            (end == 0 && words.len() <= k + 4)
                || self.goal_adopting.iter().any(|verb| {
                    let n = verb.len();
                    end >= n && words[end - n..end] == verb[..]
                })
        })
    }

    /// The event of the contract a lexicon event stands for.
    pub(super) fn event(&self, canonical: &str) -> Option<&'static str> {
        let i = self
            .events
            .binary_search_by_key(&(canonical.len(), canonical), |e| (e.0.len(), e.0))
            .ok()?;
        Some(self.events[i].1)
    }

    pub(super) fn get() -> &'static Words {
        static W: OnceLock<Words> = OnceLock::new();
        W.get_or_init(|| {
            let mut lists = raw_lists();
            let mut events = HashMap::new();
            let mut gapped = Vec::new();
            for line in data_lines(include_str!("../data/events.tsv")) {
                if let Some((event, forms)) = line.split_once('\t') {
                    for f in forms.split('|').map(str::trim) {
                        match f.split_once(" … ") {
                            Some((a, b)) => gapped.push(Gapped::new(a, b, event.trim())),
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
            let (passive, passive_filler) = (list("passive"), list("passive_filler"));
            Words {
                unit_stop: WordList::new(list("unit_stop")),
                no_name_start: WordList::new(list("no_name_start")),
                time_unit: WordList::new(list("time_unit")),
                label_before: WordList::new(list("label_before")),
                label_after: WordList::new(list("label_after")),
                label_verb: WordList::new(list("label_verb")),
                target: TargetCues::new(list("target")),
                unit_head: WordList::new(list("unit_head")),
                not_unit_noun: WordList::new(list("not_unit_noun")),
                passive: folded(passive.clone()),
                passive_filler: folded(passive_filler.clone()),
                passive_marked: passive,
                passive_filler_marked: passive_filler,
                statement_part: list("statement_part").into_iter().map(fold_words).collect(),
                present: pairs(list("present")),
                venue_verbs: list("venue_verbs").into_iter().map(fold_words).collect(),
                venue_building: list("venue_building"),
                place_opener: WordList::new(list("place_opener")),
                yardstick_before: WordList::new(list("yardstick_before")),
                goes_on: list("goes_on"),
                plan_names: list("plan_names").into_iter().map(fold_words).collect(),
                told_results: list("told_results").into_iter().map(fold_words).collect(),
                goal_setting: list("goal_setting").into_iter().map(fold_words).collect(),
                goal_setting_marked: list("goal_setting_marked")
                    .into_iter()
                    .map(|w| (fold_words(w), w.to_lowercase()))
                    .collect(),
                transfer_verbs: list("transfer_verbs"),
                goal_adopting: list("goal_adopting")
                    .into_iter()
                    .map(|v| v.split_whitespace().map(str::to_lowercase).collect())
                    .collect(),
                goal_count: list("goal_count")
                    .into_iter()
                    .map(str::to_lowercase)
                    .collect(),
                told_results_soft: list("told_results_soft")
                    .into_iter()
                    .map(fold_words)
                    .collect(),
                present_now: pairs(list("present_now")),
                this_year_after: folded(list("this_year_after")),
                not_located_after: WordList::new(list("not_located_after")),
                merged_from: list("merged_from"),
                clause_opener: WordList::new(list("clause_opener")),
                article_after: WordList::new(list("article_after")),
                whole_of: WordList::new(list("whole_of")),
                not_whole: WordList::new(list("not_whole")),
                many: WordList::new(list("many")),
                group_before: WordList::new(list("group_before")),
                not_attending: WordList::new(list("not_attending")),
                result: WordList::new(list("result")),
                time_of_day: WordList::new(list("time_of_day")),
                year_part: WordList::new(list("year_part")),
                must: list("must"),
                must_then: WordList::new(list("must_then")),
                events,
                gapped,
            }
        })
    }
}

/// The two-word entries of a list, folded.
fn pairs(words: Vec<&'static str>) -> Vec<Phrase> {
    words
        .into_iter()
        .filter_map(|p| {
            let written = p.split_once(' ')?;
            let folded = fold_words(p);
            let (a, b) = folded.trim().split_once(' ')?;
            Some(Phrase {
                folded: (a.to_string(), b.to_string()),
                written,
            })
        })
        .collect()
}

/// A phrase of two words, as written in the list and folded.
pub(super) struct Phrase {
    pub(super) folded: (String, String),
    pub(super) written: (&'static str, &'static str),
}

impl Phrase {
    /// Whether `a b` says the phrase: as written (in any case), or typed
    /// without marks (`hien nay`); not with other marks (`này có` is no
    /// `nay có`).
    pub(super) fn is(&self, a: &str, b: &str) -> bool {
        // (Upper- and lower-case letters have the same UTF-8 length: most
        // words are turned away by theirs.)
        let word = |w: &str, written: &str, key: &str| {
            (w.len() == written.len() && lower_eq(w, written))
                || (w.len() == key.len() && w.is_ascii() && w.eq_ignore_ascii_case(key))
        };
        word(a, self.written.0, &self.folded.0) && word(b, self.written.1, &self.folded.1)
    }
}

/// The words of a list folded (no marks, lower case), one space between words.
fn folded(words: Vec<&str>) -> Vec<String> {
    words
        .into_iter()
        .map(|w| fold_words(w).trim().to_string())
        .collect()
}

/// The word lists of `data/quantity_words.tsv` by name, as written.
pub(super) fn raw_lists() -> HashMap<&'static str, Vec<&'static str>> {
    let mut lists: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in data_lines(include_str!("../data/quantity_words.tsv")) {
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
pub(super) fn lowercase(s: &str) -> String {
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
pub(super) fn lower_prefix(s: &str) -> usize {
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
pub(super) fn each_lower(s: &str, mut put: impl FnMut(char)) -> bool {
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
/// `memchr` finds the places where the first byte matches. (The tests also
/// compare [`GappedProbes`] with this.)
pub(super) fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
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
pub(super) fn positions_ignore_ascii_case(
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
pub(super) struct GappedProbes<'t> {
    pub(super) text: &'t [u8],
    pub(super) probes: Vec<Probe>,
    /// The stretch of text searched so far: the probes found are those in it.
    pub(super) searched: Range<usize>,
}

/// A probe (at most 3 bytes) and where it occurs in the stretch searched.
pub(super) struct Probe {
    pub(super) bytes: &'static [u8],
    pub(super) found: Vec<usize>,
}

impl Gapped {
    fn new(first: &'static str, second: &str, event: &'static str) -> Self {
        let first = first.trim();
        let probe = first
            .as_bytes()
            .split(|b| !b.is_ascii())
            .max_by_key(|run| run.len())
            .unwrap_or_default();
        Gapped {
            first: fold_words(first),
            second: fold_words(second),
            event,
            probe,
        }
    }
}

impl<'t> GappedProbes<'t> {
    pub(super) fn new(text: &'t str, words: &'static Words) -> Self {
        let probes = words.gapped.iter().map(|g| Probe {
            bytes: g.probe,
            found: Vec::new(),
        });
        GappedProbes {
            text: text.as_bytes(),
            probes: probes.collect(),
            searched: 0..0,
        }
    }

    /// Whether a probe lies wholly within `text[r]`: `contains_ignore_ascii_case`
    /// of the window for some probe.
    pub(super) fn may_be_in(&mut self, r: Range<usize>) -> bool {
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

pub(super) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The target cues, and a set of their lengths to turn most terms away at once.
pub(super) struct TargetCues {
    pub(super) words: Vec<&'static str>,
    /// Bit `n` for a cue of `n` bytes; bit 63 for any of 63 bytes or more.
    lens: u64,
}

impl TargetCues {
    pub(super) fn new(words: Vec<&'static str>) -> Self {
        let lens = words.iter().fold(0, |set, w| set | 1 << w.len().min(63));
        TargetCues { words, lens }
    }

    /// Whether `term` in lower case is a cue.
    pub(super) fn has(&self, term: &str) -> bool {
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

    pub(super) fn may_have_len(&self, len: usize) -> bool {
        self.lens & 1 << len.min(63) != 0
    }
}

/// `term.chars().flat_map(char::to_lowercase).eq(lower.chars())`, stopping
/// at the first difference: ASCII and small letters (the letter table's
/// answer) are their own lower case; any other character is lowered the
/// plain way (a capital `Đ` of a word's start costs no second pass).
// (Inlined: the first byte turns most words away, with no call.)
#[inline]
pub(super) fn lower_eq(term: &str, lower: &str) -> bool {
    // Most words asked about differ in their first letter, mostly ASCII;
    // most others of the same first letter and length in their last
    // (`của` and `cầu`, `trong` and `tới`).
    use crate::normalize::{ascii_first_differs, ascii_last_differs};
    !ascii_first_differs(term, lower)
        && !ascii_last_differs(term, lower)
        && lower_eq_after_first(term, lower)
}

/// [`lower_eq`] for a word that its first byte did not turn away.
#[inline(never)]
fn lower_eq_after_first(term: &str, lower: &str) -> bool {
    let mut want = lower.chars();
    for c in term.chars() {
        if c.is_ascii() {
            if want.next() != Some(c.to_ascii_lowercase()) {
                return false;
            }
        } else if crate::normalize::is_lower(c) {
            if want.next() != Some(c) {
                return false;
            }
        } else if !c.to_lowercase().all(|l| want.next() == Some(l)) {
            return false;
        }
    }
    want.next().is_none()
}

/// `s` without `lower` at its end (compared as [`lower_eq`] does), trimmed,
/// if `s` ends with it: `strip_lower_suffix("Dự có Lãnh đạo", "lãnh đạo")`
/// is `Some("Dự có")`.
pub(super) fn strip_lower_suffix<'s>(s: &'s str, lower: &str) -> Option<&'s str> {
    let at = s.len().checked_sub(lower.len())?;
    (s.is_char_boundary(at) && lower_eq(&s[at..], lower)).then(|| s[..at].trim_end())
}

/// `char::is_alphanumeric`, with Vietnamese letters answered from the letter
/// table: the general Unicode lookup costs hundreds of instructions a letter.
pub(super) fn is_alphanumeric(c: char) -> bool {
    crate::normalize::is_letter(c) || c.is_numeric()
}

/// `s` without the whole words `lower` at its end, in any case, trimmed:
/// `trao tổng cộng` without `tổng cộng` is `trao`; `điều chuyển` ends with
/// `chuyển` but `thưởng` does not end with `ởng`.
pub(super) fn strip_lower_words_suffix<'s>(s: &'s str, lower: &str) -> Option<&'s str> {
    let at = s.len().checked_sub(lower.len())?;
    let whole = s.is_char_boundary(at)
        && s[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_alphanumeric(c));
    whole.then(|| strip_lower_suffix(s, lower)).flatten()
}

/// `s` without the words `lower` at its start, in any case.
pub(super) fn strip_lower_prefix<'s>(s: &'s str, lower: &str) -> Option<&'s str> {
    let at = lower.len();
    (s.is_char_boundary(at) && s.len() >= at && lower_eq(&s[..at], lower)).then(|| &s[at..])
}

/// Whether a clause ends at `at`: after spaces, a comma, a semicolon, a
/// full stop, a line break or the end of the text.
pub(super) fn ends_clause(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(' ');
    rest.is_empty() || rest.starts_with([',', ';', '.', '\n'])
}

/// The text of the sentence (or clause) that holds byte `at`, from after
/// the last of `stops` up to `at`: at most the last 256 bytes, so that a
/// text with no stops costs no scan back to its start for every question.
pub(super) fn since_stop<'t>(text: &'t str, at: usize, stops: &[char]) -> &'t str {
    since_stop_within(text, at, stops, 256).unwrap_or_else(|window| window)
}

/// [`since_stop`] looking at most `window` bytes back: `Err` with the
/// bytes looked at when no stop is among them.
pub(super) fn since_stop_within<'t>(
    text: &'t str,
    at: usize,
    stops: &[char],
    window: usize,
) -> Result<&'t str, &'t str> {
    let mut from = at.saturating_sub(window);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..at];
    // The stops are ASCII punctuation: found by their bytes, which no longer
    // character holds, without decoding the text backwards.
    let last = if stops.iter().all(char::is_ascii) {
        last_of_ascii(head.as_bytes(), stops)
    } else {
        head.rfind(stops)
    };
    last.map(|k| &head[k + 1..]).ok_or(head)
}

/// The last byte of `hay` that is one of the ASCII `stops`: by `memchr`, three
/// stops at a time, each search only after the last stop found.
fn last_of_ascii(hay: &[u8], stops: &[char]) -> Option<usize> {
    let mut last = None;
    for three in stops.chunks(3) {
        // (A chunk of fewer than three repeats its first.)
        let stop = |i: usize| *three.get(i).unwrap_or(&three[0]) as u8;
        let (a, b, c) = (stop(0), stop(1), stop(2));
        let from = last.map_or(0, |k| k + 1);
        if let Some(k) = memchr::memrchr3(a, b, c, &hay[from..]) {
            last = Some(from + k);
        }
    }
    last
}

/// Searches of a `str` for an ASCII byte by `memchr`, which reads many bytes
/// at a step (the `char` searches of `str` read a word at a time). Found the
/// same: in UTF-8 an ASCII byte is always that character. The rules ask these
/// of whole sentences before each figure.
pub(super) trait FindByte {
    /// `str::find` of the ASCII character `b`.
    fn find_byte(&self, b: u8) -> Option<usize>;
    /// `str::rfind` of the ASCII character `b`.
    fn rfind_byte(&self, b: u8) -> Option<usize>;
    /// `str::contains` of the ASCII character `b`.
    fn has_byte(&self, b: u8) -> bool {
        self.find_byte(b).is_some()
    }
}

impl FindByte for str {
    fn find_byte(&self, b: u8) -> Option<usize> {
        debug_assert!(b.is_ascii());
        memchr::memchr(b, self.as_bytes())
    }

    fn rfind_byte(&self, b: u8) -> Option<usize> {
        debug_assert!(b.is_ascii());
        memchr::memrchr(b, self.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What [`lower_eq`] takes for granted: a small letter is its own
    /// lower case.
    #[test]
    fn small_letters_are_their_own_lower_case() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if crate::normalize::is_lower(c) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    /// Stops found by their bytes are those `rfind` finds.
    #[test]
    fn since_stop_finds_what_rfind_finds() {
        let text = "Ông A. Đảng bộ (xã); có: 65,8% đảng viên. Tỉnh ủy… “Huyện”\nrồi! Sao? x";
        let sets: [&[char]; 7] = [
            &['.', '\n'],
            &[',', ';', ':', '('],
            &[],
            &['.', '!', '?', '\n', ';', ':'],
            &['.', '!', '?', '\n'],
            &[';'],
            &['.', '!', '?', '\n', ';', ':', '('],
        ];
        for stops in sets {
            for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                for window in [4, 16, 256] {
                    let mut from = at.saturating_sub(window);
                    while !text.is_char_boundary(from) {
                        from += 1;
                    }
                    let head = &text[from..at];
                    let plain = head.rfind(stops).map(|k| &head[k + 1..]).ok_or(head);
                    assert_eq!(since_stop_within(text, at, stops, window), plain);
                }
            }
        }
    }

    /// `lower_eq` with its byte tests of the first and last letters is the
    /// plain comparison of the lower case, on the words of real text in
    /// three cases against the keys of the rules and each other.
    #[test]
    fn lower_eq_is_the_plain_comparison_on_real_text() {
        let keys = [
            "", "a", "cầu", "của", "tới", "tiêu", "hoạch", "đấu", "đã", "nay", "sẽ", "hiện",
            "kiến", "phải", "cần", "xóa", "tên", "số", "i̇", "ß", "trở", "lên", "hơn",
        ];
        let texts = crate::seed_articles();
        let edge = [
            "", "A", "İ", "ẞ", "CỦA", "Của", "cỦA", "TRONG", "Tới", "ĐÃ", "Ab", "aB",
        ];
        let words = texts.iter().flat_map(|t| t.split_whitespace()).chain(edge);
        for w in words {
            for v in [w.to_string(), w.to_uppercase(), w.to_lowercase()] {
                for k in keys.iter().copied().chain([w]) {
                    let plain = v.chars().flat_map(char::to_lowercase).eq(k.chars());
                    assert_eq!(lower_eq(&v, k), plain, "{v:?} {k:?}");
                }
            }
        }
    }

    #[test]
    fn lower_eq_compares_the_lower_case() {
        let terms = [
            "", "Đảng", "ĐẢNG", "đảng", "Đ", "İ", "i̇", "ẞ", "ß", "Ủy", "ủy", "ỦY", "A", "a", "Ab",
        ];
        for t in terms {
            for l in terms {
                let plain = t.chars().flat_map(char::to_lowercase).eq(l.chars());
                assert_eq!(lower_eq(t, l), plain, "{t:?} {l:?}");
            }
        }
    }
}
