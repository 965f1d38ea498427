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
use std::ops::Range;
use std::sync::OnceLock;

use super::facts::{Modality, Quantity, TimeRef};
use super::layout::{words_up_to as layout_words, Role};
use super::tables::{self, Cell};
use super::Doc;
use crate::lexicon::Category;
use crate::matcher::{Match, MatchKind};
use crate::normalize::{folds_to, LetterTable};
use crate::numbers::{prev_word_in, Approx, Decimal, Kind, NumericMatch};
use crate::tokenize::{Sentence, Token, TokenKind};

mod subjects;
#[cfg(test)]
mod tests;
mod words;

use subjects::{
    all_names, bare_names_in, ends_short_line, headline_names, hides, is_capitalised, is_former,
    main_subject, mark_in_roles, marked_old, named, next_start, old_scope, opens_a_name,
    opens_with_theo, person_roles, settle, subject_in, unit_names_in, with_second_part, zones,
    Coverage, Named,
};
use words::{
    contains_ignore_ascii_case, ends_clause, fold_words, lower_eq, lowercase, since_stop,
    since_stop_within, strip_lower_prefix, strip_lower_suffix, strip_lower_words_suffix, FindByte,
    GappedProbes, Key, Phrase, TargetCues, Words,
};

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
    names_until: usize,
}

/// Words of a sentence and where among them the subject rules may find
/// what they look for: a party unit named by its kind (`đảng bộ`, `đảng ủy`
/// or `chi bộ`, as folded), which each of [`Context::level_alone`],
/// [`Context::cell_alone`] and [`Context::body_alone`] looks for with more
/// to it, and a whole (`toàn`, `cả`: `toàn tỉnh`, `cả nước`). Found once
/// in one walk, not in a walk of each rule.
struct Marks<'w, 'a> {
    words: &'w [Token<'a>],
    /// The index of the first word among the tokens.
    first: usize,
    /// Token indices of the units and of the wholes, in order (some may lie
    /// past the words).
    units: &'w [usize],
    wholes: &'w [usize],
}

impl Marks<'_, '_> {
    /// The units before word `end`, as indices of the words.
    fn units_before(&self, end: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        Marks::among(
            self.units,
            self.first,
            self.first + end.min(self.words.len()),
        )
    }

    /// The wholes at token `from` or after (not before the first word),
    /// before the `end`-th token from it, as indices from it.
    fn wholes_before(
        &self,
        from: usize,
        end: usize,
    ) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let last = self.first + self.words.len();
        Marks::among(self.wholes, from, (from + end).min(last))
    }

    /// The token indices of `at` from `from` up to `end`, as indices from `from`.
    fn among(at: &[usize], from: usize, end: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let at = &at[at.partition_point(|&k| k < from)..at.partition_point(|&k| k < end)];
        at.iter().map(move |k| k - from)
    }
}

/// The marks found so far in the words read for the figures of one
/// sentence (see [`Context::marks`]): the figures of a sentence come in
/// order, and each reads the words from its start (or a fixed number of
/// tokens back) to the figure, so only the words after the last figure's
/// need a walk.
#[derive(Default)]
struct MarksSoFar {
    /// The first token read, and the end of those read.
    first: usize,
    end: usize,
    /// Token indices of the units and the wholes found, in order.
    units: Vec<usize>,
    wholes: Vec<usize>,
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

/// A time expression, where it is, and what it says.
struct Time {
    range: Range<usize>,
    value: TimeRef,
    /// What a figure is compared with (`so với năm 2022`): not the time
    /// of the figures around it.
    compared: bool,
    /// It may be the time of figures in later sentences: not a day named in
    /// the middle of a sentence (`Hội nghị … do Tỉnh đoàn tổ chức ngày
    /// 12/1`), which dates that event only.
    carries: bool,
    /// The year of the tasks ahead (see [`is_tasks_year`]): it carries to
    /// goals only.
    tasks: bool,
    /// A day things are counted up to (`Tính đến ngày 31/12/2022`): to a
    /// deed told in a later sentence it gives its year, not the day.
    cutoff: bool,
    /// A past term said in words (`nhiệm kỳ qua`, see [`past_terms`]): it
    /// dates results only, not the goals told after it.
    past: bool,
    /// A goal's deadline inside a clause (`phấn đấu đến năm 2030 thu nhập
    /// đạt …`, see [`is_goal_deadline`], [`is_inner_deadline`]): it dates
    /// that clause only, not the goals after the next semicolon, nor later
    /// ones of a term told before that holds it. (Not one that heads the
    /// rest: `Đến năm 2030, …`, `phấn đấu đến năm 2030:`.)
    clause_deadline: bool,
    /// When one member joined (see [`is_joining_day`]): it dates its own
    /// clauses (`Tôi vào Đảng năm 1950, lúc ấy cả xã chỉ có 7 đảng viên`),
    /// not those after a semicolon nor later sentences.
    life: bool,
    /// Alone in a bracket right after a figure (`tăng từ 187 đồng chí (năm
    /// 2020) lên 236`, see [`is_figures_own_time`]): it dates that figure
    /// only, not the rest of its sentence nor later ones.
    figures_own: bool,
    /// The term to come said in words (`nhiệm kỳ mới`, see [`next_term`]):
    /// a goal for the whole term after it is of that term.
    coming: bool,
}

impl Time {
    /// A past span said in words (`Nhiệm kỳ qua`, `từ đầu nhiệm kỳ đến
    /// nay`) at `range` of `text`: it carries, and dates results only.
    fn past(text: &str, range: Range<usize>, value: TimeRef) -> Time {
        Time {
            compared: is_compared(text, range.clone()),
            range,
            value,
            carries: true,
            tasks: false,
            cutoff: false,
            past: true,
            clause_deadline: false,
            life: false,
            figures_own: false,
            coming: false,
        }
    }

    /// The term to come (`nhiệm kỳ mới`): it dates the goals told with it
    /// and after it, not the results.
    fn next(text: &str, range: Range<usize>, value: TimeRef) -> Time {
        Time {
            carries: false,
            tasks: true,
            past: false,
            coming: true,
            ..Time::past(text, range, value)
        }
    }

    /// A year said in words (`năm nay`, `quý I`, `năm ngoái`): none of the
    /// flags of a span told in digits.
    fn said_year(range: Range<usize>, year: i32, compared: bool, carries: bool) -> Time {
        Time {
            range,
            value: TimeRef::Year { year },
            compared,
            carries,
            tasks: false,
            cutoff: false,
            past: false,
            clause_deadline: false,
            life: false,
            figures_own: false,
            coming: false,
        }
    }
}

/// The length of a bracketed year at the start of `s` (` (2023)`), with
/// the spaces before it; 0 if there is none.
fn year_bracket_len(s: &str) -> usize {
    let rest = s.trim_start_matches(' ');
    let b = rest.as_bytes();
    let year =
        b.len() >= 6 && b[0] == b'(' && b[1..5].iter().all(u8::is_ascii_digit) && b[5] == b')';
    if year {
        s.len() - rest.len() + 6
    } else {
        0
    }
}

/// Where in `words` two words with the folded keys `a` and `b` stand in a row.
fn pair_in(words: &[Token<'_>], a: &str, b: &str) -> Option<usize> {
    // A word whose first byte is ASCII folds to a key only if that byte
    // does (in either case): most words stop there, before any folding.
    let may_fold_to = |w: &str, key: &str| match (w.as_bytes().first(), key.as_bytes().first()) {
        (Some(&c), Some(&k)) if c.is_ascii() => c.to_ascii_lowercase() == k,
        (Some(_), Some(_)) => true,
        _ => false,
    };
    let is = |w: &str, key: &str| may_fold_to(w, key) && folds_to(w, key);
    words
        .windows(2)
        .position(|w| is(w[1].norm, b) && is(w[0].norm, a))
}

/// `năm nay` (this year) in the lines that give facts, as the year the page
/// was published: at the start of a clause or a line, or after one of the
/// words of `this_year_after` (`Trong năm nay`), not after a count (`mấy năm
/// nay`: these past years); and `Từ đầu năm đến nay` as that year too; and
/// a quarter with no year (`trong quý I`) as the quarter of the page's year
/// (of the year before for `quý IV` on a page of January or February),
/// published in `month`.
fn this_year(doc: &Doc<'_>, year: i32, month: u8) -> Vec<Time> {
    let text = doc.text();
    let after = &Words::get().this_year_after;
    let tokens = &doc.tokens[..];
    let mut out = Vec::new();
    for (k, w) in tokens.windows(2).enumerate() {
        let (nam, nay) = (&w[0], &w[1]);
        if !may_tell_this_year(nam.norm) {
            continue;
        }
        if let Some((range, quarter)) = quarter_without_year(text, tokens, k) {
            // (`Kế hoạch năm 2025 …, trong quý I phấn đấu …` on a page of
            // 2024: a year to come that its sentence names is the quarter's.)
            let head = &text[char_floor(text, range.start.saturating_sub(160))..range.start];
            let head = head.rfind(['.', '\n']).map_or(head, |c| &head[c + 1..]);
            let year_told = head.as_bytes().windows(4).any(|w| {
                w.starts_with(b"20")
                    && w.iter().all(u8::is_ascii_digit)
                    && w.iter().fold(0, |y, d| y * 10 + i32::from(d - b'0')) > year
            });
            if doc.in_fact_line(&range) && !year_told {
                let year = if quarter == 4 && month <= 2 {
                    year - 1
                } else {
                    year
                };
                let compared = is_compared(text, range.clone());
                out.push(Time::said_year(range, year, compared, true));
            }
            continue;
        }
        // `Trong 9 tháng, …`, `đảng phí 9 tháng đạt …`: the months of this
        // year so far.
        if let Some(range) = months_so_far(text, tokens, k, (year, month)) {
            if doc.in_fact_line(&range) {
                let compared = is_compared(text, range.clone());
                out.push(Time::said_year(range, year, compared, true));
            }
            continue;
        }
        // Cheap first: by its length and first byte, most words are no
        // `năm` (`nam` typed without marks).
        let w = nam.norm.as_bytes();
        if !(3..=4).contains(&w.len()) || !matches!(w[0], b'n' | b'N') || !folds_to(nam.norm, "nam")
        {
            continue;
        }
        // `Từ đầu năm đến nay` (since the start of the year).
        if let Some(range) = since_new_year(text, tokens, k) {
            if doc.in_fact_line(&range) {
                out.push(Time::said_year(range, year, false, true));
            }
            continue;
        }
        // `năm ngoái`, `năm trước` (last year): the figures of its sentence.
        // `6 tháng đầu năm` with no year: this year's first months.
        let said = last_year(text, tokens, k)
            .map(|r| (r, year - 1, false))
            .or_else(|| months_of_this_year(text, tokens, k).map(|r| (r, year, true)));
        if let Some((range, year, carries)) = said {
            if doc.in_fact_line(&range) {
                let compared = is_compared(text, range.clone());
                out.push(Time::said_year(range, year, compared, carries));
            }
            continue;
        }
        if !matches!(nay.norm.as_bytes().first(), Some(b'n' | b'N'))
            || text.get(nam.norm_span.end..nay.norm_span.start) != Some(" ")
            || !folds_to(nay.norm, "nay")
        {
            continue;
        }
        let opens = match k.checked_sub(1).map(|p| &tokens[p]) {
            None => true,
            Some(p) => {
                // (`Quý I năm nay`: a quarter's numeral.)
                let roman = matches!(p.norm, "I" | "II" | "III" | "IV");
                p.kind == TokenKind::Punctuation
                    || roman
                    || text[p.norm_span.end..nam.norm_span.start].has_byte(b'\n')
                    || after.iter().any(|a| folds_to(p.norm, a))
            }
        };
        let range = nam.norm_span.start..nay.norm_span.end;
        if opens && doc.in_fact_line(&range) {
            let compared = is_compared(text, nam.norm_span.clone());
            out.push(Time::said_year(range, year, compared, true));
        }
    }
    out
}

/// Cheap first: each rule of [`this_year`] reads a word of its own first
/// letter (`quý`, `tháng`, `năm`), which its own checks ask first: most
/// words are none of these, and are turned away by one look.
fn may_tell_this_year(word: &str) -> bool {
    matches!(
        word.as_bytes().first(),
        Some(b'q' | b'Q' | b't' | b'T' | b'n' | b'N')
    )
}

/// `Nhiệm kỳ qua`, `nhiệm kỳ vừa qua`, `nhiệm kỳ trước` and `5 năm qua` in
/// the lines that give facts, as the past term they name (see
/// [`past_term`]), read from the `times` told before them.
fn past_terms(doc: &Doc<'_>, times: &[Time], page_year: Option<i32>) -> Vec<Time> {
    let text = doc.text();
    let tokens = &doc.tokens[..];
    let is = |j: usize, key: &str| folded_is(tokens, j, key);
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        // Cheap first: by length and first bytes (`nhiệm` has five letters,
        // the count of years one or two digits), most words are no such.
        let w = t.norm.as_bytes();
        let years = match (w.len(), w.first()) {
            (5..=7, Some(b'n' | b'N'))
                if matches!(w[1], b'h' | b'H') && is(k, "nhiem") && is(k + 1, "ky") =>
            {
                None
            }
            (1..=2, Some(b'1'..=b'9')) if t.kind == TokenKind::Number && is(k + 1, "nam") => {
                match t.norm.parse::<i32>() {
                    Ok(n) if (2..=10).contains(&n) => Some(n),
                    _ => continue,
                }
            }
            _ => continue,
        };
        if years.is_none() && k >= 2 && is(k - 1, "dau") && is(k - 2, "tu") {
            out.extend(page_year.and_then(|now| since_term_start_in_words(doc, times, now, k)));
            continue;
        }
        // `nhiệm kỳ mới`, `nhiệm kỳ tới`: the term to come, for its goals.
        // (With their marks: not `mỗi`, `mọi`, `tôi`.)
        let coming = years.is_none()
            && tokens
                .get(k + 2)
                .is_some_and(|w| lower_eq(w.norm, "mới") || lower_eq(w.norm, "tới"));
        if coming {
            let range = t.norm_span.start..tokens[k + 2].norm_span.end;
            if doc.in_fact_line(&range) {
                let before = &times[..times.partition_point(|t| t.range.start < range.start)];
                if let Some(value) = next_term(text, before, page_year) {
                    out.push(Time::next(text, range, value));
                }
            }
            continue;
        }
        // (The word after `nhiệm kỳ` or after `năm`.)
        let last = if is(k + 2, "qua") {
            k + 2
        } else if is(k + 2, "vua") && is(k + 3, "qua") {
            k + 3
        } else if years.is_none() && is(k + 2, "truoc") {
            k + 2
        } else if years.is_none() && opens_with_the_term(text, tokens, k) {
            k + 1
        } else {
            continue;
        };
        let range = t.norm_span.start..tokens[last].norm_span.end;
        // (Not `đầu nhiệm kỳ qua`: a point, not the whole term.)
        let point = k > 0 && (is(k - 1, "dau") || is(k - 1, "cuoi"));
        if point || !doc.in_fact_line(&range) {
            continue;
        }
        let before = &times[..times.partition_point(|t| t.range.start < range.start)];
        let Some(value) = past_term(before, page_year, years, true) else {
            continue;
        };
        out.push(Time::past(text, range, value));
    }
    out
}

/// `Trong nhiệm kỳ, …` opening a sentence with `nhiệm` at `tokens[k]`: the
/// whole past term, for what the paragraph goes on to tell too (`Trong
/// nhiệm kỳ, … kết nạp 214 đảng viên. Hằng năm có trên 90% …`).
fn opens_with_the_term(text: &str, tokens: &[Token<'_>], k: usize) -> bool {
    k >= 1
        && tokens[k - 1].norm == "Trong"
        && text[..tokens[k - 1].norm_span.start]
            .trim_end_matches(' ')
            .ends_with(['.', '\n'])
        && text[tokens[k + 1].norm_span.end..].starts_with(',')
}

/// Whether the time `t` (a span) is a term told as one, `nhiệm kỳ 2020 -
/// 2025`, not any span (`Đề án … giai đoạn 2022 - 2025`) nor one compared
/// with.
fn told_as_term(text: &str, t: &Time) -> bool {
    !t.compared && strip_lower_words_suffix(text[..t.range.start].trim_end(), "nhiệm kỳ").is_some()
}

/// `Từ đầu nhiệm kỳ đến nay`, `Tổng thu đảng phí từ đầu nhiệm kỳ đạt …`
/// with `nhiệm` at `tokens[k]`: no years told with the term and no end but
/// now (`đến hết năm 2023` is [`since_term_start`]'s), the years from the
/// start of the term told before (else of the congresses' five-year
/// term) to `now`, the page's year.
fn since_term_start_in_words(doc: &Doc<'_>, times: &[Time], now: i32, k: usize) -> Option<Time> {
    let tokens = &doc.tokens[..];
    let is = |j: usize, key: &str| folded_is(tokens, j, key);
    let years_told = tokens
        .get(k + 2)
        .is_some_and(|t| matches!(t.kind, TokenKind::YearRange | TokenKind::Number));
    // (Not a record's measure: `cao nhất từ đầu nhiệm kỳ`.)
    if k >= 3 && is(k - 3, "nhat") {
        return None;
    }
    let last = match (is(k + 2, "den") || is(k + 2, "toi"), is(k + 3, "nay")) {
        (false, _) if !years_told => k + 1,
        (true, true) => k + 3,
        _ => return None,
    };
    let range = tokens[k - 2].norm_span.start..tokens[last].norm_span.end;
    if !doc.in_fact_line(&range) {
        return None;
    }
    // (The last term told, `nhiệm kỳ 2020 - 2025`, not any span: `Nghị
    // quyết … giai đoạn 2021 - 2025`; a congress's new term, `nhiệm kỳ
    // 2025 - 2030` in 2025, has the one before it.)
    let text = doc.text();
    let before = &times[..times.partition_point(|t| t.range.start < range.start)];
    let term = before.iter().rev().find_map(|t| match t.value {
        TimeRef::Period { from, to } if told_as_term(text, t) => {
            Some(if from < now { from } else { from - (to - from) })
        }
        _ => None,
    });
    let from = term.unwrap_or((now - 1) / 5 * 5);
    (from < now).then(|| Time::past(text, range, TimeRef::Period { from, to: now }))
}

/// The past term (or the past `years`) a page speaks of, from the times told
/// before (`told`): the last span of years told that started before the
/// year of the page (`now`, or else of the last day told, or any if none
/// is known), or else the span
/// just before a term told that starts then or later (a congress's new term:
/// `Đại hội … nhiệm kỳ 2025 – 2030` in 2025, then `Nhiệm kỳ qua, …` is
/// 2020–2025; only if `infer`). Spans of another length than `years` do
/// not count.
fn past_term(told: &[Time], now: Option<i32>, years: Option<i32>, infer: bool) -> Option<TimeRef> {
    // (Only the last times told are read: a page of many mentions of a
    // term must not cost n².)
    let told = &told[told.len().saturating_sub(LOOK_BACK)..];
    let now = year_now(told, now);
    let spans = told
        .iter()
        .rev()
        .filter(|t| !t.compared)
        .filter_map(|t| match t.value {
            TimeRef::Period { from, to }
                if years.is_none_or(|n| to - from == n || to - from + 1 == n) =>
            {
                Some((from, to))
            }
            _ => None,
        });
    // (The last span told decides: one pass back at most.)
    let (from, to) = spans.into_iter().next()?;
    if now.is_none_or(|now| from < now) {
        return Some(TimeRef::Period { from, to });
    }
    if !infer {
        return None;
    }
    Some(TimeRef::Period {
        from: from - (to - from),
        to: from,
    })
}

/// How many of the times told before a figure are read back for a term.
const LOOK_BACK: usize = 64;

/// The page's year `now`, or else the year of the last day told (`Ngày
/// 15/10/2025, Đại hội … nhiệm kỳ 2025-2030 khai mạc`).
fn year_now(told: &[Time], now: Option<i32>) -> Option<i32> {
    now.or_else(|| {
        told.iter()
            .rev()
            .take(LOOK_BACK)
            .find_map(|t| match &t.value {
                TimeRef::Date { date } => year_of_date(date),
                _ => None,
            })
    })
}

/// The last term told as one (`nhiệm kỳ 2025 - 2030`, see
/// [`told_as_term`]) among the last times told, whose years pass `keep`.
fn last_term(text: &str, told: &[Time], keep: impl Fn(i32) -> bool) -> Option<(i32, i32)> {
    told.iter()
        .rev()
        .take(LOOK_BACK)
        .filter(|t| told_as_term(text, t))
        .find_map(|t| match t.value {
            TimeRef::Period { from, to } if to > from && keep(from) => Some((from, to)),
            _ => None,
        })
}

/// The term to come: the last term told before while it has begun at most
/// a year before the page's year `now`, or the one as long after it; none
/// when no term was told. (Only the last few times are read: a page of
/// many mentions must not cost n².)
fn next_term(text: &str, told: &[Time], now: Option<i32>) -> Option<TimeRef> {
    let (from, to) = last_term(text, told, |_| true)?;
    Some(match year_now(told, now) {
        Some(now) if from + 1 >= now => TimeRef::Period { from, to },
        _ => TimeRef::Period {
            from: to,
            to: to + (to - from),
        },
    })
}

/// Counts of years or months in words, folded (`Sáu tháng`, `mười năm`).
const COUNT_WORDS: &[&str] = &[
    "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi",
];

/// Whether `tokens[j]`, if there is one, folds to `key`.
fn folded_is(tokens: &[Token<'_>], j: usize, key: &str) -> bool {
    tokens.get(j).is_some_and(|t| folds_to(t.norm, key))
}

/// Whether `tokens[a]` and `tokens[b]` are apart by one space.
fn spaced(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    text.get(tokens[a].norm_span.end..tokens[b].norm_span.start) == Some(" ")
}

/// `năm ngoái`, `năm trước` (last year) with `năm` at `tokens[k]`: its
/// range; not after a count (`2 năm trước`, `những năm trước`: years ago)
/// nor before `đó` (`năm trước đó`: the year before a year told).
fn last_year(text: &str, tokens: &[Token<'_>], k: usize) -> Option<Range<usize>> {
    let is = |j: usize, key: &str| folded_is(tokens, j, key);
    if !(is(k + 1, "ngoai") || is(k + 1, "truoc")) {
        return None;
    }
    let counted = k.checked_sub(1).is_some_and(|p| {
        tokens[p].kind == TokenKind::Number
            || COUNT_WORDS.iter().any(|c| is(p, c))
            || ["nhung", "cac", "may", "nhieu", "vai", "chuc"]
                .iter()
                .any(|c| is(p, c))
    });
    if counted || is(k + 2, "do") || !spaced(text, tokens, k, k + 1) {
        return None;
    }
    Some(tokens[k].norm_span.start..tokens[k + 1].norm_span.end)
}

/// `quý I`, `quý 3` with `quý` at `tokens[k]` and no year after it (not
/// `quý I/2025`, `quý II năm 2024`, `quý I năm nay`): its range and number.
fn quarter_without_year(text: &str, tokens: &[Token<'_>], k: usize) -> Option<(Range<usize>, u8)> {
    // Cheap first: by its first byte and length, most words are no `quý`.
    let w = tokens[k].norm.as_bytes();
    if !matches!(w.first(), Some(b'q' | b'Q')) || w.len() > 4 || !folded_is(tokens, k, "quy") {
        return None;
    }
    let numeral = tokens.get(k + 1)?;
    let quarter = match numeral.norm {
        "I" | "1" => 1,
        "II" | "2" => 2,
        "III" | "3" => 3,
        "IV" | "4" => 4,
        _ => return None,
    };
    // (`mỗi quý 1 lần`: once a quarter.)
    let each = k > 0
        && ["moi", "hang", "cac"]
            .iter()
            .any(|w| folded_is(tokens, k - 1, w));
    let counts = numeral.kind == TokenKind::Number
        && folded_is(tokens, k + 2, "lan")
        && spaced(text, tokens, k + 1, k + 2);
    if each || counts {
        return None;
    }
    let rest = &text[numeral.norm_span.end..];
    let dated = rest.starts_with(['/', '-'])
        || rest
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_digit())
        || folded_is(tokens, k + 2, "nam") && spaced(text, tokens, k + 1, k + 2);
    (spaced(text, tokens, k, k + 1) && !dated)
        .then(|| (tokens[k].norm_span.start..numeral.norm_span.end, quarter))
}

/// `6 tháng đầu năm`, `9 tháng cuối năm` with `năm` at `tokens[k]` and no
/// year after it: its range, from `tháng` (the months of this year).
fn months_of_this_year(text: &str, tokens: &[Token<'_>], k: usize) -> Option<Range<usize>> {
    let is = |j: usize, key: &str| folded_is(tokens, j, key);
    if k < 3 {
        return None;
    }
    let months = is(k - 2, "thang") && (is(k - 1, "dau") || is(k - 1, "cuoi"));
    // (A year or `nay` after it is a time of its own.)
    // (Nor the year of a time told before, `năm đó`, nor a school year.)
    let year_after = is(k + 1, "do")
        || is(k + 1, "hoc")
        || tokens.get(k + 1).is_some_and(|t| {
            t.kind != TokenKind::Punctuation && (t.kind != TokenKind::Word || is(k + 1, "nay"))
        });
    // (A count in digits or in words: `Sáu tháng đầu năm`.)
    let counted =
        tokens[k - 3].kind == TokenKind::Number || COUNT_WORDS.iter().any(|c| is(k - 3, c));
    let apart = spaced(text, tokens, k - 2, k - 1) && spaced(text, tokens, k - 1, k);
    (months && counted && !year_after && apart)
        .then(|| tokens[k - 2].norm_span.start..tokens[k].norm_span.end)
}

/// `Trong 9 tháng, …`, `giảm trong 9 tháng là …`, `đảng phí 9 tháng đạt`,
/// `9 tháng qua` with `tháng` at `tokens[k]` and no year after it (nor
/// another year before it in its paragraph), on a page published in
/// `year` and `month`, after those months: its range, from the count.
/// (Not a duration: `dự bị 12 tháng`, `sau 3 tháng thử việc`.)
fn months_so_far(
    text: &str,
    tokens: &[Token<'_>],
    k: usize,
    (year, month): (i32, u8),
) -> Option<Range<usize>> {
    let t = tokens[k].norm.as_bytes();
    // (Cheap first: `tháng` is 5 to 7 bytes and starts with `t`.)
    if !(5..=7).contains(&t.len()) || !matches!(t[0], b't' | b'T') || k == 0 {
        return None;
    }
    let is = |j: usize, key: &str| folded_is(tokens, j, key);
    if !is(k, "thang") {
        return None;
    }
    let count = &tokens[k - 1];
    let n: u8 = if count.kind == TokenKind::Number {
        count.norm.parse().ok()?
    } else {
        let c = COUNT_WORDS.iter().position(|c| is(k - 1, c))?;
        u8::try_from(c + 2).ok()?
    };
    if !(2..=11).contains(&n) || n >= month || !spaced(text, tokens, k - 1, k) {
        return None;
    }
    // (Opened by `trong` or at the start of a clause, or followed by `qua`,
    // `đạt`, `của`; not `Ba tháng nay` (the last three), `gần 2 tháng,`.)
    let opened = k < 2 || {
        let p = &tokens[k - 2];
        p.kind == TokenKind::Punctuation || is(k - 2, "trong")
    };
    let closed = ["qua", "dat", "cua"].iter().any(|w| is(k + 1, w));
    let rolling = is(k + 1, "nay") || is(k + 1, "gan");
    // (A year said after them, `6 tháng đầu năm 2023`, `9 tháng năm 2024`,
    // is read elsewhere.)
    let dated = ["dau", "cuoi", "nam"].iter().any(|w| is(k + 1, w))
        || tokens.get(k + 1).is_some_and(|t| t.norm == "/");
    // (Nor a year told before in its paragraph other than the page's: `Năm
    // 2023 là năm bản lề. Trong 6 tháng, …`.)
    let range = count.norm_span.start..tokens[k].norm_span.end;
    let head = &text[char_floor(text, range.start.saturating_sub(240))..range.start];
    let head = head.rfind('\n').map_or(head, |c| &head[c + 1..]);
    let bytes = head.as_bytes();
    let other_year = bytes.windows(4).enumerate().any(|(i, w)| {
        let apart = |j: Option<&u8>| j.is_none_or(|b| !b.is_ascii_digit());
        w.iter().all(u8::is_ascii_digit)
            && (w.starts_with(b"19") || w.starts_with(b"20"))
            && apart(i.checked_sub(1).and_then(|p| bytes.get(p)))
            && apart(bytes.get(i + 4))
            && w.iter().fold(0, |y, d| y * 10 + i32::from(d - b'0')) != year
    });
    ((opened || closed) && !rolling && !dated && !other_year).then_some(range)
}

/// `Từ đầu năm đến nay`, `từ đầu năm tới nay` with `năm` at `tokens[k]`:
/// its range, from `Từ` to `nay`.
fn since_new_year(text: &str, tokens: &[Token<'_>], k: usize) -> Option<Range<usize>> {
    let is = |j: usize, key: &str| folded_is(tokens, j, key);
    let (from, to) = (k.checked_sub(2)?, k + 2);
    let said = is(from, "tu")
        && is(k - 1, "dau")
        && (is(k + 1, "den") || is(k + 1, "toi"))
        && is(to, "nay");
    if !said {
        return None;
    }
    // (Words apart by single spaces only.)
    let apart = (from..to).all(|j| spaced(text, tokens, j, j + 1));
    apart.then(|| tokens[from].norm_span.start..tokens[to].norm_span.end)
}

/// Where the last clause of contrast (`, nhưng …`, `; song …`) between
/// `from` and `to` starts, or `from`.
fn contrast_after(text: &str, from: usize, to: usize) -> usize {
    let said = &text[from..to];
    // (Found by the marks, read back once: most sentences have few. Both
    // are ASCII: found by their bytes with `memchr`, not by decoding the
    // sentence backwards.)
    let mut end = said.len();
    while let Some(k) = memchr::memrchr2(b',', b';', &said.as_bytes()[..end]) {
        let rest = &said[k + 1..];
        let after = ["nhưng ", "song "].iter().find_map(|c| {
            let word = rest.strip_prefix(' ')?.strip_prefix(c)?;
            // (`song song` is `in parallel`.)
            if *c == "song " && word.starts_with("song") {
                return None;
            }
            Some(from + (said.len() - word.len()))
        });
        if let Some(at) = after {
            return at;
        }
        end = k;
    }
    from
}

/// [`contrast_after`] as it was first written, by characters: the reference
/// its tests compare with.
#[cfg(test)]
fn contrast_after_by_chars(text: &str, from: usize, to: usize) -> usize {
    let said = &text[from..to];
    said.rmatch_indices([',', ';'])
        .find_map(|(k, _)| {
            let rest = &said[k + 1..];
            ["nhưng ", "song "].iter().find_map(|c| {
                let word = rest.strip_prefix(' ')?.strip_prefix(c)?;
                if *c == "song " && word.starts_with("song") {
                    return None;
                }
                Some(from + (said.len() - word.len()))
            })
        })
        .unwrap_or(from)
}

/// Whether the day at `start` is one things are counted up to: after
/// `đến ngày`, `tới ngày`, `đến hết ngày`.
fn is_cutoff(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end();
    let Some(head) = strip_lower_suffix(head, "ngày") else {
        return false;
    };
    let head = strip_lower_suffix(head, "hết").unwrap_or(head);
    strip_lower_suffix(head, "đến").is_some() || strip_lower_suffix(head, "tới").is_some()
}

/// Where the bracket opens that holds the time at `start` after words of
/// its sentence (`… với 2.417 đảng viên (tính đến ngày 30/11/2025).`): such
/// a time qualifies the words before it. (Not one before a colon or
/// ending a line with no full stop, which heads what follows: `Các số liệu
/// chính (tính đến ngày 15/7/2025):`, a table's caption.)
fn closing_bracket(text: &str, start: usize) -> Option<usize> {
    let head = since_stop(text, start, &['.', '!', '?', '\n', ';', ')']);
    let open = head.rfind_byte(b'(')?;
    let inside = &head[open + 1..];
    let before = head[..open].trim();
    let rest = &text[start..];
    let close = rest.bytes().take(32).position(|b| b == b')')?;
    let after = rest[close + 1..].trim_start_matches(' ');
    let heads = after.is_empty() || after.starts_with([':', '\n']);
    (inside.split_whitespace().count() <= 4 && before.split_whitespace().nth(2).is_some() && !heads)
        .then_some(start - head.len() + open)
}

/// `Nhiệm kỳ 2015 - 2020, huyện được công nhận đạt chuẩn nông thôn mới năm
/// 2019.`: in a paragraph where an earlier sentence opens with a span or a
/// year (digits or words: `Nhiệm kỳ qua`, so it runs after [`past_terms`]),
/// a year inside a sentence dates the deed told with it, and the later
/// sentences go on in the opening time. That is a year that ends its
/// sentence, or one within the opening term (`Trong nhiệm kỳ 2010 - 2015,
/// thu nhập bình quân năm 2015 đạt 36 triệu đồng.`).
fn dated_events_carry_not(text: &str, times: &mut [Time]) {
    // (Each time's paragraph start, read once along the text; whether a time
    // opens its sentence, read at most once.)
    let mut paragraph = 0;
    let mut opens: Vec<Option<bool>> = vec![None; times.len()];
    let mut opens_at = |k: usize, times: &[Time]| {
        *opens[k].get_or_insert_with(|| opens_sentence(text, times[k].range.start))
    };
    for k in 1..times.len() {
        let gap = &text[times[k - 1].range.end.min(times[k].range.start)..times[k].range.start];
        if let Some(n) = gap.rfind_byte(b'\n') {
            paragraph = times[k].range.start - gap.len() + n + 1;
        }
        let t = &times[k];
        // (A span that ends a sentence is mostly the term told of: `Đại hội
        // … nhiệm kỳ 2020 - 2025.`)
        let TimeRef::Year { year } = t.value else {
            continue;
        };
        // (What follows it up to the stop is only closing marks.)
        let after = text[t.range.end..].trim_start_matches([' ', ')', '”', '"']);
        let ends = after.is_empty() || after.starts_with(['.', '!', '?', '\n']);
        let within = |o: &Time| matches!(o.value, TimeRef::Period { from, to } if (from..=to).contains(&year));
        // (The cheap tests first: most years neither end a sentence nor
        // fall within a span told before them in the paragraph.)
        // (Only the last times of the paragraph: one with no break must not
        // cost n².)
        let candidates = || {
            (0..k)
                .rev()
                .take_while(|&j| times[j].range.start >= paragraph)
                .take(LOOK_BACK)
        };
        if !ends && !candidates().any(|j| within(&times[j])) {
            continue;
        }
        // (A year singled out, `…; riêng năm 2022 thu …`, `trong đó năm
        // 2024 kết nạp 91`, needs no opener: any span told before that holds
        // it.)
        let head = text[..t.range.start].trim_end();
        let head = strip_lower_suffix(head, "năm").unwrap_or(head);
        let head = head.trim_end_matches([' ', ',']);
        let singled = strip_lower_suffix(head, "riêng").is_some()
            || strip_lower_words_suffix(head, "trong đó").is_some();
        let opener = candidates().find(|&j| {
            let o = &times[j];
            !o.compared
                && !matches!(o.value, TimeRef::Date { .. })
                && ((singled && within(o)) || opens_at(j, times))
        });
        let Some(opener) = opener.filter(|&j| ends || within(&times[j])) else {
            continue;
        };
        // (Unless the next sentence goes on about it: `Trong đó, 120 đảng
        // viên là nữ`, `Năm đó, …`.)
        let after = &after[..char_floor(after, after.len().min(512))];
        let stop = after.find(['.', '!', '?', '\n']).unwrap_or(after.len());
        let next = after[stop..].trim_start_matches(['.', '!', '?', ' ', '\n']);
        let goes_on = Words::get().goes_on.iter().any(|w| next.starts_with(w));
        if times[opener].range.start < times[k].range.start && !goes_on && !opens_at(k, times) {
            times[k].carries = false;
        }
    }
}

/// `Từ đầu nhiệm kỳ đến hết tháng 5/2023`, `Từ đầu nhiệm kỳ 2020 - 2025 tới
/// hết năm 2023`: a time told as the end of a span
/// from the start of the term is that span, from the first year of the term
/// told before (`nhiệm kỳ 2020 - 2025`, or told between: `Từ đầu nhiệm kỳ
/// 2020 - 2025 đến nay`), else of the congresses' five-year term it falls
/// in (2020 for 2021 to 2025).
fn since_term_start(text: &str, times: &mut [Time]) {
    // The terms told so far (`nhiệm kỳ 2020 - 2025`), as the walk goes:
    // not any span (`Đề án … giai đoạn 2022 - 2025`).
    let mut terms: Vec<(i32, i32)> = Vec::new();
    for k in 0..times.len() {
        let year = match &times[k].value {
            TimeRef::Period { from, to } => {
                if told_as_term(text, &times[k]) {
                    terms.push((*from, *to));
                }
                continue;
            }
            TimeRef::Year { year } => *year,
            TimeRef::Date { date } => match year_of_date(date) {
                Some(y) => y,
                None => continue,
            },
        };
        // (Cheap first: the word right before is `đến`, `hết`, `tháng`,
        // `ngày`, `năm` or `cuối`; most times have none of these.)
        let mut head = text[..times[k].range.start].trim_end();
        for w in ["năm", "tháng", "ngày", "cuối", "hết"] {
            head = strip_lower_words_suffix(head, w).unwrap_or(head);
        }
        let Some(head) =
            strip_lower_words_suffix(head, "đến").or_else(|| strip_lower_words_suffix(head, "tới"))
        else {
            continue;
        };
        // (A term told between: `Từ đầu nhiệm kỳ 2020 - 2025 đến …`.)
        let between = k
            .checked_sub(1)
            .filter(|&j| times[j].range.end == head.len());
        let opening = between.map_or(head, |j| text[..times[j].range.start].trim_end());
        let opened = strip_lower_words_suffix(opening, "đầu nhiệm kỳ")
            .and_then(|h| strip_lower_words_suffix(h, "từ"));
        if opened.is_none() {
            continue;
        }
        let holds = |&(from, to): &(i32, i32)| (from < year && year <= to).then_some(from);
        let told = between
            .and_then(|j| match times[j].value {
                TimeRef::Period { from, to } => holds(&(from, to)),
                _ => None,
            })
            .or_else(|| terms.iter().rev().find_map(holds));
        let from = told.unwrap_or((year - 1) / 5 * 5);
        if from < year {
            times[k].value = TimeRef::Period { from, to: year };
            times[k].cutoff = false;
        }
    }
}

/// Whether the year at `start` is that of the tasks ahead after the year
/// reviewed (`tổng kết … năm 2019, triển khai phương hướng, nhiệm vụ năm
/// 2020`): it dates no deed told after it. (With no earlier year in the
/// sentence, `nhiệm vụ 6 tháng cuối năm 2024` names the year of both.)
fn is_tasks_year(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end();
    let head = strip_lower_suffix(head, "năm").unwrap_or(head);
    let tasks = [("nhiệm", "vụ"), ("phương", "hướng")].iter().any(|(a, b)| {
        strip_lower_suffix(head, b).is_some_and(|h| strip_lower_suffix(h, a).is_some())
    });
    let year = |s: &str| s.get(..4).and_then(|y| y.parse::<u16>().ok());
    let Some(this) = year(&text[start..]).filter(|_| tasks) else {
        return false;
    };
    let sentence = since_stop(text, start, &['.', '!', '?', '\n']);
    sentence
        .match_indices("năm ")
        .any(|(k, w)| year(&sentence[k + w.len()..]).is_some_and(|y| (1900..this).contains(&y)))
}

/// The level of the units a figure at the start of `rest` counts: 1 for
/// cells and hamlets (`chi bộ`, `thôn`), 2 for communes (`xã`, `đảng bộ
/// xã`), 3 for districts; `None` for anything else.
fn counted_level(rest: &str) -> Option<u8> {
    let mut words = rest.split_whitespace();
    // (The figure's own word first: a share or a figure that ends its clause
    // counts no unit named after it.)
    let figure = words.next()?;
    if figure.has_byte(b'%') || figure.ends_with([',', ';', '.', ':']) {
        return None;
    }
    let first = words.next()?;
    let second = words.next().unwrap_or("");
    let party = (lower_eq(first, "đảng") && lower_eq(second, "bộ"))
        || (lower_eq(first, "đảng") && lower_eq(second, "ủy"));
    if party {
        return level_word(words.next().unwrap_or(""), words.next().unwrap_or(""));
    }
    if lower_eq(first, "chi") && lower_eq(second, "bộ") {
        return Some(1);
    }
    level_word(first, second)
}

/// The level of the first unit word of a name (`thị trấn Nam Phước`: 2).
fn level_of_name(name: &str) -> Option<u8> {
    let mut words = name.split_whitespace().peekable();
    while let Some(a) = words.next() {
        if let Some(level) = level_word(a, words.peek().copied().unwrap_or("")) {
            return Some(level);
        }
    }
    None
}

/// The level of an administrative word and the one after it.
fn level_word(a: &str, b: &str) -> Option<u8> {
    let is = |w: &str, x: &str| lower_eq(w, x);
    if is(a, "thôn")
        || is(a, "ấp")
        || is(a, "bản")
        || is(a, "xóm")
        || is(a, "buôn")
        || is(a, "khóm")
    {
        Some(1)
    } else if is(a, "xã")
        || is(a, "phường")
        || (is(a, "thị") && is(b, "trấn"))
        || (is(a, "đặc") && is(b, "khu"))
    {
        Some(2)
    } else if is(a, "huyện")
        || is(a, "quận")
        || (is(a, "thị") && is(b, "xã"))
        || (is(a, "thành") && is(b, "phố"))
    {
        Some(3)
    } else {
        None
    }
}

/// The counts (no shares) among the last `take` numbers of `earlier`, nearest
/// first, as long as the words between one and `start` stay in its sentence
/// and within `max_gap` bytes: the counts a bare number after them may share
/// a unit with.
fn counts_before<'e>(
    text: &'e str,
    earlier: &'e [NumericMatch],
    start: usize,
    take: usize,
    max_gap: usize,
) -> impl Iterator<Item = &'e NumericMatch> + 'e {
    earlier
        .iter()
        .rev()
        .take(take)
        .take_while(move |p| {
            text.get(p.span.end..start).is_some_and(|gap| {
                gap.len() <= max_gap && !gap.contains([':', '\n']) && !has_full_stop(gap)
            })
        })
        .filter(|p| p.is_quantity() && p.kind != Kind::Percent)
}

/// Whether the time at `at` heads the sentence that starts at `start`: at
/// most `Năm`, `Trong năm` before it (`Năm 2024, …`).
fn heads_sentence(text: &str, start: usize, at: usize) -> bool {
    let head = fold_words(&text[start..at]);
    matches!(head.as_str(), " " | " nam " | " trong nam ")
}

/// Whether `s` has a full stop: a `.` not between two digits (`1.986`).
fn has_full_stop(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'.', b).any(|k| {
        !(k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// What stands before `đến năm`, `tới năm`, `đến hết năm`, `đến cuối năm`
/// (`năm` may be left out) ending at `start`, if those words do.
fn before_until(text: &str, start: usize) -> Option<&str> {
    let head = text[..start].trim_end();
    let head = strip_lower_suffix(head, "năm").unwrap_or(head);
    let head = strip_lower_suffix(head, "hết")
        .or_else(|| strip_lower_suffix(head, "cuối"))
        .unwrap_or(head);
    strip_lower_suffix(head, "đến").or_else(|| strip_lower_suffix(head, "tới"))
}

/// `phấn đấu đến năm 2025 thu nhập đạt 55 triệu đồng`: the deadline of a
/// goal, which dates goals only (like [`is_tasks_year`]), not the deeds
/// told after it.
fn is_goal_deadline(text: &str, start: usize) -> bool {
    is_year_until(text, start)
        && Words::get().sets_goals(since_stop(text, start, &['.', '!', '?', '\n']))
}

/// Whether the year at `start` is said as one things are done by: `đến
/// năm`, `tới hết năm`.
fn is_year_until(text: &str, start: usize) -> bool {
    strip_lower_suffix(text[..start].trim_end(), "năm").is_some()
        && before_until(text, start).is_some()
}

/// `Tổng thu ngân sách đến năm 2030 đạt 320 tỷ đồng`: a year to come
/// after `đến` or `tới` inside a sentence is the deadline of that goal (a
/// list of goals' items each have their own), like
/// [`is_goal_deadline`]; not one that opens its sentence (`Đến năm 2030,
/// …`), which heads the goals after it.
fn is_inner_deadline(
    text: &str,
    value: &TimeRef,
    start: usize,
    published: Option<(i32, u8, u8)>,
) -> bool {
    let (TimeRef::Year { year }, Some((now, _, _))) = (value, published) else {
        return false;
    };
    // (Words before `đến`: `Tổng thu ngân sách`, not `Phấn đấu`.)
    let inner = || {
        let head = since_stop(text, start, &['.', '!', '?', '\n', ';', ':']);
        head.split_whitespace().count() > 4
    };
    *year > now && is_year_until(text, start) && inner()
}

/// Whether a day at `start` opens its sentence (`Ngày 12/1, …`, `Vào 14
/// giờ ngày 21/8/2024 …`, `Tính đến ngày 31/12/2023, …`): at most three
/// words before it since the sentence began, or only words of the time of
/// day, or `đến` / `tới` among them.
fn opens_sentence(text: &str, start: usize) -> bool {
    let head = since_stop(text, start, &['.', '!', '?', '\n', ';', ':']);
    let words = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation()));
    let of_time = |w: &str| {
        w.is_empty()
            || w.bytes().all(|b| b.is_ascii_digit())
            || Words::get().time_of_day.has_lower(w)
    };
    // (After a semicolon or a colon only words of time: `; riêng đợt 3/2
    // có 1 đồng chí` names an occasion, not the time of what follows.)
    // (Looked at only for a short head; and counted no further than needed.)
    let after_clause = || head.len() < since_stop(text, start, &['.', '!', '?', '\n']).len();
    (words.clone().take(4).count() <= 3 && !after_clause())
        || words.clone().all(of_time)
        || words
            .into_iter()
            .any(|w| lower_eq(w, "đến") || lower_eq(w, "tới"))
}

/// Whether `next`, the word after a unit named by its level (`Đảng bộ xã`,
/// `Huyện ủy`), leaves it nameless: a word in small letters, not a name and
/// not another level of a list (`xã, thị trấn`, `xã và thị trấn`).
fn names_nothing(next: &str) -> bool {
    next.chars().next().is_some_and(char::is_lowercase)
        && !lower_eq(next, "và")
        && !Words::get().whole_of.has_lower(next)
}

/// The change a comparative before `hơn` tells: `cao`, `nhiều`, `lớn` a
/// rise, `thấp`, `ít`, `nhỏ` a fall.
fn change_of_comparative(adjective: &str) -> Option<&'static str> {
    let is = |keys: &[&str]| keys.iter().any(|k| folds_to(adjective, k));
    if is(&["cao", "nhieu", "lon"]) {
        Some("tăng")
    } else if is(&["thap", "it", "nho"]) {
        Some("giảm")
    } else {
        None
    }
}

/// Whether the year starting at `start` is someone's birth (`(SN 1975)`,
/// `sinh năm 1975`): the time of no fact.
fn is_birth_year(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches([' ', '(']);
    let mut words = head.rsplit([' ', '(']).filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (Some(w), _) if w.eq_ignore_ascii_case("sn") || lower_eq(w, "sinh") => true,
        (Some(w), Some(v)) => lower_eq(w, "năm") && lower_eq(v, "sinh"),
        _ => false,
    }
}

/// `vào Đảng từ tháng 8/1945`, `nhập ngũ năm 1968`: when one member joined,
/// a date of a life story, which dates none of the page's figures.
fn is_joining_day(text: &str, m: &NumericMatch) -> bool {
    if !matches!(m.kind, Kind::Year | Kind::Date) {
        return false;
    }
    let head = &text[char_floor(text, m.span.start.saturating_sub(48))..m.span.start];
    let mut words = fold_words(head);
    // (Back over the words of the date: `từ ngày`, `tháng`, `năm`.)
    for w in [" nam ", " thang ", " ngay ", " tu ", " vao "] {
        if let Some(rest) = words.strip_suffix(&w[1..]) {
            words = rest.to_string();
        }
    }
    [" vao dang ", " nhap ngu ", " tham gia cach mang "]
        .iter()
        .any(|cue| words.ends_with(cue))
}

/// `trao Huy hiệu Đảng đợt 3-2 năm 2024`: the year of a round of awards
/// named by its day, part of the round's name (the day of the ceremony is
/// told apart: `Sáng 2-2, …`).
fn is_batch_year(text: &str, m: &NumericMatch) -> bool {
    if m.kind != Kind::Year {
        return false;
    }
    let head = text[..m.span.start].trim_end();
    let head = strip_lower_suffix(head, "năm").unwrap_or(head).trim_end();
    let day = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == '/' || c == '-');
    // (A day and month, not a round's number: `đợt 1 năm 2022`.)
    let dated = head[day.len()..].contains(['/', '-']);
    dated && strip_lower_suffix(day.trim_end(), "đợt").is_some()
}

/// `lớp trung cấp lý luận chính trị khóa 2024 - 2025`: the years after
/// `khóa` name a course (or a school's intake), not the time of what is told.
fn is_course(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end();
    let head = strip_lower_suffix(head, "học").map_or(head, str::trim_end);
    ["khóa", "khoá"]
        .iter()
        .any(|w| strip_lower_words_suffix(head, w).is_some())
}

/// `Huy hiệu Đảng đợt 3/2 và 7/11`, `Nhân dịp kỷ niệm … ngày 7/11`: a day
/// without a year that names a round of awards or an anniversary, not the
/// day of what is told.
fn is_batch_day(text: &str, m: &NumericMatch) -> bool {
    if m.kind != Kind::Date || m.date.is_none_or(|d| d.year.is_some() || d.day.is_none()) {
        return false;
    }
    let head = text[..m.span.start].trim_end();
    let after_batch = |h: &str| strip_lower_suffix(h, "đợt").is_some();
    if after_batch(head) {
        return true;
    }
    // (An anniversary: `Nhân dịp kỷ niệm … Ngày thành lập Đảng và ngày
    // 7/11`; not `Dịp 3/2 năm nay`, this year's day, nor the day a
    // celebration is held: `Lễ kỷ niệm … được tổ chức vào ngày 3/2`.)
    let clause = since_stop(text, m.span.start, &[',', '.', ';', ':', '\n', '(']);
    let clause = fold_words(&clause[char_floor(clause, clause.len().saturating_sub(160))..]);
    if let Some(k) = clause.rfind(" ky niem ") {
        let after = &clause[k..];
        let held = [" vao ", " dien ra ", " to chuc "]
            .iter()
            .any(|w| after.contains(w));
        if !held {
            return true;
        }
    }
    // Later ones of a list (`đợt 3/2 và 7/11`, `qua 4 đợt (3/2, 19/5, 2/9
    // và 7/11)`): back over the days before it.
    let mut head = head;
    for _ in 0..8 {
        let h = strip_lower_suffix(head, "và")
            .or_else(|| head.strip_suffix([',', '(']))
            .map(str::trim_end)
            .unwrap_or(head);
        let h = h
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '/')
            .trim_end();
        if h.len() == head.len() {
            break;
        }
        if after_batch(h) {
            return true;
        }
        head = h;
    }
    false
}

/// Whether the time starting at `start` follows `so với` (or `gấp 3 lần`,
/// `cao hơn`, `bằng cả`) in its clause, with only words of time between
/// (`so với cùng kỳ năm 2022`, `so với quý III/2023`), or opens a bracket
/// after one (`so với năm học trước (năm học
/// 2022 - 2023 kết nạp 143 em)`).
/// Whether the folded words of `s` ([`fold_words`]) may open with one of
/// the ASCII `letters`: not when its first ASCII letter or digit, before any
/// character outside ASCII, is another. (Most times are followed by a word
/// of an ASCII letter: their next words need not be folded.)
fn folded_may_open_with(s: &str, letters: [u8; 2]) -> bool {
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            return true;
        }
        if b.is_ascii_alphanumeric() {
            return letters.contains(&b.to_ascii_lowercase());
        }
    }
    // (No word at all: nothing to open with.)
    false
}

/// The cues of a comparison [`is_compared`] looks for in a clause.
#[derive(Debug, PartialEq)]
struct Cues {
    /// `hơn` or `hon`.
    hon: bool,
    /// `gấp`, `Gấp`, `GẤP` or `gap` (not `gặp`, to meet, which folds the same).
    gap: bool,
    /// `bằng`.
    equal: bool,
}

/// The [`Cues`] `clause` holds, in one pass over its bytes: seven
/// `str::contains` built a searcher each, for every time told. (Each cue
/// opens with an ASCII letter, which is where a character starts.)
fn comparison_cues(clause: &str) -> Cues {
    let mut cues = Cues {
        hon: false,
        gap: false,
        equal: false,
    };
    let bytes = clause.as_bytes();
    for (k, b) in bytes.iter().enumerate() {
        let at = |cue: &str| bytes[k..].starts_with(cue.as_bytes());
        match b {
            b'h' => cues.hon |= at("hơn") || at("hon"),
            b'g' => cues.gap |= at("gấp") || at("gap"),
            b'G' => cues.gap |= at("Gấp") || at("GẤP"),
            b'b' => cues.equal |= at("bằng"),
            _ => {}
        }
    }
    cues
}

fn is_compared(text: &str, time: Range<usize>) -> bool {
    let start = time.start;
    if let Some(open) = bracket_opened_by_time(text, start) {
        let before = char_floor(text, open.saturating_sub(48));
        let head = fold_words(&text[before..open]);
        // (`so với năm trước`, `so với cùng kỳ`, `so với năm học trước`.)
        let compared = head.rfind(" so voi ").is_some_and(|k| {
            head[k + " so voi ".len()..]
                .split(' ')
                .all(|w| is_time_word(w) || matches!(w, "hoc" | "truoc" | "qua"))
        });
        // (`(cùng kỳ năm 2024 là 287 đảng viên)`: the same time a year
        // before, told in a bracket after the figure it is set against.)
        let same_time_before = || fold_words(&text[open + 1..start]).contains(" cung ky ");
        if compared || same_time_before() {
            return true;
        }
    }
    let from = char_floor(text, start.saturating_sub(48));
    let clause = &text[clause_start(text, from, start)..start];
    // (`theo chuẩn giai đoạn 2026 - 2030`, `chuẩn nghèo đa chiều giai đoạn
    // 2022 - 2025`: the period of a standard, not the figures' time.)
    if memchr::memmem::find(clause.as_bytes(), "chuẩn".as_bytes()).is_some() {
        let words = fold_words(clause);
        let standard = words.rfind(" chuan ").is_some_and(|k| {
            words[k + " chuan ".len()..].split(' ').all(|w| {
                is_time_word(w) || matches!(w, "ngheo" | "da" | "chieu" | "moi" | "quoc" | "gia")
            })
        });
        if standard {
            return true;
        }
    }
    // `so` in any case, then a space, or `hơn`: rare, and cheap to rule out.
    let Cues { hon, gap, equal } = comparison_cues(clause);
    if !hon && !gap && !equal && !contains_ignore_ascii_case(clause.as_bytes(), b"so ") {
        return false;
    }
    let words = fold_words(clause);
    let time_words = |rest: &str| rest.split(' ').all(is_time_word);
    // (`gấp 3 lần năm trước`, `gấp đôi năm 2024`: a multiple of it.)
    let times_of = gap
        && words.rfind(" gap ").is_some_and(|k| {
            // (`gấp gần 4 lần`: an approximation first.)
            let rest: Vec<&str> = words[k + " gap ".len()..]
                .split_whitespace()
                .skip_while(|w| matches!(*w, "gan" | "hon" | "khoang" | "tren" | "xap" | "xi"))
                .collect();
            let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
            // `gấp đôi …`, `gấp 3 lần …`, `gấp 1,5 lần …` (the decimal folds to
            // two numbers).
            let tail = match rest.as_slice() {
                ["doi", tail @ ..] | [_, "lan", tail @ ..] => tail,
                [a, b, "lan", tail @ ..] if digits(a) && digits(b) => tail,
                _ => return false,
            };
            tail.iter().all(|w| is_time_word(w))
        });
    if times_of {
        return true;
    }
    // (`bằng cả năm 2024`, `bằng cả hai năm 2023 - 2024 cộng lại`: as many
    // as then.)
    let as_many = equal
        && words.rfind(" bang ").is_some_and(|k| {
            let rest = &words[k + " bang ".len()..];
            let rest = rest.strip_prefix("ca ").unwrap_or(rest);
            let rest = ["hai ", "ba "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest);
            rest.starts_with("nam") && time_words(rest)
        });
    if as_many {
        return true;
    }
    // (`so năm 2011`: `so` alone, right before the time.)
    // (`cao hơn năm 2011 là 42`: after a comparative.)
    let than = words.rfind(" hon ").is_some_and(|k| {
        let adjective = words[..k].rsplit(' ').next().unwrap_or("");
        change_of_comparative(adjective).is_some() && time_words(&words[k + " hon ".len()..])
    });
    // (And the times listed with it, `so với năm 2022 và 2023`, the last
    // ending its clause: not `so với năm 2023 và năm 2025 Đảng bộ phấn đấu`.)
    let ends_clause = || {
        let after = text[time.end..].trim_start_matches(' ');
        after.is_empty() || after.starts_with([',', '.', ';', ')', '\n'])
    };
    let listed = |rest: &str| {
        let words = || rest.split(' ');
        let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
        let joined = words().any(|w| w == "va");
        (if joined {
            ends_clause()
        } else {
            words().all(is_time_word)
        }) && words().all(|w| is_time_word(w) || w == "va" || digits(w))
    };
    than || words
        .rfind(" so voi ")
        .is_some_and(|k| listed(&words[k + " so voi ".len()..]))
        || words.rfind(" so ").is_some_and(|k| {
            time_words(&words[k + " so ".len()..]) && words[k + 4..].starts_with("nam")
        })
}

/// Where the `(` is of a bracket that the time at `start` opens, with only
/// words of time before it inside (`(năm học 2022 - 2023 …`, `(năm 2023 là …`).
fn bracket_opened_by_time(text: &str, start: usize) -> Option<usize> {
    let from = char_floor(text, start.saturating_sub(48));
    let k = clause_start(text, from, start);
    let opens = k > from && text.as_bytes()[k - 1] == b'(';
    let only_time = || {
        fold_words(&text[k..start])
            .split(' ')
            .all(|w| is_time_word(w) || w == "hoc")
    };
    (opens && only_time()).then(|| k - 1)
}

/// `Ngày 12/01/2024, Ban Thường vụ Huyện ủy ban hành Quyết định số …`:
/// whether the sentence after the day at `end` tells a document issued
/// (`ban hành` right before a lexicon document type, not a count: `ban
/// hành 3 nghị quyết`), which the day dates; the figures after it are not
/// of that day.
fn dates_an_issue(doc: &Doc<'_>, end: usize) -> bool {
    let text = doc.text();
    // (The verb is near the day: a short window is read, not the line.)
    let rest = &text[end..char_floor(text, (end + 160).min(text.len()))];
    let stop = end + rest.find(['.', '!', '?', '\n']).unwrap_or(rest.len());
    doc.matches
        .terms_after(end)
        .take_while(|t| t.span.end <= stop)
        .filter(|t| t.category() == Some(Category::DocumentType))
        .any(|t| {
            let head =
                fold_words(&text[char_floor(text, t.span.start.saturating_sub(20))..t.span.start]);
            head.ends_with(" ban hanh ") || head.ends_with(" ban hanh cac ")
        })
}

/// `… theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ`:
/// whether the day `m` right after a document's number (`before`) is the
/// day the document was issued, which is no figure's time. (Any document
/// type, in the lexicon or not.)
fn is_issue_day(text: &str, before: &NumericMatch, m: &NumericMatch) -> bool {
    m.kind == Kind::Date
        && before.kind == Kind::DocumentNumber
        && text
            .get(before.span.end..m.span.start)
            .is_some_and(|gap| matches!(gap.trim(), "" | "," | "ngày" | "Ngày" | ", ngày"))
}

/// `Năm 2025, Đảng bộ xã thực hiện đạt … 12/14 chỉ tiêu Nghị quyết Đại
/// hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030 đề ra`: the term of the
/// congress whose resolution is cited, in a sentence opened by the term's
/// first year; it names the resolution, and the year goes on to the
/// sentences after.
fn names_a_resolution(text: &str, m: &NumericMatch) -> bool {
    if m.kind != Kind::Period {
        return false;
    }
    let sentence = since_stop(text, m.span.start, &['.', '\n', '!', '?']);
    // (The year of the term's start: `Năm 2025 là năm cuối … nhiệm kỳ
    // 2020-2025` is about the term.)
    let first_year = m.from.and_then(|f| f.year);
    let year_first = sentence.split_whitespace().take(3).any(|w| {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
        w.len() == 4 && w.parse::<i32>().ok() == first_year
    });
    year_first && fold_words(sentence).contains(" nghi quyet dai hoi ")
}

/// `Trước ngày 1/7/2025, việc thu nộp … qua 30 đảng bộ huyện`, `hoàn
/// thành trước ngày 20/01/2026`: a day things happened or are due before
/// bounds them; it is not the time of the figures around it.
fn is_day_before(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    let head = strip_lower_suffix(head, "ngày")
        .unwrap_or(head)
        .trim_end_matches(' ');
    // (Not a cut-off: `Tính đến trước ngày 1/7/2025`.)
    let mut words = head.split_whitespace().rev();
    words.next().is_some_and(|w| lower_eq(w, "trước"))
        && !words
            .next()
            .is_some_and(|w| lower_eq(w, "đến") || lower_eq(w, "tới"))
}

/// Whether the time at `time` stands alone in a bracket right after a
/// figure: `187 đồng chí (năm 2020)`, `4.018 đồng chí (tháng 6/2023)`,
/// `(cuối năm 2019)`. (Not a heading's: `Kết quả (năm 2024):`.)
fn is_figures_own_time(text: &str, time: Range<usize>) -> bool {
    let closes = text[time.end..].trim_start_matches(' ').starts_with(')');
    if !closes {
        return false;
    }
    let mut head = text[..time.start].trim_end();
    for w in ["năm", "tháng", "cuối", "đầu", "hết"] {
        head = strip_lower_words_suffix(head, w).map_or(head, str::trim_end);
    }
    let Some(before) = head.strip_suffix('(') else {
        return false;
    };
    // (A figure among the last three words before the bracket, not a
    // length of time: `Trong 5 năm (2021 - 2025)`.)
    let mut words = before.split_whitespace().rev();
    let last = words.clone().next().unwrap_or("");
    let length = ["năm", "tháng", "quý", "ngày", "tuần", "kỳ", "đoạn"]
        .iter()
        .any(|w| lower_eq(last, w));
    !length
        && words
            .by_ref()
            .take(3)
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the bracket that holds the time at `start` follows the figure
/// a change starts from: `tăng từ 187 đồng chí (năm 2020) lên 236`. (The
/// one after the figure it ends at, `lên 10,7% (cuối năm 2025); đảng viên
/// nữ tăng từ 33,1% lên 35,6%`, is the time of its sentence.)
fn starts_a_change(text: &str, start: usize) -> bool {
    let head = since_stop(text, start, &['.', '!', '?', '\n', ';', ',']);
    let Some(open) = head.rfind_byte(b'(') else {
        return false;
    };
    head[..open]
        .split_whitespace()
        .rev()
        .take(5)
        .any(|w| lower_eq(w, "từ"))
}

/// `kết nạp 186 đảng viên (năm 2023: 171 đảng viên)`, `(năm 2022 là
/// 94,1%)`, `(năm 2023 đạt 100%)`: a time that opens a bracket and gives
/// another figure for it, a few words after: the figure of the time
/// compared with.
fn is_bracketed_baseline(text: &str, time: Range<usize>) -> bool {
    let head = text[..time.start].trim_end();
    let head = strip_lower_suffix(head, "năm").unwrap_or(head);
    if !head.ends_with('(') {
        return false;
    }
    // (A few words may tell what the figure is: `(năm 2023 đạt 100%)`,
    // `(năm 2024 tỷ lệ này chỉ là 21%)`.)
    let tail = &text[time.end..char_floor(text, (time.end + 80).min(text.len()))];
    let Some(close) = tail.find(')') else {
        return false;
    };
    let inside = &tail[..close];
    inside.find(|c: char| c.is_ascii_digit()).is_some_and(|k| {
        let words = &inside[..k];
        !words.contains([',', ';', '(']) && words.split_whitespace().count() <= 6
    })
}

/// A folded word that may stand between `so với` and the time compared
/// with (`cùng kỳ năm`, `quý III/`), or nothing.
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "" | "cung"
            | "ky"
            | "nam"
            | "thang"
            | "quy"
            | "dau"
            | "cuoi"
            | "nhiem"
            | "giai"
            | "doan"
            | "thoi"
            | "diem"
            | "gian"
            | "i"
            | "ii"
            | "iii"
            | "iv"
    )
}

/// The words that say `respectively`: what they open lines up, one item
/// with each figure after them.
const RESPECTIVELY: [&str; 3] = ["lần lượt", "theo thứ tự", "tương ứng"];

/// Whether `said` ends with `kết nạp` (maybe `được`, `mới` after it) or
/// `chính thức` (`chuyển đảng chính thức`), a colon aside: what follows
/// counts members admitted or made full members.
fn ends_with_admission(said: &str) -> bool {
    let mut words = said.trim_end_matches([' ', ':']).rsplit(' ');
    let Some(mut last) = words.next() else {
        return false;
    };
    if lower_eq(last, "được") || lower_eq(last, "mới") {
        last = words.next().unwrap_or("");
    }
    let before = words.next().unwrap_or("");
    (lower_eq(last, "nạp") && lower_eq(before, "kết"))
        || (lower_eq(last, "thức") && lower_eq(before, "chính"))
}

/// The time `m` tells; a day and month without a year (`Ngày 5/3`) take the
/// year the article was published (`published`: year, month, day), if the
/// page gives it.
fn time_of(text: &str, m: &NumericMatch, published: Option<(i32, u8, u8)>) -> Option<TimeRef> {
    match m.kind {
        Kind::Year | Kind::Date => {
            let d = m.date?;
            // A day later in the year than the page was published is last
            // year's, but for one told as ahead in the weeks ahead (`dự kiến
            // đến 31/12` on a page of 28/12).
            let year = d.year.or_else(|| {
                let (y, pm, pd) = published?;
                let (month, day) = (d.month?, d.day?);
                let days_ahead =
                    (i32::from(month) * 31 + i32::from(day)) - (i32::from(pm) * 31 + i32::from(pd));
                // (`dịp 3/2 năm nay`: this year's, said.)
                let said = text[m.span.end..].trim_start_matches(' ');
                let this_year = strip_lower_prefix(said, "năm nay").is_some();
                let last_year = days_ahead > 0
                    && !this_year
                    && !(days_ahead <= 45 && told_ahead(text, m.span.start));
                Some(if last_year { y - 1 } else { y })
            });
            match (year, d.month, d.day) {
                (Some(y), Some(mo), Some(day)) => Some(TimeRef::Date {
                    date: format!("{y:04}-{mo:02}-{day:02}"),
                }),
                (Some(y), _, _) if d.year.is_some() => Some(TimeRef::Year { year: y }),
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

/// A day and month in a list of such (`Các dịp 3/2, 19/5, 2/9 và 7/11`,
/// the yearly occasions): no time of the figures after it.
fn is_listed_day(text: &str, numbers: &[NumericMatch], k: usize) -> bool {
    let day = |m: &NumericMatch| {
        m.kind == Kind::Date && m.date.is_some_and(|d| d.year.is_none() && d.day.is_some())
    };
    let joined = |a: &NumericMatch, b: &NumericMatch| {
        day(a)
            && day(b)
            && text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| matches!(gap, ", " | " và " | "; "))
    };
    let before = k
        .checked_sub(1)
        .is_some_and(|j| joined(&numbers[j], &numbers[k]));
    let after = numbers.get(k + 1).is_some_and(|n| joined(&numbers[k], n));
    before || after
}

/// The time of the deeds between two days (`từ ngày 01/01 đến ngày
/// 31/3/2026`, `Từ ngày 1/7 đến ngày 25/12/2025`), told at the second
/// (`to`): their year, or the years they span. A day counted up to
/// (`Tính đến ngày 31/12`) stays a day: `từ` must open the first.
fn day_range_time(text: &str, from: &NumericMatch, to: &NumericMatch) -> Option<TimeRef> {
    let (first, last) = (from.date?, to.date?);
    let end = last.year?;
    // (A month and a day each: `từ ngày 14 đến 16/10` is one event's days.)
    if first.month.is_none() || last.day.is_none() {
        return None;
    }
    if from.kind != Kind::Date || to.kind != Kind::Date {
        return None;
    }
    let between = text.get(from.span.end..to.span.start)?;
    let before = &text[char_floor(text, from.span.start.saturating_sub(16))..from.span.start];
    let opened = strip_lower_words_suffix(before.trim_end(), "từ ngày").is_some()
        || strip_lower_words_suffix(before.trim_end(), "từ").is_some();
    let joined = [" đến ngày ", " đến "].iter().any(|j| lower_eq(between, j));
    if !(opened && joined) {
        return None;
    }
    Some(match first.year {
        Some(start) if start < end => TimeRef::Period {
            from: start,
            to: end,
        },
        Some(start) if start > end => return None,
        _ => TimeRef::Year { year: end },
    })
}

/// A day told as one to come: after `đến`, `tới`, `trước` or `sẽ` among
/// the few words before it, or `dự kiến` in its clause.
fn told_ahead(text: &str, start: usize) -> bool {
    let clause = since_stop(text, start, &['.', ',', ';', '\n']);
    clause
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| ["đến", "tới", "trước", "sẽ"].iter().any(|a| lower_eq(w, a)))
        || clause.contains("dự kiến")
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

/// What a table's header counts, folded (`Số thôn`, `Tổng số đảng viên`):
/// the words after `số` or `tổng số`.
fn counted_by_header(header: &str) -> Option<&str> {
    header
        .strip_prefix(" tong so ")
        .or_else(|| header.strip_prefix(" so "))
}

/// The levels a unit is named with, folded and spaced (`xã`, `huyện`, `tỉnh`,
/// `quận`, `phường`).
const LEVELS: [&str; 5] = [" xa ", " huyen ", " tinh ", " quan ", " phuong "];

/// Where the committee starts in the name of one of its boards (`Ban Tổ
/// chức Tỉnh ủy Quảng Ngãi`): at the word of `level` (folded) that `ủy`
/// follows, when other words come before it.
fn committee_of_board(text: &str, span: &Range<usize>, level: &str) -> Option<usize> {
    let name = &text[span.clone()];
    let mut at = 0;
    let mut words = name.split(' ').peekable();
    while let Some(w) = words.next() {
        if at > 0 && folds_to(w, level) && words.peek().is_some_and(|n| folds_to(n, "uy")) {
            return Some(span.start + at);
        }
        at += w.len() + 1;
    }
    None
}

/// The kinds of villages and cells that a name starts with, in small
/// letters with their marks (folded, `làng` would be `Lạng Sơn` too). (Not
/// `bản`, `sóc`, `buôn`: `Ban Tổ chức`, `Sóc Trăng`, `Buôn Ma Thuột`.)
const VILLAGES: [&str; 9] = [
    "làng ",
    "thôn ",
    "ấp ",
    "xóm ",
    "bon ",
    "plei ",
    "khóm ",
    "khu phố ",
    "chi bộ ",
];

/// The words between a part and its whole, folded (`3 trong số 11 chi bộ`,
/// `1.742 trên tổng số 1.903 đảng viên`).
const PART_OF: [&str; 3] = [" trong so ", " trong tong so ", " tren tong so "];

/// What a column's header compares with (`So với chỉ tiêu (%)` → `chỉ
/// tiêu`, `So với cùng kỳ` → `cùng kỳ`), in small letters.
fn compared_in_header(header: &str) -> Option<String> {
    let words: Vec<&str> = header.split_whitespace().collect();
    // (Anywhere in the header: `Tỷ lệ so với chỉ tiêu năm (%)`.)
    let k = words
        .windows(2)
        .position(|w| folds_to(w[0], "so") && folds_to(w[1], "voi"))?;
    let rest: Vec<&str> = words[k + 2..]
        .iter()
        .copied()
        .take_while(|w| !w.starts_with('('))
        .collect();
    (!rest.is_empty()).then(|| lowercase(&rest.join(" ")))
}

/// Whether `r` lies within one of `ranges`.
fn within_any(ranges: &[Range<usize>], r: &Range<usize>) -> bool {
    ranges.iter().any(|e| e.start <= r.start && r.end <= e.end)
}

/// Whether the time at `start` is part of the title of a document cited
/// right before it in its clause (`citations`, sorted): `Nghị quyết số
/// 04-NQ/TU ngày 18/3/2021 về nâng cao chất lượng … giai đoạn 2021 - 2025`
/// dates its own sentence's goals, nothing told after it.
fn in_document_title(text: &str, citations: &[Range<usize>], start: usize) -> bool {
    let k = citations.partition_point(|c| c.start < start);
    let Some(cited) = k.checked_sub(1).map(|k| &citations[k]) else {
        return false;
    };
    let Some(between) = text.get(cited.end..start) else {
        return false;
    };
    between.len() <= 240
        && !between.contains([',', '.', ';', ':', '\n', '('])
        && (between.starts_with(" về ") || between.contains(" về "))
}

/// Whether a line is an item of a list: a bullet, or a short label and a
/// colon before its figures (`Năm 2016: 352 đảng viên`, `Huyện U Minh: 198`).
fn is_list_item(line: &str) -> bool {
    let s = line.trim();
    // (The colon by `memchr`, among the first 49 bytes.)
    s.starts_with(['-', '+', '•', '*', '–'])
        || memchr::memchr(b':', &s.as_bytes()[..s.len().min(49)])
            .is_some_and(|k| k + 1 < s.len() && s[..k].split(' ').count() <= 6)
}

/// [`is_list_item`] as first written, reading the bytes one by one: the
/// reference its test compares with.
#[cfg(test)]
fn is_list_item_by_bytes(line: &str) -> bool {
    let s = line.trim();
    s.starts_with(['-', '+', '•', '*', '–'])
        || s.bytes()
            .take(49)
            .position(|b| b == b':')
            .is_some_and(|k| k + 1 < s.len() && s[..k].split(' ').count() <= 6)
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
    /// The starts of the figure being read and of the part of its sentence
    /// read, each with the index of its first token ([`Context::token_at`]
    /// of it): the rules ask for them a dozen times.
    figure_tokens: std::cell::Cell<[(usize, usize); 2]>,
    /// For each class (target, relation, event) and each term index `i`:
    /// 1 + the index of the last term of the class before term `i`, or 0.
    last_before: [Vec<u32>; 3],
    /// The names the matcher found in lines that give facts (not excluded), by start.
    matched: Vec<&'d Match<'d>>,
    /// Ranges that are not counts: cited documents.
    excluded: Vec<Range<usize>>,
    /// The article's main subject, found when first needed.
    main_subject: OnceCell<Option<Named>>,
    /// Its folded words, found when first needed.
    main_subject_words: OnceCell<Option<String>>,
    /// The levels its name holds ([`Context::main_levels`]), found when first needed.
    main_levels: OnceCell<Option<Vec<&'static str>>>,
    /// The organisations of the whole text, with their folded words, read
    /// when a unit named by its kind alone first needs its referent.
    organisations: OnceCell<Vec<(Range<usize>, String)>>,
    /// The offices of the guests ([`person_roles`]), found when first needed.
    guest_roles: OnceCell<Vec<Range<usize>>>,
    /// The quotation marks of the text ([`Context::quote_marks`]), read when
    /// first needed.
    quote_marks: OnceCell<Vec<QuoteMark>>,
    /// The figures of flattened tables, read at the first figure alone on its line.
    cells: OnceCell<Vec<Cell>>,
    /// Where the original text had a tab (see [`tables::cells`]), read once.
    tabs: OnceCell<Vec<usize>>,
    /// See [`Context::has_row_tables`].
    row_tables: OnceCell<bool>,
    /// Where the text says `lần lượt` (respectively), read once.
    respectively_at: OnceCell<Vec<usize>>,
    /// The one province the page names, if it names only one; read when first
    /// needed.
    sole_province: OnceCell<Option<String>>,
    /// The headings of sections that name their unit (see
    /// [`Context::section_subject`]): where each heading ends, and the name.
    sections: OnceCell<Vec<(usize, Named)>>,
    /// The plain headings (see [`Context::workplace_section`]): where each
    /// ends, and the workplace it names, if one.
    headings: OnceCell<Vec<(usize, Option<Named>)>>,
    /// The captions of lists (see [`Context::caption_subject`]): the span of
    /// the items under each, and the unit it names.
    captions: OnceCell<Vec<(Range<usize>, Named)>>,
    /// Where the tables' column headers start, sorted, read when first needed.
    columns: OnceCell<Vec<usize>>,
}

/// A quotation mark (`“`, `”` or `"`) in a line of the text.
struct QuoteMark {
    at: usize,
    /// The index of its line in the layout.
    line: usize,
    /// Where the quotation open after it starts, if one is.
    open_after: Option<usize>,
    /// Whether it can close a quotation (`”` or `"`).
    closes: bool,
    /// The index of the first mark at or after it that can close one.
    next_close: usize,
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
        self.names = all_names(self.doc, &self.matched, self.guest_roles());
        self.main_subject = OnceCell::from(main_subject(self.doc, &self.names));
    }

    /// The context but the sentences and names.
    fn without_lines(
        doc: &'d Doc<'a>,
        numbers: &[NumericMatch],
        mut excluded: Vec<Range<usize>>,
    ) -> Self {
        excluded.sort_unstable_by_key(|r| r.start);
        let in_excluded = |r: &Range<usize>| within_any(&excluded, r);
        let published = doc.layout.published.as_deref().and_then(|p| {
            let year = p.get(0..4)?.parse().ok()?;
            Some((
                year,
                p.get(5..7)?.parse().ok()?,
                p.get(8..10)?.parse().ok()?,
            ))
        });
        let mut times: Vec<Time> = numbers
            .iter()
            .enumerate()
            .filter(|(_, m)| doc.in_fact_line(&m.span) && !in_excluded(&m.span))
            .filter_map(|(k, m)| {
                let value = time_of(doc.text(), m, published)?;
                // (Asked of times only: most numbers are none.)
                if is_birth_year(doc.text(), m.span.start)
                    || is_listed_day(doc.text(), numbers, k)
                    || k.checked_sub(1)
                        .is_some_and(|j| is_issue_day(doc.text(), &numbers[j], m))
                    || is_batch_day(doc.text(), m)
                    || is_batch_year(doc.text(), m)
                    || is_course(doc.text(), m.span.start)
                {
                    return None;
                }
                // (`từ ngày 01/01 đến ngày 31/3/2026`: deeds of those months.)
                let value = k
                    .checked_sub(1)
                    .and_then(|j| day_range_time(doc.text(), &numbers[j], m))
                    .unwrap_or(value);
                let deadline = is_goal_deadline(doc.text(), m.span.start);
                let inner = is_inner_deadline(doc.text(), &value, m.span.start, published);
                // (Long ago: `được kết nạp vào Đảng tháng 8/2025` is news.)
                let year = match &value {
                    TimeRef::Year { year } => Some(*year),
                    TimeRef::Date { date } => year_of_date(date),
                    _ => None,
                };
                let long_ago =
                    matches!((year, published), (Some(y), Some((now, _, _))) if y + 5 < now);
                let life = long_ago && is_joining_day(doc.text(), m);
                let tasks = is_tasks_year(doc.text(), m.span.start) || deadline;
                let heads = || {
                    let after = doc.text()[m.span.end..].trim_start_matches(' ');
                    after.starts_with([',', ':'])
                };
                Some(Time {
                    range: m.span.clone(),
                    value,
                    compared: is_compared(doc.text(), m.span.clone())
                        || is_bracketed_baseline(doc.text(), m.span.clone())
                        || (m.kind == Kind::Date && is_day_before(doc.text(), m.span.start)),
                    carries: (m.kind != Kind::Date
                        || m.date.is_none_or(|d| d.day.is_none())
                        || (opens_sentence(doc.text(), m.span.start)
                            && !dates_an_issue(doc, m.span.end)))
                        && !tasks
                        && !life
                        && !names_a_resolution(doc.text(), m)
                        && !in_document_title(doc.text(), &excluded, m.span.start),
                    tasks,
                    cutoff: m.kind == Kind::Date && is_cutoff(doc.text(), m.span.start),
                    past: false,
                    clause_deadline: (deadline || inner) && !heads(),
                    life,
                    figures_own: is_figures_own_time(doc.text(), m.span.clone()),
                    coming: false,
                })
            })
            .collect();
        since_term_start(doc.text(), &mut times);
        if let Some((year, month, _)) = published {
            let said = this_year(doc, year, month);
            if !said.is_empty() {
                times.extend(said);
                times.sort_by_key(|t| t.range.start);
            }
        }
        let past = past_terms(doc, &times, published.map(|(year, _, _)| year));
        if !past.is_empty() {
            times.extend(past);
            times.sort_by_key(|t| t.range.start);
        }
        dated_events_carry_not(doc.text(), &mut times);
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
            figure_tokens: std::cell::Cell::new([(usize::MAX, doc.tokens.len()); 2]),
            matched,
            excluded,
            main_subject: OnceCell::new(),
            main_subject_words: OnceCell::new(),
            main_levels: OnceCell::new(),
            organisations: OnceCell::new(),
            guest_roles: OnceCell::new(),
            quote_marks: OnceCell::new(),
            cells: OnceCell::new(),
            tabs: OnceCell::new(),
            row_tables: OnceCell::new(),
            respectively_at: OnceCell::new(),
            sole_province: OnceCell::new(),
            sections: OnceCell::new(),
            headings: OnceCell::new(),
            captions: OnceCell::new(),
            columns: OnceCell::new(),
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
        // (`Giao Lạc là xã …`: a one-word cue written with a capital before a
        // capitalised word is part of a name.)
        for (c, t) in self.classes.iter_mut().zip(&terms) {
            if *c & TermClass::TARGET != 0 && opens_a_name(self.doc, &t.span) {
                *c &= !TermClass::TARGET;
            }
        }
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
        // subject of a quantity is named in its line before its start (or
        // in a bracket right after it).
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for m in numbers {
            if !m.is_quantity() || m.value.is_none() || !doc.in_fact_line(&m.span) {
                continue;
            }
            if self.is_excluded(&m.span) {
                continue;
            }
            let start = quantity_start(m);
            // (And a name in a bracket right after it, its owner's: `48.417
            // đồng chí (Trà Vinh)`.)
            let after = m.span.end + 64;
            for (pos, names_until) in [(start, after), (m.span.start, 0)] {
                let l = self.line_index(pos);
                if l < doc.layout.lines.len() {
                    lines.push((l, names_until));
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
            .map(|(line, names_until)| {
                Some(LineRead {
                    line,
                    tokens: self.line_tokens(line)?,
                    names_until,
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
            let newline = text[..r.start].rfind_byte(b'\n')?;
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
    /// The names that start at or after a line's `names_until` may be left
    /// out or wrong: nothing reads them.
    fn names_in_lines(&self, lines: &[LineRead]) -> Vec<Named> {
        let doc = self.doc;
        let tokens = &doc.tokens;
        let letters = LetterTable::get();
        let mut coverage = Coverage::new(doc.matches.as_slice());
        let mut out = Vec::new();
        let mut names = Vec::new();
        let roles = self.guest_roles();
        for read in lines {
            let r = &doc.layout.lines[read.line].range;
            let lo = self.matched.partition_point(|m| m.span.start < r.start);
            let hi = self.matched.partition_point(|m| m.span.start <= r.end);
            names.extend(self.matched[lo..hi].iter().filter_map(|m| named(m)));
            // Names by capitals up to the first word after `names_until`
            // that no such name can hold: the runs before it are whole.
            let toks = &read.tokens;
            let from = toks.start
                + tokens[toks.clone()].partition_point(|t| t.norm_span.start < read.names_until);
            let end = (from..toks.end)
                .find(|&k| !is_capitalised(&tokens[k], letters))
                .unwrap_or(toks.end);
            bare_names_in(doc, &mut coverage, toks.start..end, &mut names);
            unit_names_in(doc, r.clone(), &mut names);
            mark_in_roles(roles, &mut names);
            settle(doc.text(), &mut names);
            // The first name of the line may locate the last of an earlier one.
            // (It may be one already: `… hợp nhất với tỉnh Sóc Trăng`.)
            if let Some(first) = names.first_mut() {
                first.locator |=
                    self.follows_name(read.line, toks.start, first.span.start, first.organisation);
            }
            out.append(&mut names);
        }
        out
    }

    /// Whether a name of a line before line `l` (whose first token is `tok`)
    /// ends where a name starting at `start`, the first of line `l`, is a
    /// locator: with only spaces and one of `, ( - –` between them (a party
    /// unit after a comma is none). (Names kept by [`settle`] end further on
    /// each: the one before the first of line `l` is the one that ends last.)
    fn follows_name(&self, l: usize, tok: usize, start: usize, organisation: bool) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let line_start = doc.layout.lines[l].range.start;
        let head = text[..start].trim_end();
        // A party unit after a comma locates a name found by the matcher
        // before it, not one found by capitals (see `settle`).
        let own = organisation && head.ends_with(',');
        let reach = match head.strip_suffix([',', '(', '-', '–']) {
            Some(rest) => rest.trim_end().len(),
            None => head.len(),
        };
        if reach >= line_start {
            return false;
        }
        // (With no mark between, of a short line only: see `settle`.)
        let marked = reach < head.len();
        let ends_in_reach = |r: &Range<usize>| {
            reach <= r.end && r.end < line_start && (marked || ends_short_line(text, r))
        };
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
        if own {
            return false;
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
        within_any(&self.excluded, r)
    }

    /// A number the matcher read as the end of a name (`Khu công nghiệp Mỹ
    /// Phước 3, thị xã Bến Cát`, `xã Quế Xuân 1`): no count.
    fn ends_a_name(&self, m: &NumericMatch) -> bool {
        m.kind == Kind::Number
            && self.doc.matches.covering(m.span.start).any(|n| {
                matches!(n.kind, MatchKind::Place | MatchKind::Organisation)
                    && n.span.start < m.span.start
                    && m.span.end <= n.span.end
            })
    }

    fn guest_roles(&self) -> &[Range<usize>] {
        self.guest_roles.get_or_init(|| person_roles(self.doc))
    }

    /// Whether the name at `span` set a target (`đạt 104% chỉ tiêu Đảng ủy
    /// Khối giao`): the one who gave it, not what the figures are about.
    fn sets_target(&self, span: &Range<usize>) -> bool {
        let text = self.text();
        let head = text[..span.start].trim_end();
        let tail = text[span.end..].trim_start();
        let word_end = |s: &str, w: &str| strip_lower_suffix(s, w).is_some();
        let word_start = |s: &str, w: &str| {
            s.len() >= w.len()
                && s.is_char_boundary(w.len())
                && lower_eq(&s[..w.len()], w)
                && !s[w.len()..].starts_with(char::is_alphanumeric)
        };
        (word_end(head, "chỉ tiêu") || word_end(head, "kế hoạch"))
            && ["giao", "đề ra", "đã giao"]
                .iter()
                .any(|w| word_start(tail, w))
    }

    /// Whether `span` lies in a guest's office.
    fn in_guest_role(&self, span: &Range<usize>) -> bool {
        let roles = self.guest_roles();
        let i = roles.partition_point(|r| r.start <= span.start);
        i > 0 && span.end <= roles[i - 1].end
    }

    /// The folded words of [`main_subject`](Self::main_subject), folded once.
    fn main_subject_words(&self) -> Option<&str> {
        self.main_subject_words
            .get_or_init(|| {
                let n = self.main_subject()?;
                Some(fold_words(&self.text()[n.span.clone()]))
            })
            .as_deref()
    }

    /// The article's main subject: its lines are read the first time.
    fn main_subject(&self) -> Option<&Named> {
        self.main_subject
            .get_or_init(|| {
                // Line by line: the headline mostly names it.
                // (A guest's office is not what the article is about.)
                let doc = self.doc;
                let host = |names: &mut Vec<Named>| names.retain(|n| !self.in_guest_role(&n.span));
                for l in zones(doc) {
                    let Some(tokens) = self.line_tokens(l) else {
                        let mut names = all_names(doc, &self.matched, self.guest_roles());
                        host(&mut names);
                        return main_subject(doc, &names);
                    };
                    let read = LineRead {
                        line: l,
                        tokens,
                        names_until: usize::MAX,
                    };
                    let mut names = self.names_in_lines(&[read]);
                    host(&mut names);
                    let headline = Some(l) == doc.layout.title;
                    let zone = &doc.layout.lines[l].range;
                    if headline {
                        names = headline_names(doc, zone, names);
                    }
                    if let Some(n) = subject_in(zone, &names, headline) {
                        return Some(n);
                    }
                }
                None
            })
            .as_ref()
    }

    /// The firm, school or hospital a section is about, for a figure at `at`
    /// whose paragraph names nothing: the one the nearest plain heading above
    /// it names (`Điểm sáng ở Công ty Giày Phú Hưng`), a short line with no
    /// closing mark over a paragraph (not a row, `Trường Đại học Nông Lâm: 11
    /// sinh viên`).
    fn workplace_section(&self, at: usize) -> Option<&Named> {
        const WORKPLACES: [&str; 7] = [
            " cong ty ",
            " truong ",
            " benh vien ",
            " hop tac xa ",
            " xi nghiep ",
            " nha may ",
            " tap doan ",
        ];
        let headings = self.headings.get_or_init(|| {
            let text = self.text();
            let lines = &self.doc.layout.lines;
            let mut out = Vec::new();
            for (l, line) in lines.iter().enumerate() {
                let s = &text[line.range.clone()];
                if Some(l) == self.doc.layout.title
                    || !line.gives_facts()
                    || s.ends_with(['.', ';', ',', '!', '?', '"', '”'])
                    || s.has_byte(b':')
                    || layout_words(s, 15) > 14
                {
                    continue;
                }
                if !self.paragraph_under(l, 20) {
                    continue;
                }
                let workplace = self.names_of_line(l).and_then(|names| {
                    names.into_iter().find(|n| {
                        let words = fold_words(&text[n.span.clone()]);
                        n.organisation && !n.bare && WORKPLACES.iter().any(|w| words.contains(w))
                    })
                });
                out.push((line.range.end, workplace));
            }
            out
        });
        let k = headings.partition_point(|(end, _)| *end < at);
        headings[..k].last()?.1.as_ref()
    }

    /// The unit the caption of a list names, for a figure at `at` in an
    /// item of it that names none: `Kết quả xây dựng chi bộ giáo họ ở xã Kim
    /// Định qua các năm:` over `Năm 2019: 3 chi bộ, 41 đảng viên`. A caption
    /// is a line ending with `:` over list items (blank lines between).
    fn caption_subject(&self, at: usize) -> Option<&Named> {
        let captions = self.captions.get_or_init(|| {
            let text = self.text();
            let lines = &self.doc.layout.lines;
            let item = |l: usize| is_list_item(&text[lines[l].range.clone()]);
            let mut out = Vec::new();
            // (The last item of the run of items from each line, blank lines between.)
            let mut read = 0;
            let mut run_end = vec![0; lines.len()];
            let mut end = None;
            for k in (0..lines.len()).rev() {
                if lines[k].role == Role::Blank {
                    continue;
                }
                end = if item(k) {
                    Some(end.unwrap_or(k))
                } else {
                    None
                };
                run_end[k] = end.unwrap_or(k);
            }
            for (l, line) in lines.iter().enumerate() {
                // (Cheap first: a line giving facts that ends with a colon.)
                // (A caption is short and one clause: not a source's or a
                // speaker's lead, `Theo Ban Tổ chức Thành ủy …, trong đó:`,
                // `…, ông Võ Văn Tiền – Chủ tịch LĐLĐ tỉnh cho biết:`.)
                let s = &text[line.range.clone()];
                if !line.gives_facts()
                    || !s.trim_end().ends_with(':')
                    || s.has_byte(b',')
                    || layout_words(s, 21) > 20
                    || strip_lower_prefix(s, "theo ").is_some()
                {
                    continue;
                }
                let first = (l + 1..lines.len()).find(|&k| lines[k].role != Role::Blank);
                let Some(first) = first.filter(|&k| item(k) && !item(l)) else {
                    continue;
                };
                // (A page has a few lists: reading the names of a caption
                // walks the page's matches, so at most 64 are read.)
                read += 1;
                if read > 64 {
                    break;
                }
                let last = run_end[first];
                let Some(names) = self.names_of_line(l) else {
                    continue;
                };
                // (A place where the items are, `ở xã Kim Định`, is theirs.)
                // (Not one that refers back, `Đảng bộ Quân sự tỉnh`: the
                // unit named in full before is found as for any figure.)
                let named = |n: &Named| {
                    let last = text[n.span.clone()].rsplit(' ').next().unwrap_or("");
                    n.refers.is_none() && !Words::get().whole_of.has_lower(last)
                };
                let usable = || names.iter().filter(|n| !n.former && !n.bare && named(n));
                let org = usable().find(|n| n.organisation);
                if let Some(n) = org.or_else(|| usable().next()) {
                    out.push((lines[first].range.start..lines[last].range.end, n.clone()));
                }
            }
            out
        });
        let k = captions.partition_point(|(items, _)| items.end < at);
        captions
            .get(k)
            .filter(|(items, _)| items.start <= at)
            .map(|(_, n)| n)
    }

    /// Whether the line after line `l` (past blank ones) is a paragraph
    /// that gives facts, of more than `words` words: what a heading heads.
    fn paragraph_under(&self, l: usize, words: usize) -> bool {
        let lines = &self.doc.layout.lines;
        lines[l + 1..]
            .iter()
            .find(|n| n.role != Role::Blank)
            .is_some_and(|n| {
                n.gives_facts() && layout_words(&self.text()[n.range.clone()], words + 1) > words
            })
    }

    /// The names of line `l`, read whole.
    fn names_of_line(&self, l: usize) -> Option<Vec<Named>> {
        let read = LineRead {
            line: l,
            tokens: self.line_tokens(l)?,
            names_until: usize::MAX,
        };
        Some(self.names_in_lines(&[read]))
    }

    /// The unit a section of a roundup is about, for a figure at `at`
    /// whose paragraph names none: the name that opens the nearest heading
    /// above it, before a colon (`XÃ CHIỀNG MAI: 95,2% CHI BỘ …`, `* Huyện
    /// ủy Châu Thành A: Trao Huy hiệu …`) with a paragraph under it.
    fn section_subject(&self, at: usize) -> Option<&Named> {
        let sections = self.sections.get_or_init(|| {
            let text = self.text();
            let lines = &self.doc.layout.lines;
            let mut out = Vec::new();
            for (l, line) in lines.iter().enumerate() {
                let s = &text[line.range.clone()];
                // (Cheap tests first: a short line with a colon, not a sentence.)
                if !line.gives_facts()
                    || !s.has_byte(b':')
                    || s.ends_with(['.', ';'])
                    || layout_words(s, 21) > 20
                {
                    continue;
                }
                // (Nor the last row of a list of them, `- Đảng bộ Sở Y tế: 412
                // đảng viên` / `- Đảng bộ Sở Tài chính: 158 đảng viên`, over
                // the next paragraph.)
                let row = |s: &str| s.starts_with(['*', '-', '+', '•', '–']) && s.has_byte(b':');
                let last_row = row(s)
                    && lines[..l]
                        .iter()
                        .rev()
                        .find(|p| p.role != Role::Blank)
                        .is_some_and(|p| row(&text[p.range.clone()]));
                let Some(names) = (!last_row && self.paragraph_under(l, 12))
                    .then(|| self.names_of_line(l))
                    .flatten()
                else {
                    continue;
                };
                let opening = s.len() - s.trim_start_matches(['*', '-', '+', '•', ' ']).len();
                let heads = |n: &Named| {
                    n.span.start == line.range.start + opening
                        && !n.bare
                        && text[n.span.end..].trim_start().starts_with(':')
                };
                if let Some(n) = names.into_iter().find(heads) {
                    out.push((line.range.end, n));
                }
            }
            out
        });
        // (Two headings at least: a roundup. One alone may head a page whose
        // later paragraphs are about the whole again.)
        if sections.len() < 2 {
            return None;
        }
        let k = sections.partition_point(|(end, _)| *end < at);
        k.checked_sub(1).map(|k| &sections[k].1)
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

    /// The last `toàn tỉnh`, `toàn thành phố`, `cả nước` … (a whole, see
    /// [`names_whole`]) between `from` and `start`, as written.
    fn whole_written(&self, from: usize, start: usize) -> Option<Range<usize>> {
        let tokens = self.tokens();
        let (first, end) = (self.token_at(from), self.token_at(start));
        let k = (first..end.saturating_sub(1))
            .rev()
            .find(|&k| names_whole(tokens, k))?;
        let last = whole_end(tokens, k + 1);
        Some(tokens[k].norm_span.start..tokens[last].norm_span.end)
    }

    /// Whether a yardstick's whole owns the figure at `start`, right before
    /// it in a bracket or before `là` (`bình quân toàn tỉnh (61,5%)`, `của
    /// toàn tỉnh là 412`; not a rank, `nhiều nhất toàn tỉnh (320 …)`). Only
    /// the few tokens before the figure are read.
    fn whole_owns(&self, start: usize) -> bool {
        let tokens = &self.tokens()[..self.token_at(start)];
        let Some(last) = tokens.len().checked_sub(2) else {
            return false;
        };
        // (The whole's first token: two back, or three for `thành phố`.)
        (1..=2).filter_map(|back| last.checked_sub(back)).any(|k| {
            names_whole(tokens, k)
                && whole_end(tokens, k + 1) == last
                && owns_next(tokens, last)
                && k.checked_sub(1)
                    .is_some_and(|p| Words::get().yardstick_before.has_lower(tokens[p].norm))
        })
    }

    /// Index of the first token starting at or after `pos`.
    fn token_at(&self, pos: usize) -> usize {
        if let Some(&(_, at)) = self.figure_tokens.get().iter().find(|(p, _)| *p == pos) {
            return at;
        }
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
        let mut units = MarksSoFar::default();
        // (Sized for every number at once: growing moves the large `Found`s.)
        let mut found: Vec<Found> = Vec::with_capacity(numbers.len());
        found.extend(numbers.iter().enumerate().filter_map(|(k, m)| {
            self.quantity(
                m,
                (&numbers[..k], &numbers[k + 1..]),
                (&mut gapped, &mut units),
            )
        }));
        self.share_in_coordination(&mut found);
        self.listed_references(&mut found);
        self.breakdowns_keep_modality(&mut found);
        self.restated_events(&mut found);
        self.listed_badges(&mut found);
        found
            .into_iter()
            .map(|mut f| {
                // (`gấp 2,3 lần so với giai đoạn 2010 - 2014`: a ratio has one too.)
                if f.percent || f.q.relation.is_some() || f.q.unit == "lần" {
                    f.q.reference = f.reference;
                }
                f.q
            })
            .collect()
    }

    /// `trao 2 Huy hiệu 70 năm tuổi Đảng, 3 Huy hiệu 65 năm và 5 Huy hiệu
    /// 60 năm`: badges listed after the first one given, in its sentence
    /// and statement, were given too.
    fn listed_badges(&self, found: &mut [Found]) {
        let text = self.text();
        for k in 1..found.len() {
            let (a, b) = (&found[k - 1], &found[k]);
            let badges = a.q.unit.starts_with("huy hiệu") && b.q.unit == a.q.unit;
            if !badges || b.q.event.is_some() || a.sentence != b.sentence {
                continue;
            }
            let gap = text.get(a.range.end..b.range.start).unwrap_or(";");
            let end = gap.trim_end();
            let listed =
                !gap.contains([';', ':', '\n']) && (end.ends_with(',') || end.ends_with(" và"));
            if listed && a.q.event.as_deref() == Some("trao huy hiệu") {
                found[k].q.event = found[k - 1].q.event.clone();
            }
        }
    }

    /// `năm 2021 kết nạp 218 đảng viên; năm 2022 là 265, năm 2023 là 271`:
    /// a figure that only restates another's count for another year (`là`
    /// or a colon right before it) takes the event of the figure before it
    /// in the sentence when their units agree; `Huy hiệu 50 năm: 47 đồng
    /// chí` is a badge's award.
    fn restated_events(&self, found: &mut [Found]) {
        let text = self.text();
        for k in 0..found.len() {
            if found[k].q.event.is_some() {
                continue;
            }
            let head = text[..found[k].range.start].trim_end();
            let colon = head.ends_with(':');
            let is = head.rsplit(' ').next().is_some_and(|w| lower_eq(w, "là"));
            if !(colon || is) {
                continue;
            }
            // (A label of badges, `Huy hiệu 30 năm tuổi Đảng: 45`: its clause
            // opens with them. A label is short: read within 256 bytes.)
            let badges = || {
                since_stop_within(text, head.len(), &[';', '.', '\n'], 256).is_ok_and(|clause| {
                    let mut words = clause.split_whitespace();
                    words.next().is_some_and(|w| folds_to(w, "huy"))
                        && words.next().is_some_and(|w| folds_to(w, "hieu"))
                })
            };
            if colon && badges() {
                found[k].q.event = Some("trao huy hiệu".to_string());
                continue;
            }
            let Some(prev) = k.checked_sub(1).map(|j| &found[j]) else {
                continue;
            };
            // (Between the two, only its year: `năm 2022 tổng số đảng viên là
            // 2.650` is a total.)
            let gap = text.get(prev.range.end..found[k].range.start).unwrap_or("");
            // (What the figure before governs ends at a semicolon.)
            let gap = &gap[gap.rfind_byte(b';').map_or(0, |c| c + 1)..];
            let is_year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
            let mut words = gap
                .split(|c: char| c.is_whitespace() || matches!(c, ':' | ';' | ','))
                .filter(|w| !w.is_empty());
            // (`giai đoạn 2020-2025 là`, `6 tháng đầu năm 2022 là` too.)
            let time_word = |w: &str| {
                let joined = w.split(['-', '–']).all(|y| is_year(y) || y.is_empty());
                joined
                    || w.bytes().all(|b| b.is_ascii_digit())
                    || [
                        "năm", "là", "và", "thì", "giai", "đoạn", "tháng", "đầu", "cuối", "quý",
                    ]
                    .iter()
                    .any(|x| lower_eq(w, x))
            };
            let year =
                gap.split(|c: char| !c.is_ascii_digit()).any(is_year) && words.all(time_word);
            if year && prev.sentence == found[k].sentence && prev.q.unit == found[k].q.unit {
                found[k].q.event = prev.q.event.clone();
            }
        }
    }

    /// `Xã Trà Cú: 24 đảng viên, đạt 80% kế hoạch năm;` then `Xã Tập Sơn: 19
    /// đảng viên, đạt 76%;`: a share in a list item that names nothing it is
    /// measured against is measured against what the item above named.
    fn listed_references(&self, found: &mut [Found]) {
        let text = self.text();
        let lines = &self.doc.layout.lines;
        let item = |l: usize| is_list_item(&text[lines[l].range.clone()]);
        // (Not a rate of its own: `+ Tỷ lệ hộ nghèo còn 2,1%;`.)
        let rate = |l: usize| fold_words(&text[lines[l].range.clone()]).contains(" ty le ");
        // The item that named one (its reference and relation), and the
        // line of the last share read.
        let mut named: Option<(Option<String>, Option<String>)> = None;
        let mut above = usize::MAX;
        for f in found.iter_mut().filter(|f| f.percent) {
            let line = self.line_index(f.range.start);
            let next = above < line && (above + 1..line).all(|l| lines[l].role == Role::Blank);
            if f.reference.is_some() {
                named = Some((f.reference.clone(), f.q.relation.clone()));
            } else if let Some((reference, relation)) = &named {
                let alike = f.q.relation.is_none() || f.q.relation == *relation;
                if next && item(line) && item(above) && alike && !rate(line) {
                    f.reference = reference.clone();
                } else {
                    named = None;
                }
            }
            above = line;
        }
    }

    /// `tăng 60 tổ chức cơ sở đảng và 2.359 đảng viên so với năm 2018`:
    /// numbers joined by `và` or a comma share the relation before the
    /// first and the reference after the last.
    fn share_in_coordination(&self, found: &mut [Found]) {
        let text = self.text();
        for k in 1..found.len() {
            let (a, b) = (&found[k - 1], &found[k]);
            let gap = text.get(a.range.end..b.range.start).unwrap_or("x").trim();
            // `tăng 2,1 tỷ đồng (10,9%) so với năm 2016`: the change as a share.
            let bracketed = gap == "("
                && b.percent
                && text
                    .get(b.range.end..)
                    .is_some_and(|t| t.trim_start().starts_with(')'));
            if a.sentence == b.sentence
                && bracketed
                && matches!(a.q.relation.as_deref(), Some("tăng" | "giảm"))
            {
                if found[k].q.relation.is_none() {
                    found[k].q.relation = found[k - 1].q.relation.clone();
                }
                if found[k].reference.is_none() {
                    found[k].reference = found[k - 1].reference.clone();
                }
                continue;
            }
            // (`vượt 17 chỉ tiêu, chưa đạt 3 chỉ tiêu`: the second is denied.)
            let denied = text[b.range.clone()]
                .split_whitespace()
                .next()
                .is_some_and(|w| lower_eq(w, "chưa") || lower_eq(w, "không"));
            if a.sentence != b.sentence || !matches!(gap, "và" | "," | "và các") || denied {
                continue;
            }
            if found[k].q.relation.is_none() {
                found[k].q.relation = found[k - 1].q.relation.clone();
            }
            if found[k - 1].reference.is_none() {
                found[k - 1].reference = found[k].reference.clone();
            }
            // `Dịp này, 10 tập thể, 16 cá nhân được … tặng giấy khen`: counts
            // of other things listed at the head of a clause, before one
            // predicate, share its event (not `1.200 đảng viên, 15 đảng viên
            // được kết nạp`, `Đảng bộ có 26 chi bộ, 15 đảng viên bị kỷ luật`,
            // nor an event before them).
            let (a, b) = (&found[k - 1], &found[k]);
            let heads = || {
                text[clause_start(text, a.sentence, a.range.start)..a.range.start]
                    .trim()
                    .is_empty()
            };
            if a.q.event.is_none()
                && b.q.event.is_some()
                && a.q.unit != b.q.unit
                && !a.percent
                && !b.percent
                && heads()
                && self
                    .nearest(TermClass::EVENT, a.sentence, b.range.start)
                    .is_none()
            {
                found[k - 1].q.event = found[k].q.event.clone();
            }
        }
    }

    /// `… kết nạp 50 đảng viên, vượt chỉ tiêu tỉnh, huyện giao, trong đó có
    /// 20 đảng viên nữ`: the parts of a count (`trong đó`, `trong số đó`)
    /// are of its modality, whatever goal was named between.
    fn breakdowns_keep_modality(&self, found: &mut [Found]) {
        let text = self.text();
        for k in 1..found.len() {
            // (The count is no figure in a bracket of its own: `đạt 111,3%
            // chỉ tiêu Tỉnh ủy giao (150 đảng viên), trong đó có 39 …`.)
            // (Nor a goal further inside a bracket: `(chỉ tiêu 120 đảng viên)`,
            // not `(đã kết nạp 18 đảng viên)`.)
            // (Nor a quota told after `là`: `vượt chỉ tiêu được giao là 18
            // đảng viên. Trong số đó có 19 người Ca Dong`.)
            let bracketed = |f: &Found| {
                let head = &text[f.sentence.min(f.range.start)..f.range.start];
                head.trim_end().ends_with('(')
                    || (f.q.modality == Modality::Target
                        && strip_lower_words_suffix(head.trim_end(), "là").is_some())
                    || (f.q.modality == Modality::Target
                        && head
                            .rfind_byte(b'(')
                            .is_some_and(|k| !head[k..].has_byte(b')')))
            };
            let Some(a) = found[..k].iter().rev().find(|f| !bracketed(f)) else {
                continue;
            };
            let b = &found[k];
            // (The parts of a count of goals are goals, or results, by
            // their own words: `đề ra 18 chỉ tiêu, trong đó kết nạp 60`.)
            if a.q.modality == b.q.modality
                || self.counts_goals(&a.q.unit, a.sentence, a.range.start)
            {
                continue;
            }
            // (The opening words only: a reading window may be long.)
            let opens_parts = |from: usize| {
                let to = char_floor(text, b.range.start.min(from + 40));
                let part = fold_words(&text[from..to.max(from)]);
                ["trong do", "trong so do", "trong so nay"]
                    .iter()
                    .any(|w| part.trim_start().starts_with(w))
            };
            // (A sentence of parts goes on with the count before it, in its
            // paragraph: `Năm 2026 phấn đấu kết nạp 4.800 đảng viên. Trong
            // đó, đoàn viên chiếm trên 60%; người Khmer không dưới 450`.)
            let parts_sentence = opens_parts(b.sentence);
            // (`sentence` is where a figure's reading starts: the count must
            // end before the part's starts.)
            let next_sentence = a.sentence < b.sentence
                && a.range.end <= b.sentence
                && parts_sentence
                && !text[a.range.end..b.sentence].has_byte(b'\n');
            if a.sentence != b.sentence && !next_sentence {
                continue;
            }
            let from = clause_start(text, b.sentence, b.range.start);
            let parts_of = opens_parts(from) || parts_sentence;
            // (Unless the part says its own: `trong đó đã kết nạp được 168`,
            // `trong đó phấn đấu mỗi năm kết nạp 45`.)
            let own = || {
                let words = &self.tokens()[self.token_at(from)..self.token_at(b.range.start)];
                tense(words, true).is_some()
                    || self
                        .nearest(TermClass::TARGET, from, b.range.start)
                        .is_some()
            };
            if parts_of && !own() {
                found[k].q.modality = a.q.modality;
            }
        }
    }

    /// The quantity of `m` (`earlier` and `later` are the numbers before
    /// and after it).
    fn quantity(
        &self,
        m: &NumericMatch,
        (earlier, later): (&[NumericMatch], &[NumericMatch]),
        (gapped, units): (&mut GappedProbes, &mut MarksSoFar),
    ) -> Option<Found> {
        if !m.is_quantity() || !self.doc.in_fact_line(&m.span) {
            return None;
        }
        if self.is_excluded(&m.span) || self.ends_a_name(m) {
            return None;
        }
        // The lexicon term right after the number, if any: read by two rules.
        let term_after = self.term_starting_at(next_start(self.text(), m.span.end));
        let (value, value_max) =
            self.whole_count(m, to_f64(m.value?), m.value_max.map(to_f64), term_after);
        let start = quantity_start(m);
        // The token index of the start is read by several rules: found once.
        let at_start = self.token_at(start);
        self.figure_tokens.set([(start, at_start); 2]);
        if self.is_label(at_start, m) {
            return None;
        }
        let sentence = self.sentence_of(m.span.start)?;
        // Context is read within the sentence, and at most a few dozen
        // tokens away: a page with no punctuation must not cost n².
        // (An approximation cue may stand before the sentence's first token.)
        let s_start = self.bounded_back(sentence.norm_span.start.min(start), at_start);
        // (Times are looked up, not read: the whole sentence's count.)
        let whole_start = sentence.norm_span.start;
        let sentence = &Sentence {
            norm_span: s_start.max(sentence.norm_span.start)..sentence.norm_span.end,
            ..sentence.clone()
        };
        let from = sentence.norm_span.start;
        self.figure_tokens
            .set([(start, at_start), (from, self.token_at(from))]);
        let cell = self.cell_of(m);
        let (unit, unit_end) = cell
            .and_then(|c| self.unit_of_cell(c, m))
            .or_else(|| self.unit(m, at_start))
            .or_else(|| self.unit_of_average_age(m, value))
            .or_else(|| self.unit_of_number_of(s_start, m))
            .or_else(|| self.unit_of_change(m, later.first()?))
            .or_else(|| self.unit_of_list(m, later))
            .or_else(|| self.unit_of_parallel(m, earlier))
            .or_else(|| self.unit_of_label(m))
            .or_else(|| self.unit_of_breakdown(m))
            .or_else(|| self.unit_of_part_that_is(m))
            .or_else(|| self.unit_of_total(s_start, m))
            .or_else(|| self.unit_of_admitted(m))
            .or_else(|| self.unit_of_named_item(m, earlier))
            .or_else(|| self.unit_of_share_of_number(whole_start, m))?;
        // (A table's money in millions, `(triệu đồng)`: the figure in đồng,
        // as the text writes `62 triệu đồng`.)
        let scale = unit
            .strip_suffix(" đồng")
            .filter(|_| cell.is_some())
            .and_then(crate::numbers::scale_exponent);
        let (value, unit) = match scale.and_then(|e| m.value?.checked_mul_int(10i128.pow(e))) {
            Some(v) => (to_f64(v), "đồng".to_string()),
            None => (value, unit),
        };
        // `“xứ, họ đạo 4 gương mẫu”`, `phong trào “3 không”`: a number in
        // the name of a title or a campaign (a short quotation, not a speech)
        // counts nothing, unless a lexicon unit follows it.
        if !term_after.is_some_and(counts) && self.in_short_quote(m.span.start) {
            return None;
        }
        let at_unit_end = self.token_from(at_start, unit_end);
        let s_end = self.bounded_ahead(sentence.norm_span.end, unit_end, at_unit_end);
        let (span, text) = self.doc.original(start..unit_end);
        // The relation verb before the number, read once for the relation
        // and for a reference point between them.
        let relation = self.relation_term(start, at_start, m.kind == Kind::Percent);
        let mut relation_word =
            relation.and_then(|k| contract_relation(self.terms[k]).map(str::to_string));
        let mut reference = self
            .reference(at_unit_end, (s_start, s_end), start, relation)
            .or_else(|| self.reference_before(relation?, start))
            .or_else(|| {
                let percent = m.kind == Kind::Percent;
                percent.then(|| self.share_of(at_unit_end, s_end, relation, at_start))?
            });
        // `giảm 41 phòng, tương đương 29,7%`, `giảm 14 thôn (tương ứng
        // 26,9%)`: the change of the figure it restates.
        if relation_word.is_none() && m.kind == Kind::Percent {
            relation_word = earlier.last().and_then(|p| self.change_restated(p, start));
        }
        // (A table's cell under `Tỷ lệ đạt (%)` beside a column `Chỉ tiêu`:
        // the header's relation, against the plan.)
        if let Some(c) = cell.filter(|_| relation_word.is_none()) {
            relation_word = tables::signed_change(&self.text()[c.figure.clone()])
                .map(str::to_string)
                .or_else(|| self.relation_of_header(c));
            if reference.is_none() && relation_word.is_some() && unit == "%" {
                reference = self.plan_header(c);
            }
        }
        // (A share under `So với chỉ tiêu (%)`: against what the header names.)
        let header_reference = cell
            .filter(|_| reference.is_none() && unit == "%")
            .and_then(|c| compared_in_header(&self.text()[c.column.clone()]));
        if header_reference.is_some() {
            reference.clone_from(&header_reference);
        }
        let mut approx = m.approx;
        // (The whole of `7 trên 9 đảng viên` is nine, not more.)
        if earlier.last().is_some_and(|p| self.out_of(p, m)) {
            approx = Approx::Exact;
        }
        if let Some((change, point)) = self.comparative_is(at_start) {
            relation_word = Some(change.to_string());
            reference = Some(point);
        }
        // `chưa đạt 3 chỉ tiêu`: a count of what fell short, not a bound (as
        // `chưa đạt 70% kế hoạch` is), and of no relation.
        // (Only of targets or criteria: `chưa đạt 3 đảng viên` is short of three.)
        let criteria = unit.starts_with("chỉ tiêu") || unit.starts_with("tiêu chí");
        let short = m
            .approx_span
            .as_ref()
            .is_some_and(|c| criteria && fold_words(&self.text()[c.clone()]) == " chua dat ");
        if short {
            approx = Approx::Exact;
            relation_word = None;
        }
        // (The comparative is the nearest relation word: `chiếm 27,6%, cao hơn 1,8%`.)
        if let Some(change) = reference.as_ref().and_then(|_| self.comparative(m)) {
            approx = Approx::Exact;
            relation_word = Some(change.to_string());
        }
        // (A form of discipline counted is its own event: `2 khai trừ`.)
        let discipline = self
            .tokens()
            .get(self.token_at(m.span.end))
            .and_then(|t| self.term_starting_at(t.norm_span.start))
            .filter(|t| is_discipline(t) && t.span.end == unit_end);
        // (`trao tặng 6.985 Huy hiệu Đảng`: badges given are an award, the
        // verb before the number and the badge after it.)
        // (So are members listed with their badge, the verb left out: `2
        // đồng chí nhận Huy hiệu 75 năm; 9 đồng chí Huy hiệu 60 năm`.)
        // The words right before the figure, in any case, whole.
        let head = self.text()[..quantity_start(m)].trim_end();
        let ends_with = |head: &str, words: &str| strip_lower_words_suffix(head, words).is_some();
        let members = unit == "đồng chí" || unit.starts_with("đảng viên");
        // (`trao tổng cộng 132 Huy hiệu`: a total between.)
        let badges_given = || {
            let verb_head = ["tổng cộng", "tổng số"]
                .iter()
                .find_map(|w| strip_lower_words_suffix(head, w))
                .unwrap_or(head);
            let given = unit.starts_with("huy hiệu")
                && ["tặng", "trao"].iter().any(|v| ends_with(verb_head, v));
            let listed =
                members && strip_lower_prefix(&self.text()[unit_end..], " huy hiệu ").is_some();
            // (`…; Huy hiệu 70 năm tuổi Đảng cho 9 đảng viên`: an item of
            // badges, the verb left out.)
            // (The clause is short: a window before the figure is read.)
            let item = members && ends_with(head, "cho") && {
                let stops = [';', ',', '.', ':', '\n'];
                let clause = match since_stop_within(self.text(), head.len(), &stops, 96) {
                    Ok(clause) => Some(clause),
                    Err(whole) if whole.len() == head.len() => Some(whole),
                    Err(_) => None,
                };
                clause.is_some_and(|c| {
                    let words = fold_words(c);
                    words.starts_with(" huy hieu ") || words.starts_with(" va huy hieu ")
                })
            };
            given || listed || item
        };
        // (`tiếp nhận 205 đảng viên`, `chuyển đi 37 đảng viên`: members
        // moved; `chuyển 12 đảng viên dự bị thành đảng viên chính thức`:
        // made full members.)
        let moved = || {
            if !members
                || !Words::get()
                    .transfer_verbs
                    .iter()
                    .any(|v| ends_with(head, v))
            {
                return None;
            }
            let clause_end = first_of(self.text(), unit_end..s_end, b",;(.");
            let full = fold_words(&self.text()[unit_end..clause_end]).contains(" chinh thuc ");
            match full {
                true if ends_with(head, "chuyển") && !ends_with(head, "điều chuyển") => {
                    Some("chuyển chính thức")
                }
                true => None,
                false => Some("chuyển sinh hoạt"),
            }
        };
        // (Votes are cast in an election: `trúng cử với 275/281 phiếu`, `được
        // bầu với số phiếu đạt 98,3%`, `với 97,86% số phiếu`; not a survey's
        // forms, `1.200 phiếu khảo sát`, nor the votes of a discipline, whose
        // event the sentence tells.)
        // (The sentence's folded words, read by the votes and the congress
        // rules: folded once, and only for a sentence one of them reads.)
        let folded_sentence = OnceCell::new();
        let said = || folded_sentence.get_or_init(|| fold_words(&self.text()[s_start..s_end]));
        let votes = || {
            let text = self.text();
            // (Most sentences speak of no votes: turned away by a byte search,
            // its searcher built once.)
            static VOTES: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
            let phieu = VOTES.get_or_init(|| memchr::memmem::Finder::new("phiếu"));
            if phieu.find(&text.as_bytes()[s_start..s_end]).is_none() {
                return false;
            }
            let clause = clause_start(text, s_start, start);
            let after = fold_words(&text[unit_end..first_of(text, unit_end..s_end, b",;(.")]);
            let counted = unit == "phiếu" || unit == "phiếu bầu";
            let share = fold_words(&text[clause..start]).contains(" so phieu ")
                || after.starts_with(" so phieu ");
            let elected = || said().contains(" bau ") || said().contains(" trung cu ");
            (counted || share) && elected()
        };
        let own_event = discipline
            .and_then(contract_event)
            .or_else(|| badges_given().then_some("trao huy hiệu"))
            .or_else(moved);
        let event = match (cell, own_event) {
            (Some(c), _) => self.event_of_cell(c),
            (None, Some(e)) => Some(e.to_string()),
            (None, None) if self.raised_total(start) => None,
            (None, None) => self
                .event((s_start, s_end), (start, unit_end), gapped)
                .filter(|e| !self.negated_event(e, (s_start, s_end), (start, unit_end)))
                .filter(|e| e != "trao huy hiệu" || self.of_badges(&unit, (s_start, s_end)))
                .or_else(|| votes().then(|| "bầu".to_string())),
        };
        let deed = event.is_some();
        let modality = match cell {
            Some(c) if self.plan_column(c) => Modality::Target,
            _ if self.counts_goals(&unit, s_start, start) => Modality::Actual,
            _ => self.modality((s_start, s_end), start),
        };
        // (An election's figures at a congress and its delegates are of the
        // term the congress opens; not a council's, `đại biểu Hội đồng nhân
        // dân`.)
        let of_congress = || {
            if event.as_deref() != Some("bầu") && !unit.starts_with("đại biểu") {
                return false;
            }
            let said = said();
            let council = said.contains(" hoi dong nhan dan ") || said.contains(" hdnd ");
            let congress = said.contains(" dai hoi ")
                || said.contains(" ban chap hanh ")
                || said.contains(" giu chuc ")
                || unit.starts_with("đại biểu chính thức");
            !council && congress
        };
        let of_congress = of_congress();
        let q = Quantity {
            value,
            value_max,
            total: m
                .total
                .map(to_f64)
                .or_else(|| self.whole_after(m, later.first()?)),
            approx,
            unit,
            event,
            relation: relation_word,
            reference: header_reference,
            modality,
            time: cell.and_then(|c| self.time_of_cell(c)).or_else(|| {
                self.time(
                    m,
                    unit_end,
                    (sentence, whole_start),
                    s_end,
                    (deed, modality, of_congress),
                )
            }),
            subject: match cell {
                Some(c) if c.rows_are_units => self.subject_of_row(c).or_else(|| {
                    // (A total's is the article's unit; the rest's, `Các
                    // huyện còn lại`, none: not the row above.)
                    let total = row_kind(&self.text()[c.row.clone()]) == Some(RowKind::Total);
                    total
                        .then(|| self.main_subject())
                        .flatten()
                        .map(|n| self.text()[n.span.clone()].to_string())
                }),
                _ => cell
                    .and_then(|c| self.subject_of_row(c))
                    .or_else(|| self.subject(start, sentence, units)),
            },
            span,
            text,
        };
        Some(Found {
            q,
            range: start..unit_end,
            sentence: s_start,
            percent: m.kind == Kind::Percent,
            reference,
        })
    }

    /// `cao hơn năm 2011 là 42 đảng viên`, `ít hơn cùng kỳ là 3 trường
    /// hợp`: a comparative, what it compares with, then `là` and the figure
    /// (its first token at `at`) tell the change and its reference point.
    fn comparative_is(&self, at: usize) -> Option<(&'static str, String)> {
        let tokens = self.tokens();
        // (Or, with words of time only between: `cao hơn cùng kỳ năm trước
        // 24 đảng viên`.)
        let before = at.checked_sub(1)?;
        let said = lower_eq(tokens[before].norm, "là");
        let is = if said { before } else { at };
        let than = (is.saturating_sub(7)..is)
            .rev()
            .find(|&k| folds_to(tokens[k].norm, "hon"))?;
        let change = change_of_comparative(tokens[than.checked_sub(1)?].norm)?;
        let point = &tokens[than + 1..is];
        if point.is_empty() || point.iter().any(|t| t.kind == TokenKind::Punctuation) {
            return None;
        }
        let of_time = |t: &Token<'_>| {
            t.kind == TokenKind::Number
                || [
                    "cung", "ky", "nam", "truoc", "thang", "dau", "cuoi", "nhiem", "qua",
                ]
                .iter()
                .any(|w| folds_to(t.norm, w))
        };
        if !said && !point.iter().all(of_time) {
            return None;
        }
        let span = point[0].norm_span.start..point[point.len() - 1].norm_span.end;
        Some((change, lowercase(&self.text()[span])))
    }

    /// `cao hơn 1,8% so với năm trước`, `ít hơn 2 trường hợp so với cùng
    /// kỳ`: with a reference point, a comparative before the number tells a
    /// difference (the change it is), not a bound.
    fn comparative(&self, m: &NumericMatch) -> Option<&'static str> {
        if !matches!(m.approx, Approx::MoreThan | Approx::LessThan) {
            return None;
        }
        let cue = m.approx_span.as_ref()?;
        let last = self.token_at(cue.end).checked_sub(1)?;
        let [adjective, than] = self.tokens().get(last.checked_sub(1)?..=last)? else {
            return None;
        };
        if !folds_to(than.norm, "hon") || than.norm_span.end != cue.end {
            return None;
        }
        change_of_comparative(adjective.norm)
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

    /// `1,250 đảng viên`, `từ 2,800 đến 3,000 đồng chí`: people and bodies
    /// are counted whole, so before one of their units a comma followed by
    /// three digits groups thousands (the English way), not decimals.
    /// (`term_after`: the term right after the number.)
    fn whole_count(
        &self,
        m: &NumericMatch,
        value: f64,
        value_max: Option<f64>,
        term_after: Option<&Match<'_>>,
    ) -> (f64, Option<f64>) {
        let english = |numeral: &str| {
            matches!(numeral.split_once(','), Some((int, dec))
                if (1..=3).contains(&int.len())
                    && !int.starts_with('0')
                    && dec.len() == 3
                    && int.bytes().chain(dec.bytes()).all(|b| b.is_ascii_digit()))
        };
        // (Each numeral of a range, `2,800 đến 3,000`; no multiplier word,
        // `1,250 tỷ`.)
        let digits = &self.text()[m.span.clone()];
        let all_english = match value_max {
            None => english(digits),
            Some(_) => [" đến ", " - ", "-", " – ", " tới "].iter().any(|to| {
                digits
                    .split_once(to)
                    .is_some_and(|(low, high)| english(low) && english(high))
            }),
        };
        if m.kind == Kind::Number && all_english && term_after.is_some_and(counts_whole) {
            let whole = |v: f64| (v * 1000.0).round();
            (whole(value), value_max.map(whole))
        } else {
            (value, value_max)
        }
    }

    /// Whether `pos` lies inside a quotation of at most eight words on its
    /// line (`“…”`, or straight quotes, which open and close in turn).
    fn in_short_quote(&self, pos: usize) -> bool {
        // (Counted only as far as the limit: a page-long quotation is not short.)
        self.quote_around(pos)
            .is_some_and(|q| self.text()[q].split_whitespace().nth(8).is_none())
    }

    /// The quotation on its line that holds `pos`, if one does.
    fn quote_around(&self, pos: usize) -> Option<Range<usize>> {
        let line = self.line_holding(pos)?;
        let marks = self.quote_marks();
        let i = marks.partition_point(|m| m.at < pos);
        let open = marks[..i]
            .last()
            .filter(|m| m.line == line)
            .and_then(|m| m.open_after)?;
        let line_end = self.doc.layout.lines[line].range.end;
        let close = marks
            .get(i)
            .and_then(|m| marks.get(m.next_close))
            .filter(|m| m.line == line)
            .map_or(line_end, |m| m.at);
        Some(open..close)
    }

    /// The index of the layout line holding `pos`, if one does.
    fn line_holding(&self, pos: usize) -> Option<usize> {
        let i = self.line_index(pos);
        let line = self.doc.layout.lines.get(i)?;
        (line.range.start <= pos).then_some(i)
    }

    /// The quotation marks of the text's lines, read once: each with the
    /// quotation open after it, so that a line of many numbers is not read
    /// again for each.
    fn quote_marks(&self) -> &[QuoteMark] {
        self.quote_marks.get_or_init(|| {
            let bytes = self.text().as_bytes();
            // `“` is E2 80 9C and `”` E2 80 9D: most lines have neither byte.
            let kind = |k: usize| match (bytes[k], bytes.get(k + 1..k + 3)) {
                (b'"', _) => Some(None),
                (_, Some([0x80, 0x9C])) => Some(Some(true)),
                (_, Some([0x80, 0x9D])) => Some(Some(false)),
                _ => None,
            };
            let mut marks: Vec<QuoteMark> = Vec::new();
            let mut open = None;
            for k in memchr::memchr2_iter(b'"', 0xE2, bytes) {
                let (Some(kind), Some(line)) = (kind(k), self.line_holding(k)) else {
                    continue;
                };
                if marks.last().is_none_or(|m| m.line != line) {
                    open = None;
                }
                open = match kind {
                    None if open.is_none() => Some(k),
                    None | Some(false) => None,
                    Some(true) => Some(k),
                };
                marks.push(QuoteMark {
                    at: k,
                    line,
                    open_after: open,
                    closes: kind != Some(true),
                    next_close: 0,
                });
            }
            let mut next = marks.len();
            for (i, m) in marks.iter_mut().enumerate().rev() {
                if m.closes {
                    next = i;
                }
                m.next_close = next;
            }
            marks
        })
    }

    /// `27 trong tổng số 203 đảng viên`: the whole a part is of, as in
    /// `27/203`.
    fn whole_after(&self, m: &NumericMatch, next: &NumericMatch) -> Option<f64> {
        let words = self.short_words_between(m, next)?;
        (PART_OF.contains(&words.as_str()) || self.out_of(m, next))
            .then(|| next.value.map(to_f64))?
    }

    /// `7 trên 9 đảng viên`: a part out of a whole, `trên` alone between the
    /// two numbers (read as `more than` the second by the number scanner).
    fn out_of(&self, m: &NumericMatch, next: &NumericMatch) -> bool {
        // (Counts both: not `đến năm 2030 trên 95%`.)
        m.kind == Kind::Number
            && next.kind == Kind::Number
            && self
                .text()
                .get(m.span.end..next.span.start)
                .and_then(|between| between.strip_prefix(' ')?.strip_suffix(' '))
                .is_some_and(|word| lower_eq(word, "trên"))
    }

    /// The folded words between two numbers, when a few bytes part them:
    /// most pairs are turned away by their distance, unread.
    fn short_words_between(&self, m: &NumericMatch, next: &NumericMatch) -> Option<String> {
        let between = self.text().get(m.span.end..quantity_start(next))?;
        (between.len() <= 24).then(|| fold_words(between))
    }

    /// `tăng từ 5.100 lên 5.350 đảng viên`, `giảm từ 601 xuống còn 587 chi
    /// bộ`: the first number of a change counts what the second does; so
    /// does a part of a whole (`3 trong số 11 chi bộ ấp`).
    fn unit_of_change(&self, m: &NumericMatch, next: &NumericMatch) -> Option<(String, usize)> {
        let words = self.short_words_between(m, next)?;
        let change = [" len ", " xuong ", " xuong con ", " len den "];
        if !change.contains(&words.as_str())
            && !PART_OF.contains(&words.as_str())
            && !self.out_of(m, next)
        {
            return None;
        }
        let (unit, _) = self.unit(next, self.token_at(next.span.start))?;
        Some((unit, m.span.end))
    }

    /// `khiển trách 21, cảnh cáo 15, cách chức 4, khai trừ 7 đảng viên`: a
    /// number that ends an item of a list counts what the first later item
    /// with a unit does (items of at most three words, joined by `,`, `;` or
    /// `và`).
    fn unit_of_list(&self, m: &NumericMatch, later: &[NumericMatch]) -> Option<(String, usize)> {
        let text = self.text();
        // `Tổ dân phố số 7, phường Tân An`: a number after `số` labels.
        let before = text[..m.span.start].trim_end();
        if before.rsplit(' ').next().is_some_and(|w| lower_eq(w, "số")) {
            return None;
        }
        let mut end = m.span.end;
        // Items have words before their numbers (`, cảnh cáo 15`), or none
        // has and the last is joined by `và` (`12, 15 và 20 đảng viên`):
        // not `Km 12, 20 hộ dân`.
        let (mut worded, mut bare) = (false, false);
        for next in later.iter().filter(|n| n.is_quantity()).take(8) {
            let gap = text.get(end..quantity_start(next))?;
            // `198 (2021), 214 (2022) và 236 (2023) đảng viên`: an item's year.
            let gap = &gap[year_bracket_len(gap)..];
            if gap.len() > 48 || gap.contains(['.', '(', ')', ':']) {
                return None;
            }
            let words = fold_words(gap);
            let and = words.starts_with(" va ");
            if !(gap.trim_start().starts_with([',', ';']) || and) {
                return None;
            }
            let count = words.split(' ').filter(|w| !w.is_empty()).count() - usize::from(and);
            // An item that names a unit may be longer (`, thị xã Việt Yên 25,
            // Đảng bộ Khối các cơ quan tỉnh 19 đảng viên`).
            let named = gap
                .trim_start_matches([',', ';', ' '])
                .split(' ')
                .next()
                .is_some_and(|w| {
                    w.starts_with(char::is_uppercase) || Words::get().whole_of.has_lower(w)
                });
            if count > if named { 8 } else { 4 } {
                return None;
            }
            worded |= count > 0;
            bare |= count == 0;
            if let Some((unit, _)) = self.unit(next, self.token_at(next.span.start)) {
                // (`kết nạp 150, đạt 105% chỉ tiêu`: a share is no item of a
                // count; `7, 8 và 10%` are shares.)
                let share = next.kind == Kind::Percent && worded;
                // (Or after `lần lượt`: `lần lượt là 151, 162, 173 đồng chí`.)
                let respectively = || {
                    let from = char_floor(text, m.span.start.saturating_sub(80));
                    let head = text[from..m.span.start].trim_end_matches(|c: char| {
                        c.is_ascii_digit() || matches!(c, ',' | '.' | ' ')
                    });
                    let head = strip_lower_suffix(head, "là").unwrap_or(head);
                    RESPECTIVELY
                        .iter()
                        .any(|c| strip_lower_suffix(head, c).is_some())
                };
                let list = (worded && !bare && !share) || (!worded && (and || respectively()));
                return list.then_some((unit, m.span.end));
            }
            end = next.span.end;
        }
        None
    }

    /// `12 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 46 hoàn thành tốt
    /// nhiệm vụ và 6 hoàn thành nhiệm vụ`: a bare number after a comma or
    /// `và` whose first word repeats the predicate of a count before it in
    /// the sentence counts what that count does.
    fn unit_of_parallel(
        &self,
        m: &NumericMatch,
        earlier: &[NumericMatch],
    ) -> Option<(String, usize)> {
        let text = self.text();
        let start = quantity_start(m);
        let before = text[..start].trim_end_matches(' ');
        let item = before
            .strip_suffix([',', ';'])
            .or_else(|| before.strip_suffix(" và"))?;
        // (Not the numbers of a list of labels: `các chi bộ thôn 2, 5 và 7`.)
        if item.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // The first words of the predicate after `from`, in small letters.
        let predicate = |from: usize| -> Vec<&str> {
            let Some(rest) = text[from..].strip_prefix(' ') else {
                return Vec::new();
            };
            let clause = rest.split([',', ';', '.', '(', ')']).next().unwrap_or("");
            clause
                .split(' ')
                .take(4)
                .take_while(|w| w.starts_with(char::is_lowercase))
                .collect()
        };
        let said = predicate(m.span.end);
        if said.first().is_none_or(|w| folds_to(w, "va")) {
            return None;
        }
        // Of the counts before it in the sentence, the one whose predicate
        // it repeats furthest (`14 xã đạt chuẩn nông thôn mới, 300 hộ đạt
        // gia đình văn hóa; 3 đạt chuẩn …`: the communes), the nearest first.
        let mut best: Option<(usize, String)> = None;
        for p in counts_before(text, earlier, start, 6, 160) {
            let Some((unit, unit_end)) = self.unit(p, self.token_at(p.span.start)) else {
                continue;
            };
            let shared = predicate(unit_end)
                .iter()
                .zip(&said)
                .take_while(|(a, b)| lower_eq(a, b))
                .count();
            if shared > best.as_ref().map_or(0, |b| b.0) {
                best = Some((shared, unit));
            }
        }
        best.map(|(_, unit)| (unit, m.span.end))
    }

    /// `Số chi bộ: 402`, `- Đảng viên mới: 245`: a number right after a
    /// short label and its colon counts what the label names (its first
    /// term that counts).
    fn unit_of_label(&self, m: &NumericMatch) -> Option<(String, usize)> {
        let text = self.text();
        let label_end = text[..quantity_start(m)]
            .trim_end_matches(' ')
            .strip_suffix(':')?
            .len();
        let label_start = text[..label_end]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '\n' | ';' | '.' | ':' | '(' | '•' | '+'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let label = text[label_start..label_end].trim_start_matches(['-', '–', '*', ' ']);
        if label.split_whitespace().count() > 12 {
            return None;
        }
        // `Số đảng viên kết nạp qua các năm: năm 2021: 198; năm 2022: 214`:
        // a label that names no thing (a year) takes the line's first label;
        // so does one that names the time compared with (`Kết nạp đảng
        // viên: 2.457 (cùng kỳ: 2.386)`).
        if let Some(unit) = self.declared_unit(label_start) {
            return Some((unit, m.span.end));
        }
        let folded = fold_words(label);
        let compared = [" cung ky", " nam truoc", " ky truoc"]
            .iter()
            .any(|w| folded.starts_with(w));
        let own = || (!compared).then(|| self.counted_in(label_start, label_end))?;
        // (The line's first label: up to its first colon.)
        let intro = || {
            let line = self.line_of(label_start)?;
            Some(line.start..line.start + text[line.clone()].find_byte(b':')?)
        };
        let t = own().or_else(|| {
            let intro = intro()?;
            (intro.end < label_start && text[intro.clone()].split_whitespace().count() <= 10)
                .then(|| self.counted_in(intro.start, intro.end))?
        });
        // (`Chuyển đảng chính thức: 1.912 (cùng kỳ: 2.001)`: members made so.)
        let admitted = || {
            (compared && ends_with_admission(&text[intro()?]))
                .then(|| ("đảng viên".to_string(), m.span.end))
        };
        match t {
            Some(t) => Some((lowercase(&text[t.span.clone()]), m.span.end)),
            None => admitted(),
        }
    }

    /// The unit a heading declares for the lines of labels under it
    /// (`Biến động đảng viên năm 2024 (đơn vị: đảng viên):` over `Từ trần:
    /// 1.046`, `Chuyển sinh hoạt đến từ ngoài tỉnh: 412`): read from the
    /// lines above `at`, up to a blank line or a dozen lines.
    fn declared_unit(&self, at: usize) -> Option<String> {
        let text = self.text();
        let lines = &self.doc.layout.lines;
        let here = self.line_index(at);
        (here.saturating_sub(12)..here.min(lines.len()))
            .rev()
            .take_while(|&k| lines[k].role != Role::Blank)
            .find_map(|k| {
                let line = &text[lines[k].range.clone()];
                let open = [
                    "(đơn vị:",
                    "(đơn vị tính:",
                    "(Đơn vị:",
                    "(Đơn vị tính:",
                    "(ĐVT:",
                ]
                .iter()
                .find_map(|w| line.find(w).map(|i| i + w.len()))?;
                let unit = line[open..].split(')').next()?.trim();
                // (Counted things only: money in millions, `(đơn vị: triệu
                // đồng)`, is a scale the tables read.)
                let counted = !unit.is_empty()
                    && unit.split(' ').count() <= 4
                    && !unit.contains(['%', '/'])
                    && !unit.contains("đồng")
                    && unit
                        .split(' ')
                        .all(|w| crate::numbers::scale_exponent(w).is_none());
                counted.then(|| lowercase(unit))
            })
    }

    /// `kỷ luật 15 đảng viên (khiển trách 9, cảnh cáo 4, khai trừ 2)`: a
    /// number with no unit, in a bracket of short parts right after a count,
    /// counts what that count does.
    /// (Also after a comparison, `tăng thực 46 đồng chí so với đầu năm (kết
    /// nạp 97, chuyển đến 21; …)`, and after `trong đó` with no bracket:
    /// `kỷ luật 7 đảng viên, trong đó cảnh cáo 2, khiển trách 5`.)
    fn unit_of_breakdown(&self, m: &NumericMatch) -> Option<(String, usize)> {
        let text = self.text();
        let after = text[m.span.end..].trim_start_matches(' ');
        if !after.starts_with([',', ';', ')', '.']) {
            return None;
        }
        // The bracket, opened at most five short parts back (a look-back
        // of at most 160 bytes: a text of bare numbers costs no n²).
        let start = quantity_start(m);
        let from = char_floor(text, start.saturating_sub(160));
        let said = &text[from..start];
        let bracket = said.rfind_byte(b'(');
        const AMONG: &str = ", trong đó ";
        let among = memchr::memmem::rfind(said.as_bytes(), AMONG.as_bytes());
        let (open, body) = match (bracket, among) {
            (Some(b), Some(t)) if t > b => (from + t, from + t + AMONG.len()),
            (Some(b), _) if after.starts_with([',', ';', ')']) => (from + b, from + b + 1),
            (None, Some(t)) => (from + t, from + t + AMONG.len()),
            _ => return None,
        };
        let parts = &text[body..start];
        if parts.contains([')', '.', '\n']) || parts.matches(',').count() > 4 {
            return None;
        }
        // (Not a measure of them: `trong đó nữ 20, tuổi bình quân 28`.)
        let part = fold_words(parts.rsplit([',', ';']).next().unwrap_or(parts));
        let measure = [
            " tuoi ",
            " binh quan ",
            " trung binh ",
            " cao nhat ",
            " thap nhat ",
        ]
        .iter()
        .any(|w| part.contains(w));
        if measure {
            return None;
        }
        // Right before it, a count and what it counts (and maybe what it is
        // compared with: `so với đầu năm`, at most five words).
        let outer = text[..open].trim_end_matches(' ');
        let tail = &outer[char_floor(outer, outer.len().saturating_sub(48))..];
        let compared = memchr::memmem::rfind(tail.as_bytes(), " so với ".as_bytes()).filter(|&k| {
            let rest = &tail[k + " so với ".len()..];
            !rest.contains([',', ';']) && rest.split(' ').count() <= 5
        });
        let outer = match compared {
            Some(k) => outer[..outer.len() - tail.len() + k].trim_end_matches(' '),
            None => outer,
        };
        let t = self
            .terms
            .get(self.term_index(outer.len()).checked_sub(1)?)
            .filter(|t| t.span.end == outer.len() && counts(t))?;
        let number = text[..t.span.start].trim_end_matches(' ');
        number
            .ends_with(|c: char| c.is_ascii_digit())
            .then(|| (lowercase(&text[t.span.clone()]), m.span.end))
    }

    /// `tuổi bình quân 57`, `độ tuổi bình quân là 28,6`, `tuổi bình quân
    /// của đảng viên toàn tỉnh là 47,8`: an average age with no unit after
    /// it is in years (`tuổi`), a few words after the phrase in its clause.
    fn unit_of_average_age(&self, m: &NumericMatch, value: f64) -> Option<(String, usize)> {
        if m.kind != Kind::Number || m.value_max.is_some() || !(10.0..=100.0).contains(&value) {
            return None;
        }
        let clause = since_stop(
            self.text(),
            quantity_start(m),
            &[',', ';', '.', '\n', '(', ':'],
        );
        let folded = fold_words(clause);
        let phrase = [
            " tuoi binh quan ",
            " tuoi doi binh quan ",
            " tuoi trung binh ",
            " binh quan tuoi ",
        ]
        .iter()
        .filter_map(|p| folded.rfind(p).map(|k| k + p.len()))
        .max()?;
        let between = &folded[phrase..];
        let near = between.split_whitespace().count() <= 7
            && !between.contains(|c: char| c.is_ascii_digit());
        near.then(|| ("tuổi".to_string(), m.span.end))
    }

    /// `…, trong đó 168 là sinh viên và 11 là bác sĩ trẻ`: a part of a
    /// breakdown that says what its people are after `là` (a people term,
    /// else at most two words in small letters).
    fn unit_of_part_that_is(&self, m: &NumericMatch) -> Option<(String, usize)> {
        let text = self.text();
        let after = text[m.span.end..].strip_prefix(" là ")?;
        let clause = since_stop(text, quantity_start(m), &[';', '.', '\n', ':']);
        let lower = clause.to_lowercase();
        if !(lower.contains("trong đó") || lower.contains("trong số đó")) {
            return None;
        }
        let at = text.len() - after.len();
        if let Some(t) = self
            .term_starting_at(at)
            .filter(|t| t.category() == Some(Category::People))
        {
            return Some((lowercase(&text[t.span.clone()]), t.span.end));
        }
        const ENDS: &[&str] = &["và", "của", "trong", "ở", "tại", "được", "đã", "là", "có"];
        let words = self.tokens()[self.token_at(at)..]
            .iter()
            .take(2)
            .take_while(|t| {
                t.kind == TokenKind::Word
                    && t.norm.starts_with(|c: char| c.is_lowercase())
                    && !ENDS.iter().any(|w| lower_eq(t.norm, w))
            });
        let end = words.last()?.norm_span.end;
        Some((text[at..end].to_string(), end))
    }

    /// The first term between `from` and `to` that counts (`Tổng số đảng
    /// viên toàn Đảng bộ`), a reference point (`tổng số`) only when nothing
    /// else does; a unit of time (`năm 2021`) never.
    fn counted_in(&self, from: usize, to: usize) -> Option<&'d Match<'d>> {
        let mut terms: Vec<&'d Match<'d>> = self.terms_between(from, to).collect();
        terms.reverse();
        self.first_counted(terms)
    }

    /// [`counted_in`](Self::counted_in) among all the terms of the text,
    /// read or not (a table's headers and caption hold no figure).
    fn counted_in_any(&self, from: usize, to: usize) -> Option<&'d Match<'d>> {
        let terms = self
            .doc
            .matches
            .terms_after(from)
            .take_while(|t| t.span.end <= to)
            .collect();
        self.first_counted(terms)
    }

    /// Of `terms` (in text order), the first that counts, a reference
    /// point only when nothing else does, a unit of time never.
    fn first_counted(&self, terms: Vec<&'d Match<'d>>) -> Option<&'d Match<'d>> {
        let text = self.text();
        let timed = |t: &Match<'_>| {
            Words::get()
                .time_unit
                .has(&lowercase(&text[t.span.clone()]))
        };
        let counting: Vec<&Match> = terms
            .into_iter()
            .filter(|t| counts(t) && !timed(t))
            .collect();
        counting
            .iter()
            .find(|t| t.category() != Some(Category::Reference))
            .or(counting.first())
            .copied()
    }

    /// `nâng tổng số đảng viên … lên con số 1.622`: a number with no unit
    /// after it counts the people or bodies of a `tổng số` earlier in its
    /// sentence.
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
        // (Of people or bodies: `nâng tổng số chi bộ trực thuộc lên 18`.)
        let counted = self.term_starting_at(next_start(self.text(), total.span.end))?;
        let whole = matches!(
            counted.category(),
            Some(Category::People | Category::Organisation)
        );
        whole.then(|| (lowercase(&self.text()[counted.span.clone()]), m.span.end))
    }

    /// Whether time `t` is in the header of a flattened table's column
    /// (`Cùng kỳ 2023`): it dates that column's cells only, no text after
    /// the table.
    fn heads_column(&self, t: &Time) -> bool {
        let text = self.text();
        let Some(line) = self.line_of(t.range.start) else {
            return false;
        };
        // (A header is a few words: most lines stop here.)
        if line.len() > 64 || text[line.clone()].ends_with('.') {
            return false;
        }
        let columns = self.columns.get_or_init(|| {
            let cells = self.table_cells();
            let mut starts: Vec<usize> = cells.iter().map(|c| c.column.start).collect();
            starts.sort_unstable();
            starts.dedup();
            starts
        });
        columns.binary_search(&line.start).is_ok()
    }

    /// The term of a congress (`Đại hội … nhiệm kỳ 2025 - 2030`) told
    /// after `since` and before `t` (`times[..i]`), which holds the year of
    /// `t`: the time of the congress's delegates and of the committee it
    /// elects, rather than the days it sits (`từ ngày 14 đến 16/10/2025`).
    fn congress_term(&self, i: usize, t: &Time, since: usize) -> Option<&Time> {
        let text = self.text();
        let year = match &t.value {
            TimeRef::Year { year } => *year,
            TimeRef::Date { date } => year_of_date(date)?,
            TimeRef::Period { .. } => return None,
        };
        self.times[..i]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .take_while(|h| h.range.start >= since)
            .find(|h| {
                h.range.end <= t.range.start
                    && matches!(h.value, TimeRef::Period { from, to } if (from..=to).contains(&year))
                    && fold_words(&text[char_floor(text, since.max(h.range.start.saturating_sub(160)))..h.range.start])
                        .contains(" dai hoi ")
            })
    }

    /// Whether `t` is a term that names a congress (`đại hội … nhiệm kỳ
    /// 2025 - 2030`): the words of its clause before it say `đại hội`.
    fn names_a_congress(&self, t: &Time, from: usize) -> bool {
        let text = self.text();
        matches!(t.value, TimeRef::Period { .. })
            && fold_words(&text[clause_start(text, from, t.range.start)..t.range.start])
                .contains(" dai hoi ")
    }

    /// The figures of the page's tables (see [`tables::cells`]), read once.
    fn table_cells(&self) -> &[Cell] {
        self.cells
            .get_or_init(|| tables::cells(self.text(), &self.doc.layout.lines, self.tabs()))
    }

    /// Where the original text had a tab, which the normalized text has
    /// as a space: the bounds of the cells of a table kept one row a line
    /// with tabs between them. (Most pages have none: found by `memchr`.)
    fn tabs(&self) -> &[usize] {
        self.tabs.get_or_init(|| {
            let n = self.doc.n;
            if memchr::memchr(b'\t', n.original().as_bytes()).is_none() {
                return Vec::new();
            }
            let text = self.text();
            let mut out = Vec::new();
            for line in &self.doc.layout.lines {
                let original = &n.original()[n.to_original(line.range.clone())];
                if memchr::memchr(b'\t', original.as_bytes()).is_none() {
                    continue;
                }
                for k in memchr::memchr_iter(b' ', text[line.range.clone()].as_bytes()) {
                    let at = line.range.start + k;
                    if n.original()[n.to_original(at..at + 1)].starts_with('\t') {
                        out.push(at);
                    }
                }
            }
            out
        })
    }

    /// Whether the page may hold a table kept one row a line (a bar, a tab,
    /// a row of figures lined up with spaces, a line ending with a colon
    /// over rows `Label: figure`), read once:
    /// on a page with none, a figure that shares its line with words is in
    /// no table.
    fn has_row_tables(&self) -> bool {
        *self.row_tables.get_or_init(|| {
            let text = self.text();
            memchr::memchr(b'|', text.as_bytes()).is_some()
                || !self.tabs().is_empty()
                || (memchr::memmem::find(text.as_bytes(), b"   ").is_some()
                    && self
                        .doc
                        .layout
                        .lines
                        .iter()
                        .any(|l| tables::lined_up_row(&text[l.range.clone()])))
                || self
                    .doc
                    .layout
                    .lines
                    .iter()
                    .any(|l| text[l.range.clone()].ends_with(':'))
        })
    }

    /// The cell of a flattened table that `m` is the figure of, if any.
    fn cell_of(&self, m: &NumericMatch) -> Option<&Cell> {
        let text = self.text();
        // Most figures share their line with words: no table is read for
        // them, unless the page has tables kept one row a line.
        let line = self.line_of(m.span.start)?;
        let whole = text[line].trim();
        let alone = whole == &text[m.span.clone()] || tables::is_figure(whole);
        if !alone && !self.has_row_tables() {
            return None;
        }
        let cells = self.table_cells();
        let i = cells.partition_point(|c| c.figure.end <= m.span.start);
        cells
            .get(i)
            .filter(|c| c.figure.start <= m.span.start && m.span.end <= c.figure.end)
    }

    /// What a table's figure counts: a share where its row or column says
    /// `%`, else the thing its row, its column or the caption names.
    fn unit_of_cell(&self, c: &Cell, m: &NumericMatch) -> Option<(String, usize)> {
        let text = self.text();
        let share = m.kind == Kind::Percent
            || text[c.row.clone()].has_byte(b'%')
            || text[c.column.clone()].has_byte(b'%');
        if share {
            return Some(("%".to_string(), m.span.end));
        }
        // (A row of a place, `Huyện Tân Yên`, is whose figures they are,
        // not what they count; nor is the Party of a badge's row, `75 năm
        // tuổi Đảng`.)
        let counted = |r: &Range<usize>| {
            self.counted_in_any(r.start, r.end).filter(|t| {
                t.category() != Some(Category::AdminUnit) && t.concept_id() != Some("org.dang")
            })
        };
        // (`Chuyển đảng chính thức`, `Kết quả phát triển đảng viên`: the
        // events of members.)
        let members = |e: Option<String>| {
            e.filter(|e| matches!(e.as_str(), "kết nạp" | "chuyển chính thức"))
                .map(|_| ("đảng viên".to_string(), m.span.end))
        };
        // (A row that names a body, `Đảng bộ Khối Doanh nghiệp tỉnh`, is
        // whose the figures are, not what they count.)
        // (Nor do a row or a column of a reference point, `Tổng số`,
        // `Cùng kỳ 2023`, name a thing.)
        let counted =
            |r: &Range<usize>| counted(r).filter(|t| t.category() != Some(Category::Reference));
        // (Nor a row of the whole or of a count of units, which says what it
        // holds: `Toàn Đảng bộ (29 chi bộ)`, `24 chi bộ khu phố còn lại`.)
        // (A row's measure in a bracket at its end says what its figures
        // are: `Thu nhập bình quân đầu người (triệu đồng)`, `Diện tích (ha)`;
        // not the `người` of `đầu người`. A bracket of people, `(người)`,
        // leaves the label to say who.)
        let bracketed = text[c.row.clone()]
            .trim_end()
            .strip_suffix(')')
            .and_then(|r| r.rsplit_once('('))
            .map(|(_, unit)| unit.trim())
            .filter(|u| {
                let last = u.rsplit(' ').next().unwrap_or("");
                u.split_whitespace().count() <= 2
                    && ["đồng", "ha", "km", "tấn"]
                        .iter()
                        .any(|w| lower_eq(last, w))
            });
        if let Some(unit) = bracketed {
            return Some((lowercase(unit), m.span.end));
        }
        let label = text[c.row.clone()].to_lowercase();
        let whole = ["toàn ", "cộng", "tổng cộng"]
            .iter()
            .any(|w| label.starts_with(w))
            || label.starts_with(|c: char| c.is_ascii_digit());
        let row = counted(&c.row).filter(|_| !whole && self.subject_of_row(c).is_none());
        // (A column of the plan names no thing: `Chỉ tiêu`, `Kế hoạch`.)
        // (But a column that counts places does: `Số thôn`.)
        let places = || {
            counted_by_header(&fold_words(&text[c.column.clone()]))?;
            self.counted_in_any(c.column.start, c.column.end)
                .filter(|t| t.category() == Some(Category::AdminUnit))
        };
        // (A column of a part, `Trong đó truy tặng`, counts what the column
        // before it does.)
        let part_of_before = || {
            let before = c.column_before.as_ref()?;
            if !fold_words(&text[c.column.clone()]).starts_with(" trong do ") {
                return None;
            }
            counted(before)
        };
        let column = || {
            counted(&c.column)
                .or_else(places)
                .or_else(part_of_before)
                .filter(|_| !self.plan_column(c))
        };
        if let Some(t) = row.or_else(column) {
            return Some((lowercase(&text[t.span.clone()]), m.span.end));
        }
        // (A column of an event, `Kết nạp 6 tháng đầu năm`, over the
        // caption's thing.)
        // (The caption's event over a reference it names: `Kết quả thực
        // hiện chỉ tiêu phát triển đảng viên`.)
        let caption = |reference: bool| {
            let t = counted(c.caption.as_ref()?)
                .filter(|t| reference || t.category() != Some(Category::Reference))?;
            Some((lowercase(&text[t.span.clone()]), m.span.end))
        };
        members(self.event_of_label(c.column.clone()))
            .or_else(|| caption(false))
            .or_else(|| members(self.event_of_cell(c)))
            .or_else(|| caption(true))
    }

    /// A table's row of a place or a body (`Huyện Tân Yên`), or of a unit
    /// by its name alone (`Hà Hiệu`) under a header of units (`Đơn vị`,
    /// `Xã, thị trấn`): whose its figures are.
    fn subject_of_row(&self, c: &Cell) -> Option<String> {
        let text = self.text();
        let row = text[c.row.clone()].trim();
        // (Matches are sorted by start: the row's are found, not walked to.)
        let all = self.doc.matches.as_slice();
        let name = all[all.partition_point(|m| m.span.start < c.row.start)..]
            .iter()
            .take_while(|m| m.span.start < c.row.end)
            .find(|m| m.kind != MatchKind::Term && m.span.end <= c.row.end);
        let whole = name.is_some_and(|n| {
            n.span == c.row && matches!(n.kind, MatchKind::Place | MatchKind::Organisation)
        });
        // (`Đảng bộ Khối Doanh nghiệp tỉnh`, `Chi bộ Trường THPT Ba Bể`: a
        // party body, then its name.)
        let words: Vec<&str> = row.split_whitespace().collect();
        let party = c.rows_are_units
            && matches!(words[..], [d, b, n, ..] if (folds_to(d, "dang")
                && (folds_to(b, "bo") || folds_to(b, "uy"))
                || folds_to(d, "chi") && folds_to(b, "bo"))
            && n.starts_with(char::is_uppercase));
        // (Under a header of units every row of a few words is one, `Hà
        // Hiệu`, `Cơ quan Huyện ủy`, but a total, `Tổng cộng`, `Cộng`, or
        // the rest, `Các huyện còn lại`.)
        // (Not a thing counted, `Đảng viên mới`, `Chi bộ trực thuộc`,
        // unless a name follows it: `Cơ quan Huyện ủy`.)
        let unit = c.rows_are_units
            && tables::words(row) <= tables::MAX_LABEL_WORDS
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && row_kind(row).is_none()
            && (words[1..].iter().any(|w| w.starts_with(char::is_uppercase))
                || self.counted_in_any(c.row.start, c.row.end).is_none());
        (whole || party || unit).then(|| row.to_string())
    }

    /// The relation a table's column header names (`Tỷ lệ đạt (%)`).
    fn relation_of_header(&self, c: &Cell) -> Option<String> {
        self.doc
            .matches
            .terms_after(c.column.start)
            .take_while(|t| t.span.end <= c.column.end)
            .find_map(contract_relation)
            .map(str::to_string)
    }

    /// The plan a table's headers name in a column of their own (`Chỉ
    /// tiêu (đảng viên)`, `Kế hoạch`): its first two words, in small letters.
    fn plan_header(&self, c: &Cell) -> Option<String> {
        // (Not the labels' column: `Chỉ tiêu` there names the indicators.)
        c.headers
            .iter()
            .skip(1)
            .map(|h| &self.text()[h.clone()])
            .find_map(|h| {
                let words: Vec<&str> = h.split_whitespace().take(2).collect();
                let plan = matches!(
                    fold_words(&words.join(" ")).as_str(),
                    " chi tieu " | " ke hoach "
                );
                plan.then(|| lowercase(&words.join(" ")))
            })
    }

    /// A table's column of what was planned (`Kế hoạch`, `Chỉ tiêu`).
    fn plan_column(&self, c: &Cell) -> bool {
        // (Also with what it is of: `Chỉ tiêu năm 2024 (đảng viên)`.)
        let column = fold_words(&self.text()[c.column.clone()]);
        [" ke hoach ", " chi tieu ", " muc tieu "]
            .iter()
            .any(|p| column.starts_with(p))
    }

    /// The event of a table's figure: its row's, else its column's, else
    /// its caption's, but not for a column of a standing count beside a
    /// column of an event (`Số đảng viên` beside `Kết nạp 6 tháng đầu năm`
    /// under `Kết quả kết nạp …`): members or bodies, not `Số lớp` under
    /// `Kết quả bồi dưỡng`. (Alone, `Số đảng viên` under a caption of the
    /// members who went through the event, `Số lượng đảng viên được tặng
    /// Huy hiệu Đảng`, counts those; not under `Tổng số đảng viên các xã
    /// sau đợt kết nạp`.)
    fn event_of_cell(&self, c: &Cell) -> Option<String> {
        let text = self.text();
        let event_beside = || {
            c.headers
                .iter()
                .any(|h| h.start != c.column.start && self.event_of_label(h.clone()).is_some())
        };
        // (The caption counts members who went through it: `đảng viên được`.)
        let members_through = |c: &Cell| {
            c.caption.as_ref().is_some_and(|r| {
                let caption = text[r.clone()].to_lowercase();
                caption.contains("đảng viên được") || caption.contains("đồng chí được")
            })
        };
        // (`Số đảng viên`, or bare: `Chi bộ`, `Đảng viên`.)
        let standing = || {
            let column = fold_words(&text[c.column.clone()]);
            let counted = counted_by_header(&column).unwrap_or(column.trim_start());
            ["dang vien ", "chi bo ", "dang bo ", "to chuc "]
                .iter()
                .any(|w| counted.starts_with(w))
                && (event_beside() || !members_through(c))
        };
        self.event_of_label(c.row.clone())
            .or_else(|| self.event_of_label(c.column.clone()))
            .or_else(|| {
                self.event_of_label(c.caption.clone()?)
                    .filter(|_| !standing())
            })
    }

    /// The time of a table's figure: its column's (`Năm 2017`), else the
    /// caption's.
    fn time_of_cell(&self, c: &Cell) -> Option<TimeRef> {
        let within = |r: &Range<usize>| self.times_within(r.start, r.end).next();
        // (A caption that is a paragraph speaks in its last sentence: `… có
        // 2.417 đảng viên (tính đến ngày 30/11/2025). … như sau:`.)
        let last_sentence = |r: &Range<usize>| {
            let from = self.text()[r.clone()]
                .rfind(". ")
                .map_or(r.start, |k| r.start + k + 2);
            from..r.end
        };
        // (Else its first time; a day counted up to in a bracket after
        // figures gives its year, as when carried.)
        let first_of_caption = || {
            let t = within(c.caption.as_ref()?)?;
            match &t.value {
                TimeRef::Date { date }
                    if t.cutoff && closing_bracket(self.text(), t.range.start).is_some() =>
                {
                    year_of_date(date).map(|year| TimeRef::Year { year })
                }
                value => Some(value.clone()),
            }
        };
        within(&c.column)
            .or_else(|| within(&last_sentence(c.caption.as_ref()?)))
            .map(|t| t.value.clone())
            .or_else(first_of_caption)
    }

    /// The event a row's label names (`Kết nạp đảng viên mới`).
    fn event_of_label(&self, row: Range<usize>) -> Option<String> {
        // (A row of members moving in or out is a transfer: `Tiếp nhận từ
        // nơi khác chuyển đến`, `Chuyển đi nơi khác`.)
        let moved = || {
            let label = fold_words(&self.text()[row.clone()]);
            (label.contains(" chuyen den ") || label.contains(" chuyen di "))
                .then(|| "chuyển sinh hoạt".to_string())
        };
        self.doc
            .matches
            .terms_after(row.start)
            .take_while(|t| t.span.start < row.end)
            .find_map(contract_event)
            .map(str::to_string)
            .or_else(moved)
    }

    /// `Số chi bộ thôn có bí thư là trưởng thôn đạt 36/42`: a share with no
    /// unit counts what the `Số …` opening its sentence names.
    fn unit_of_share_of_number(&self, s_start: usize, m: &NumericMatch) -> Option<(String, usize)> {
        m.total?;
        let text = self.text();
        let rest = strip_lower_prefix(&text[s_start..m.span.start], "số ")?;
        let t = self.term_starting_at(m.span.start - rest.len())?;
        counts(t).then(|| (lowercase(&text[t.span.clone()]), m.span.end))
    }

    /// `số tổ chức đảng tăng 9, số đảng viên tăng 147 đồng chí`, `đưa số chi
    /// bộ trực thuộc xuống còn 41`, `số chi bộ có dưới 10 đảng viên giảm từ
    /// 386 xuống 95`: a number that ends its clause or starts a change, said
    /// of a `số …` (the number of) in its clause by a verb of change or of
    /// being right before it, counts that thing.
    fn unit_of_number_of(&self, s_start: usize, m: &NumericMatch) -> Option<(String, usize)> {
        let text = self.text();
        let start = quantity_start(m);
        let changes = || {
            let after = text[m.span.end..].trim_start_matches(' ');
            strip_lower_prefix(after, "xuống ").is_some()
                || strip_lower_prefix(after, "lên ").is_some()
        };
        if !ends_clause(text, m.span.end) && !changes() {
            return None;
        }
        let number_of = |from: usize| {
            let said = &text[from..start];
            // (The last `số` a counted term follows: `số` is `s` and `ố`.)
            let bytes = said.as_bytes();
            said.rmatch_indices("ố ").find_map(|(k, o)| {
                let s = k.checked_sub(1)?;
                let word = matches!(bytes[s], b's' | b'S') && (s == 0 || bytes[s - 1] == b' ');
                // (Not `một số`, `những số`: some. Read only after a word `số`:
                // `s` is then a whole character, so `s` is a boundary.)
                let some = || {
                    ["một", "những", "đa"]
                        .iter()
                        .any(|w| strip_lower_suffix(said[..s].trim_end(), w).is_some())
                };
                // (`thôn, bản` is one term, kept whole: villages.)
                (word && !some())
                    .then(|| self.term_starting_at(from + k + o.len()))?
                    .filter(|t| counts(t) || t.concept_id() == Some("other.thon_ban"))
            })
        };
        // (What is counted may be a list across commas, `số thôn, bản, tổ
        // dân phố giảm còn 944`: items without figures.)
        let mut from = clause_start(text, s_start, start);
        let mut t = number_of(from);
        for _ in 0..3 {
            if t.is_some() || from <= s_start || text.as_bytes()[from - 1] != b',' {
                break;
            }
            let item = clause_start(text, s_start, from - 1);
            if text[item..from].bytes().any(|b| b.is_ascii_digit()) {
                break;
            }
            from = item;
            t = number_of(from);
        }
        let t = t?;
        let between: Vec<&str> = text.get(t.span.end..start)?.split_whitespace().collect();
        let verb = [
            "tăng", "giảm", "là", "lên", "thêm", "đạt", "còn", "xuống", "từ",
        ];
        let told = between.len() <= 10
            && between
                .last()
                .is_some_and(|w| verb.iter().any(|v| lower_eq(w, v)));
        told.then(|| (lowercase(&text[t.span.clone()]), m.span.end))
    }

    /// `thành phố Long Xuyên kết nạp 312, …`: a number right after `kết nạp`
    /// (or `chính thức`) that ends its clause counts the members admitted.
    fn unit_of_admitted(&self, m: &NumericMatch) -> Option<(String, usize)> {
        let text = self.text();
        // (Or a label's: `Kết nạp mới: 2.874 (đạt 114,9% chỉ tiêu)`.)
        let bracket = || text[m.span.end..].trim_start_matches(' ').starts_with('(');
        if !ends_clause(text, m.span.end) && !bracket() {
            return None;
        }
        ends_with_admission(&text[..quantity_start(m)])
            .then(|| ("đảng viên".to_string(), m.span.end))
    }

    /// `… với 236 đồng chí, kế đến là huyện U Minh (198), Thới Bình (171)`,
    /// `kết nạp 312, huyện Châu Phú 241`: a number that ends an item named
    /// by a place or a body counts what the count of an earlier item does.
    fn unit_of_named_item(
        &self,
        m: &NumericMatch,
        earlier: &[NumericMatch],
    ) -> Option<(String, usize)> {
        let text = self.text();
        let start = quantity_start(m);
        let bracketed = text[..start].ends_with('(');
        let closes = if bracketed {
            text[m.span.end..].starts_with(')')
        } else {
            ends_clause(text, m.span.end)
        };
        if !closes {
            return None;
        }
        // The item: the words since the last comma, semicolon or `là`.
        let head = text[..start].trim_end_matches(['(', ' ']);
        let from = char_floor(head, head.len().saturating_sub(80));
        let item_start = head[from..]
            .rfind([',', ';'])
            .map_or(from, |k| from + k + 1);
        let mut item = head[item_start..].trim_start();
        // (`nhiều nhất là huyện U Minh (198)`, `như Đảng bộ Phường 1 (25)`.)
        if let Some(k) = item.rfind(" là ").or_else(|| item.rfind(" như ")) {
            item = item[k + 1..].split_once(' ').map_or(item, |(_, rest)| rest);
        }
        for lead in ["trong đó ", "và ", "là ", "như "] {
            if let Some(rest) = strip_lower_prefix(item, lead) {
                item = rest;
            }
        }
        let first = item.split(' ').next().unwrap_or("");
        let named = first.starts_with(char::is_uppercase) || Words::get().whole_of.has_lower(first);
        // (Digits only in a name before a bracket: `Phường 1 (25)`.)
        let digits = !bracketed && item.contains(|c: char| c.is_ascii_digit());
        if !named || item.split(' ').count() > 6 || digits {
            return None;
        }
        // The count of an earlier item in the sentence, a few items back.
        counts_before(text, earlier, start, 8, 240).find_map(|p| {
            let (unit, _) = self
                .unit(p, self.token_at(p.span.start))
                .or_else(|| self.unit_of_admitted(p))?;
            Some((unit, m.span.end))
        })
    }

    /// `3 chi bộ ấp không kết nạp được đảng viên`, `chưa kết nạp được`: the
    /// figure's event, in its clause, only as what did not happen.
    fn negated_event(
        &self,
        event: &str,
        (s_start, s_end): (usize, usize),
        (start, unit_end): (usize, usize),
    ) -> bool {
        let text = self.text();
        let from = clause_start(text, s_start, start);
        let to = first_of(text, unit_end..s_end, b",;(:");
        let mut said = self
            .terms_between(from, to)
            .filter(|t| contract_event(t) == Some(event))
            .peekable();
        said.peek().is_some()
            && said.all(|t| {
                let mut words = text[from..t.span.start].split_whitespace().rev();
                let mut w = words.next().unwrap_or("");
                // (`không được kết nạp`, `chưa thể kết nạp`.)
                if ["được", "thể"].iter().any(|x| lower_eq(w, x)) {
                    w = words.next().unwrap_or("");
                }
                lower_eq(w, "không") || lower_eq(w, "chưa")
            })
    }

    /// `…, nâng tổng số đảng viên lên 486`: a total the deed raised to, not
    /// a count of the deed.
    fn raised_total(&self, start: usize) -> bool {
        let text = self.text();
        let head = text[..start].trim_end_matches(' ');
        let head = strip_lower_suffix(head, "con số").unwrap_or(head);
        if strip_lower_suffix(head, "lên").is_none() {
            return false;
        }
        let clause = since_stop(text, start, &[',', ';', '.', '\n']);
        // (Unless its own phrase names one: `nâng tổng số đảng viên được kết
        // nạp từ đầu nhiệm kỳ lên 1.120`.)
        clause.find("tổng số").is_some_and(|k| {
            let from = start - clause.len() + k;
            self.nearest(TermClass::EVENT, from, start).is_none()
        })
    }

    /// A number that labels rather than counts: `lần thứ 4`, `khóa 18`, a
    /// list marker `1.` at the start of a line. `i` is the first token at or
    /// after the start of the number (or its cue).
    fn is_label(&self, i: usize, m: &NumericMatch) -> bool {
        let words = Words::get();
        let tokens = self.tokens();
        // A percentage is never a label (`đảng viên dưới 30 tuổi 12%`);
        // nor is a number after a cue (`cả nhiệm kỳ không dưới 325`).
        let cued = tokens
            .get(i)
            .is_some_and(|t| t.norm_span.start < m.span.start);
        if i > 0 && m.kind != Kind::Percent && !cued {
            let prev = &tokens[i - 1];
            let mut lower = Key::new();
            lower.push_lower(prev.norm);
            let listed = |k: u128| words.label_before.has_key(k);
            // `mỗi lớp 90 học viên`: each class counts, it is not class 90.
            let each = i > 1 && lower_eq(tokens[i - 2].norm, "mỗi");
            // (Not the end of a verb: `đã triệu tập 24.317 đại biểu`.)
            let verb = || {
                i > 1 && {
                    let mut two = Key::new();
                    two.push_lower(tokens[i - 2].norm);
                    two.push(b" ");
                    two.push(&lower.bytes[..lower.len]);
                    two.get().is_some_and(|k| words.label_verb.has_key(k))
                }
            };
            if prev.kind == TokenKind::Word && lower.get().is_some_and(listed) && !each && !verb() {
                return true;
            }
            // `het thang 9` typed without marks: a month (not `xa Quyet Thang
            // 9 dang vien`, a name).
            if prev.norm == "thang" {
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
        // `236 (2023) đảng viên`: the figure's year between it and its unit.
        let after = m.span.end + year_bracket_len(&text[m.span.end..]);
        let mut i = self.token_from(at, after);
        let mut first = self.tokens().get(i)?;
        // Only what follows on the same line, after at most a space.
        if !text.as_bytes()[after..first.norm_span.start]
            .iter()
            .all(|&b| b == b' ')
        {
            return None;
        }
        // `1/3 số đảng viên`: a share of the number of a counted thing.
        if m.kind == Kind::Fraction && lower_eq(first.norm, "số") {
            let next = self.tokens().get(i + 1)?;
            if self
                .term_starting_at(next.norm_span.start)
                .is_some_and(|t| counts(t))
            {
                i += 1;
                first = next;
            }
        }
        // `18 “chi bộ 4 tốt”`: a quoted title that names a counted thing.
        let quoted = matches!(first.norm, "“" | "\"" | "‘" | "«" | "'");
        if quoted {
            i += 1;
            first = self
                .tokens()
                .get(i)
                .filter(|t| t.norm_span.start == self.tokens()[i - 1].norm_span.end)?;
        }
        if let Some(t) = self.term_starting_at(first.norm_span.start) {
            if counts(t) {
                // `là một đảng viên gương mẫu`, `từ một Đảng bộ nhỏ`: after a
                // copula, the article.
                if self.is_article(m) {
                    return None;
                }
                // A term of time (`năm`) counts no thing; `ngày công` does.
                let unit = lowercase(&text[t.span.clone()]);
                if words.time_unit.has(&unit) {
                    return None;
                }
                return Some((unit, t.span.end));
            }
        }
        if quoted || self.is_article(m) {
            return None;
        }
        // `180 Ủy viên chính thức`, `hai Phó Bí thư`: the holders of an
        // office, counted. (Not a name's number before a person's office:
        // `Chi bộ 3 Bí thư Nguyễn Văn An`.)
        if let Some(t) = self
            .term_starting_at(first.norm_span.start)
            .filter(|t| t.category() == Some(Category::Role))
        {
            let after_name = text[..m.span.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
            let person_after = text[t.span.end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase));
            if !after_name && !person_after {
                return Some((lowercase(&text[t.span.clone()]), t.span.end));
            }
        }
        // `kỷ luật 11 đảng viên, gồm 5 khiển trách, 4 cảnh cáo và 2 khai trừ`:
        // a form of discipline right after a number counts those given it
        // (not after `số`: `Chi bộ số 5 khiển trách 2 đảng viên`).
        let label = || prev_word_in(text, m.span.start, &["số"]);
        if let Some(t) = self
            .term_starting_at(first.norm_span.start)
            .filter(|t| is_discipline(t) && !label())
        {
            return Some((lowercase(&text[t.span.clone()]), t.span.end));
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
            // (`gấp 1,5 lần năm 2024`: a time after the unit.)
            if end.is_some() && (lower_eq(t.norm, "năm") || lower_eq(t.norm, "tháng")) {
                break;
            }
            // (A word before a counted thing, `nữ đảng viên`: the whole of it.)
            if let Some(x) = self
                .term_starting_at(t.norm_span.start)
                .filter(|x| end.is_some() && counts(x))
            {
                end = Some(x.span.end);
                break;
            }
            end = Some(t.norm_span.end);
        }
        let end = end?;
        let unit = lowercase(&text[first.norm_span.start..end]);
        let mut parts = unit.split(' ');
        let head = parts.next().unwrap_or("");
        // `1.024 buổi sinh hoạt chuyên đề`: sessions of something are counted
        // (`3 buổi`, `2 buổi sáng` are time).
        let sessions = head == "buổi"
            && parts
                .next()
                .is_some_and(|w| !words.time_of_day.has_lower(w) && !matches!(w, "liên" | "liền"));
        // (`tuổi bình quân là 29,6 tuổi`: an average age is a figure; a
        // person's age is not.)
        let average_age = head == "tuổi" && {
            let from = char_floor(text, m.span.start.saturating_sub(120));
            let before = text[from..m.span.start].to_lowercase();
            let clause = before.rsplit(['.', ';', '\n']).next().unwrap_or("");
            clause.contains("bình quân") || clause.contains("trung bình")
        };
        if (words.time_unit.has(head) && !sessions) || (words.label_after.has(head) && !average_age)
        {
            return None;
        }
        Some((unit, end))
    }

    /// `là một điểm sáng`, `từ một tổ chức`: `một` after a copula is the
    /// indefinite article (not `thành lập mới một tổ đảng`, `ít nhất là một`).
    fn is_article(&self, m: &NumericMatch) -> bool {
        let text = self.text();
        // (`từ một đảng bộ lớn`: `từ` read as a bound is the preposition,
        // when no range follows.)
        let from = || {
            m.value_max.is_none()
                && m.approx_span
                    .as_ref()
                    .is_some_and(|c| lower_eq(text[c.clone()].trim(), "từ"))
        };
        if !((m.approx_span.is_none() || from()) && lower_eq(&text[m.span.clone()], "một")) {
            return false;
        }
        let mut before = text[..m.span.start].split_whitespace().rev();
        let (w, w2) = (before.next(), before.next());
        // (The next words of its clause: up to one that ends it.)
        let mut after: Vec<&str> = Vec::new();
        for w in text[m.span.end..].split_whitespace().take(4) {
            after.push(w);
            if w.ends_with([',', '.', ';', ':']) {
                break;
            }
        }
        // `không để sót một trường hợp nào`: any, not one.
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        let any = after.iter().any(|w| lower_eq(&bare(w), "nào"));
        // `Một điểm sáng là …`, `Một điểm đáng chú ý`, `Một điểm mới nữa`:
        // a figure of speech opening the sentence; so is a kind said to be
        // something, `Một công nhân là đảng viên sẽ …`.
        let head = text[..m.span.start].trim_end_matches([' ', '\t']);
        let opening = (head.is_empty() || head.ends_with(['\n', '.', ':', '!', '?', '"', '“']))
            && (after.get(1).is_some_and(|w| {
                ["đáng", "sáng", "nổi", "khác", "mới"]
                    .iter()
                    .any(|a| lower_eq(w, a))
            }) || after.iter().take(3).any(|w| lower_eq(w, "là")));
        any || opening
            || w.is_some_and(|w| Words::get().article_after.has_lower(w))
                && !w2.is_some_and(|w| lower_eq(w, "nhất") || lower_eq(w, "thiểu"))
    }

    /// The relation verb just before the number (skipping `được`, `tỷ lệ`):
    /// its term within four tokens before it, or for a percentage within
    /// eight when a reference point follows it with no punctuation or number
    /// up to the percentage (`vượt kế hoạch đề ra 8,5%`, `tăng so với cùng
    /// kỳ 15%`).
    /// `i` is [`token_at`](Self::token_at)`(start)`.
    fn relation_term(&self, start: usize, i: usize, percent: bool) -> Option<usize> {
        let from = |back: usize| {
            let lo = i.saturating_sub(back);
            self.tokens().get(lo).map_or(0, |t| t.norm_span.start)
        };
        // `(chiếm 18,46%), 46 …`, `chiếm 15,46%; 4.987 …`: a relation with
        // a figure of its own after it is that figure's.
        let own_figure = |k: usize| {
            let gap = &self.text()[self.term_ends[k]..start];
            gap.contains([')', ';']) && gap.contains(|c: char| c.is_ascii_digit())
        };
        if let Some(k) = self.nearest(TermClass::RELATION, from(4), start) {
            return (!own_figure(k)).then_some(k);
        }
        if !percent {
            return None;
        }
        let k = self.nearest(TermClass::RELATION, from(8), start)?;
        // `chiếm tỷ lệ cao, hơn 71%`: a size word between.
        // (Only a short gap is folded: this runs for most percentages.)
        let gap = &self.text()[self.term_ends[k]..start];
        let sized = gap.len() <= 24
            && matches!(
                fold_words(gap).trim(),
                "cao" | "lon" | "thap" | "nho" | "rat cao" | "kha cao"
            );
        if sized {
            return Some(k);
        }
        self.reference_after(k, start).map(|_| k)
    }

    /// The change (`tăng`, `giảm`) of the figure `p` that the share at
    /// `start` restates after `tương đương` or `tương ứng (với)`, right
    /// after it in its clause.
    fn change_restated(&self, p: &NumericMatch, start: usize) -> Option<String> {
        let head = self.text()[..start].trim_end();
        let head = strip_lower_words_suffix(head, "với").map_or(head, str::trim_end);
        let head = ["tương đương", "tương ứng"]
            .iter()
            .find_map(|w| strip_lower_words_suffix(head, w))?;
        // (Only the figure's unit, a comma or a bracket between.)
        let between = self.text().get(p.span.end..head.len())?;
        if between.len() > 48
            || between.contains(|c: char| c.is_ascii_digit() || ".;:\n".contains(c))
        {
            return None;
        }
        let k = self.relation_term(p.span.start, self.token_at(p.span.start), false)?;
        contract_relation(self.terms[k])
            .filter(|r| matches!(*r, "tăng" | "giảm"))
            .map(str::to_string)
    }

    /// The reference point right after relation term `k`, with no
    /// punctuation from it up to `start`.
    fn reference_after(&self, k: usize, start: usize) -> Option<&Match<'_>> {
        let text = self.text();
        let t = (k + 1..self.terms.len())
            .take_while(|&j| self.term_ends[j] <= start)
            .map(|j| self.terms[j])
            .find(|t| t.category() == Some(Category::Reference))?;
        let gap = &text[self.term_ends[k]..start];
        let clear =
            !gap.contains(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit() || c == '\n');
        clear.then_some(t)
    }

    /// `chiếm 18,7% lực lượng lao động`, `bằng 1% tiền lương`, `trúng cử
    /// với 99,56% số phiếu`: a share (after `chiếm`, `bằng` or `với`) is of
    /// what the words after it name, up to the clause's end or a verb (at
    /// most six). `i` is the first token after the unit; `at_start` the
    /// number's first token.
    fn share_of(
        &self,
        i: usize,
        s_end: usize,
        relation: Option<usize>,
        at_start: usize,
    ) -> Option<String> {
        let tokens = self.tokens();
        let word = |k: usize, w: &str| tokens.get(k).is_some_and(|t| folds_to(t.norm, w));
        // (`giảm 6,4% biên chế được giao`, `giảm 60% số đơn vị`: a change of
        // a share, the base named right after it: `số`, `biên chế` or a
        // lexicon unit; not a time, `tăng 3% mỗi năm`, nor other words, `giảm
        // 2% nhờ các chương trình`.)
        let changed = || {
            relation
                .is_some_and(|k| matches!(contract_relation(self.terms[k]), Some("tăng" | "giảm")))
                && tokens.get(i).is_some_and(|t| {
                    lower_eq(t.norm, "số")
                        || (lower_eq(t.norm, "biên")
                            && tokens.get(i + 1).is_some_and(|c| lower_eq(c.norm, "chế")))
                        || (self
                            .term_starting_at(t.norm_span.start)
                            .is_some_and(|m| m.category() == Some(Category::Unit))
                            && !Words::get().time_unit.has_lower(t.norm))
                })
        };
        let shared = relation
            .is_some_and(|k| matches!(contract_relation(self.terms[k]), Some("chiếm" | "bằng")))
            || changed()
            || (relation.is_none()
                && at_start > 1
                && word(at_start - 1, "voi")
                && !word(at_start - 2, "so"));
        if !shared {
            return None;
        }
        const ENDS: &[&str] = &[
            "và", "nhưng", "song", "so", "trở", "là", "thì", "đã", "đang", "sẽ", "được", "của",
            "không", "trong", "tại", "ở", "trên", "dưới", "với", "có", "tham", "tán", "hoàn",
        ];
        // (`chiếm 35% trong tổng số đảng viên`: past `trong`.)
        let i = i + usize::from(tokens.get(i).is_some_and(|t| lower_eq(t.norm, "trong")));
        // (Up to a verb: a relation, an event, a rating, a reporting verb.)
        let verb_at = |t: &Token<'_>| {
            self.term_starting_at(t.norm_span.start).is_some_and(|m| {
                TermClass::of(m) & TermClass::RELATION != 0
                    || matches!(
                        m.category(),
                        Some(Category::Event | Category::Assessment | Category::Speech)
                    )
            })
        };
        let words = tokens.get(i..)?.iter().take(6).take_while(|t| {
            t.kind == TokenKind::Word
                && t.norm_span.end <= s_end
                && !ENDS.iter().any(|w| lower_eq(t.norm, w))
                && !verb_at(t)
        });
        let mut end = words.last()?.norm_span.end;
        // (Not half a term: `nhiệm` of `nhiệm vụ`.)
        if let Some(m) = self
            .doc
            .matches
            .term_at(end - 1)
            .filter(|m| m.span.end > end)
        {
            end = m.span.start;
        }
        let start = tokens[i].norm_span.start;
        let text = self.text();
        (end > start).then(|| lowercase(text[start..end].trim_end()))
    }

    /// `vượt kế hoạch 20,6%`, `đạt chỉ tiêu 106,7%`: a reference point
    /// between relation term `k` (see [`relation_term`](Self::relation_term))
    /// and the number at `start`, with no punctuation after it.
    fn reference_before(&self, k: usize, start: usize) -> Option<String> {
        let t = self.reference_after(k, start)?;
        Some(lowercase(&self.text()[t.span.clone()]))
    }

    /// What a percentage or change is measured against; `i` is the first
    /// token after the unit.
    fn reference(
        &self,
        mut i: usize,
        (s_start, s_end): (usize, usize),
        start: usize,
        relation: Option<usize>,
    ) -> Option<String> {
        let text = self.text();
        let tokens = self.tokens();
        // `tăng 2,1 tỷ đồng (10,9%) so với năm 2016`: past a short bracket.
        if tokens.get(i).is_some_and(|t| t.norm == "(") {
            if let Some(close) = tokens[i..(i + 6).min(tokens.len())]
                .iter()
                .position(|t| t.norm == ")")
            {
                i += close + 1;
            }
        }
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
        } else if is(0, "so") && ["nam", "cung", "ke", "dau"].iter().any(|w| is(1, w)) {
            // `tăng 31 người so năm 2011`, `so cùng kỳ`: `so` alone.
            k = 1;
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
                // `không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ`:
                // the share of those a passive clause tells, to its end.
                let passive = tokens
                    .get(i + k + 1)
                    .is_some_and(|w| lower_eq(w.norm, "được") || lower_eq(w.norm, "bị"));
                // (Up to a verb of its own: `số bị kỷ luật là cán bộ`.)
                if passive && k == 0 {
                    let stop = &Words::get().unit_stop;
                    let last = tokens[i + 2..].iter().take(7).take_while(|t| {
                        t.kind == TokenKind::Word
                            && t.norm_span.end <= s_end
                            && !stop.has_lower(t.norm)
                    });
                    // (`… 80% số được.`: nothing after it, no reference here.)
                    if let Some(last) = last.last() {
                        return Some(lowercase(&text[t.norm_span.start..last.norm_span.end]));
                    }
                }
            }
            if k > 0 {
                // Up to the end of the clause (`so với quý II nhưng tăng
                // 9,5%`: not past a contrast or a relation verb).
                let relation_at = |t: &Token<'_>| {
                    self.term_starting_at(t.norm_span.start)
                        .is_some_and(|m| TermClass::of(m) & TermClass::RELATION != 0)
                };
                let end = tokens[i + k..]
                    .iter()
                    .take(5)
                    .take_while(|t| {
                        t.kind != TokenKind::Punctuation
                            && t.norm_span.end <= s_end
                            && !folds_to(t.norm, "nhung")
                            && !folds_to(t.norm, "song")
                            && !relation_at(t)
                    })
                    .last()?
                    .norm_span
                    .end;
                return Some(lowercase(&text[t.norm_span.start..end]));
            }
        }
        // "So với đầu nhiệm kỳ, tỷ lệ … tăng 2,07%"
        let first = self.token_at(s_start);
        let so_at = |k: usize| {
            tokens
                .get(k..k + 2)
                .is_some_and(|w| folds_to(w[0].norm, "so") && folds_to(w[1].norm, "voi"))
        };
        let relation_at = |t: &Token<'_>| {
            self.term_starting_at(t.norm_span.start)
                .is_some_and(|m| TermClass::of(m) & TermClass::RELATION != 0)
        };
        let point = |from: usize, most: usize| {
            // Up to punctuation or a relation verb (`so với đầu nhiệm kỳ giảm 9`).
            let words = tokens
                .get(from..)?
                .iter()
                .take(most)
                .take_while(|t| t.kind != TokenKind::Punctuation && !relation_at(t));
            let end = words.last()?.norm_span.end;
            Some((from, end))
        };
        let (from, end) = if so_at(first) {
            point(first + 2, 5)?
        } else if let Some(own) = relation {
            // `…; so với đầu nhiệm kỳ giảm 9 tổ chức cơ sở đảng, nhưng tăng 452
            // đảng viên`, `tỷ lệ đảng viên so với dân số đạt 3,5%`: `so với X`
            // in the same sentence, right before the figure's own relation
            // verb or, for a change, before another change (not `tăng 0,2%`
            // after that `đạt`).
            let is_change =
                |j: usize| matches!(contract_relation(self.terms[j]), Some("tăng" | "giảm"));
            let number = self.token_at(start);
            // (`tỷ lệ đảng viên trên tổng số lao động đạt 29,2%`, `tỷ lệ
            // đảng viên nữ trong tổng số đảng viên đạt 38,5%`: `trên` or
            // `trong` before a total says it as `so với` does.)
            let over_at = |k: usize| {
                (folds_to(tokens[k].norm, "tren") || folds_to(tokens[k].norm, "trong"))
                    && tokens.get(k + 1).is_some_and(|t| {
                        self.term_starting_at(t.norm_span.start)
                            .is_some_and(|m| m.category() == Some(Category::Reference))
                    })
            };
            let (so, words) = (first..number).rev().find_map(|k| {
                if so_at(k) {
                    Some((k, 2))
                } else {
                    over_at(k).then_some((k, 1))
                }
            })?;
            // (A total may name its whole: `tổng số đảng viên toàn Đảng bộ`.)
            let (from, end) = point(so + words, if words == 1 { 7 } else { 5 })?;
            let after = tokens.get(self.token_from(from, end))?.norm_span.start;
            let j = self.term_index(after);
            // (Not for another item after the figure it names: `… đạt 38,5%,
            // 100% chi bộ có đảng viên nữ`.)
            let next_item = text[self.term_ends[own].min(start)..start].contains([',', ';']);
            let told = self.terms.get(j).is_some_and(|t| t.span.start == after)
                && self.classes[j] & TermClass::RELATION != 0
                && (j == own || (is_change(own) && is_change(j)))
                && !next_item;
            if !told {
                return None;
            }
            (from, end)
        } else {
            return None;
        };
        Some(lowercase(&text[tokens.get(from)?.norm_span.start..end]))
    }

    /// The event of the number `start..unit_end`: the nearest event of the
    /// contract before it in its sentence, a two-part one (`chuyển … chính
    /// thức`) if that is nearer; but one later in the number's own clause
    /// (`12 đảng viên bị khai trừ, 30 đảng viên bị xóa tên`) rather than one
    /// of an earlier clause.
    fn event(
        &self,
        (s_start, s_end): (usize, usize),
        (start, unit_end): (usize, usize),
        gapped: &mut GappedProbes,
    ) -> Option<String> {
        let term = self.nearest(TermClass::EVENT, s_start, start);
        let after_term = term.map_or(s_start, |i| self.term_ends[i]);
        if let Some(event) = self.gapped_event(after_term..start, gapped) {
            return Some(event.to_string());
        }
        let Some(i) = term else {
            return self
                .event_after(unit_end, s_end)
                .or_else(|| self.list_event(start))
                .or_else(|| self.continued_list_event(s_start, start))
                .or_else(|| self.details_event(s_start, start))
                .or_else(|| self.of_new_members(s_start, unit_end))
                .or_else(|| self.breakdown_event(s_start, (start, unit_end), s_end));
        };
        if let Some(event) = self.passive_event(unit_end) {
            return Some(event.to_string());
        }
        // `1 đảng viên bị nhắc nhở`: a predicate of its own, of no event.
        if self.own_passive(unit_end) {
            return None;
        }
        let text = self.text();
        let in_clause = self.terms[i].span.start >= clause_start(text, s_start, start);
        let after = || (!in_clause).then(|| self.event_after(unit_end, s_end))?;
        if let Some(event) = after() {
            return Some(event);
        }
        // `kết nạp 150 đảng viên mới; 95% đảng viên hoàn thành tốt nhiệm vụ`:
        // an event does not reach past a semicolon into another statement,
        // only into the parts of its own (`; trong đó …`).
        let after_term = &text[self.term_ends[i]..start];
        if let Some(k) = after_term.rfind_byte(b';') {
            let opening = fold_words(&after_term[k + 1..]);
            let of_its_own = Words::get()
                .statement_part
                .iter()
                .any(|w| opening.starts_with(w.as_str()));
            // `… kết nạp qua các năm: năm 2021: 198; năm 2022: 214`: items
            // of a list the colon opens.
            let listed = after_term[..k].has_byte(b':');
            // `như: Đảng bộ huyện Hải Hậu kết nạp 131 đảng viên; Đảng bộ
            // huyện Giao Thủy 102 đảng viên`: items the colon before the
            // event opens, each a name right before its figure, leave the
            // verb out.
            let part = self.term_ends[i] + k + 1;
            let named_item = || {
                text[s_start..self.terms[i].span.start].has_byte(b':')
                    && self.name_right_before(part, start)
            };
            // `Đại hội đã bầu Ban Chấp hành … gồm 27 đồng chí; Ban Thường vụ
            // gồm 9 đồng chí`: the bodies elected with it.
            let elected_with = || {
                contract_event(self.terms[i]) == Some("bầu")
                    && [" ban thuong vu ", " ban chap hanh ", " uy ban kiem tra "]
                        .iter()
                        .any(|b| opening.starts_with(b))
            };
            // `kết nạp 235 đảng viên, trong đó có 31 …; 18 đảng viên trong
            // doanh nghiệp`, `Trong số đảng viên mới kết nạp, … lần lượt là 71
            // và 58; người Dao có 9`: a breakdown opened before the semicolon
            // goes on in items of people with no verb of their own. (Not a
            // list of goals, `…, trong đó phấn đấu …; 100% chi bộ …`.)
            let people = || {
                let figure = fold_words(&text[start..unit_end]);
                !figure.contains('%')
                    && [
                        " dang vien",
                        " dong chi",
                        " nguoi",
                        " quan chung",
                        " truong hop",
                    ]
                    .iter()
                    .any(|u| figure.contains(u))
            };
            let breakdown_goes_on = || {
                let opened = fold_words(&text[s_start..part]);
                (opened.contains(" trong do ") || opened.contains(" trong so ")) && people() && {
                    let clause_end = first_of(text, unit_end..s_end, b";(.");
                    !self.says_its_own(part, clause_end)
                }
            };
            if !of_its_own && !listed && !named_item() && !elected_with() && !breakdown_goes_on() {
                return None;
            }
        }
        // `lớp bồi dưỡng kết nạp Đảng cho 116 quần chúng`: a course for those
        // to be admitted, its event the course's.
        let course = i.checked_sub(1).is_some_and(|h| {
            contract_event(self.terms[h]) == Some("bồi dưỡng")
                && text.get(self.term_ends[h]..self.terms[i].span.start) == Some(" ")
        });
        if course && contract_event(self.terms[i]) == Some("kết nạp") {
            return Some("bồi dưỡng".to_string());
        }
        contract_event(self.terms[i]).map(str::to_string)
    }

    /// `Trong số 236 đảng viên mới, có 31 đảng viên là ngư dân`, `Số đảng
    /// viên mới … lần lượt là 86, 103 và 117`: figures of the new members
    /// (`đảng viên mới`, up to the figure's unit), told with no verb of
    /// their own, are of their admission.
    fn of_new_members(&self, s_start: usize, unit_end: usize) -> Option<String> {
        let said = &self.text()[s_start..unit_end];
        // (Not `mới` that means "only", before a verb: `là đảng viên mới chỉ
        // khoảng 0,6%`.)
        let only = |rest: &str| {
            let next = rest.strip_prefix(' ').and_then(|r| r.split(' ').next());
            next.is_some_and(|w| ["chỉ", "đạt", "có", "được"].iter().any(|v| lower_eq(w, v)))
        };
        // (By `memmem`, its searcher built once: asked of the sentence of
        // each figure with no event.)
        let new = "mới";
        static NEW: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
        let finder = NEW.get_or_init(|| memchr::memmem::Finder::new(new));
        finder
            .find_iter(said.as_bytes())
            .any(|k| {
                let before = said[..k].trim_end();
                // (`Trong số đảng viên mới có 96 …`: `có` after the new
                // members named as a whole is theirs.)
                let among = || {
                    strip_lower_words_suffix(before, "đảng viên")
                        .map(str::trim_end)
                        .is_some_and(|h| strip_lower_words_suffix(h, "trong số").is_some())
                };
                strip_lower_words_suffix(before, "đảng viên").is_some()
                    && (!only(&said[k + new.len()..]) || among())
            })
            .then(|| "kết nạp".to_string())
    }

    /// Whether a figure of unit `unit` in the sentence `s_start..s_end` may
    /// be of badges awarded: members or badges are counted, or the sentence
    /// names the badge (`trao tặng 50 suất học bổng` gives no badge).
    fn of_badges(&self, unit: &str, (s_start, s_end): (usize, usize)) -> bool {
        let members = ["đảng viên", "đồng chí", "huy hiệu", "người", "trường hợp"];
        members.iter().any(|m| unit.starts_with(m))
            || fold_words(&self.text()[s_start..s_end]).contains(" huy hieu ")
    }

    /// Whether a name that starts at or after `from` ends right before
    /// `at`, a space apart.
    fn name_right_before(&self, from: usize, at: usize) -> bool {
        let hi = self.matched.partition_point(|m| m.span.start < at);
        let lo = self.matched[..hi].partition_point(|m| m.span.start < from);
        self.matched[lo..hi]
            .iter()
            .any(|m| self.text().get(m.span.end..at) == Some(" "))
    }

    /// An event right after the unit, in the passive (`5 chi bộ bị giải
    /// thể`, `30 đảng viên được chuyển chính thức`): it governs the number
    /// more closely than any event before it.
    fn passive_event(&self, unit_end: usize) -> Option<&'static str> {
        let i = self.term_index(unit_end);
        let term = self.terms.get(i)?;
        // A few short words at most (`đã được`): most numbers stop here.
        let between = self.text().get(unit_end..term.span.start)?;
        // Words and spaces only: `25 đảng viên, được khen thưởng` is another clause.
        if between.len() > 24
            || self.classes[i] & TermClass::EVENT == 0
            || between.contains(|c: char| !(c.is_alphabetic() || c == ' '))
        {
            return None;
        }
        let between = fold_words(between);
        let words = Words::get();
        let is_in = |list: &[String], w: &str| list.iter().any(|x| x == w);
        let passive = between.split(' ').any(|w| is_in(&words.passive, w))
            && between.split(' ').all(|w| {
                w.is_empty() || is_in(&words.passive, w) || is_in(&words.passive_filler, w)
            });
        if !passive {
            return None;
        }
        contract_event(term)
    }

    /// Whether the passive (`bị`, `được`, after `đã`, `cũng` … at most)
    /// follows the unit ending at `unit_end` right away.
    fn own_passive(&self, unit_end: usize) -> bool {
        let words = Words::get();
        // With their marks: `Bí` is no `bị`.
        let is_in = |list: &[&str], w: &str| list.iter().any(|x| lower_eq(w, x));
        let text = self.text();
        let mut end = unit_end;
        for t in self.tokens()[self.token_at(unit_end)..].iter().take(3) {
            let spaced = text.get(end..t.norm_span.start) == Some(" ");
            if !spaced || t.kind != TokenKind::Word {
                return false;
            }
            if is_in(&words.passive_marked, t.norm) {
                return true;
            }
            if !is_in(&words.passive_filler_marked, t.norm) {
                return false;
            }
            end = t.norm_span.end;
        }
        false
    }

    /// A two-part event of the contract in `window` (`chuyển đảng viên
    /// chính thức`).
    fn gapped_event(
        &self,
        window: Range<usize>,
        gapped: &mut GappedProbes,
    ) -> Option<&'static str> {
        // Fold the window only when a two-part event may be in it.
        if !gapped.may_be_in(window.clone()) {
            return None;
        }
        let before = fold_words(&self.text()[window]);
        Words::get().gapped.iter().find_map(|g| {
            let at = before.find(g.first.as_str())?;
            before[at + g.first.len() - 1..]
                .contains(g.second.as_str())
                .then_some(g.event)
        })
    }

    /// `Kết quả kết nạp đảng viên … như sau:` then `- Huyện U Minh: 198 đảng
    /// viên mới`: an item of a list takes the event its intro line (the
    /// line ending in `:` above the items) names.
    fn list_event(&self, start: usize) -> Option<String> {
        let lines = &self.doc.layout.lines;
        let text = self.text();
        let line = |l: usize| text[lines[l].range.clone()].trim();
        // An item: a bullet, or a short label and a colon before its figures
        // (`Năm 2016: 352 đảng viên`, `Huyện U Minh: 198`).
        let item = |l: usize| is_list_item(line(l));
        let mut l = self.line_index(start);
        if l >= lines.len() || !item(l) {
            return None;
        }
        for _ in 0..40 {
            l = l.checked_sub(1)?;
            if line(l).is_empty() || item(l) {
                continue;
            }
            if !line(l).ends_with(':') {
                return None;
            }
            // Of the sentence that opens the list (the line's last), the
            // event nearest before its last number, the count the list
            // breaks down (`Nhân dịp kỷ niệm … Ngày thành lập Đảng, Huyện ủy
            // đã trao Huy hiệu Đảng cho 124 đảng viên, gồm:`), else its first.
            // (Its last statement: after the last full stop or semicolon.)
            let r = lines[l].range.clone();
            let statement_before = |end: usize| {
                text[r.start..end]
                    .rfind([';', '.'])
                    .filter(|&k| text[r.start + k + 1..].starts_with(' '))
                    .map_or(r.start, |k| r.start + k + 1)
            };
            let mut last = statement_before(r.end);
            // (An intro of its own, `Một số xã có kết quả nổi bật:`, after
            // the count: the statement before it.)
            let bare = |from: usize| {
                let tokens = &self.tokens()[self.token_at(from)..self.token_at(r.end)];
                !tokens.iter().any(|t| t.kind == TokenKind::Number)
                    && !self
                        .doc
                        .matches
                        .terms_after(from)
                        .take_while(|t| t.span.start < r.end)
                        .any(|t| contract_event(t).is_some())
            };
            if last > r.start && bare(last) {
                last = statement_before(last - 1);
            }
            let tokens = &self.tokens()[self.token_at(last)..self.token_at(r.end)];
            let count = tokens
                .iter()
                .rev()
                .find(|t| t.kind == TokenKind::Number)
                .map(|t| t.norm_span.start);
            let mut events = self
                .doc
                .matches
                .terms_after(last)
                .take_while(|t| t.span.start < r.end)
                .filter(|t| contract_event(t).is_some());
            // (Or the first after it: `38 đảng viên dự bị được công nhận
            // chuyển chính thức, gồm:`; or one of a later clause, which the
            // list breaks down: `kết nạp 400 đảng viên, đồng thời bồi dưỡng
            // cho các đối tượng sau:`.)
            let event = match count {
                Some(at) => {
                    let all: Vec<&Match<'_>> = events.collect();
                    let before = all.iter().rev().find(|t| t.span.end <= at);
                    // (Only a clause that names the items: `… sau:`.)
                    let names_items = text[r.clone()].ends_with(" sau:");
                    // (Not a participle of the count: `…, được bồi dưỡng tại
                    // các chi bộ sau:`.)
                    let later_clause = all.iter().rev().find(|t| {
                        if t.span.start <= at {
                            return false;
                        }
                        let between = &text[at..t.span.start];
                        let clause = between
                            .rfind([',', ';'])
                            .map(|k| &between[k + 1..])
                            .or_else(|| between.rfind(" và ").map(|k| &between[k + 4..]));
                        names_items
                            && clause.is_some_and(|c| {
                                let first = c.split_whitespace().next().unwrap_or("");
                                !(lower_eq(first, "được") || lower_eq(first, "bị"))
                            })
                    });
                    later_clause.or(before).or_else(|| all.first()).copied()
                }
                None => events.next(),
            };
            return event.and_then(contract_event).map(str::to_string);
        }
        None
    }

    /// `Sáu tháng đầu năm, toàn tỉnh kết nạp được 318 quần chúng là người có
    /// đạo. Cụ thể: đạo Cao Đài 142 người, Công giáo 87 người`: the details
    /// (`Cụ thể:`) of the sentence before take the event of its first count.
    fn details_event(&self, s_start: usize, start: usize) -> Option<String> {
        let text = self.text();
        // (Only the first bytes are read: `Cụ thể:` is short.)
        let said = &text[s_start..start];
        let opening = said[..char_floor(said, said.len().min(24))]
            .split_once(':')?
            .0;
        if !fold_words(opening).trim().eq("cu the") {
            return None;
        }
        let prev = self.sentence_before(s_start)?;
        // (The first number with an event before it: not a year, `Sáu tháng
        // đầu năm 2025, toàn tỉnh kết nạp được 318 …`.)
        let tokens = &self.tokens()[self.token_at(prev.start)..self.token_at(prev.end)];
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .find_map(|t| self.nearest(TermClass::EVENT, prev.start, t.norm_span.start))
            .and_then(|i| contract_event(self.terms[i]))
            .map(str::to_string)
    }

    /// `… đã bầu 2.356 đồng chí vào cấp ủy các cấp. Trong đó, cấp ủy viên
    /// nữ là 568 đồng chí`: a sentence opening with `Trong đó` breaks down
    /// the people of the sentence before, and its counts of people with no
    /// verb of their own keep that sentence's event (of its last figure
    /// with one).
    fn breakdown_event(
        &self,
        s_start: usize,
        (start, unit_end): (usize, usize),
        s_end: usize,
    ) -> Option<String> {
        let text = self.text();
        let said = &text[s_start..start];
        let opening = fold_words(&said[..char_floor(said, said.len().min(16))]);
        if !(opening.starts_with(" trong do ") || opening.starts_with(" trong so do ")) {
            return None;
        }
        let figure = fold_words(&text[start..unit_end]);
        let people = !figure.contains('%')
            && [" dang vien", " dong chi", " nguoi", " quan chung"]
                .iter()
                .any(|u| figure.contains(u));
        let clause_end = first_of(text, unit_end..s_end, b";(.,");
        if !people || self.says_its_own(unit_end, clause_end) {
            return None;
        }
        let prev = self.sentence_before(s_start)?;
        // (Of the sentence's last number, if an event comes before it with
        // no total told between: not `… kết nạp 40 đảng viên, hiện có 1.200
        // đảng viên. Trong đó, 300 đảng viên nữ`, nor `… nâng tổng số đảng
        // viên lên 19. (Trong đó: 16 đảng viên chính thức …)`.)
        let tokens = &self.tokens()[self.token_at(prev.start)..self.token_at(prev.end)];
        let last = tokens.iter().rev().find(|t| t.kind == TokenKind::Number)?;
        let i = self.nearest(TermClass::EVENT, prev.start, last.norm_span.start)?;
        let between = fold_words(&text[self.term_ends[i]..last.norm_span.start]);
        if [" tong so ", " nang ", " co ", " den nay "]
            .iter()
            .any(|w| between.contains(w))
        {
            return None;
        }
        contract_event(self.terms[i]).map(str::to_string)
    }

    /// Whether `from..to` holds a predicate of its own: an event, a
    /// relation or an assessment (a breakdown's item that has one keeps no
    /// event of the count it breaks down).
    fn says_its_own(&self, from: usize, to: usize) -> bool {
        self.indices_between(from, to).any(|j| {
            self.classes[j] & (TermClass::EVENT | TermClass::RELATION) != 0
                || self.terms[j].category() == Some(Category::Assessment)
        })
    }

    /// The sentence before the one that starts at `s_start`.
    fn sentence_before(&self, s_start: usize) -> Option<Range<usize>> {
        let i = self
            .sentences
            .partition_point(|s| s.norm_span.end <= s_start);
        Some(self.sentences.get(i.checked_sub(1)?)?.norm_span.clone())
    }

    /// `… kết nạp được nhiều đảng viên mới là: Trường A (12 đảng viên).
    /// Bệnh viện B (6 đảng viên); …`: bracketed items of a list the colon
    /// opens, run on past a stray full stop, keep the list's event.
    fn continued_list_event(&self, s_start: usize, start: usize) -> Option<String> {
        let text = self.text();
        let before = &text[s_start..start];
        // The figure is in brackets, after names and other such items: the
        // sentence opens with a name, not a statement of its own.
        let open = before.rfind_byte(b'(')?;
        let first = &before[..before.find_byte(b'(')?];
        let names_only = first.split(' ').count() <= 8
            && !first.contains(|c: char| c.is_ascii_digit() || c == ':');
        if before[open..].has_byte(b')') || before[..open].has_byte(b':') || !names_only {
            return None;
        }
        // An item says nothing after its bracket (`(6 đảng viên); …`), a
        // statement does (`(120 đảng viên) được công nhận …`).
        let close = start + text[start..].find_byte(b')')?;
        let after = text[close + 1..].trim_start_matches(' ');
        if !(after.is_empty() || after.starts_with([';', ',', '.', '…', '\n'])) {
            return None;
        }
        // The sentence before ends with a bracketed item of a colon's list.
        let head = text[..s_start].trim_end();
        let head = head.strip_suffix('.')?.strip_suffix(')')?;
        let prev = self
            .sentence_of(head.len().checked_sub(1)?)?
            .norm_span
            .start;
        let open_prev = head.rfind_byte(b'(').filter(|&k| k >= prev)?;
        let colon = head[..open_prev].rfind_byte(b':').filter(|&k| k >= prev)?;
        let i = self.nearest(TermClass::EVENT, prev, colon)?;
        contract_event(self.terms[i]).map(str::to_string)
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

    /// Target when a goal cue stands before the number in its sentence,
    /// other than one that only names what an earlier figure is measured
    /// against ([`in_reference`](Self::in_reference)).
    fn modality(&self, (s_start, s_end): (usize, usize), start: usize) -> Modality {
        let text = self.text();
        let clause = clause_start(text, s_start, start);
        // What the figure's own clause says of its time wins, then what its
        // statement (since a semicolon) says: `Theo kế hoạch, năm 2023 kết
        // nạp 200 đảng viên; thực tế đã kết nạp 245 đảng viên, đạt 122,5%`.
        // A goal named in the clause itself (`Đại hội đã đề ra chỉ tiêu phấn
        // đấu kết nạp 500`) outweighs its `đã`.
        let words = |from: usize, to: usize| &self.tokens()[self.token_at(from)..self.token_at(to)];
        // (A full stop inside a quotation ends a statement too: `“Huyện phấn
        // đấu kết nạp 160 đảng viên. Toàn huyện đã kết nạp 118 …, đạt 73%”`.)
        let said = &text[s_start..start];
        let statement = last_statement_stop(said).map_or(s_start, |k| s_start + k + 1);
        match tense(words(clause, start), true) {
            // `phấn đấu kết nạp 200 và đến nay đã kết nạp được 150`: the deed
            // after the goal is the figure's.
            Some(Modality::Actual) => match self.nearest(TermClass::TARGET, clause, start) {
                Some(i)
                    if tense(words(self.term_ends[i], start), true) != Some(Modality::Actual) => {}
                _ => return Modality::Actual,
            },
            Some(tense) => return tense,
            None if self.deadline_ahead(statement, start)
                || pledged(&text[clause..start])
                || self.deadline_heads(s_start, statement)
                || self.under_goals(start)
                || self.details_goals(s_start)
                || ((self.goals_before_colon_far(start)
                    || self.goals_ahead_before_colon(s_start, start))
                    && !self.past_after_colon(s_start, start)) =>
            {
                return Modality::Target
            }
            None => {}
        }
        // `Kế hoạch năm 2024, Đảng bộ huyện kết nạp 260 đảng viên`: a plan or
        // quota heading the statement in a clause of its own (at most four
        // words, no document cited), with no result in the figure's clause.
        let lists = Words::get();
        // (The words before the first comma; read no further than five, all
        // that is asked of them.)
        let before_clause = words(statement, clause.max(statement));
        let head_len = (before_clause.iter().take(5))
            .position(|t| t.norm == ",")
            .unwrap_or(before_clause.len().min(5));
        let head = &before_clause[..head_len];
        let is = |k: usize, w: &str| head.get(k).is_some_and(|t| lower_eq(t.norm, w));
        let plan = (is(0, "kế") && is(1, "hoạch")) || (is(0, "chỉ") && is(1, "tiêu"));
        let cited = head
            .get(2)
            .is_some_and(|t| lower_eq(t.norm, "số") || t.kind == TokenKind::DocumentNumber);
        let result = || {
            words(clause, start)
                .iter()
                .any(|t| lists.result.has_lower(t.norm))
        };
        if plan && head.len() <= 4 && clause > statement && !cited && !result() {
            return Modality::Target;
        }
        // (The figure's clause, read above, says nothing.)
        match tense(words(statement, clause.max(statement)), false) {
            Some(Modality::Target) => return Modality::Target,
            Some(Modality::Actual)
                if statement > s_start
                    && self.nearest(TermClass::TARGET, statement, start).is_none() =>
            {
                return Modality::Actual
            }
            _ => {}
        }
        // `(chỉ tiêu 200 đảng viên)`, `chỉ tiêu kết nạp 180 đảng viên`: the
        // quota itself, right before the figure or its event; not one a
        // relation measures against (`đạt chỉ tiêu kết nạp 180`).
        let before = words(clause, start);
        let quota = (0..=2).any(|skip| {
            let Some(end) = before.len().checked_sub(skip) else {
                return false;
            };
            let [.., a, b] = &before[..end] else {
                return false;
            };
            let event = before[end..].iter().all(|t| t.kind == TokenKind::Word);
            let at = a.norm_span.start;
            event
                && lower_eq(a.norm, "chỉ")
                && lower_eq(b.norm, "tiêu")
                && self.nearest(TermClass::RELATION, clause, at).is_none()
        });
        // `đạt 48,5% chỉ tiêu năm (200 đảng viên)`: the quota in a bracket
        // after the target it names.
        let head = text[s_start..start].trim_end();
        // (Or after `là`: `vượt chỉ tiêu được giao là 18 đảng viên`, `đạt
        // 109,5% chỉ tiêu Tỉnh ủy giao là 3.000 đảng viên`.)
        let quota_head = head
            .strip_suffix('(')
            .or_else(|| strip_lower_words_suffix(head, "là"));
        let bracketed_quota = quota_head.is_some_and(|h| {
            let words = fold_words(&h[char_floor(h, h.len().saturating_sub(64))..]);
            // (At most two words after it: `chỉ tiêu năm`, `kế hoạch đề ra`;
            // up to six that say who gave it: `chỉ tiêu Tỉnh ủy giao`, `chỉ
            // tiêu nghị quyết đại hội đề ra`.)
            [" chi tieu ", " ke hoach "].iter().any(|q| {
                words.rfind(q).is_some_and(|k| {
                    let after = &words[k + q.len() - 1..];
                    let given = after.ends_with(" giao ") || after.ends_with(" de ra ");
                    let count = after.split(' ').filter(|w| !w.is_empty()).count();
                    count <= 2 || (count <= 6 && given)
                })
            })
        });
        if quota || bracketed_quota {
            return Modality::Target;
        }
        // `giao chỉ tiêu kết nạp 40 đảng viên mới, nhưng cả nhiệm kỳ mới kết
        // nạp được 34 đảng viên, đạt 85% chỉ tiêu`: a clause of contrast
        // leaves the goal named before it behind.
        let cues_from = contrast_after(text, s_start, start);
        let mut to = start;
        while let Some(i) = self.nearest(TermClass::TARGET, cues_from, to) {
            let cue = self.terms[i].span.start;
            // `giao cho 15 chi bộ`: the number counts those given the task.
            let between = &text[self.term_ends[i]..start];
            let given_to = between.len() <= 8 && fold_words(between) == " cho ";
            // `giao 1.150 công dân nhập ngũ`: recruits handed over to the army
            // (not `được giao 150 chỉ tiêu gọi công dân nhập ngũ`, a quota).
            let drafted = || {
                if fold_words(&text[self.terms[i].span.clone()]) != " giao " {
                    return false;
                }
                let after_cue = fold_words(&text[self.term_ends[i]..s_end.max(self.term_ends[i])]);
                let assigned = fold_words(&text[s_start..cue]).ends_with(" duoc ")
                    || after_cue.contains(" chi tieu ")
                    || after_cue.starts_with(" cho ");
                after_cue.contains(" nhap ngu ") && !assigned
            };
            // `(chỉ tiêu giao 180 đảng viên), tăng 31 đảng viên`: a cue in a
            // bracket closed before the figure is the bracket's own.
            // (Not a bracket of no figure: `Trong năm 2024 (theo chỉ tiêu được
            // giao), mỗi chi bộ kết nạp ít nhất 1`.)
            let bracketed = || {
                let open = text[s_start..cue].rfind_byte(b'(').map(|o| s_start + o);
                let close = text[cue..start].find_byte(b')').map(|c| cue + c);
                matches!((open, close), (Some(o), Some(c))
                    if !text[o..cue].has_byte(b')')
                        && text[cue..c].contains(|ch: char| ch.is_ascii_digit()))
            };
            // `Bằng sự quyết tâm …`, `thực hiện cam kết`: the noun names no goal.
            let noun = || {
                let resolve = matches!(
                    self.terms[i].concept_id(),
                    Some("target.cam_ket" | "target.quyet_tam")
                );
                if !resolve {
                    return false;
                }
                let end = self.term_ends[i];
                let cue_text = fold_words(&text[cue..end]);
                let before = fold_words(&text[char_floor(text, cue.saturating_sub(24))..cue]);
                let after = fold_words(&text[end..char_floor(text, (end + 12).min(text.len()))]);
                let marks = [
                    " su ", " bang ", " voi ", " hien ", " thanh ", " cac ", " nhung ", " loi ",
                    " ban ", " ky ",
                ];
                matches!(cue_text.as_str(), " quyet tam " | " cam ket ")
                    && (marks.iter().any(|w| before.ends_with(w))
                        || after.starts_with(" cua ")
                        || after.starts_with(" da "))
            };
            // `giao nhiệm vụ cho 2 đảng viên`, `được giao phụ trách một tổ`,
            // `giao từng chi bộ theo dõi …`: a task handed over, no goal;
            // nor is a `giao` before a semicolon the next statement's
            // (`Đảng ủy giao cho Công đoàn giới thiệu …; năm 2023 có 46 …`).
            // A least number is the task's quota, a goal: `giao mỗi đảng
            // viên theo dõi, giúp đỡ ít nhất 1 đoàn viên ưu tú`.
            let task = || {
                // (The cue's concept first: only a `giao` reads on.)
                if self.terms[i].concept_id() != Some("target.giao") {
                    return false;
                }
                let least = ["ít nhất ", "tối thiểu ", "không dưới "]
                    .iter()
                    .any(|w| strip_lower_prefix(&text[start..], w).is_some());
                if least {
                    return false;
                }
                let after = &text[self.term_ends[i]..start];
                let near = fold_words(&after[..char_floor(after, after.len().min(48))]);
                // (Not a quota or an admission named by it: `giao chỉ tiêu giúp
                // đỡ, kết nạp 15 đảng viên`, `giao Ban Tổ chức theo dõi việc
                // kết nạp 500 đảng viên`.)
                let quota = near.contains(" chi tieu ") || near.contains(" ket nap ");
                let task_words = [" phu trach ", " theo doi ", " kem cap ", " giup do "];
                // (Nor a list of quotas opened by it: `giao chỉ tiêu cho các
                // chi bộ: chi bộ thôn 1 kết nạp 3; chi bộ thôn 2 kết nạp 4`.)
                let listed = || text[cue..statement.max(cue)].has_byte(b':');
                near.starts_with(" nhiem vu ")
                    || (!quota && task_words.iter().any(|w| near.contains(w)))
                    || (cue < statement && !listed())
            };
            if !self.in_reference(i, s_start)
                && !self.in_purpose(cue, clause, s_start)
                && !given_to
                && !task()
                && !drafted()
                && !bracketed()
                && !noun()
            {
                return Modality::Target;
            }
            to = cue;
        }
        Modality::Actual
    }

    /// Whether the figure counts the goals a plan sets (`Đại hội đề ra 18
    /// chỉ tiêu chủ yếu`): they are set, so the count is no goal itself.
    /// Not goals reached (`hoàn thành 12/12 chỉ tiêu`: a result, read as
    /// any other), striven for (`phấn đấu đạt`, `sẽ`), or handed down as a
    /// quota (`được giao 150 chỉ tiêu gọi công dân nhập ngũ`).
    fn counts_goals(&self, unit: &str, s_start: usize, start: usize) -> bool {
        let Some(rest) = unit.strip_prefix("chỉ tiêu") else {
            return false;
        };
        let clause = clause_start(self.text(), s_start, start);
        let before = &self.tokens()[self.token_at(clause)..self.token_at(start)];
        let result = &Words::get().result;
        let told = before.iter().any(|t| {
            ["sẽ", "đấu", "giao"].iter().any(|w| lower_eq(t.norm, w)) || result.has_lower(t.norm)
        });
        (rest.is_empty() || rest.starts_with(' ')) && !told
    }

    /// `Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2025 - 2030: tỷ lệ hộ nghèo
    /// giảm 3 - 4%/năm; kết nạp 150 đảng viên`: whether the figure's
    /// sentence adopts goals before a colon the figure comes after, read
    /// further back than the window a figure's context is read in (up to
    /// 1,500 bytes): the colon of a long list of goals may be far
    /// (`Nghị quyết xác định 15 chỉ tiêu …, trong đó …: hằng năm …; …`).
    fn goals_before_colon_far(&self, start: usize) -> bool {
        let text = self.text();
        let line = self.line_of(start).map_or(0, |l| l.start.min(start));
        let from = char_floor(text, start.saturating_sub(1500)).max(line);
        let said = &text[from..start];
        // (The colon first: most windows have none. Then the sentence's
        // words before it.)
        let Some(colon) = said.rfind_byte(b':') else {
            return false;
        };
        if memchr::memmem::find(&said.as_bytes()[colon..], b". ").is_some() {
            return false;
        }
        let head = &said[..colon];
        let head = memchr::memmem::rfind(head.as_bytes(), b". ").map_or(head, |k| &head[k + 2..]);
        Words::get().sets_goals(head)
    }

    /// Whether the figure at `at` is in a list item under a line of goals
    /// (`Đại hội xác định các chỉ tiêu giai đoạn 2025 - 2030:` / `- Hằng năm
    /// kết nạp từ 45 đảng viên mới trở lên;`): the items (`-`, `+`, `•`)
    /// back to a line that ends with `:`, sets goals or names them for a
    /// time to come, and tells no results; the item itself tells no deed.
    fn under_goals(&self, at: usize) -> bool {
        let text = self.text();
        let lines = &self.doc.layout.lines;
        let i = lines.partition_point(|l| l.range.end < at);
        let lists = Words::get();
        // (Bulleted, numbered or lettered: `1. Kết nạp từ 250 …`, `2) …`,
        // `3/ …`, `a) …`.)
        let item = |l: &crate::extract::layout::Line| {
            let line = &text[l.range.clone()];
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            let numbered = (1..=2).contains(&digits)
                && matches!(
                    line.as_bytes().get(digits..digits + 2),
                    Some([b'.' | b')' | b'/', b' '])
                );
            let lettered = matches!(line.as_bytes(), [b'a'..=b'z', b')', b' ', ..]);
            // (`Một là, …`, `Hai là, …`: counted in words.)
            // (The word is short: only the line's first bytes are read.)
            let told = || {
                let head = &line.as_bytes()[..line.len().min(20)];
                memchr::memmem::find(head, " là,".as_bytes()).is_some_and(|k| {
                    let n = line[..k].to_lowercase();
                    !n.has_byte(b' ') && lists.goal_count.contains(&n)
                })
            };
            line.starts_with(['-', '+', '•', '–', '*']) || numbered || lettered || told()
        };
        if !lines.get(i).is_some_and(item) {
            return false;
        }
        // Results told: the hard words in any case, the soft ones (`đạt`,
        // `đã`) where no cue of a goal (`phấn đấu`, `đề ra`) stands.
        let words_of = |r: Range<usize>| fold_words(&text[r]);
        let has = |list: &[String], words: &str| list.iter().any(|w| words.contains(w.as_str()));
        // (`giao` names the quota a result is measured against.)
        let cue = |r: &Range<usize>| {
            self.indices_between(r.start, r.end).any(|k| {
                TermClass::of(self.terms[k]) & TermClass::TARGET != 0
                    && self.terms[k].concept_id() != Some("target.giao")
            })
        };
        // (The terms of a line with no figure are not read: its words that
        // set goals count as a cue too.)
        let results = |r: Range<usize>| {
            let words = words_of(r.clone());
            let cued = || cue(&r) || lists.sets_goals(&text[r.clone()]);
            has(&lists.told_results, &words) || (!cued() && has(&lists.told_results_soft, &words))
        };
        let now = self.page_year();
        let past = |r: &Range<usize>| {
            self.times_within(r.start, r.end)
                .any(|t| matches!(t.value, TimeRef::Year { year } if now.is_some_and(|n| year < n)))
        };
        // (An item that tells a deed is one: `- Đã kết nạp 350 đảng viên`,
        // `- Năm 2018 kết nạp 350 đảng viên, vượt 20% chỉ tiêu`, `- Kết nạp
        // 245 đảng viên mới, đạt 122,5% chỉ tiêu`.)
        let own = lines[i].range.clone();
        let own_words = words_of(own.clone());
        let measured = ["% chỉ tiêu", "% kế hoạch", "% Nghị quyết"]
            .iter()
            .any(|w| text[own.clone()].contains(w));
        if [" da ", " ket qua ", " vuot "]
            .iter()
            .any(|w| own_words.contains(w))
            || measured
            || past(&own)
        {
            return false;
        }
        // (A list may run on under headings of its fields: `A. Về kinh tế`,
        // `II. VỀ XÂY DỰNG ĐẢNG`, a capital letter or a Roman numeral and
        // `Về`; not other headings, `II. NHỮNG TỒN TẠI, HẠN CHẾ`.)
        let part_heading = |l: &crate::extract::layout::Line| {
            let line = &text[l.range.clone()];
            let mark = line.bytes().take_while(u8::is_ascii_uppercase).count();
            (1..=4).contains(&mark)
                && line
                    .get(mark..)
                    .and_then(|rest| rest.strip_prefix(['.', ')']))
                    .is_some_and(|rest| strip_lower_prefix(rest.trim_start(), "về ").is_some())
                && !line.ends_with(['.', ';', ':'])
                && layout_words(line, 13) <= 12
                && !past(&l.range)
        };
        lines[..i]
            .iter()
            .rev()
            .take(24)
            .find(|l| !item(l) && l.role != Role::Blank && !part_heading(l))
            .is_some_and(|header| {
                let r = header.range.clone();
                // (Or a heading of a box, with no colon: `MỘT SỐ CHỈ TIÊU CHỦ
                // YẾU NHIỆM KỲ 2025 - 2030`.)
                let line = &text[r.clone()];
                let heading = || {
                    !line.ends_with(['.', ';', ',', '!', '?', '…'])
                        && layout_words(line, 15) <= 14
                        && !line.chars().any(char::is_lowercase)
                };
                if !line.ends_with(':') && !heading() {
                    return false;
                }
                // (`Trên cơ sở đánh giá kết quả nhiệm kỳ qua, đại hội thống
                // nhất các chỉ tiêu chủ yếu sau đây:`: the clause that sets
                // them is read, not the grounds before it; nor the sentences
                // before it: `… đề nghị hoàn thành các chỉ tiêu còn lại. Đảng
                // bộ huyện phấn đấu từ nay đến cuối nhiệm kỳ:`.)
                let (r, line) = match line.rfind(". ") {
                    Some(k) => (r.start + k + 2..r.end, &line[k + 2..]),
                    None => (r, line),
                };
                let r = match line.rfind(", ") {
                    Some(k) if lists.sets_goals(&line[k..]) => r.start + k + 1..r.end,
                    _ => r,
                };
                // A line that sets goals (`phấn đấu`, `đề ra các chỉ tiêu`,
                // `đặt mục tiêu`), or names them or tasks for a time to come
                // (`các chỉ tiêu giai đoạn 2025 - 2030:`); not one of results
                // (`Kết quả thực hiện các chỉ tiêu:`), nor of a year past
                // (`các chỉ tiêu năm 2018:` in 2019), nor key figures
                // (`Một số chỉ tiêu chủ yếu năm 2019:` in 2019).
                let words = words_of(r.clone());
                let sets = lists.sets_goals(&text[r.clone()]);
                // (`Nhiệm vụ trọng tâm năm 2026:`: tasks of a year ahead.)
                let named = [" chi tieu ", " muc tieu ", " nhiem vu "]
                    .iter()
                    .any(|w| words.contains(w));
                let to_come = self.time_to_come(r.start, r.end);
                // (A line that opens with them and names no time: `Chỉ tiêu
                // giao cho các đảng bộ trực thuộc:`.)
                let quotas = || {
                    words.starts_with(" chi tieu ")
                        && self.times_within(r.start, r.end).next().is_none()
                };
                (sets || (named && to_come) || quotas()) && !past(&r) && !results(r)
            })
    }

    /// `Hội nghị thảo luận phương hướng năm 2024: năm 2023, huyện kết nạp
    /// 150 đảng viên`: whether a year before the page's is told between the
    /// last colon before `start` and it (a result, not a goal).
    fn past_after_colon(&self, s_start: usize, start: usize) -> bool {
        let Some(colon) = self.text()[s_start..start]
            .rfind_byte(b':')
            .map(|k| s_start + k)
        else {
            return false;
        };
        let Some(now) = self.page_year() else {
            return false;
        };
        self.times_within(colon, start)
            .any(|t| matches!(t.value, TimeRef::Year { year } if year < now))
    }

    /// `Đại hội đã thông qua Nghị quyết … với 18 chỉ tiêu chủ yếu. Cụ thể:
    /// mỗi năm kết nạp từ 35 đến 40 đảng viên mới, …`: a sentence that
    /// opens with `Cụ thể` details the goals the sentence before sets or
    /// counts (not those it tells reached: `đạt và vượt 15 chỉ tiêu`).
    fn details_goals(&self, s_start: usize) -> bool {
        let text = self.text();
        let opens = ["Cụ thể", "cụ thể"].iter().any(|w| {
            text[s_start..]
                .strip_prefix(w)
                .is_some_and(|r| r.starts_with([':', ',']))
        });
        let i = self
            .sentences
            .partition_point(|s| s.norm_span.end <= s_start);
        let Some(before) = i
            .checked_sub(1)
            .filter(|_| opens)
            .map(|i| &self.sentences[i])
        else {
            return false;
        };
        let said = &text[before.norm_span.start..s_start];
        // (A count of goals: `18 chỉ tiêu`, `các chỉ tiêu`; not a share of
        // one, `đạt 55,9% chỉ tiêu`.)
        let lower = said.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let counted = words.windows(3).any(|w| {
            matches!((w[1], w[2]), ("chỉ" | "mục", "tiêu" | "tiêu:" | "tiêu,"))
                && (w[0].bytes().all(|b| b.is_ascii_digit()) || w[0] == "các")
        });
        let lists = Words::get();
        let reached = || {
            let words = fold_words(said);
            words.contains(" dat ")
                || lists
                    .told_results
                    .iter()
                    .any(|w| words.contains(w.as_str()))
        };
        lists.sets_goals(said) || (counted && !reached())
    }

    /// `Một số chỉ tiêu chủ yếu đến năm 2030: thu nhập đạt 110 triệu đồng;
    /// hằng năm kết nạp từ 25 đảng viên`: whether the sentence before the
    /// figure at `start` names goals (`chỉ tiêu`, `mục tiêu`) for a time to
    /// come before a colon the figure comes after.
    fn goals_ahead_before_colon(&self, s_start: usize, start: usize) -> bool {
        let text = self.text();
        let Some(colon) = text[s_start..start].rfind_byte(b':').map(|k| s_start + k) else {
            return false;
        };
        let words = fold_words(&text[s_start..colon]);
        let lists = Words::get();
        let named = [" chi tieu ", " muc tieu "]
            .iter()
            .any(|w| words.contains(w));
        named
            && !lists
                .told_results
                .iter()
                .any(|w| words.contains(w.as_str()))
            && self.time_to_come(s_start, colon)
    }

    /// Whether a time between `from` and `to` ends after the page's year (`giai
    /// đoạn 2025 - 2030`, `đến năm 2030` on a page of 2025).
    fn time_to_come(&self, from: usize, to: usize) -> bool {
        let Some(now) = self.page_year() else {
            return false;
        };
        self.times_within(from, to).any(|t| match t.value {
            TimeRef::Year { year } => year > now,
            TimeRef::Period { to, .. } => to > now,
            _ => false,
        })
    }

    /// `Theo Nghị quyết …, đến năm 2025, 50% doanh nghiệp …; mỗi năm kết nạp
    /// từ 350 đến 400 đảng viên`: whether the sentence's statements before
    /// the figure's (`from..to`) open with a deadline ahead that heads the
    /// rest (a comma after it).
    fn deadline_heads(&self, from: usize, to: usize) -> bool {
        let text = self.text();
        // (The sentence's first time, with a comma after it, is the deadline.)
        let Some(first) = self.times_within(from, to).next().filter(|_| to > from) else {
            return false;
        };
        text[first.range.end..]
            .trim_start_matches(' ')
            .starts_with(',')
            && self.deadline_ahead(from, first.range.end)
    }

    /// Whether the words from `from` to `to` set a deadline in a year after
    /// the page's (`đến năm 2020 mỗi xã biển thành lập ít nhất 1 chi bộ` on
    /// a page of 2019): `đến` or `tới` (`đến hết năm`, `đến cuối năm`).
    fn deadline_ahead(&self, from: usize, to: usize) -> bool {
        let Some(now) = self.page_year() else {
            return false;
        };
        let text = self.text();
        let times = || self.times_within(from, to);
        // (A year not to come anchors the deed: `Thực hiện lộ trình … đến
        // năm 2020, năm 2018 huyện sáp nhập 24 thôn`.)
        if times().any(|t| matches!(t.value, TimeRef::Year { year } if year <= now)) {
            return false;
        }
        times().any(|t| {
            let later = matches!(t.value, TimeRef::Year { year } if year > now);
            // (Not the span of a plan's name: `sơ kết Đề án … đến năm
            // 2020`, `Chiến lược phát triển … đến năm 2030`.)
            let named = |head: &str| {
                let before = since_stop(head, head.len(), &[',', ';', '.', ':', '\n']);
                let words = fold_words(before);
                Words::get()
                    .plan_names
                    .iter()
                    .any(|w| words.contains(w.as_str()))
            };
            later && before_until(text, t.range.start).is_some_and(|h| h.is_empty() || !named(h))
        }) && !self.tokens()[self.token_at(from)..self.token_at(to)]
            .iter()
            .any(|t| lower_eq(t.norm, "vừa"))
    }

    /// Whether the target cue at `cue` stands in an earlier clause than the
    /// figure's (which starts at `clause`) that says what the deed is for
    /// (`Với mục tiêu …, năm 2023 kết nạp 245 đảng viên`, `Nhằm thực hiện
    /// mục tiêu …`): a purpose, not a goal of that figure.
    fn in_purpose(&self, cue: usize, clause: usize, s_start: usize) -> bool {
        let own = clause_start(self.text(), s_start, cue);
        own < clause
            && self.tokens()[self.token_at(own)..]
                .first()
                .is_some_and(|t| ["với", "nhằm", "để"].iter().any(|w| lower_eq(t.norm, w)))
    }

    /// Whether target cue `i` is `giao`, `đề ra` or `mục tiêu` after a
    /// relation in its clause: the reference of that relation (`đạt 107,5%
    /// chỉ tiêu Tỉnh ủy giao`, `vượt chỉ tiêu được giao`, `so với kế hoạch đề
    /// ra`, `đã đạt mục tiêu kết nạp 14`), not a goal.
    fn in_reference(&self, i: usize, s_start: usize) -> bool {
        let cue = &self.terms[i];
        let text = self.text();
        let key = fold_words(&text[cue.span.clone()]);
        if ![" giao ", " de ra ", " muc tieu "]
            .iter()
            .any(|k| key.ends_with(k))
        {
            return false;
        }
        let clause = clause_start(text, s_start, cue.span.start);
        self.nearest(TermClass::RELATION, clause, cue.span.start)
            .is_some()
            || fold_words(&text[clause..cue.span.start]).contains("so voi")
    }

    /// Whether the words from `from` to `to` say one of the two-word
    /// phrases of `list` (`present` or `present_now` of
    /// `data/quantity_words.tsv`).
    fn says(&self, list: &[Phrase], from: usize, to: usize) -> bool {
        let words = &self.tokens()[self.token_at(from)..self.token_at(to)];
        // (Not in a quoted title the figure is outside of: `Nghị quyết "Một
        // số vấn đề cấp bách về xây dựng Đảng hiện nay" tới 100% …`.)
        let quoted = |at: usize| self.quote_around(at).is_some_and(|q| !q.contains(&to));
        // (A phrase's first word is as long as it is written or folded: the
        // words of other lengths, most, are turned away by one look.)
        let bit = |len: usize| 1u64 << len.min(63);
        let lengths = list
            .iter()
            .fold(0, |m, p| m | bit(p.written.0.len()) | bit(p.folded.0.len()));
        words.windows(2).any(|w| {
            lengths & bit(w[0].norm.len()) != 0
                && list.iter().any(|p| p.is(w[0].norm, w[1].norm))
                && !quoted(w[0].norm_span.start)
        })
    }

    /// `sentence` is the part of the figure's sentence its context is read
    /// in; `whole_start` where the sentence starts.
    fn time(
        &self,
        m: &NumericMatch,
        unit_end: usize,
        (sentence, whole_start): (&Sentence, usize),
        s_end: usize,
        (deed, modality, of_congress): (bool, Modality, bool),
    ) -> Option<TimeRef> {
        let text = self.text();
        if let Some(year) = self.respective_year(m.span.start, whole_start..s_end) {
            return Some(year);
        }
        let i = self.times.partition_point(|t| t.range.start < m.span.end);
        // "76,96% (năm 2005)", "tăng từ 78% năm 2020 lên 86% năm 2023": a
        // year right after the value or its unit, bracketed or not.
        // (`xuống còn 0,9% cuối năm 2024`: a part of the year before it.)
        if let Some(t) = self.times.get(i).filter(|t| !t.compared) {
            // (Not on the next line when its own line has a time: `Năm 2016:
            // 352 đảng viên` / `Năm 2017: …`.)
            let own_time = || {
                self.times[..i].last().is_some_and(|p| {
                    p.range.end <= m.span.start && !text[p.range.end..m.span.start].has_byte(b'\n')
                })
            };
            for end in [m.span.end, unit_end] {
                let gap = text.get(end..t.range.start).unwrap_or("x");
                if gap.has_byte(b'\n') && own_time() {
                    continue;
                }
                let gap = gap.trim();
                let gap = gap.strip_prefix('(').unwrap_or(gap).trim_start();
                let year_part = gap.split_once(' ').is_some_and(|(part, nam)| {
                    lower_eq(nam, "năm") && Words::get().year_part.has_lower(part)
                });
                if gap.is_empty() || lower_eq(gap, "năm") || year_part {
                    return Some(t.value.clone());
                }
            }
        }
        // `… có 56 chi bộ với 2.417 đảng viên (tính đến ngày 30/11/2025)`:
        // a day counted up to, in a bracket that ends the clause, dates its
        // figures.
        if let Some(t) = self.times.get(i).filter(|t| t.cutoff && !t.compared) {
            let closes_clause = closing_bracket(text, t.range.start).is_some_and(|open| {
                text.get(m.span.end..open).is_some_and(|between| {
                    !between.contains([';', ',', '\n', ')']) && !between.contains(". ")
                })
            });
            if closes_clause {
                return Some(t.value.clone());
            }
        }
        // `so với cùng kỳ năm 2022 (251 đảng viên)`, `so với cùng kỳ (năm
        // 2023 là 20 người)`: the figure compared with, in brackets right
        // after its time or in the bracket the time opens.
        if let Some(t) = self.times[..i].last().filter(|t| t.compared) {
            let gap = text.get(t.range.end..m.span.start).unwrap_or(")");
            let opens_bracket = || {
                !gap.contains([')', ';', '.'])
                    && bracket_opened_by_time(text, t.range.start).is_some()
            };
            if gap.trim() == "(" || opens_bracket() {
                return Some(t.value.clone());
            }
        }
        // `… giao chỉ tiêu kết nạp 1.000 đảng viên trong cả nhiệm kỳ`: the
        // term told right after the figure (the last one told), over a year
        // told before it.
        if self.term_said_after(unit_end, s_end) {
            let told = &self.times[..self.times.partition_point(|t| t.range.start < m.span.start)];
            if let Some(term) = past_term(told, self.page_year(), None, false) {
                return Some(term);
            }
        }
        // (Not a change's starting figure's own time, see [`starts_a_change`].)
        let dates_on = |t: &Time| !t.figures_own || !starts_a_change(text, t.range.start);
        // The nearest time before, in the sentence.
        let mut before = self.times[..i]
            .iter()
            .rev()
            .take_while(|t| t.range.start >= whole_start)
            .filter(|t| {
                // (The tasks' year or a goal's deadline dates goals only.)
                t.range.end <= m.span.start
                    && !t.compared
                    && dates_on(t)
                    && !(t.life && text[t.range.end..m.span.start].has_byte(b';'))
                    && (!t.tasks || modality == Modality::Target)
                    && (!t.past || modality == Modality::Actual)
            });
        // (A deadline in an earlier clause gives way to a time that heads
        // the sentence: `Nhiệm kỳ 2025 - 2030, … phấn đấu đến năm 2030 thu
        // nhập đạt 60 triệu đồng; kết nạp 50 đảng viên mới`.)
        let before = match before.next() {
            Some(t) if t.clause_deadline && text[t.range.end..m.span.start].has_byte(b';') => {
                let heads = before
                    .clone()
                    .take_while(|h| h.range.start >= whole_start)
                    .find(|h| !h.clause_deadline);
                heads.or(Some(t))
            }
            first => first,
        };
        // (A term that names a congress in passing gives way to a year that
        // heads the sentence: `Năm 2024, dù tập trung chuẩn bị đại hội các
        // cấp nhiệm kỳ 2025 - 2030, toàn Đảng bộ kết nạp 1.412 đảng viên`.)
        let before = match before {
            Some(t) if !of_congress && self.names_a_congress(t, whole_start) => self.times[..i]
                .iter()
                .rev()
                .take_while(|h| h.range.start >= whole_start)
                .find(|h| {
                    h.range.end <= t.range.start
                        && matches!(h.value, TimeRef::Year { .. })
                        && heads_sentence(text, whole_start, h.range.start)
                })
                .or(Some(t)),
            other => other,
        };
        // (A congress's delegates and the committee it elects are of the
        // term it opens, not of the days it sits: `Đại hội … nhiệm kỳ 2025 -
        // 2030 diễn ra từ ngày 14 đến 16/10/2025, với 450 đại biểu`.)
        let before = match before {
            Some(t) if of_congress => self.congress_term(i, t, whole_start).or(Some(t)),
            other => other,
        };
        // `Từ 45 đảng viên năm 1990, đến nay có 312 đảng viên`: a figure of
        // the present in its own clause takes no starting time (`từ`, `thành
        // lập`) from an earlier one (`từ năm 2021 đến nay đã kết nạp 6` keeps
        // its own).
        let clause = clause_start(text, sentence.norm_span.start, m.span.start);
        // (A time before the part of the sentence read is read from a few
        // words before it.)
        let started = |t: &Time| {
            let from = sentence
                .norm_span
                .start
                .min(t.range.start.saturating_sub(64));
            let own = clause_start(text, from.max(whole_start), t.range.start);
            let words = &self.tokens()[self.token_at(own)..self.token_at(t.range.start)];
            words
                .iter()
                .any(|w| folds_to(w.norm, "tu") || folds_to(w.norm, "lap"))
        };
        // (`Tính đến ngày 31/12/2023, Đảng bộ hiện có 4.512 đảng viên`: the
        // present of that day.)
        let in_sentence = |t: &Time| t.range.start >= whole_start;
        let words = Words::get();
        // (`hiện có` only against a starting time, `hiện nay` against any.)
        let against = |t: &Time| {
            (started(t) && self.says(&words.present, clause, m.span.start))
                || self.says(&words.present_now, clause, m.span.start)
        };
        // (But the page's own year goes on to now: `Năm 2025, Đảng bộ phấn
        // đấu kết nạp 40 …; đến nay đã kết nạp 27` on a page of 2025.)
        let this_year =
            |t: &Time| matches!(t.value, TimeRef::Year { year } if Some(year) == self.page_year());
        if before.is_some_and(|t| {
            in_sentence(t) && t.range.start < clause && against(t) && !this_year(t)
        }) {
            return None;
        }
        if let Some(t) = before.filter(|t| t.range.start >= whole_start) {
            return Some(
                self.until_now(t, i, m.span.start)
                    .unwrap_or_else(|| t.value.clone()),
            );
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
                return Some(
                    self.until_now(t, i, m.span.start)
                        .unwrap_or_else(|| t.value.clone()),
                );
            }
        }
        // `… trao Giấy khen cho 12 tập thể và 25 cá nhân có thành tích trong
        // công tác kiểm tra, giám sát nhiệm kỳ 2015 - 2020.`: the time of the
        // achievements an award is for, ending the sentence, dates the
        // award (not a founding year, `kể từ năm 2015`, a deadline).
        if let Some(t) = self.times.get(i).filter(|t| {
            t.range.start >= unit_end && t.range.end <= s_end && s_end == sentence.norm_span.end
        }) {
            let rest = text[t.range.end..s_end].trim_matches([' ', ')', '”', '"']);
            let between = &text[unit_end..t.range.start];
            // (After `thành tích` nothing of a start, a comparison or a
            // deadline: `kể từ`, `thành lập`, `công nhận`, `so với`, `đến`.)
            let achieved = |folded: &str| {
                folded.find(" thanh tich ").is_some_and(|k| {
                    [" tu ", " lap ", " nhan ", " so ", " den ", " toi "]
                        .iter()
                        .all(|x| !folded[k..].contains(x))
                })
            };
            let deadline = || {
                ["đến", "tới", "trước", "sau"]
                    .iter()
                    .any(|w| strip_lower_suffix(between.trim_end(), w).is_some())
            };
            // (Nor the time of a plan or a purpose said after the figure:
            // `…, còn 7 người sẽ được sắp xếp trong năm 2020`, `để khắc phục
            // trong năm 2024`.)
            let planned = || {
                let words = &self.tokens()[self.token_at(unit_end)..self.token_at(t.range.start)];
                tense(words, false) == Some(Modality::Target)
                    || words.iter().any(|w| lower_eq(w.norm, "để"))
            };
            // (A bracketed span qualifies the words before it only: `5 năm
            // liền (2012-2016)`.)
            let bracketed = between.trim_end().ends_with('(');
            if matches!(rest, "" | ".")
                && !bracketed
                && !t.compared
                && achieved(&fold_words(between))
                && !deadline()
                && !planned()
                && self
                    .nearest(TermClass::TARGET, sentence.norm_span.start, t.range.start)
                    .is_none()
                && !crate::normalize::fold(between).text().contains("so voi")
            {
                return Some(t.value.clone());
            }
        }
        // (A headline may tell its year after its figures: `Tri Tôn kết nạp
        // 318 đảng viên, vượt chỉ tiêu năm 2024`.)
        let in_title = || {
            let title = self.doc.layout.title.map(|t| &self.doc.layout.lines[t]);
            title.is_some_and(|l| l.range.contains(&m.span.start))
        };
        if let Some(t) = self.times.get(i).filter(|t| {
            t.range.start >= unit_end
                && t.range.end <= s_end
                && !t.compared
                && matches!(t.value, TimeRef::Year { .. })
                && in_title()
        }) {
            return Some(t.value.clone());
        }
        if let Some(span) = self.span_told_before(m, sentence, modality) {
            return span;
        }
        // The last time mentioned before; a day carried to a figure `trong
        // năm` (`Tính đến ngày 31/12/2023, … Trong năm, kết nạp 150 …`)
        // gives its year.
        let mut carriers = self.times[..i].iter().rev().filter(|t| {
            // (The year of the tasks ahead dates the goals told after it.)
            let carries = (t.carries || (t.tasks && modality == Modality::Target))
                && (!t.past || modality == Modality::Actual);
            t.range.end <= m.span.start
                && !t.compared
                && !t.figures_own
                && carries
                && !self.heads_column(t)
        });
        let carried = carriers.next()?;
        // (A goal's deadline inside a clause, `2. Tổng thu … đến năm 2030 đạt
        // 320 tỷ đồng`, gives way to the term told before that holds it:
        // the goals after it are the term's.)
        let carried = match carried.value {
            TimeRef::Year { year } if carried.clause_deadline => carriers
                .find(|t| !t.clause_deadline)
                .filter(|t| matches!(t.value, TimeRef::Period { from, to } if (from..=to).contains(&year)))
                .unwrap_or(carried),
            _ => carried,
        };
        // (So are the delegates and the committee told in the sentences
        // after it: `Đại hội đã bầu Ban Chấp hành gồm 71 đồng chí`.)
        let carried = match self.line_of(m.span.start) {
            Some(paragraph) if of_congress => self
                .congress_term(i, carried, paragraph.start)
                .unwrap_or(carried),
            _ => carried,
        };
        // (`Tính đến ngày 31/12/2022, …` then `… đã trao Huy hiệu cho 2.318`:
        // a deed of that year; a day in a bracket after figures, `(tính đến
        // ngày 30/11/2025)`, dates the ones before it, later ones its year.)
        // (So are the parts of the year's new members, `Trong tổng số đảng
        // viên mới, có 318 người dân tộc Khmer`, after a day that counted
        // the members, not the ones admitted up to it.)
        let said =
            &self.tokens()[self.token_at(sentence.norm_span.start)..self.token_at(m.span.start)];
        let pair = |a: &str, b: &str| pair_in(said, a, b);
        let admitted_by_then = || {
            let rest = &text
                [carried.range.end..char_floor(text, (carried.range.end + 200).min(text.len()))];
            let own = rest.find(". ").map_or(rest, |k| &rest[..k]);
            own.contains("kết nạp")
        };
        let cut_to_year = carried.cutoff
            && (deed
                || closing_bracket(text, carried.range.start).is_some()
                || (pair("vien", "moi").is_some() && !admitted_by_then()));
        // (A goal in a paragraph after one on a past term, `Nhiệm kỳ 2020 -
        // 2025, …`, is of the new term the page named before, `Đại hội …
        // nhiệm kỳ 2025 - 2030`; not one whose results its sentence tells,
        // `giao chỉ tiêu kết nạp 40, nhưng cả nhiệm kỳ mới kết nạp được 34`.)
        let now = || self.now_year(i, m.span.start);
        let past_term =
            matches!(carried.value, TimeRef::Period { to, .. } if now().is_some_and(|y| to <= y));
        let results_told = || {
            let rest = &self.tokens()[self.token_at(unit_end)..self.token_at(s_end)];
            rest.iter()
                .any(|t| lower_eq(t.norm, "được") || lower_eq(t.norm, "đã"))
        };
        // (So are a congress's delegates and the committee it elects after
        // such a paragraph: `Đại hội đã bầu 25 đồng chí vào Ban Chấp hành`.)
        if (modality == Modality::Target || of_congress)
            && past_term
            && text[carried.range.end..m.span.start].has_byte(b'\n')
            && (of_congress || !results_told())
        {
            let new_term = self.new_term_before(i, m.span.start);
            if new_term.is_some() {
                return new_term;
            }
        }
        let carried = carried.value.clone();
        // `Đến nay, thành phố có 50 đảng viên`, `Đảng bộ hiện có 47 …`, `Nay
        // chi bộ đã có 17 đảng viên`: the present, not a time told in an
        // earlier sentence.
        let now_first = said.first().is_some_and(|t| lower_eq(t.norm, "nay"));
        if now_first
            || self.says(
                &Words::get().present,
                sentence.norm_span.start,
                m.span.start,
            )
        {
            return None;
        }
        // `năm tới`, `năm sau`, `nhiệm kỳ tới`, `nhiệm kỳ mới`, `giai đoạn tới`,
        // `thời gian tới`: a time to come, which no earlier date tells.
        // (Not `từ đầu năm tới nay`: until now.)
        let soon = |a: &str, b: &str| {
            pair(a, b).is_some_and(|k| said.get(k + 2).is_none_or(|t| !folds_to(t.norm, "nay")))
        };
        let to_come = [("nam", "toi"), ("nam", "sau"), ("ky", "toi"), ("ky", "moi")]
            .into_iter()
            .chain([("doan", "toi"), ("gian", "toi")])
            .any(|(a, b)| soon(a, b));
        if to_come {
            // (But the new term of a congress is the one it names: `Đại hội …
            // nhiệm kỳ 2025 – 2030` published in 2025, `Nhiệm kỳ mới, …`.)
            let term = soon("ky", "toi") || soon("ky", "moi");
            return self.new_term_before(i, m.span.start).filter(|_| term);
        }
        // `Trong năm,`, `Trong năm qua`: not `Trong năm tới` (the next).
        let this_year = pair("trong", "nam").is_some_and(|k| {
            said.get(k + 2).is_none_or(|t| {
                t.kind == TokenKind::Punctuation
                    || folds_to(t.norm, "qua")
                    || folds_to(t.norm, "nay")
            })
        });
        match carried {
            TimeRef::Date { ref date } if this_year || cut_to_year => year_of_date(date)
                .map(|year| TimeRef::Year { year })
                .or(Some(carried)),
            _ => Some(carried),
        }
    }

    /// `Từ năm 2016 đến nay` on a page of 2019: the years 2016–2019 (`Từ
    /// đầu năm 2021 đến nay` in 2021 stays the year); `Từ ngày 1/7/2025 đến
    /// nay` on a page of 2025: the year 2025.
    fn until_now(&self, t: &Time, i: usize, at: usize) -> Option<TimeRef> {
        let (year, day) = match &t.value {
            TimeRef::Year { year } => (*year, false),
            TimeRef::Date { date } => (year_of_date(date)?, true),
            _ => return None,
        };
        let text = self.text();
        // (What follows first: most times are followed by no `đến nay`, and
        // the words before them need not be folded.)
        let to = char_floor(text, (t.range.end + 16).min(text.len()));
        let window = &text[t.range.end..to.max(t.range.end)];
        let now = folded_may_open_with(window, [b'd', b't']) && {
            let after = fold_words(window);
            after.starts_with(" den nay ") || after.starts_with(" toi nay ")
        };
        if !now {
            return None;
        }
        let from = char_floor(text, t.range.start.saturating_sub(12));
        let before = fold_words(&text[from..t.range.start]);
        let since = before.ends_with(" tu nam ")
            || before.ends_with(" tu ")
            || (day && before.ends_with(" tu ngay "));
        let page = self.now_year(i, at)?;
        if !since {
            return None;
        }
        if page > year {
            Some(TimeRef::Period {
                from: year,
                to: page,
            })
        } else {
            (day && page == year).then_some(TimeRef::Year { year })
        }
    }

    /// The last span of years told before `times[i]` that starts in the
    /// page's year or the one before (`nhiệm kỳ 2025 – 2030` on a page of
    /// 2025): the new term, for a figure at `at`.
    fn new_term_before(&self, i: usize, at: usize) -> Option<TimeRef> {
        let now = self.now_year(i, at)?;
        self.times[..i].iter().rev().find_map(|t| match t.value {
            TimeRef::Period { from, .. } if from >= now - 1 => Some(t.value.clone()),
            _ => None,
        })
    }

    /// The year of the page: the year it was published, or else of the last
    /// day told before `at` (`times[..i]`).
    fn now_year(&self, i: usize, at: usize) -> Option<i32> {
        self.page_year().or_else(|| {
            self.times[..i]
                .iter()
                .rev()
                .filter(|t| t.range.end <= at)
                .find_map(|t| match &t.value {
                    TimeRef::Date { date } => year_of_date(date),
                    _ => None,
                })
        })
    }

    /// `trong nhiệm kỳ`, `trong cả nhiệm kỳ`, `suốt nhiệm kỳ` with no years
    /// after it (nor `tới`, `mới`), among the few words after `from` in
    /// their clause.
    fn term_said_after(&self, from: usize, to: usize) -> bool {
        let end = first_of(self.text(), from..to, b",;.(:");
        let words = &self.tokens()[self.token_at(from)..self.token_at(end)];
        let is = |k: usize, key: &str| words.get(k).is_some_and(|t| folds_to(t.norm, key));
        (0..words.len().min(6)).any(|k| {
            is(k, "nhiem")
                && is(k + 1, "ky")
                && k > 0
                && (is(k - 1, "trong")
                    || is(k - 1, "suot")
                    || (is(k - 1, "ca") && k > 1 && is(k - 2, "trong")))
                && words.get(k + 2).is_none_or(|t| {
                    !matches!(t.kind, TokenKind::YearRange | TokenKind::Number)
                        && !folds_to(t.norm, "toi")
                        && !folds_to(t.norm, "moi")
                })
        })
    }

    /// The year the page was published, if its date is known.
    fn page_year(&self) -> Option<i32> {
        year_of_date(self.doc.layout.published.as_deref()?)
    }

    /// The times that lie within `from..to`, in text order.
    fn times_within(&self, from: usize, to: usize) -> impl Iterator<Item = &Time> + '_ {
        let i = self.times.partition_point(|t| t.range.start < from);
        self.times[i..]
            .iter()
            .take_while(move |t| t.range.end <= to)
    }

    /// `Trong nhiệm kỳ, …`, `Nhiệm kỳ qua`, `5 năm qua`, `Sau 5 năm`: a
    /// figure of a term or of some years, in a sentence that names no year,
    /// is of the last span of years told before it (`nhiệm kỳ 2020 – 2025`,
    /// `giai đoạn 2011 – 2015`) that lasts as long.
    /// `None` when the figure's sentence speaks of no such span, `Some(None)`
    /// when it does but none was told.
    fn span_told_before(
        &self,
        m: &NumericMatch,
        sentence: &Sentence,
        modality: Modality,
    ) -> Option<Option<TimeRef>> {
        let tokens = self.tokens();
        // The statement since the last semicolon says it, or else the
        // sentence (`Nhiệm kỳ qua, … 1.120; nhiệm kỳ mới, … 1.200`).
        let from = self.text()[sentence.norm_span.start..m.span.start]
            .rfind_byte(b';')
            .map_or(sentence.norm_span.start, |k| {
                sentence.norm_span.start + k + 1
            });
        let (mid, at) = (self.token_at(from), self.token_at(m.span.start));
        let (told, term, years) = span_words(&tokens[mid..at]);
        let (term, years) = if told {
            (term, years)
        } else {
            // (The sentence is what comes before the semicolon and after it.)
            let (_, head_term, head_years) =
                span_words(&tokens[self.token_at(sentence.norm_span.start)..mid]);
            (term || head_term, years.or(head_years))
        };
        if !term && years.is_none() {
            return None;
        }
        // All these are past: not the term a congress opens (`Đại hội … nhiệm
        // kỳ 2025-2030` in 2025, then `Nhiệm kỳ qua, …`), but for a result
        // the term before it.
        let told = &self.times[..self.times.partition_point(|t| t.range.start < m.span.start)];
        let infer = modality == Modality::Actual;
        // (A goal for the whole term after the term to come was told,
        // `Mục tiêu nhiệm kỳ mới` or `nhiệm kỳ 2025 - 2030` in 2025: that term.)
        let past = past_term(told, self.page_year(), years, infer);
        // (Or a goal for the whole term, with none said to come, after the
        // term the page's congress opens: `Đại hội … nhiệm kỳ 2025 - 2030`
        // on a page of 2025.)
        let coming = || {
            if modality != Modality::Target || years.is_some() {
                return None;
            }
            if let Some(t) = told.iter().rev().take(LOOK_BACK).find(|t| t.coming) {
                return Some(t.value.clone());
            }
            let now = self.page_year()?;
            let (from, to) = last_term(self.text(), told, |from| from + 1 >= now)?;
            Some(TimeRef::Period { from, to })
        };
        Some(past.or_else(coming))
    }

    fn subject(&self, start: usize, sentence: &Sentence, marks: &mut MarksSoFar) -> Option<String> {
        let text = self.text();
        if let Some(n) = self.respectively(start, sentence) {
            return Some(text[n.span.clone()].to_string());
        }
        if let Some(n) = self.owner_in_bracket(start) {
            return Some(text[n.span.clone()].to_string());
        }
        let i = self.names.partition_point(|n| n.span.start < start);
        // (Not a kind of body in the plural, `Các trường THPT trên địa bàn`
        // (a name of two words or fewer after `các`, always), nor a list of
        // them: `các khu công nghiệp Minh Hưng - Hàn Quốc, Đồng Xoài`; but
        // the party body of them is one, `Đảng ủy các Khu công nghiệp Biên
        // Hòa`, and so is one with its own figure in a bracket.)
        let kinds = |n: &Named| {
            let head = text[..n.span.start].trim_end();
            let Some(rest) = ["các", "những"]
                .iter()
                .find_map(|w| strip_lower_words_suffix(head, w))
            else {
                return false;
            };
            let body = rest
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| ["ủy", "uỷ", "bộ"].iter().any(|b| lower_eq(w, b)));
            // (`các huyện Đam Rông (47 thôn), Lạc Dương (3 thôn)`.)
            let own_figure = text[n.span.end..].trim_start().starts_with('(');
            (!body && !own_figure) || text[n.span.clone()].split_whitespace().nth(2).is_none()
        };
        // (Not a guest's office: `Dự Đại hội có đồng chí …, Bí thư Huyện ủy
        // Đồng Văn; cùng 98 đại biểu chính thức`.)
        // (A former unit marked `(cũ)` is still the subject of its own
        // sentence: `khu vực Kiên Giang (cũ) có 77 chùa Khmer`.)
        let former = |n: &Named| {
            n.former
                && (n.span.start < sentence.norm_span.start
                    || !marked_old(text, &n.span)
                    || !old_scope(text, &n.span, sentence.norm_span.clone()))
        };
        // (Not a name in a bracket closed before the figure: `Công ty TNHH
        // Giày Phú Hưng (100% vốn Đài Loan) … có 12.400 công nhân`.)
        let aside = |n: &Named| {
            let gap = &text[n.span.end..start];
            gap.find_byte(b')')
                .is_some_and(|c| !gap[..c].has_byte(b'('))
        };
        // (Names are sorted by start: the sentence's are the last ones.)
        let before = self.names[..i]
            .iter()
            .rev()
            .take_while(|n| n.span.start >= sentence.norm_span.start)
            .find(|n| {
                n.span.end <= start
                    && !n.locator
                    && !former(n)
                    && !n.venue
                    && !aside(n)
                    && !self.in_guest_role(&n.span)
                    && !self.sets_target(&n.span)
                    && !kinds(n)
            });
        let line = self.line_of(start).unwrap_or(0..0);
        let in_sentence = before.filter(|n| n.span.start >= sentence.norm_span.start);
        // (A unit told before holds no units of its own level: `… thị trấn
        // Nam Phước 6 đảng viên. Còn 3 đảng bộ xã chưa kết nạp …`.)
        let counted = OnceCell::new();
        let holds = |n: &Named| {
            let counted = *counted.get_or_init(|| counted_level(&text[start..]));
            counted.is_none_or(|c| level_of_name(&text[n.span.clone()]).is_none_or(|l| l > c))
        };
        // (Not the source an earlier sentence opened with, `Theo số liệu
        // của Sở Nội vụ, …`: it told the figures, it is not what they count.
        // A committee's board, `Theo Ban Tổ chức Tỉnh ủy Khánh Hòa`, names
        // the committee's place, which they may count.)
        let earlier_source = |n: &Named| {
            n.span.end <= sentence.norm_span.start
                && !fold_words(&text[n.span.clone()]).contains(" uy ")
                && {
                    let head =
                        &text[char_floor(text, n.span.start.saturating_sub(48))..n.span.start];
                    let own = head
                        .rfind(['.', '\n', ',', ';'])
                        .map_or(head, |k| &head[k + 1..]);
                    opens_with_theo(own)
                }
        };
        // (Names are sorted: the walk back stops at the line's start.)
        let in_paragraph = || {
            self.names[..i]
                .iter()
                .rev()
                .take_while(|n| n.span.start >= line.start)
                .find(|n| {
                    n.span.end <= start
                        && !n.locator
                        && !n.former
                        && !n.venue
                        && !n.bare
                        && !n.part
                        && !self.sets_target(&n.span)
                        && !kinds(n)
                        && holds(n)
                        && !earlier_source(n)
                })
        };
        // `toàn tỉnh`, `toàn Đảng bộ huyện`: the whole the article is about,
        // not the unit of the sentence before.
        // (The word after `toàn`, folded.)
        // (`toàn Đảng bộ` gives "dang".)
        // (Not a yardstick: `So với toàn huyện`, `cao hơn toàn huyện`, `bình
        // quân toàn huyện`, `của toàn huyện`.)
        // (The rules that look for a whole or a unit named by its kind read
        // the marks of the same words: found in one walk.)
        let marks = self.marks((sentence.norm_span.start, start), marks);
        let whole_from = |from: usize| {
            let first = self.token_at(from);
            let words = &self.tokens()[first..self.token_at(start)];
            // (The nearest: `Toàn huyện kết nạp 250, toàn tỉnh kết nạp 2.350`.)
            // (Only where a whole may start: the other words are none.)
            let heads = marks.wholes_before(first, words.len().saturating_sub(1));
            heads.rev().find_map(|k| {
                let w = &words[k..k + 2];
                let toan = matches!(w[0].norm.as_bytes().first(), Some(b't' | b'T'))
                    && folds_to(w[0].norm, "toan");
                let party = || {
                    folds_to(w[1].norm, "dang")
                        && words.get(k + 2).is_some_and(|t| folds_to(t.norm, "bo"))
                };
                // (But the yardstick's own figure right after it is its:
                // `bình quân toàn tỉnh (61,5%)`, `của toàn tỉnh là 412`.)
                let own = || owns_next(words, whole_end(words, k + 1));
                let yardstick = || {
                    k.checked_sub(1)
                        .is_some_and(|p| Words::get().yardstick_before.has_lower(words[p].norm))
                        && !own()
                };
                // (The country: `cả nước`, `toàn quốc`, `toàn Đảng`.)
                let nation = (toan && folds_to(w[1].norm, "quoc") && !national_meeting(words, k))
                    || (folds_to(w[0].norm, "ca") && folds_to(w[1].norm, "nuoc"))
                    || (toan && whole_party(words, k + 1));
                if nation && !yardstick() {
                    return Some("nuoc".to_string());
                }
                let whole = toan && (whole_level(words, k + 1) || party()) && !yardstick();
                // (`toàn Đảng bộ tỉnh`: the province, which the page may name
                // only in its masthead.)
                let level = || {
                    words
                        .get(k + 3)
                        .filter(|t| party() && folds_to(t.norm, "tinh"))
                };
                whole.then(|| crate::normalize::fold(level().unwrap_or(&w[1]).norm).into_string())
            })
        };
        let whole = || whole_from(sentence.norm_span.start);
        // `… 2 thôn chưa có đảng viên ở xã Lộc Bảo; hiện toàn huyện chỉ còn 1
        // thôn`: a whole in the figure's own statement outweighs a name
        // before its semicolon.
        // `Theo số liệu của Đảng ủy Khối …, toàn tỉnh có 412 …`: nor a name
        // in the source the sentence opens with.
        let source = |n: &Named| {
            let opening = &text[sentence.norm_span.start..n.span.start];
            opens_with_theo(opening) && !opening.contains([',', ';'])
        };
        // (`Theo Ban Tổ chức Tỉnh ủy Lào Cai, toàn tỉnh có …`: the whole
        // is the one the source belongs to, its committee.)
        if let Some(n) = in_sentence.filter(|n| source(n)) {
            let whole_after_comma = text[n.span.end..start]
                .find_byte(b',')
                .and_then(|k| whole_from(n.span.end + k + 1));
            if let Some(w) = whole_after_comma {
                let mut words = text[n.span.clone()].split(' ');
                let own = words.next().is_some_and(|a| folds_to(a, &w))
                    && words.next().is_some_and(|b| folds_to(b, "uy"));
                let at = if own {
                    Some(n.span.start)
                } else {
                    committee_of_board(text, &n.span, &w)
                };
                if let Some(at) = at {
                    return Some(text[at..n.span.end].to_string());
                }
            }
        }
        let in_sentence = in_sentence.filter(|n| {
            let semicolon = text[n.span.end..start].rfind_byte(b';');
            let cut = if source(n) {
                text[n.span.end..start].find_byte(b',')
            } else {
                semicolon
            };
            cut.is_none_or(|k| whole_from(n.span.end + k + 1).is_none())
        });
        // A whole of another level than the article's unit is not it (`Xã Tân
        // Hà …` / `toàn huyện kết nạp 300`).
        // (Of the article's unit, the one it is asked of.)
        let level = |whole: &str| {
            // (Nor is any unit the country.)
            whole != "nuoc"
                && self.main_levels().is_some_and(|named| {
                    named.is_empty() || named.iter().any(|l| l.trim() == whole)
                })
        };
        // (A whole named only after the figure, not in the headline, is not
        // the one it means: `Toàn xã có 320 đảng viên. Chi bộ thôn Đông …`.)
        let told = |n: &&Named| {
            n.span.start < start
                || self
                    .doc
                    .layout
                    .title
                    .is_some_and(|t| self.doc.layout.lines[t].range.contains(&n.span.start))
        };
        // `Đảng bộ xã hiện có …`: a party unit named by its level alone is
        // the last one of that level named before (`Đảng ủy xã Đạ Ploa`),
        // not the article's district; the article's unit when it is that one.
        // `Từ khi …, Chính trị viên Đồn Biên phòng Chi Ma về sinh hoạt, chi bộ
        // đã kết nạp được 4 đảng viên`: a cell named by its kind alone,
        // nearer the figure than any name of the sentence, is the last cell
        // named.
        if let Some(at) = self.cell_alone(&marks, start) {
            if in_sentence.is_none_or(|n| n.span.end <= at) {
                if let Some((span, _)) = self.last_organisation_with(at, " chi bo ") {
                    return Some(text[span].to_string());
                }
            }
        }
        // `Đảng bộ trường kết nạp 318 đảng viên`: a party body of a school,
        // a hospital or a firm named by its kind alone is that of the last
        // one named.
        // (The article's own unit when it is of that kind.)
        if let Some((at, kind)) = self.body_alone(&marks, start) {
            let main_is = self.main_subject_words().is_some_and(|m| m.contains(kind));
            if in_sentence.is_none_or(|n| n.span.end <= at) && !main_is {
                if let Some((span, _)) = self.last_organisation_with(at, kind) {
                    return Some(text[span].to_string());
                }
            }
        }
        // (A whole that owns the figure outweighs a name before it.)
        let in_sentence = in_sentence.filter(|_| !self.whole_owns(start));
        let whole_word = if in_sentence.is_none() { whole() } else { None };
        // (Or nearer the figure than the name of the sentence: `… tại nhà
        // rông làng Kon Stiu, nâng tổng số đảng viên của Đảng bộ xã lên 186`.)
        // (Only as the figure's owner, after `của`: not `Đảng ủy huyện ghi
        // nhận 95% chi bộ của xã`, which judges it.)
        let alone = || {
            let (level, at) = self.level_alone(&marks)?;
            let owner = || strip_lower_suffix(text[..at].trim_end(), "của").is_some();
            in_sentence
                .is_none_or(|n| n.span.end <= at && owner())
                .then_some(level)
        };
        if whole_word.is_none() {
            if let Some(level) = alone() {
                let main = self.main_subject_words();
                // (The article's unit named with that level is the one meant.)
                let other = main.is_none_or(|m| !m.contains(level.as_str()));
                // (The level right after the party's words: `Đảng bộ Công an
                // tỉnh` is the police's, not the province's.)
                let of_level = |words: &str| {
                    [" dang bo", " dang uy"].iter().any(|p| {
                        words
                            .match_indices(p)
                            .any(|(k, _)| words[k + p.len()..].starts_with(level.as_str()))
                    })
                };
                if let Some((span, found)) = other
                    .then(|| self.last_organisation_where(start, of_level))
                    .flatten()
                {
                    if !main.is_some_and(|m| found.contains(m)) {
                        // (A place of that level named after that body is the
                        // one meant: `Tại xã Nà Hỳ, … Năm nay, Đảng ủy xã đã
                        // mở 2 lớp`.)
                        let place = self
                            .last_named_of_level(i, level.trim())
                            .filter(|n| !n.organisation && n.span.start > span.end)
                            .filter(|n| {
                                !found.contains(fold_words(&text[n.span.clone()]).as_str())
                            });
                        if let Some(n) = place {
                            return Some(text[n.span.clone()].to_string());
                        }
                        return Some(text[span].to_string());
                    }
                }
                // (Over a name in passing before it.)
                if in_sentence.is_some() && !other {
                    return self
                        .main_subject()
                        .map(|n| text[n.span.clone()].to_string());
                }
                // (`Đảng bộ tỉnh có …` and no province told before: the one
                // the page names.)
                if level.trim() == "tinh" && in_sentence.is_none() && main.is_none() {
                    if let Some(p) = self.sole_province() {
                        return Some(p.to_string());
                    }
                }
            } else if let Some(level) = in_sentence
                .is_none()
                .then(|| self.committee_alone(sentence.norm_span.start, start))
                .flatten()
            {
                // `… ở thị trấn Vôi. Huyện ủy đã khen thưởng 215 tập thể`: the
                // committee of the article's unit, when that is of its level
                // or of none named, not a place named in passing.
                let levels = [
                    " xa ", " huyen ", " tinh ", " quan ", " phuong ", " thanh ", " thi ",
                ];
                let fits = self.main_subject_words().is_some_and(|m| {
                    m.contains(level.as_str()) || !levels.iter().any(|l| m.contains(l))
                });
                if fits {
                    return self
                        .main_subject()
                        .map(|n| text[n.span.clone()].to_string());
                }
            }
        }
        let province = whole_word.as_deref() == Some("tinh");
        let whole_told = whole_word.as_deref().is_some_and(|w| w != "dang");
        let nation = whole_word.as_deref() == Some("nuoc");
        let pick = match in_sentence {
            Some(n) => Some(n),
            None => match whole_word {
                // (`Toàn Đảng bộ hiện có …`: a party unit, not a hamlet
                // listed before.)
                Some(w) if w == "dang" => in_paragraph()
                    .filter(|n| n.organisation)
                    .or_else(|| self.main_subject()),
                // (`Theo Ban Tổ chức Tỉnh ủy Cà Mau, toàn tỉnh có …` on a page
                // whose unit names no level, `cửa biển Sông Đốc`: the
                // province the page names.)
                Some(w)
                    if w == "tinh" && !self.main_has_level() && self.sole_province().is_some() =>
                {
                    return self.sole_province().map(str::to_string);
                }
                Some(w) if level(&w) => self.main_subject().filter(told),
                // `Đảng bộ xã Cảnh Dương …. Huyện ủy Quảng Trạch đánh giá …
                // Toàn huyện hiện có 5 xã biển`: the last unit of that level
                // named before.
                // (Of a board, the committee's: `Ban Tổ chức Tỉnh ủy Quảng
                // Ngãi` gives `Tỉnh ủy Quảng Ngãi`.)
                Some(w) => {
                    let n = self.last_named_of_level(i, &w);
                    if let Some(n) = n.filter(|n| n.refers.is_none()) {
                        if let Some(at) = committee_of_board(text, &n.span, &w) {
                            return Some(text[at..n.span.end].to_string());
                        }
                    }
                    n
                }
                None => self
                    .owner_after(start, sentence)
                    .or_else(in_paragraph)
                    .or_else(|| self.caption_subject(start))
                    .or_else(|| self.section_subject(line.start))
                    .or_else(|| self.workplace_section(line.start))
                    .or_else(|| self.main_subject()),
            },
        };
        // (`toàn tỉnh` and no unit of that level told before: the one
        // province the page names anywhere, `Ban Tổ chức Tỉnh ủy Cà Mau`;
        // so too on a page whose first lines name no unit, `Ban Thường vụ
        // Tỉnh ủy tổ chức hội nghị …`, then `- Kết nạp 487 đảng viên mới`.)
        // (Else the whole as written: `toàn tỉnh` of a page that names its
        // district only.)
        let Some(pick) = pick else {
            return (province || (self.main_subject().is_none() && !nation))
                .then(|| self.sole_province())
                .flatten()
                .map(str::to_string)
                .or_else(|| {
                    let span = self
                        .whole_written(sentence.norm_span.start, start)
                        .filter(|_| whole_told)?;
                    Some(text[span].to_string())
                });
        };
        let span = match &pick.refers {
            Some(kind) => self.referent(pick.span.start, kind.clone()),
            None => None,
        };
        Some(text[span.unwrap_or_else(|| pick.span.clone())].to_string())
    }

    /// The levels (of [`LEVELS`]) the article's unit is named with, which a
    /// whole (`toàn huyện`) must be one of to be that unit (any whole is, if
    /// it names none); `None` when the unit is a village or a cell, never a
    /// whole (`Làng Kon Xốp …`, then `toàn tỉnh có 96 xã`). The page's: read
    /// once, not for each figure.
    fn main_levels(&self) -> Option<&[&'static str]> {
        self.main_levels
            .get_or_init(|| {
                let text = self.text();
                // (`bản`, `sóc`, `buôn` only in small letters as written:
                // `buôn làng Krông Bông`, not `Sóc Trăng`.)
                let written = self.main_subject().map(|n| &text[n.span.clone()]);
                let small = written
                    .is_some_and(|w| ["bản ", "sóc ", "buôn "].iter().any(|v| w.starts_with(v)));
                let main = written.map(lowercase);
                if small || main.is_some_and(|m| VILLAGES.iter().any(|v| m.starts_with(v))) {
                    return None;
                }
                let name = self.main_subject_words().unwrap_or("");
                Some(LEVELS.into_iter().filter(|l| name.contains(l)).collect())
            })
            .as_deref()
    }

    /// Whether the article's unit is named with a level (`xã`, `huyện`,
    /// `tỉnh`, `quận`, `phường`).
    fn main_has_level(&self) -> bool {
        self.main_subject_words()
            .is_some_and(|m| LEVELS.iter().any(|l| m.contains(l)))
    }

    /// The proper name of the province the page names, when it names one
    /// and no other: in a name whose unit ends with `tỉnh` or is a body of
    /// the `Tỉnh ủy` (`tỉnh Hà Giang`, `Đảng bộ tỉnh`, `Ban Tổ chức Tỉnh ủy
    /// Cà Mau`).
    fn sole_province(&self) -> Option<&str> {
        self.sole_province
            .get_or_init(|| {
                let text = self.text();
                let mut found: Option<(&str, String)> = None;
                for m in self.doc.matches.names() {
                    let (Some(unit), Some(name)) = (&m.unit, &m.name) else {
                        continue;
                    };
                    let unit = fold_words(unit);
                    if !(unit.ends_with(" tinh ") || unit.ends_with(" tinh uy ")) {
                        continue;
                    }
                    // (Not a province merged into another: `Sau hợp nhất
                    // với tỉnh Kiên Giang, An Giang …`.)
                    // (Read from the text: names are only read near figures.)
                    let k = self.names.partition_point(|n| n.span.start < m.span.start);
                    let former = self.names[k..]
                        .iter()
                        .take_while(|n| n.span.start == m.span.start)
                        .any(|n| n.former)
                        || is_former(text, &m.span, m.kind == MatchKind::Organisation);
                    if former {
                        continue;
                    }
                    let name = &text[with_second_part(text, name.clone())];
                    let key = fold_words(name);
                    match &found {
                        Some((_, k)) if *k != key => return None,
                        Some(_) => {}
                        None => found = Some((name, key)),
                    }
                }
                match found {
                    Some((name, _)) => Some(name.to_string()),
                    None => self.masthead_province().map(str::to_string),
                }
            })
            .as_deref()
    }

    /// The one province the page's masthead names, above the headline
    /// (`BÁO QUẢNG TRỊ`, `ĐẢNG BỘ TỈNH HẬU GIANG - CỔNG THÔNG TIN ĐIỆN TỬ`):
    /// the page of a province's paper or party speaks of that province.
    fn masthead_province(&self) -> Option<&'static str> {
        let provinces = crate::lexicon::provinces();
        let layout = &self.doc.layout;
        let head = &layout.lines[..layout.title.unwrap_or(3).min(layout.lines.len())];
        let mut named = head.iter().flat_map(|l| {
            let words = fold_words(&self.text()[l.range.clone()]);
            provinces
                .iter()
                .filter(move |(key, _)| words.contains(key.as_str()))
                .map(|&(_, name)| name)
                .collect::<Vec<_>>()
        });
        let first = named.next()?;
        // (`Thừa Thiên Huế` holds `Huế`: the longer name of the two.)
        named.try_fold(first, |a, b| {
            if a.contains(b) {
                Some(a)
            } else if b.contains(a) {
                Some(b)
            } else {
                None
            }
        })
    }

    /// `các chi bộ Quý Sơn, Phượng Sơn và Tân Quang lần lượt kết nạp 2, 1 và
    /// 2 đảng viên`: the names listed before `lần lượt` (respectively), one
    /// for each figure listed after it, in turn.
    fn respectively(&self, start: usize, sentence: &Sentence) -> Option<&Named> {
        let s = sentence.norm_span.start;
        let (cue, index, total) = self.respective_place(start, sentence.norm_span.clone())?;
        let names: Vec<&Named> = self
            .names
            .iter()
            .filter(|n| n.span.start >= s && n.span.end <= cue && !n.venue)
            .collect();
        (names.len() == total).then(|| names[index])
    }

    /// `các năm 2021, 2022 và 2023 lần lượt kết nạp 131, 142 và 149`: the
    /// years listed before `lần lượt`, one for each figure after it.
    fn respective_year(&self, start: usize, sentence: Range<usize>) -> Option<TimeRef> {
        let s = sentence.start;
        let (cue, index, total) = self.respective_place(start, sentence)?;
        let years: Vec<&Time> = self
            .times_within(s, cue)
            .filter(|t| !t.compared && matches!(t.value, TimeRef::Year { .. }))
            .collect();
        (years.len() == total).then(|| years[index].value.clone())
    }

    /// The `lần lượt` (respectively; or `theo thứ tự`, `tương ứng`) of `sentence` before the figure at
    /// `start`, the figure's place among those listed after it, and how
    /// many there are (up to the clause's end, two at least).
    fn respective_place(
        &self,
        start: usize,
        sentence: Range<usize>,
    ) -> Option<(usize, usize, usize)> {
        let text = self.text();
        let at = self.respectively_at.get_or_init(|| {
            // (One searcher for all pages: building one costs more than the
            // search of a page.)
            // (`theo thứ tự`, `tương ứng` say it too: `năm 2021, 2022 và 2023
            // theo thứ tự là 52, 61 và 74`.)
            static CUES: OnceLock<[memchr::memmem::Finder<'static>; 3]> = OnceLock::new();
            let cues = CUES.get_or_init(|| RESPECTIVELY.map(memchr::memmem::Finder::new));
            let mut at: Vec<usize> = cues
                .iter()
                .flat_map(|cue| cue.find_iter(text.as_bytes()))
                .collect();
            at.sort_unstable();
            at
        });
        let cue = at[..at.partition_point(|&k| k < start)]
            .last()
            .copied()
            .filter(|&k| k >= sentence.start)?;
        let figures_in = |r: &str| {
            r.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
                .count()
        };
        let listed = &text[cue..start];
        if listed.contains([';', ':', '(']) {
            return None;
        }
        let index = figures_in(listed);
        let end = first_of(text, start..sentence.end, b";.\n");
        let total = index + figures_in(&text[start..end]);
        (total >= 2).then_some((cue, index, total))
    }

    /// The first name that starts at or after `start`.
    fn first_name_from(&self, start: usize) -> Option<&Named> {
        self.names
            .get(self.names.partition_point(|n| n.span.start < start))
    }

    /// `61.874 đồng chí (Vĩnh Long), 68.215 đồng chí (Bến Tre)`: a name
    /// alone in a bracket right after the figure and its unit is its owner.
    /// (Not an abbreviation: `286 công đoàn cơ sở (CĐCS)`.)
    fn owner_in_bracket(&self, start: usize) -> Option<&Named> {
        let text = self.text();
        let n = self.first_name_from(start)?;
        let between = text.get(start..n.span.start)?;
        let figure = between.strip_suffix(" (")?;
        // (The figure's own marks only: `61.874`, `65,8`.)
        let alone = figure.len() <= 48
            && !figure.contains([';', ':', '(', ')', '\n'])
            && !figure.contains(", ")
            && !figure.contains(". ")
            && text[n.span.end..].starts_with(')');
        let name = &text[n.span.clone()];
        (alone && !n.venue && name.contains(char::is_lowercase)).then_some(n)
    }

    /// `100% tổ chức cơ sở đảng trong huyện Tuy An hoàn thành …`: the place
    /// or body a figure is said to be of, right after it in its clause
    /// (`của`, `trong`, `thuộc`), when none is named before it in its
    /// sentence and no body after it.
    fn owner_after(&self, start: usize, sentence: &Sentence) -> Option<&Named> {
        let text = self.text();
        let n = self.first_name_from(start)?;
        if n.venue || n.span.start >= sentence.norm_span.end {
            return None;
        }
        let between = &text[start..n.span.start];
        if between.len() > 80 || between.contains([',', ';', '.', ':', '(', '\n']) {
            return None;
        }
        let last = between.split_whitespace().next_back()?;
        let owner = ["của", "trong", "thuộc"].iter().any(|w| lower_eq(last, w));
        // (Not when a body is named later in the sentence: `… được Đảng ủy
        // Khối Doanh nghiệp tỉnh kết nạp`, `… về Đảng bộ xã An Phú`.)
        let body_later = self
            .names
            .iter()
            .skip_while(|o| o.span.start <= n.span.start)
            .take_while(|o| o.span.start < sentence.norm_span.end)
            .any(|o| o.organisation);
        (owner && !body_later).then_some(n)
    }

    /// The unit of `level` (folded, `huyen`) a whole of that level means,
    /// among the first `before` names (at most 16 back): the last that
    /// locates another unit, as an address does (`Đảng bộ xã Tân Hà (huyện
    /// Lâm Hà)`, `xã Tân Hà, huyện Lâm Hà`), else the last that names such a
    /// unit by its proper name (`Huyện ủy Quảng Trạch`, `huyện Lâm Hà`,
    /// `Đảng bộ huyện Lâm Hà`, a board of its committee: `Ban Tổ chức Tỉnh
    /// ủy Quảng Ngãi`; not another body of that level: `Đảng ủy Công an tỉnh`).
    fn last_named_of_level(&self, before: usize, level: &str) -> Option<&Named> {
        let text = self.text();
        let of_level = |n: &&Named| {
            let name = &text[n.span.clone()];
            // (The unit itself or its party body, not another body of
            // that level: `Đảng ủy Công an tỉnh Lâm Đồng`.)
            let head: Vec<&str> = name
                .split_whitespace()
                .take_while(|w| !folds_to(w, level))
                .collect();
            let party = matches!(head[..], [d, b] if folds_to(d, "dang")
                    && (folds_to(b, "bo") || folds_to(b, "uy")));
            let mut words = name.split_whitespace().skip_while(|w| !folds_to(w, level));
            // (Or a board of its committee: `Ban Tổ chức Tỉnh ủy Quảng Ngãi`.)
            let committee = || words.clone().nth(1).is_some_and(|w| folds_to(w, "uy"));
            if !head.is_empty() && !party && !committee() {
                return false;
            }
            // (`Huyện ủy`, `thành phố`, `thị xã`: the level's second word.)
            let proper = match words.nth(1) {
                Some(w) if ["uy", "pho", "xa"].iter().any(|s| folds_to(w, s)) => words.next(),
                w => w,
            };
            proper.is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        // (A name that locates another, as an address does, first.)
        let named = |locators: bool| {
            self.names[..before]
                .iter()
                .rev()
                .filter(|n| n.locator == locators)
                .filter(|n| !n.venue && !n.bare && !n.former && !self.in_guest_role(&n.span))
                .take(16)
                .find(of_level)
        };
        named(true).or_else(|| named(false))
    }

    /// The words from `from` to `to` and their [`Marks`], read on from
    /// those found `so_far`.
    fn marks<'u>(
        &'u self,
        (from, to): (usize, usize),
        so_far: &'u mut MarksSoFar,
    ) -> Marks<'u, 'a> {
        let tokens = self.tokens();
        let (first, end) = (self.token_at(from), self.token_at(to));
        if so_far.first != first || so_far.end > end || so_far.end < first {
            so_far.first = first;
            so_far.end = first;
            so_far.units.clear();
            so_far.wholes.clear();
        }
        // (By length and first byte, as each rule turns words away: most
        // words are, before any folding.)
        let may_open = |w: &[u8]| match w.first() {
            Some(0xC4 | b'd' | b'D') => true,
            Some(b'c' | b'C') => matches!(w.len(), 3 | 4 | 7),
            _ => false,
        };
        // (A unit's first word needs the next one read: the last word read
        // before is read again.)
        for k in so_far.end.saturating_sub(1).max(first)..end.saturating_sub(1) {
            let (a, b) = (tokens[k].norm, tokens[k + 1].norm);
            let unit = may_open(a.as_bytes())
                && ((folds_to(a, "dang") && (folds_to(b, "bo") || folds_to(b, "uy")))
                    || (folds_to(a, "chi") && folds_to(b, "bo")));
            if unit {
                so_far.units.push(k);
            }
            // (As the rule turns words away: `toàn` by its first byte.)
            let toan = matches!(a.as_bytes().first(), Some(b't' | b'T')) && folds_to(a, "toan");
            if toan || folds_to(a, "ca") {
                so_far.wholes.push(k);
            }
        }
        so_far.end = end;
        Marks {
            words: &tokens[first..end],
            first,
            units: &so_far.units,
            wholes: &so_far.wholes,
        }
    }

    /// ` xa ` for `Đảng bộ xã` or `Đảng ủy xã` named by its level alone
    /// among the words of `marks`: no name after it, and one unit, not many
    /// (`các đảng bộ xã`, `các chi, đảng bộ xã`, `100% đảng bộ xã`, `Đảng
    /// ủy xã, thị trấn`).
    fn level_alone(&self, marks: &Marks<'_, 'a>) -> Option<(String, usize)> {
        let words = marks.words;
        let lists = Words::get();
        marks
            .units_before(words.len().saturating_sub(3))
            .find_map(|k| {
                let w = &words[k..k + 4];
                // (`Đ`, `đ` open with byte C4: most words are turned away by it.)
                if !matches!(w[0].norm.as_bytes().first(), Some(0xC4 | b'd' | b'D')) {
                    return None;
                }
                let party = folds_to(w[0].norm, "dang")
                    && (folds_to(w[1].norm, "bo") || folds_to(w[1].norm, "uy"));
                if !party || !lists.whole_of.has_lower(w[2].norm) {
                    return None;
                }
                let many_before = k.checked_sub(1).is_some_and(|p| {
                    let before = &words[p];
                    // (`các chi, đảng bộ`, `Các chi bộ, Đảng bộ xã`: kinds listed
                    // after `các`.)
                    let chi = || {
                        before.norm == ","
                            && words[p.saturating_sub(3)..p]
                                .iter()
                                .any(|t| lists.many.has_lower(t.norm))
                    };
                    lists.many.has_lower(before.norm)
                        || before.norm == "%"
                        || before.kind == TokenKind::Number
                        || chi()
                });
                // (`thị trấn`, `thành phố`: the word after both syllables.)
                let two = folds_to(w[2].norm, "thi") || folds_to(w[2].norm, "thanh");
                let next = if two { words.get(k + 4) } else { Some(&w[3]) };
                (next.is_some_and(|t| names_nothing(t.norm)) && !many_before)
                    .then(|| (fold_words(w[2].norm), w[0].norm_span.start))
            })
    }

    /// Where a party cell is named by its kind alone (`…, chi bộ đã kết nạp
    /// được 4 đảng viên`: no name after it, and one cell, not many) among
    /// the words of `marks`, the last such place.
    fn cell_alone(&self, marks: &Marks<'_, 'a>, to: usize) -> Option<usize> {
        let words = marks.words;
        let lists = Words::get();
        marks
            .units_before(words.len().saturating_sub(2))
            .rev()
            .find_map(|k| {
                let w = &words[k..k + 3];
                // (Most words are turned away by their length and first byte.)
                if w[0].norm.len() != 3
                    || !matches!(w[0].norm.as_bytes().first(), Some(b'c' | b'C'))
                    || !folds_to(w[0].norm, "chi")
                    || !folds_to(w[1].norm, "bo")
                    || !names_nothing(w[2].norm)
                {
                    return None;
                }
                // (Not a cell of a kind, `chi bộ làng`, `chi bộ giáo viên`: a
                // verb or a small word follows the cell meant; nor a label: `-
                // Chi bộ hoàn thành tốt nhiệm vụ: 09 chi bộ`.)
                let verb = lists.unit_stop.has_lower(w[2].norm)
                    || self
                        .term_starting_at(w[2].norm_span.start)
                        .is_some_and(|t| t.category() == Some(Category::Event));
                let labelled = self.text()[w[0].norm_span.start..to].has_byte(b':');
                // The subject of its clause, at its start (`Đến nay, chi bộ đã
                // có`, `nay chi bộ đã có`), not a cell in general (`bản có chi
                // bộ đạt 99%`, `đảng viên trong chi bộ`).
                let opens = k.checked_sub(1).is_none_or(|p| {
                    matches!(words[p].norm, "," | ";" | "(" | "-" | "–" | "+")
                        || lists.clause_opener.has_lower(words[p].norm)
                });
                (opens && verb && !labelled).then_some(w[0].norm_span.start)
            })
    }

    /// Where a party body of a school, a hospital or a firm is named by its
    /// kind alone (`Đảng bộ trường`, `chi bộ công ty`, no name after it)
    /// among the words of `marks`, the last such place, and the kind's folded
    /// words (` truong `).
    fn body_alone(&self, marks: &Marks<'_, 'a>, to: usize) -> Option<(usize, &'static str)> {
        const KINDS: [(&str, &str); 6] = [
            ("trường", " truong "),
            ("bệnh viện", " benh vien "),
            ("công ty", " cong ty "),
            ("xí nghiệp", " xi nghiep "),
            ("nhà máy", " nha may "),
            ("hợp tác xã", " hop tac xa "),
        ];
        let text = self.text();
        let words = marks.words;
        marks
            .units_before(words.len().saturating_sub(2))
            .rev()
            .find_map(|k| {
                let (a, b) = (words[k].norm, words[k + 1].norm);
                // (Most words are turned away by their length and first byte:
                // `đảng`, `dang`, `chi`.)
                if !matches!(a.len(), 3 | 4 | 7)
                    || !matches!(a.as_bytes().first(), Some(b'c' | b'C' | b'd' | b'D' | 0xC4))
                    || !((folds_to(a, "dang") && (folds_to(b, "bo") || folds_to(b, "uy")))
                        || (folds_to(a, "chi") && folds_to(b, "bo")))
                {
                    return None;
                }
                // (One body, not a kind of many: `các chi bộ trường học`, `14
                // chi bộ trường học`.)
                let many = k.checked_sub(1).is_some_and(|p| {
                    let w = words[p].norm;
                    ["các", "những", "mỗi", "từng"]
                        .iter()
                        .any(|m| lower_eq(w, m))
                        || w.starts_with(|c: char| c.is_ascii_digit())
                });
                if many {
                    return None;
                }
                let rest = &text[words[k + 2].norm_span.start..to];
                let (_, key) = KINDS.iter().find(|(w, _)| {
                    rest.strip_prefix(w).is_some_and(|r| {
                        r.starts_with(' ')
                            && !r[1..].starts_with(char::is_uppercase)
                            && !r[1..].starts_with("học")
                    })
                })?;
                Some((words[k].norm_span.start, *key))
            })
    }

    /// ` huyen ` for a place's committee named alone (`Huyện ủy đã …`, no
    /// name after it) between `from` and `to`.
    fn committee_alone(&self, from: usize, to: usize) -> Option<String> {
        let words = &self.tokens()[self.token_at(from)..self.token_at(to)];
        words.windows(3).find_map(|w| {
            // (`ủy`, `uỷ`, `uy`: most words are turned away by length and first byte.)
            let b = w[1].norm.as_bytes();
            if !matches!((b.len(), b.first()), (2 | 4, Some(b'u' | b'U' | 0xE1))) {
                return None;
            }
            let committee = folds_to(w[1].norm, "uy")
                && Words::get().whole_of.has_lower(w[0].norm)
                && !lower_eq(w[0].norm, "xã");
            (committee && names_nothing(w[2].norm)).then(|| fold_words(w[0].norm))
        })
    }

    /// The full name of a party unit named before `at` that a unit named by
    /// its kind alone (`Đảng bộ Khối`, the kind at `kind`) refers to: the
    /// last organisation before it whose name holds the kind (`Đảng ủy Khối
    /// Doanh nghiệp tỉnh`), one that names something after the kind (not
    /// `Chi bộ Ban Quản lý Khu kinh tế`, alone too).
    fn referent(&self, at: usize, kind: Range<usize>) -> Option<Range<usize>> {
        let text = self.text();
        let key = fold_words(&text[kind]);
        let names_more = |words: &str| words.contains(&key) && !words.ends_with(&key);
        // (Not one told as ended, a few back at most: `thành lập trên cơ sở
        // kết thúc hoạt động của Đảng bộ Khối …`, `từ Đảng bộ Khối … cũ`.)
        let mut found = self.last_organisation_where(at, names_more)?.0;
        for _ in 0..4 {
            if !is_former(text, &found, true) {
                break;
            }
            match self.last_organisation_where(found.start, names_more) {
                Some((r, _)) => found = r,
                None => break,
            }
        }
        Some(found)
    }

    /// The last organisation named before `at` whose folded words hold
    /// `key` (folded words, ` xa `), at most 64 names back: a long way back
    /// is no back-reference. The organisations of the whole text are read
    /// once, the first time: the lines before may hold no number.
    fn last_organisation_with(&self, at: usize, key: &str) -> Option<(Range<usize>, &str)> {
        self.last_organisation_where(at, |words| words.contains(key))
    }

    /// [`last_organisation_with`](Self::last_organisation_with) for any test
    /// of the folded words.
    fn last_organisation_where(
        &self,
        at: usize,
        test: impl Fn(&str) -> bool,
    ) -> Option<(Range<usize>, &str)> {
        let text = self.text();
        let organisations = self.organisations.get_or_init(|| {
            let mut names: Vec<Named> = self.matched.iter().filter_map(|m| named(m)).collect();
            unit_names_in(self.doc, 0..text.len(), &mut names);
            names.sort_by_key(|n| n.span.start);
            names
                .into_iter()
                .filter(|n| n.organisation && n.refers.is_none())
                .map(|n| {
                    let words = fold_words(&text[n.span.clone()]);
                    (n.span, words)
                })
                .collect()
        });
        let before = organisations.partition_point(|(r, _)| r.start < at);
        organisations[..before]
            .iter()
            .rev()
            .filter(|(r, _)| r.end <= at)
            .take(64)
            .find(|(_, words)| test(words))
            .map(|(r, words)| (r.clone(), words.as_str()))
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

/// The time a clause gives the figure after it by its words: a plan (`sẽ`,
/// `dự kiến`, `yêu cầu`, a leading `Theo kế hoạch` that cites no document,
/// and in the figure's own clause (`own`) a leading `Kế hoạch` or `Chỉ
/// tiêu` that states no result, `phải` and `cần` but after `đã`) or a deed
/// (`đã`, `đến nay`, `vừa qua`).
/// What `said` tells of a span of years: whether it speaks of a term or
/// some years at all (to come or past), whether of a whole past term
/// (`Trong nhiệm kỳ`, `Nhiệm kỳ qua`: not `từ đầu nhiệm kỳ đến nay`, not
/// `nhiệm kỳ tới`), and how many past years (`5 năm qua`, `Sau 5 năm`,
/// `trong 5 năm`, not `5 năm tới`).
fn span_words(said: &[Token<'_>]) -> (bool, bool, Option<i32>) {
    let is = |k: usize, key: &str| said.get(k).is_some_and(|t| folds_to(t.norm, key));
    let mut told = false;
    let mut term = false;
    let mut years = None;
    for k in 0..said.len() {
        if is(k, "nhiem") && is(k + 1, "ky") {
            told = true;
            // (Years after it are a time of their own.)
            let years_after = said
                .get(k + 2)
                .is_some_and(|t| matches!(t.kind, TokenKind::YearRange | TokenKind::Number));
            term |= !years_after
                && !(k > 0 && (is(k - 1, "dau") || is(k - 1, "cuoi")))
                && !(is(k + 2, "toi") || is(k + 2, "moi") || is(k + 2, "sau"));
        }
        let t = &said[k];
        let n = (t.kind == TokenKind::Number)
            .then(|| t.norm.parse::<i32>().ok())
            .flatten()
            .filter(|n| (2..=10).contains(n));
        if let Some(n) = n.filter(|_| is(k + 1, "nam")) {
            let past = is(k + 2, "qua") || (k > 0 && (is(k - 1, "sau") || is(k - 1, "trong")));
            told |= past || is(k + 2, "toi");
            if past && !is(k + 2, "toi") {
                years = Some(n);
            }
        }
    }
    (told, term, years)
}

/// The byte of the last `;` in `said`, or of the last `.` before a space:
/// where a statement ends. (Both ASCII: found by their bytes, read backwards,
/// with no decoding.)
fn last_statement_stop(said: &str) -> Option<usize> {
    let bytes = said.as_bytes();
    // (By `memchr`: asked of the whole sentence before each figure.)
    let mut end = bytes.len();
    while let Some(k) = memchr::memrchr2(b';', b'.', &bytes[..end]) {
        if bytes[k] == b';' || bytes.get(k + 1) == Some(&b' ') {
            return Some(k);
        }
        end = k;
    }
    None
}

fn tense(words: &[Token<'_>], own: bool) -> Option<Modality> {
    let all = words;
    // Upper- and lower-case Vietnamese letters have the same UTF-8 length:
    // most words are turned away by theirs.
    let is = |w: &str, t: &str| w.len() == t.len() && lower_eq(w, t);
    let mut words = words.iter().filter(|t| t.kind != TokenKind::Punctuation);
    let mut head = [""; 4];
    for (h, t) in head.iter_mut().zip(words.clone()) {
        *h = t.norm;
    }
    let cites = |d: Option<&&str>| {
        d.is_some_and(|d| is(d, "số") || d.starts_with(|c: char| c.is_ascii_digit()))
    };
    let starts = |ws: &[&str]| ws.iter().zip(&head).filter(|(w, h)| is(h, w)).count() == ws.len();
    let planned = starts(&["theo", "kế", "hoạch"]) && !cites(head.get(3));
    // `Kế hoạch năm 2017, huyện phải kết nạp 170`, `Chỉ tiêu năm 2024 là kết
    // nạp 150`; not `Chỉ tiêu kết nạp đạt 105%` (a result).
    // (A year after the type is no citation: `Kế hoạch 2023 kết nạp 180`.)
    let year = |d: Option<&&str>| d.is_some_and(|d| d.len() == 4 && d.starts_with("20"));
    let plan_head = (starts(&["kế", "hoạch"]) || starts(&["chỉ", "tiêu"]))
        && (!cites(head.get(2)) || year(head.get(2)));
    // `phải kết nạp`, `cần kết nạp thêm`: a duty, written in small letters
    // before a verb of the figure (not `Cần Thơ`, `(phải)` in a caption,
    // `phải đi làm ăn xa`).
    let lists = Words::get();
    let mut must = false;
    let (mut before, mut prev, mut done) = ("", "", false);
    let (mut goal_named, mut soon) = (false, false);
    // (`phải`, `cần`, capitalised too: `Phải giảm 10%`.)
    // (Asked of every word: its length turns most away, as `is` does; no
    // character that changes length in lower case lowers to a part of them,
    // which a test checks.)
    let duty = |w: &str| lists.must.iter().any(|m| is(w, m));
    // (Where the walk is, and the word that told the present: it must be
    // the last.)
    let (mut seen, mut present_at) = (0, None);
    for w in words.by_ref().map(|t| t.norm) {
        seen += 1;
        // Most words are turned away by their first byte.
        match w.as_bytes().first() {
            Some(b's' | b'S') if is(w, "sẽ") => return Some(Modality::Target),
            Some(b'k' | b'K') if is(w, "kiến") && is(prev, "dự") => {
                return Some(Modality::Target)
            }
            // `Tỉnh ủy yêu cầu mỗi huyện kết nạp ít nhất 150`; not `theo yêu
            // cầu`, `đáp ứng yêu cầu` (what was asked, and met), `đã yêu cầu
            // thu hồi 22,8 tỷ đồng` (a recovery ordered: the sum is its
            // record), `đã yêu cầu 12 tổ chức đảng xem xét lại` (those asked,
            // counted).
            Some(b'c' | b'C')
                if is(w, "cầu")
                    && is(prev, "yêu")
                    && !["theo", "ứng", "thành", "đạt"]
                        .iter()
                        .any(|b| is(before, b))
                    && !(is(before, "đã")
                        && all
                            .iter()
                            .filter(|t| t.kind != TokenKind::Punctuation)
                            .nth(seen)
                            .is_none_or(|t| {
                                ["thu", "nộp", "bồi", "hoàn", "truy"]
                                    .iter()
                                    .any(|v| is(t.norm, v))
                            })) =>
            {
                return Some(Modality::Target)
            }
            // `đ`, `Đ`
            Some(0xC4) => done |= is(w, "đã"),
            // `(hiện là 10,6%)`, `hiện có`: the present (not `thực hiện`,
            // `thể hiện`, `phát hiện`), unless a goal was named (`Chỉ tiêu …
            // hiện là 200`), or `hiện có` means existing (`số đảng viên hiện
            // có tăng thêm 15%`: not right before the figure).
            Some(_)
                if is(prev, "hiện")
                    && !goal_named
                    && !["thực", "thể", "xuất", "phát", "biểu"]
                        .iter()
                        .any(|b| is(before, b)) =>
            {
                if is(w, "nay") {
                    done = true;
                } else if ["là", "có", "đạt", "đang", "còn", "chiếm"]
                    .iter()
                    .any(|p| is(w, p))
                {
                    present_at = Some(seen);
                }
            }
            Some(b'n' | b'N') => {
                done |= is(w, "nay") && is(prev, "đến");
                // (`từ đầu năm tới nay`: until now.)
                soon &= !(is(w, "nay") && is(prev, "tới"));
            }
            Some(b'q' | b'Q') => done |= is(w, "qua") && is(prev, "vừa"),
            // `thời gian tới`, `sắp tới`, `năm tới`, `nhiệm kỳ tới`, `giai đoạn
            // tới`: a time to come.
            Some(b't' | b'T') if is(w, "tới") => {
                soon |= ["gian", "sắp", "năm", "kỳ", "đoạn"]
                    .iter()
                    .any(|p| is(prev, p));
            }
            _ => {}
        }
        goal_named =
            goal_named || is(w, "tiêu") || is(w, "hoạch") || (is(w, "đấu") && is(prev, "phấn"));
        // (Not a word of `cần`: `chuyên cần đạt 98,5%`.)
        // (`phải xóa 23 ấp trắng`, but `phải xóa tên 2 đảng viên` tells what
        // was done.)
        let erased = (is(prev, "xóa") || is(prev, "xoá")) && duty(before);
        // (Nor a capital after a capital: `huyện Tiểu Cần có`.)
        let named = prev.starts_with(char::is_uppercase) && before.starts_with(char::is_uppercase);
        must = must
            || (duty(prev) && lists.must_then.has_lower(w) && !is(before, "chuyên") && !named)
            || (erased && !is(w, "tên"));
        (before, prev) = (prev, w);
    }
    // (`phải xóa` right before the figure: `Xã phải xóa 23 ấp trắng`.)
    must |= (is(prev, "xóa") || is(prev, "xoá")) && duty(before);
    done |= present_at.is_some_and(|at| at == seen);
    // Typed without marks (`tinh den het thang 9 da ket nap duoc 127`): the
    // deed's and the plan's small words, folded, when no word has a mark.
    if !planned && !done && all.iter().all(|t| t.norm.is_ascii()) {
        let plain: Vec<&str> = all
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm)
            .collect();
        // (In small letters: `Se`, `Da` may be names, `Nguyen Van Se`.)
        let said = |a: &str| plain.contains(&a);
        let pair = |a: &str, b: &str| plain.windows(2).any(|p| p[0] == a && p[1] == b);
        if said("se") {
            return Some(Modality::Target);
        }
        done = said("da") || pair("den", "nay") || pair("vua", "qua");
    }
    // `đạt`, `vượt`, `hoàn thành`, `thực hiện`: a result. (Looked for only
    // where it counts, among the words the walk went through: all of them.)
    let result = || {
        all.iter()
            .filter(|t| t.kind != TokenKind::Punctuation)
            .any(|t| lists.result.has_lower(t.norm))
    };
    if planned || (own && plan_head && !done && !result()) || (soon && !done) {
        Some(Modality::Target)
    } else if done {
        Some(Modality::Actual)
    } else if own && must {
        Some(Modality::Target)
    } else {
        None
    }
}

/// Whether the tokens `k` and `k + 1` name a whole: `toàn` and a level
/// (`toàn tỉnh`, `toàn thành phố`, see `whole_of`), or the country (`toàn
/// quốc`, `cả nước`; not a national meeting, see [`national_meeting`]).
fn names_whole(tokens: &[Token<'_>], k: usize) -> bool {
    let (a, b) = (tokens[k].norm, tokens[k + 1].norm);
    let country =
        || (folds_to(b, "quoc") && !national_meeting(tokens, k)) || whole_party(tokens, k + 1);
    (matches!(a.as_bytes().first(), Some(b't' | b'T'))
        && folds_to(a, "toan")
        && (whole_level(tokens, k + 1) || country()))
        || (folds_to(a, "ca") && folds_to(b, "nuoc"))
}

/// Whether token `k` after `toàn` is a level (see `whole_of`) and not the
/// first word of another (`toàn xã hội`, see `not_whole`).
fn whole_level(tokens: &[Token<'_>], k: usize) -> bool {
    let lists = Words::get();
    lists.whole_of.has_lower(tokens[k].norm)
        && !tokens.get(k + 1).is_some_and(|t| {
            lists
                .not_whole
                .has_lower(&format!("{} {}", tokens[k].norm, t.norm))
        })
}

/// Whether token `k` after `toàn` is the Party as a whole, `Đảng` as
/// written, not a unit or a member (`toàn Đảng bộ`, `Đảng ủy`, `đảng
/// viên`): `toàn Đảng có hơn 5,6 triệu đảng viên`.
fn whole_party(tokens: &[Token<'_>], k: usize) -> bool {
    // (Not a scope, `phong trào trong toàn Đảng`, `của toàn Đảng`.)
    let scope = k.checked_sub(2).is_some_and(|p| {
        ["trong", "của", "với"]
            .iter()
            .any(|w| lower_eq(tokens[p].norm, w))
    });
    !scope
        && tokens[k].norm == "Đảng"
        && tokens.get(k + 1).is_none_or(|t| {
            !["bộ", "ủy", "uỷ", "viên", "đoàn"]
                .iter()
                .any(|w| lower_eq(t.norm, w))
        })
}

/// Whether `toàn quốc` at token `k` names a national meeting, not the
/// country: `Đại hội đại biểu toàn quốc`, `Hội nghị toàn quốc`.
fn national_meeting(tokens: &[Token<'_>], k: usize) -> bool {
    // (With their marks: `Thu hồi toàn quốc` is no meeting.)
    k.checked_sub(1).is_some_and(|p| {
        ["biểu", "nghị", "hội"]
            .iter()
            .any(|w| lower_eq(tokens[p].norm, w))
    })
}

/// The last token of a whole's level at token `k` (`tỉnh`; `thành phố`).
fn whole_end(tokens: &[Token<'_>], k: usize) -> usize {
    let city = folds_to(tokens[k].norm, "thanh")
        && tokens.get(k + 1).is_some_and(|t| folds_to(t.norm, "pho"));
    k + usize::from(city)
}

/// Whether the whole that ends at token `last` owns the figure right after
/// `tokens`, in a bracket or after `là` (`toàn tỉnh (61,5%)`, `toàn tỉnh là
/// 412`).
fn owns_next(tokens: &[Token<'_>], last: usize) -> bool {
    last + 2 == tokens.len()
        && tokens
            .get(last + 1)
            .is_some_and(|t| t.norm == "(" || lower_eq(t.norm, "là"))
}

/// The year of a day written `YYYY-MM-DD`.
fn year_of_date(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}

/// The start of the character that holds byte `i` of `text`.
fn char_floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `năm nay đăng ký kết nạp thêm 2 đảng viên`, `đăng ký thêm 2 đồng chí`:
/// a figure at most three words after `đăng ký` (signed up for) and `kết
/// nạp` or `thêm` in its clause is pledged, a goal. (Not one further on,
/// `có 1.065 đảng viên đăng ký và được công nhận …`, nor a sum or a count
/// registered: `vốn đăng ký 3.500 tỷ đồng`, `đăng ký dự thi 12.500 em`.)
fn pledged(clause: &str) -> bool {
    let Some(k) = memchr::memmem::rfind(clause.as_bytes(), "ký ".as_bytes()) else {
        return false;
    };
    let head = clause[..k].trim_end();
    let words: Vec<&str> = clause[k..].split_whitespace().skip(1).collect();
    let more = words
        .iter()
        .any(|w| lower_eq(w, "thêm") || lower_eq(w, "nạp"));
    strip_lower_suffix(head, "đăng").is_some() && words.len() <= 3 && more
}

/// Where the clause that holds `pos` starts: after the last `,` `;` `:` or
/// `(` since `from`, a comma between digits (`107,5%`) aside.
// (Asked some 80 times an article, of stretches of a sentence: the marks are
// found by `memchr`, not byte by byte.)
fn clause_start(text: &str, from: usize, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let mut end = pos;
    while from < end {
        let Some(k) = last_clause_mark(&bytes[from..end]).map(|k| from + k) else {
            break;
        };
        if bytes[k] != b',' || !(k > 0 && digit(k - 1) && digit(k + 1)) {
            return k + 1;
        }
        end = k;
    }
    from
}

/// The last `,` `;` `:` or `(` in `bytes`.
fn last_clause_mark(bytes: &[u8]) -> Option<usize> {
    let mark = memchr::memrchr3(b',', b';', b':', bytes);
    // (A bracket after the last of the others is in what follows it.)
    let from = mark.map_or(0, |k| k + 1);
    memchr::memrchr(b'(', &bytes[from..])
        .map(|k| from + k)
        .or(mark)
}

/// A table's row that names no unit of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowKind {
    /// `Tổng`, `Tổng cộng`, `Cộng`, `Toàn huyện`: the whole table's.
    Total,
    /// `Các huyện còn lại`, `Những đơn vị khác`: the rest, no one unit.
    Rest,
}

/// What a row's first word says it is, compared with its marks (`Công an
/// huyện` is no `Cộng`).
fn row_kind(row: &str) -> Option<RowKind> {
    let first = row.split_whitespace().next()?;
    let is = |words: &[&str]| words.iter().any(|w| lower_eq(first, w));
    if is(&["tổng", "cộng", "toàn"]) {
        Some(RowKind::Total)
    } else if is(&["các", "những"]) {
        Some(RowKind::Rest)
    } else {
        None
    }
}

/// Whether a term is a form of discipline (`khiển trách`, `cảnh cáo`,
/// `cách chức`, `khai trừ`).
fn is_discipline(t: &Match<'_>) -> bool {
    matches!(
        t.concept_id(),
        Some("event.khien_trach" | "event.canh_cao" | "event.cach_chuc" | "event.khai_tru")
    )
}

/// Whether a term names what a number counts. (`38/39 chỉ tiêu`: a
/// reference point counted is a unit too.)
fn counts(t: &Match<'_>) -> bool {
    counts_whole(t)
        || matches!(
            t.category(),
            Some(Category::Honorific | Category::Ethnicity | Category::Reference)
        )
}

/// Whether a term names things counted whole: people, bodies, places, units.
fn counts_whole(t: &Match<'_>) -> bool {
    matches!(
        t.category(),
        Some(
            Category::People
                | Category::Organisation
                | Category::AdminUnit
                | Category::Unit
                | Category::Honorific
        )
    )
}

/// Where a quantity starts: at its number, or at the approximation cue before it.
fn quantity_start(m: &NumericMatch) -> usize {
    m.approx_span
        .as_ref()
        .map_or(m.span.start, |a| a.start.min(m.span.start))
}
