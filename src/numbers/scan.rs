//! The scanner: finds anchors (a digit, or a trigger word found by one
//! multi-pattern search) and reads the expression at each, left to right.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{
    packed, AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind, Span,
};

use super::decimal::Decimal;
use super::digits::read_numeral;
use super::ident::{coded_document_number, phone, roman_after, slashed_number};
use super::text::{
    at_sentence_start, char_before, digits_end, find_digit, is_capitalized, is_title_case,
    is_word_bounded, letters_end, lower_eq, match_phrase, next_word, pair_ending_with, prev_word,
    prev_word_in, range_connector, skip_spaces, word_in,
};
use super::time::{self, date_match, small_int};
use super::words::{self, read_phrase, Word};
use super::{approx, DateParts, Kind, NumericMatch};
use crate::normalize::Normalized;

/// What a trigger word starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trigger {
    Numeral,
    Magnitude,
    Ordinal,
    Sunday,
    RomanCue,
    Zone,
}

/// Trigger words; each is also searched with a capital and in capitals.
/// The number is where, in bytes, the part of the trigger that the search
/// looks for starts (see [`TriggerSet`]): after the first letter where that
/// is as rare (then the word and its capitalized form share one anchor), and
/// across the space in words of two syllables.
const TRIGGERS: &[(&str, Trigger, usize)] = &[
    ("một", Trigger::Numeral, 1),
    ("hai", Trigger::Numeral, 0),
    ("ba", Trigger::Numeral, 0),
    ("bốn", Trigger::Numeral, 0),
    ("năm", Trigger::Numeral, 0),
    ("sáu", Trigger::Numeral, 0),
    // `ảy`, whose first four bytes are not those of `bản`, `bảo`, `bảng`.
    ("bảy", Trigger::Numeral, 1),
    ("bẩy", Trigger::Numeral, 0),
    ("tám", Trigger::Numeral, 0),
    ("chín", Trigger::Numeral, 1),
    ("mười", Trigger::Numeral, 0),
    ("hàng", Trigger::Magnitude, 0),
    ("thứ", Trigger::Ordinal, 0),
    // `ủ nhật`, `ại hội`, ` ương`: not `chủ`, `đạ`, `tru` (chức, đảng, trung).
    ("chủ nhật", Trigger::Sunday, 4),
    ("khóa", Trigger::RomanCue, 0),
    ("khoá", Trigger::RomanCue, 0),
    ("đại hội", Trigger::RomanCue, 4),
    ("Đại Hội", Trigger::RomanCue, 4),
    ("trung ương", Trigger::RomanCue, 5),
    ("Trung Ương", Trigger::RomanCue, 5),
    ("Chủ Nhật", Trigger::Sunday, 4),
    ("GMT", Trigger::Zone, 0),
    ("UTC", Trigger::Zone, 0),
];

/// Words before a number that make `d/m`, `d-m`, `d.m` a day and month.
const DATE_CUES: &[&str] = &[
    "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "mùng", "mồng",
];

/// Document types: a number right after one (or after one and `số`) is a
/// document number.
const DOC_TYPES: &[(&str, &str)] = &[
    ("quyết", "định"),
    ("nghị", "quyết"),
    ("quy", "định"),
    ("chỉ", "thị"),
    ("hướng", "dẫn"),
    ("kết", "luận"),
    ("kế", "hoạch"),
    ("thông", "tri"),
    ("đề", "án"),
    ("công", "văn"),
    ("thông", "báo"),
    ("nghị", "định"),
    ("thông", "tư"),
    ("tờ", "trình"),
    ("báo", "cáo"),
    ("văn", "bản"),
];

/// Nouns that make a single numeral word a number (`ba lớp`, `năm năm`), as
/// their first and second word (`""` for a noun of one word).
const UNITS: &[(&str, &str)] = &[
    ("đảng", "viên"),
    ("đảng", "bộ"),
    ("chi", "bộ"),
    ("chi", ""),
    ("tổ", "chức"),
    ("người", ""),
    ("lớp", ""),
    ("năm", ""),
    ("tháng", ""),
    ("ngày", ""),
    ("tuần", ""),
    ("giờ", ""),
    ("phút", ""),
    ("lần", ""),
    ("đồng", "chí"),
    ("đồng", ""),
    ("học", "viên"),
    ("học", "sinh"),
    ("quần", "chúng"),
    ("cán", "bộ"),
    ("đại", "biểu"),
    ("đoàn", "viên"),
    ("hội", "viên"),
    ("xã", ""),
    ("thôn", ""),
    ("bản", ""),
    ("buôn", ""),
    ("hộ", ""),
    ("huyện", ""),
    ("tỉnh", ""),
    ("đơn", "vị"),
    ("cơ", "sở"),
    ("nhóm", ""),
    ("chỉ", "tiêu"),
    ("trường", "hợp"),
    ("bài", ""),
    ("chuyên", "đề"),
    ("em", ""),
    ("cháu", ""),
    ("phường", ""),
    ("xóm", ""),
    ("tổ", ""),
    ("buổi", ""),
    ("cuộc", ""),
    ("đợt", ""),
    ("lượt", ""),
    ("khóa", ""),
    ("khoá", ""),
    ("nhiệm", "kỳ"),
    ("giải", "pháp"),
    ("nhiệm", "vụ"),
    ("tiêu", "chí"),
    ("văn", "bản"),
    ("nội", "dung"),
    ("chương", "trình"),
    ("mô", "hình"),
    ("gia", "đình"),
    ("dân", "tộc"),
    ("nhân", "tố"),
    ("điểm", ""),
    ("đồng", "chí"),
    ("ấp", ""),
    ("khóm", ""),
    ("làng", ""),
    ("sóc", ""),
    ("thanh", "niên"),
    ("sinh", "viên"),
    ("công", "nhân"),
    ("chiến", "sĩ"),
    ("nông", "dân"),
    ("ngư", "dân"),
    ("doanh", "nghiệp"),
    ("tập", "thể"),
    ("cá", "nhân"),
    ("thành", "viên"),
    ("giáo", "viên"),
    ("nữ", ""),
];

/// Words before `năm` that make it "year(s)", not five.
const YEAR_DETERMINERS: &[&str] = &[
    "những", "các", "mỗi", "hằng", "hàng", "cuối", "đầu", "trong", "nhiều", "vài", "mấy", "tháng",
    "qua",
];

/// Finds numeric expressions; build once and share (it is `Send + Sync`).
///
/// ```
/// let scanner = tintuc::numbers::Scanner::new();
/// let found = scanner.scan("Nhiệm kỳ 2020 - 2025 có 7% - 10% đảng viên trẻ.");
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].from.unwrap().year, Some(2020));
/// assert_eq!(found[1].value_max.unwrap().as_int(), Some(10));
/// ```
#[derive(Clone, Debug)]
pub struct Scanner {
    /// Trigger words of four bytes or more.
    long: TriggerSet,
    /// Trigger words of two or three bytes (`ba`, `hai`, `GMT`). Teddy
    /// compares fingerprints as long as its shortest pattern, up to four
    /// bytes: with these among the others they would be two or three bytes,
    /// which countless syllables share (`th…`, `đ` + a vowel), and the
    /// search would stop at every one of them.
    short: TriggerSet,
}

/// One trigger search and what each of its patterns starts.
///
/// The search does not look for the triggers themselves but for an anchor
/// in each: the trigger from an offset that [`TRIGGERS`] chooses, at least
/// four bytes (all of a shorter trigger). Teddy compares fingerprints of the
/// first four bytes of each pattern, and those of many triggers are the
/// first bytes of common syllables (`đại` starts as `đả` of `đảng` does,
/// `chủ` as `chức`): in the seed articles those four bytes are found about
/// nine times as often as the triggers, the first four bytes of the
/// anchors about twice as often. Each anchor found is checked against the
/// triggers that have it.
#[derive(Clone, Debug)]
struct TriggerSet {
    /// Searches the distinct anchors (none a prefix of another, so that at
    /// most one is found at a position).
    finder: Finder,
    /// By anchor: the triggers that have it, as (pattern, offset).
    anchored: Vec<Vec<(usize, usize)>>,
    patterns: Vec<String>,
    kinds: Vec<Trigger>,
}

impl TriggerSet {
    /// The set of `triggers`: pattern, what it starts, offset of its anchor.
    fn new(triggers: Vec<(String, Trigger, usize)>) -> Self {
        let (patterns, kinds): (Vec<String>, Vec<Trigger>) =
            triggers.iter().map(|(p, k, _)| (p.clone(), *k)).unzip();
        let mut anchors: Vec<&[u8]> = Vec::new();
        let mut anchored: Vec<Vec<(usize, usize)>> = Vec::new();
        for (k, (pattern, &(.., offset))) in patterns.iter().zip(&triggers).enumerate() {
            let bytes = pattern.as_bytes();
            let offset = offset.min(bytes.len().saturating_sub(4));
            let anchor = &bytes[offset..];
            match anchors.iter().position(|&a| a == anchor) {
                Some(a) => anchored[a].push((k, offset)),
                None => {
                    anchors.push(anchor);
                    anchored.push(vec![(k, offset)]);
                }
            }
        }
        let finder = Finder::packed(&anchors).unwrap_or_else(|| Finder::automaton(&anchors));
        TriggerSet {
            finder,
            anchored,
            patterns,
            kinds,
        }
    }

    /// First trigger at or after `from`: start, end and what it starts.
    ///
    /// The first anchor found that belongs to a trigger there belongs to the
    /// first trigger. A trigger that starts before another one and has its
    /// anchor after the other's would have the other start before its own
    /// anchor, which no trigger does (a test sees to it); and none is a
    /// prefix of another, so at most one starts at a place.
    fn find(&self, text: &str, from: usize) -> Option<(usize, usize, Trigger)> {
        let bytes = text.as_bytes();
        let mut at = from;
        while let Some((p, _, anchor)) = self.finder.find(text, at..text.len()) {
            for &(k, offset) in &self.anchored[anchor] {
                let Some(start) = p.checked_sub(offset).filter(|&s| s >= from) else {
                    continue;
                };
                let pattern = self.patterns[k].as_bytes();
                if bytes[start..].starts_with(pattern) {
                    return Some((start, start + pattern.len(), self.kinds[k]));
                }
            }
            at = p + 1;
        }
        None
    }
}

/// The next hit of a trigger search, searched again only once the scan has
/// passed it.
#[derive(Default)]
struct NextHit {
    hit: Option<(usize, usize, Trigger)>,
    done: bool,
}

impl NextHit {
    /// The first hit of `set` at or after `pos`.
    fn at_or_after(
        &mut self,
        set: &TriggerSet,
        text: &str,
        pos: usize,
    ) -> Option<(usize, usize, Trigger)> {
        if !self.done && self.hit.is_none_or(|(start, _, _)| start < pos) {
            self.hit = set.find(text, pos);
            self.done = self.hit.is_none();
        }
        self.hit
    }
}

/// The trigger search: SIMD Teddy where the CPU has it, else a DFA.
#[derive(Clone, Debug)]
enum Finder {
    Packed(packed::Searcher),
    Automaton(AhoCorasick),
}

impl Finder {
    /// Teddy, if this CPU and pattern set allow it.
    fn packed<P: AsRef<[u8]>>(patterns: &[P]) -> Option<Self> {
        packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostLongest)
            .builder()
            .extend(patterns)
            .build()
            .map(Finder::Packed)
    }

    fn automaton<P: AsRef<[u8]>>(patterns: &[P]) -> Self {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns)
            // The patterns are fixed and small; building cannot fail.
            .expect("trigger automaton");
        Finder::Automaton(ac)
    }

    /// First pattern found in `span` of `text`: start, end and pattern number.
    fn find(&self, text: &str, span: Range<usize>) -> Option<(usize, usize, usize)> {
        let span = Span::from(span);
        let m = match self {
            Finder::Packed(searcher) => searcher.find_in(text, span)?,
            Finder::Automaton(ac) => ac.find(Input::new(text).span(span))?,
        };
        Some((m.start(), m.end(), m.pattern().as_usize()))
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

/// Every trigger as written, with a capital and in capitals: the pattern,
/// what it starts and the offset of its anchor. The patterns come in that
/// order (all triggers as written first): Teddy puts patterns into its
/// buckets in order, and this order gives buckets that stop on fewer
/// syllables that are no trigger.
fn trigger_patterns() -> Vec<(String, Trigger, usize)> {
    let mut patterns: Vec<(String, Trigger, usize)> = Vec::new();
    let capital = |word: &str| -> String {
        word.chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(word.chars().skip(1))
            .collect()
    };
    let variants: [fn(&str) -> String; 3] = [str::to_string, capital, str::to_uppercase];
    for variant in variants {
        for &(word, kind, offset) in TRIGGERS {
            let pattern = variant(word);
            if !patterns.iter().any(|(p, ..)| *p == pattern) {
                patterns.push((pattern, kind, offset));
            }
        }
    }
    patterns
}

/// Scans `text` with a shared [`Scanner`].
pub fn scan(text: &str) -> Vec<NumericMatch> {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(Scanner::new).scan(text)
}

/// Scans a normalized text and maps every span back to the original input.
pub fn scan_normalized(normalized: &Normalized<'_>) -> Vec<NumericMatch> {
    let mut found = scan(normalized.text());
    // Matches are sorted, so one cursor walks the offset map once.
    let mut cursor = normalized.map().cursor();
    for m in &mut found {
        m.approx_span = m.approx_span.take().map(|r| cursor.to_original(r));
        m.span = cursor.to_original(m.span.clone());
    }
    found
}

impl Scanner {
    /// Builds the trigger automaton.
    pub fn new() -> Self {
        let (long, short): (Vec<_>, Vec<_>) = trigger_patterns()
            .into_iter()
            .partition(|(p, ..)| p.len() >= 4);
        Self {
            long: TriggerSet::new(long),
            short: TriggerSet::new(short),
        }
    }

    /// The leftmost trigger at or after `pos`, from either search. (No
    /// short trigger starts where a long one does, so there is no tie.)
    fn trigger_at_or_after(
        &self,
        hits: &mut [NextHit; 2],
        text: &str,
        pos: usize,
    ) -> Option<(usize, usize, Trigger)> {
        let long = hits[0].at_or_after(&self.long, text, pos);
        let short = hits[1].at_or_after(&self.short, text, pos);
        match (long, short) {
            (Some(l), Some(s)) if s.0 < l.0 => Some(s),
            (l, s) => l.or(s),
        }
    }

    /// All numeric expressions of `text`, sorted by start, non-overlapping.
    pub fn scan(&self, text: &str) -> Vec<NumericMatch> {
        let bytes = text.as_bytes();
        // News text has a number every few hundred bytes: room for one in
        // every 256 bytes, so that an article's list never grows, capped so
        // that one huge text does not reserve its size in matches.
        let mut out: Vec<NumericMatch> = Vec::with_capacity((text.len() / 256 + 4).min(1 << 12));
        let mut pos = 0;
        let mut word_hits = [NextHit::default(), NextHit::default()];
        // Next digit at or after `pos`, searched again only once passed.
        let mut digit: Option<usize> = None;
        let mut digits_done = false;
        while pos < bytes.len() {
            if !digits_done && digit.is_none_or(|d| d < pos) {
                digit = find_digit(bytes, pos);
                digits_done = digit.is_none();
            }
            let word_hit = self.trigger_at_or_after(&mut word_hits, text, pos);
            let hit = word_hit.filter(|&(start, _, _)| digit.is_none_or(|d| start < d));
            if let Some((start, end, trigger)) = hit {
                let word_end = letters_end(text, start).max(end);
                pos = if !is_word_bounded(text, &(start..end)) {
                    word_end
                } else if trigger == Trigger::Zone {
                    attach_zone(text, start..end, &mut out)
                        .unwrap_or(0)
                        .max(word_end)
                } else if let Some(m) = at_word(text, trigger, start..end) {
                    let end = m.span.end.max(word_end);
                    out.push(m);
                    end
                } else {
                    word_end
                };
            } else if let Some(start) = digit {
                match at_digit(text, start, pos) {
                    Some(m) => {
                        pos = m.span.end.max(start + 1);
                        out.push(m);
                    }
                    None => pos = token_end(text, start),
                }
            } else {
                break;
            }
        }
        out
    }
}

/// Reads the expression at a trigger word (other than a time zone).
fn at_word(text: &str, trigger: Trigger, hit: Range<usize>) -> Option<NumericMatch> {
    let start = hit.start;
    match trigger {
        Trigger::Numeral => numeral_words(text, start),
        Trigger::Magnitude => magnitude(text, start, hit.end),
        Trigger::Ordinal => ordinal_or_weekday(text, start, hit.end),
        Trigger::Sunday => {
            let (date, end) =
                time::date_after_weekday(text, hit.end).unwrap_or((DateParts::default(), hit.end));
            let mut m = date_match(start..end, date);
            m.date = (date != DateParts::default()).then_some(date);
            m.weekday = Some(7);
            Some(m)
        }
        Trigger::RomanCue => roman_after(text, hit.end).map(|(n, span)| ordinal(span, n)),
        Trigger::Zone => None,
    }
}

/// `GMT+7` at `hit`: sets the offset on the date or clock just before it on
/// the same line, and returns the end of the zone.
fn attach_zone(text: &str, hit: Range<usize>, out: &mut [NumericMatch]) -> Option<usize> {
    let (offset, end) = time::zone_offset(text, hit.end)?;
    if let Some(last) = out.last_mut() {
        let gap = text.get(last.span.end..hit.start).unwrap_or("\n");
        if matches!(last.kind, Kind::Date | Kind::Clock) && gap.len() <= 40 && !gap.contains('\n') {
            last.timezone = Some(offset);
        }
    }
    Some(end)
}

/// End of the numeric token at `start` (digits and inner separators), so a
/// failed anchor is not retried inside its own token.
fn token_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = digits_end(text, start);
    while end + 1 < bytes.len()
        && matches!(bytes[end], b'.' | b',' | b'/' | b'-' | b':')
        && bytes[end + 1].is_ascii_digit()
    {
        end = digits_end(text, end + 1);
    }
    end.max(start + 1)
}

fn ordinal(span: std::ops::Range<usize>, n: u32) -> NumericMatch {
    let mut m = NumericMatch::new(Kind::Ordinal, span);
    m.value = Some(Decimal::from_int(i128::from(n)));
    m
}

/// The number after the word `before` is in a document reference:
/// `Quyết định 2319`, `Quyết định số 1090/2023`.
fn doc_context(text: &str, before: Option<&Range<usize>>) -> bool {
    let Some(mut last) = before.cloned() else {
        return false;
    };
    if word_in(text, &last, &["số", "sô"]) {
        match prev_word(text, last.start) {
            Some(w) => last = w,
            None => return false,
        }
    }
    pair_ending_with(text, &last, DOC_TYPES.iter().copied()).is_some()
}

/// An ordinal cue in the word `before` a number in digits: `khóa 18`,
/// `Đại hội 13`, `Trung ương 4`, `lần thứ 4`.
fn ordinal_context(text: &str, before: Option<&Range<usize>>) -> bool {
    let Some(last) = before else {
        return false;
    };
    word_in(text, last, &["thứ", "khóa", "khoá"])
        || pair_ending_with(text, last, [("đại", "hội"), ("trung", "ương")]).is_some()
}

/// `Sáng nay (6/11)`, `Hôm nay (12-5)`: the day of `nay` in a bracket after a
/// time of day.
fn today_in_brackets(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].trim_end().strip_suffix('(') else {
        return false;
    };
    // (The bracket holds the day alone: not `Chiều nay (1/2 số đại biểu …)`.)
    let rest = text[start..].trim_start_matches(|c: char| c.is_ascii_digit() || "/-.".contains(c));
    rest.starts_with(')')
        && prev_word(text, head.len())
            .filter(|nay| word_in(text, nay, &["nay"]))
            .is_some_and(|nay| prev_word_in(text, nay.start, DATE_CUES))
}

/// Reads the expression whose first digit is at `start`; `floor` is where
/// unread text begins.
fn at_digit(text: &str, start: usize, floor: usize) -> Option<NumericMatch> {
    if let Some(m) = time::clock_digits(text, start) {
        return Some(m);
    }
    // Digits glued to letters (`Covid19`, `K12`) are names; so are they after
    // a dash and a word with a capital (`Covid-19`, `A-12`), not after a
    // small word (`nam-23 đảng viên`, a list item) nor as a year (`khóa I-2012`).
    let glued = match char_before(text, start) {
        Some('-') => {
            let word = &text[..start - 1];
            let from = word
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphanumeric())
                .map_or(0, |(p, c)| p + c.len_utf8());
            let word = &word[from..];
            word.chars().any(char::is_uppercase) && digits_end(text, start) - start < 4
        }
        c => c.is_some_and(char::is_alphabetic),
    };
    if glued {
        return None;
    }
    if let Some(span) = phone(text, start, floor) {
        return Some(NumericMatch::new(Kind::Phone, span));
    }
    if let Some((date, end)) = time::full_date(text, start).or_else(|| time::iso_date(text, start))
    {
        return Some(date_match(start..end, date));
    }
    if let Some(end) = coded_document_number(text, start) {
        return Some(NumericMatch::new(Kind::DocumentNumber, start..end));
    }
    // The word before the number, read once for every cue below.
    let before = prev_word(text, start);
    let after_word = |targets: &[&str]| before.as_ref().is_some_and(|w| word_in(text, w, targets));
    let in_doc = doc_context(text, before.as_ref());
    let date_cue = after_word(DATE_CUES) || today_in_brackets(text, start);
    if let Some(m) = slash_forms(text, start, in_doc, date_cue) {
        return Some(m);
    }
    if !in_doc && !date_cue {
        if let Some(m) = wide_fraction(text, start) {
            return Some(m);
        }
    }
    if let Some((date, end)) = time::day_month(text, start, b"-.") {
        // `27-11`, `30-4`: a range cannot go down, so this is a day and month.
        let descending =
            date.month < date.day && text.as_bytes().get(digits_end(text, start)) == Some(&b'-');
        if date_cue || descending {
            return Some(date_match(start..end, date));
        }
    }
    if let Some(m) = time::year_period(text, start) {
        return Some(m);
    }
    let num = read_numeral(text, start);
    if num.plain {
        let end = num.end;
        // `kết luận 9 tổ chức đảng`: a document type used as a verb counts;
        // `vượt kế hoạch 15%` measures against the plan.
        let counted = || {
            (!after_word(&["số", "sô"]) && counted_unit_after(text, end))
                || percent_after(text, end).is_some()
        };
        if in_doc && !counted() {
            return Some(NumericMatch::new(Kind::DocumentNumber, start..end));
        }
        if let Some(n) = small_int(text, start, end) {
            if after_word(&["năm"]) {
                if let Some(y) = time::is_year(text, start, end) {
                    let mut m = NumericMatch::new(Kind::Year, start..end);
                    m.date = Some(DateParts::year(y));
                    return Some(m);
                }
            }
            if after_word(&["tháng"]) && (1..=12).contains(&n) {
                let mut date = DateParts {
                    month: Some(n as u8),
                    ..DateParts::default()
                };
                let mut end = end;
                if let Some((y, e)) = time::year_after(text, end) {
                    date.year = Some(y);
                    end = e;
                }
                return Some(date_match(start..end, date));
            }
            if ordinal_context(text, before.as_ref()) && n < 1000 {
                return Some(ordinal(start..end, n));
            }
            if let Some(m) = time::day_month_words(text, start, n, end) {
                return Some(m);
            }
            if let Some(m) = time::months_of_year(text, start, n, end) {
                return Some(m);
            }
            if after_word(&["lúc", "vào"]) {
                if let Some(m) = time::clock_words(text, start, n, end) {
                    return Some(m);
                }
            }
        }
    }
    let phrase = read_phrase(text, start, Some((num.value, num.end)))?;
    let multiplied = phrase.words > 1;
    let mut m = quantity(text, start, phrase.value, phrase.end);
    if num.plain
        && !multiplied
        && m.kind == Kind::Number
        && m.value_max.is_none()
        && m.approx_span.is_none()
    {
        if let Some(y) = time::is_year(text, start, num.end) {
            m.kind = Kind::Year;
            m.value = None;
            m.date = Some(DateParts::year(y));
        }
    }
    Some(m)
}

/// `a/b`: document number, month/year, day/month or fraction (see the
/// module docs for the order of the rules).
fn slash_forms(text: &str, start: usize, in_doc: bool, date_cue: bool) -> Option<NumericMatch> {
    let a_end = digits_end(text, start);
    if text.as_bytes().get(a_end) != Some(&b'/')
        || !text
            .as_bytes()
            .get(a_end + 1)
            .is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let b_start = a_end + 1;
    let b_end = digits_end(text, b_start);
    let all_end = slashed_number(text, start);
    // (`Kết luận 25/29 đảng viên có vi phạm`: a document type used as a verb,
    // then a share of a counted thing.)
    let counted = || all_end == b_end && counted_unit_after(text, b_end);
    if (in_doc && !counted()) || all_end > b_end {
        return Some(NumericMatch::new(Kind::DocumentNumber, start..all_end));
    }
    let year = time::is_year(text, b_start, b_end);
    let a = small_int(text, start, a_end);
    if let (Some(y), Some(m @ 1..=12)) = (year, a) {
        if a_end - start <= 2 {
            if let Some(period) = time::month_period(text, start, b_end, y) {
                return Some(period);
            }
            let parts = DateParts {
                year: Some(y),
                month: Some(m as u8),
                day: None,
            };
            return Some(date_match(start..b_end, parts));
        }
    }
    if year.is_some() && a.is_none_or(|a| a > 12) {
        return Some(NumericMatch::new(Kind::DocumentNumber, start..b_end));
    }
    if date_cue {
        if let Some((date, end)) = time::day_month(text, start, b"/") {
            return Some(date_match(start..end, date));
        }
    }
    let whole = Decimal::from_parts(&[&text[b_start..b_end]], "");
    if let (Some(p), Some(w)) = (Decimal::from_parts(&[&text[start..a_end]], ""), whole) {
        if p <= w && w.mantissa() > 0 {
            let mut m = NumericMatch::new(Kind::Fraction, start..b_end);
            m.value = Some(p);
            m.total = Some(w);
            set_approx(text, &mut m);
            return Some(m);
        }
    }
    time::day_month(text, start, b"/").map(|(date, end)| date_match(start..end, date))
}

/// `5.640/6.012 đảng viên`, `998/1.046 đồng chí`, `38 / 42 tổ chức`: a count
/// out of a whole written with thousands dots or with spaces around the slash
/// (the plain `38/42` is [`slash_forms`]'s). Both whole numbers, the part no more than
/// the whole, and no third part (`1.2/3/4`).
fn wide_fraction(text: &str, start: usize) -> Option<NumericMatch> {
    let bytes = text.as_bytes();
    // Most numbers have no slash after their digits and separators: look
    // before reading any.
    let tail = bytes[start..]
        .iter()
        .position(|b| !matches!(b, b'0'..=b'9' | b'.' | b','))
        .map_or(bytes.len(), |k| start + k);
    if !matches!(bytes.get(tail..tail + 2), Some([b'/', _] | [b' ', b'/'])) {
        return None;
    }
    let a = read_numeral(text, start);
    let spaced = bytes.get(a.end) == Some(&b' ');
    let slash = a.end + usize::from(spaced);
    if bytes.get(slash) != Some(&b'/') {
        return None;
    }
    let b_start = slash + 1 + usize::from(spaced);
    if spaced && bytes.get(slash + 1) != Some(&b' ') {
        return None;
    }
    if !bytes.get(b_start).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let b = read_numeral(text, b_start);
    // (`998/1.046`: a plain part of a whole with dots.)
    if a.plain && b.plain && !spaced {
        return None;
    }
    // No third part (`1.2/3/4`, `3 / 5 / 2023`), no slash before (a date's
    // tail), and no two years (`năm học 2023 / 2024`).
    let slash_next = |k: usize| {
        bytes
            .get(k..)
            .is_some_and(|r| r.trim_ascii_start().starts_with(b"/"))
    };
    let slash_before = bytes[..start].trim_ascii_end().ends_with(b"/");
    let third = matches!(bytes.get(b.end), Some(b'.' | b','))
        && bytes.get(b.end + 1).is_some_and(u8::is_ascii_digit);
    let year = |r: Range<usize>| time::is_year(text, r.start, r.end).is_some();
    if slash_next(b.end) || slash_before || third || (year(start..a.end) && year(b_start..b.end)) {
        return None;
    }
    let (part, whole) = (a.value?, b.value?);
    let (p, w) = (part.as_int()?, whole.as_int()?);
    if p > w || w == 0 {
        return None;
    }
    let mut m = NumericMatch::new(Kind::Fraction, start..b.end);
    m.value = Some(part);
    m.total = Some(whole);
    set_approx(text, &mut m);
    Some(m)
}

/// `%`, ` %` or ` phần trăm` after `end`: the new end.
fn percent_after(text: &str, end: usize) -> Option<usize> {
    let p = skip_spaces(text, end);
    match text.as_bytes().get(p) {
        Some(b'%') if p - end <= 1 => Some(p + 1),
        Some(b'p' | b'P') => match_phrase(text, end, "phần trăm"),
        _ => None,
    }
}

/// A numeral phrase at `pos` that can stand as a number on its own (words
/// only): its value, end and whether it was one word.
fn word_phrase(text: &str, pos: usize) -> Option<words::Phrase> {
    let phrase = read_phrase(text, pos, None)?;
    let stands = phrase.words > 1
        || unit_after(text, phrase.end)
        || percent_after(text, phrase.end).is_some();
    (stands || range_follows(text, phrase.end)).then_some(phrase)
}

/// `đến ba lớp`, `- 10%` after a lone numeral word makes it a number too
/// (`hai đến ba lớp`).
fn range_follows(text: &str, end: usize) -> bool {
    let Some(after) = range_connector(text, end) else {
        return false;
    };
    let q = skip_spaces(text, after);
    next_word(text, q).is_some_and(|w| w.start == q) && word_phrase(text, q).is_some()
}

/// A unit of [`UNITS`] in small letters, other than a time or a count of
/// times, after the number ending at `end` (`9 tổ chức đảng`, not `65 ngày
/// 18/11/2021`, `05 Tỉnh ủy`, `3 lần`).
fn counted_unit_after(text: &str, end: usize) -> bool {
    const TIME: &[&str] = &["năm", "tháng", "ngày", "tuần", "giờ", "phút", "lần"];
    unit_after(text, end)
        && next_word(text, end).is_some_and(|w| {
            let word = &text[w];
            !word.starts_with(char::is_uppercase) && !TIME.iter().any(|t| lower_eq(word, t))
        })
}

fn unit_after(text: &str, end: usize) -> bool {
    let Some(first) = next_word(text, end).filter(|w| w.start <= end + 1) else {
        return false;
    };
    let word = &text[first.clone()];
    // The second word is read only for a unit of two words that starts so.
    let second_is = |b: &str| next_word(text, first.end).is_some_and(|w| lower_eq(&text[w], b));
    UNITS
        .iter()
        .any(|&(a, b)| lower_eq(word, a) && (b.is_empty() || second_is(b)))
}

/// A number whose value is read (`value`, end `end`): adds `%`, a range
/// and the approximation, and builds the match.
fn quantity(text: &str, start: usize, value: Option<Decimal>, end: usize) -> NumericMatch {
    let mut m = NumericMatch::new(Kind::Number, start..end);
    m.value = value;
    m.overflow = value.is_none();
    if let Some(e) = percent_after(text, end) {
        m.kind = Kind::Percent;
        m.span.end = e;
    }
    range_tail(text, &mut m);
    set_approx(text, &mut m);
    m
}

fn set_approx(text: &str, m: &mut NumericMatch) {
    // The word before the number, read once for both cues that need it.
    let before = prev_word(text, m.span.start);
    let alone = || {
        m.value_max
            .is_none()
            .then(|| approx::from_alone(text, before.clone()?, m.span.end))
            .flatten()
    };
    if let Some((a, span)) = before
        .clone()
        .and_then(|w| approx::before(text, w))
        .or_else(|| approx::after(text, m.span.end))
        .or_else(alone)
    {
        m.approx = a;
        m.approx_span = Some(span);
    }
}

/// ` - 10`, `–100`, ` đến 3`, ` tới 15%` after a number: sets `value_max`
/// (or turns `5 đến 9-3-2012` into a period of dates).
fn range_tail(text: &str, m: &mut NumericMatch) {
    let Some(after) = range_connector(text, m.span.end) else {
        return;
    };
    let q = skip_spaces(text, after);
    let Some(mut low) = m.value else { return };
    let (high, mut high_end) = if text.as_bytes().get(q).is_some_and(u8::is_ascii_digit) {
        if let Some((date, d_end)) = time::full_date(text, q) {
            // `từ 5 đến 9-3-2012`: the left side is a day of the same month.
            if let Some(day @ 1..=31) = low.as_int().filter(|_| m.kind == Kind::Number) {
                let mut from = date;
                from.day = Some(day as u8);
                m.kind = Kind::Period;
                m.value = None;
                m.from = Some(from);
                m.to = Some(date);
                m.span.end = d_end;
            }
            return;
        }
        if time::clock_digits(text, q).is_some() || coded_document_number(text, q).is_some() {
            return;
        }
        let num = read_numeral(text, q);
        let Some(p) = read_phrase(text, q, Some((num.value, num.end))) else {
            return;
        };
        // `7 - 8 triệu`: the multiplier of the right side is the left's too,
        // when the left has none of its own (not `1.500 - 2 nghìn`).
        if let Some((Word::Scale(exp), _)) = words::word_after(text, num.end) {
            let bare = text.as_bytes()[..m.span.end]
                .last()
                .is_some_and(u8::is_ascii_digit);
            let scaled = low.checked_mul_int(10i128.pow(exp));
            if let Some(scaled) = scaled.filter(|s| bare && p.value.is_some_and(|h| *s <= h)) {
                low = scaled;
            }
        }
        (p.value, p.end)
    } else {
        match word_phrase(text, q) {
            Some(p) => (p.value, p.end),
            None => return,
        }
    };
    let Some(high) = high else { return };
    if high < low {
        return;
    }
    // `7 - 10%` is a range of percentages; `7% - 10` stays one too.
    if let Some(e) = percent_after(text, high_end) {
        high_end = e;
        m.kind = Kind::Percent;
    }
    m.value = Some(low);
    m.value_max = Some(high);
    m.span.end = high_end;
}

/// A numeral in words at `start` (`hai mươi lăm`, `ba lớp`), if the word is
/// really a number here (see the module docs).
fn numeral_words(text: &str, start: usize) -> Option<NumericMatch> {
    let w = start..letters_end(text, start);
    // `năm 2022`, `hai 3`: a numeral word is never read right before digits.
    if text
        .as_bytes()
        .get(skip_spaces(text, w.end))
        .is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let word = &text[w.clone()];
    if is_title_case(word) && !at_sentence_start(text, start) {
        return None;
    }
    if lower_eq(word, "năm")
        && (prev_word_in(text, start, YEAR_DETERMINERS) || year_is_named(text, start))
    {
        return None;
    }
    // `Trong 5 năm Đảng bộ xã …`, `Sau hai năm chi bộ …`: after a number
    // `năm` is years, not five; so it is before a word and a number (`từ
    // năm lớp 11`, the year of grade 11).
    let before = text[..start].trim_end_matches(' ');
    // (Not after `năm` itself: `Mỗi năm năm đảng viên` is five.)
    let after_numeral = || {
        prev_word(text, start).is_some_and(|p| {
            !lower_eq(&text[p.clone()], "năm")
                && matches!(words::classify(&text[p]), Some(words::Word::Digit(_)))
        })
    };
    // (After a preposition of time: not `tại năm thôn 1, 2 và 4`.)
    let before_numbered = || {
        prev_word_in(text, start, &["từ", "vào", "đến", "tới", "sang"])
            && next_word(text, w.end).is_some_and(|n| {
                n.start == w.end + 1
                    && text.as_bytes().get(n.end) == Some(&b' ')
                    && text
                        .as_bytes()
                        .get(n.end + 1)
                        .is_some_and(u8::is_ascii_digit)
            })
    };
    if lower_eq(word, "năm")
        && (before.ends_with(|c: char| c.is_ascii_digit()) || after_numeral() || before_numbered())
    {
        return None;
    }
    let phrase = word_phrase(text, start)?;
    if prev_word_in(text, start, &["tháng"]) {
        // `tháng mười hai` is December.
        let month = phrase
            .value
            .and_then(Decimal::as_int)
            .filter(|m| (1..=12).contains(m))?;
        let date = DateParts {
            month: Some(month as u8),
            ..DateParts::default()
        };
        return Some(date_match(start..phrase.end, date));
    }
    Some(quantity(text, start, phrase.value, phrase.end))
}

/// `Năm 2025 là năm tổ chức đại hội`, `Năm nay cũng là năm …`: `năm`
/// after `là`, in a clause that opens with a year (`Năm 2025`, `năm nay`)
/// a few words before, or right after one and before a capital (`… năm
/// 2025 là năm Đảng bộ tỉnh vượt qua …`), is that year again. (Not `Số chi
/// bộ đạt … năm 2024 là năm chi bộ`.)
fn year_is_named(text: &str, start: usize) -> bool {
    let Some(la) = prev_word(text, start).filter(|w| lower_eq(&text[w.clone()], "là")) else {
        return false;
    };
    // (A short window back: no scan to the start of a long line.)
    let mut from = la.start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..la.start];
    let is_year = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || ["nay", "này", "qua"].iter().any(|n| lower_eq(w, n))
    };
    // (The year right before `là`, and a capital after `năm`, a clause's
    // subject, not a thing counted: `khẳng định năm 2025 là năm Đảng bộ …`.)
    // (And a clause going on after it: not `… là năm Chi bộ.`)
    let mut after = text[start..].split_whitespace().skip(1);
    let capital_after = after
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && after
            .take(3)
            .filter(|w| !w.ends_with(['.', ',', ';', ':']))
            .count()
            >= 2;
    let mut back = before.split_whitespace().rev();
    if capital_after
        && back.next().is_some_and(is_year)
        && back.next().is_some_and(|w| lower_eq(w, "năm"))
    {
        return true;
    }
    let clause = match before.rfind(['.', ',', ';', ':', '\n', '!', '?']) {
        Some(k) => &before[k + 1..],
        None if from == 0 => before,
        None => return false,
    };
    // (After a list's dash or a quotation mark: `- Năm 2025 là năm …`.)
    let clause = clause.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '•' | '*' | '+' | '"' | '“')
    });
    let mut words = clause.split_whitespace();
    let opens_with_year =
        words.next().is_some_and(|w| lower_eq(w, "năm")) && words.next().is_some_and(is_year);
    opens_with_year && words.count() <= 2
}

/// `hàng chục`, `hàng trăm`, `hàng nghìn`: an order of magnitude, about.
fn magnitude(text: &str, start: usize, hang_end: usize) -> Option<NumericMatch> {
    let (value, end) = words::read_order_of_magnitude(text, hang_end)?;
    let mut m = quantity(text, start, Some(value), end);
    if m.approx_span.is_none() {
        m.approx = super::Approx::About;
        m.approx_span = Some(start..hang_end);
    }
    Some(m)
}

/// After `thứ`: a weekday (`Thứ Sáu`, `Thứ 2, 17/12/2018`) or an ordinal
/// (`lần thứ 4`, `thứ hai`, `lần thứ XXI`).
fn ordinal_or_weekday(text: &str, start: usize, thu_end: usize) -> Option<NumericMatch> {
    if let Some((n, span)) = roman_after(text, thu_end) {
        return Some(ordinal(span, n));
    }
    let next = skip_spaces(text, thu_end);
    let (n, num_span) = if text.as_bytes().get(next).is_some_and(u8::is_ascii_digit) {
        let end = digits_end(text, next);
        if text.as_bytes().get(end).is_some_and(|b| {
            matches!(b, b'/' | b'-' | b'.' | b',' | b':')
                && text.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit)
        }) {
            return None;
        }
        (small_int(text, next, end).filter(|n| *n < 1000)?, next..end)
    } else {
        let w = next_word(text, thu_end)?;
        let value = if word_in(text, &w, &["nhất"]) {
            1
        } else {
            match words::classify(&text[w.clone()])? {
                Word::Digit(d @ 1..=9) => u32::from(d),
                Word::Four => 4,
                Word::Ten => 10,
                _ => return None,
            }
        };
        (value, w)
    };
    let capital = is_capitalized(&text[start..thu_end]);
    if let Some(weekday) = time::weekday_from_ordinal(n) {
        if let Some((date, end)) = time::date_after_weekday(text, num_span.end) {
            let mut m = date_match(start..end, date);
            m.weekday = Some(weekday);
            return Some(m);
        }
        if capital && !prev_word_in(text, start, &["lần", "khóa", "khoá", "hạng", "kỳ"]) {
            let mut m = NumericMatch::new(Kind::Date, start..num_span.end);
            m.weekday = Some(weekday);
            return Some(m);
        }
    }
    Some(ordinal(num_span, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_trigger_searches_agree() {
        let patterns: Vec<String> = trigger_patterns().into_iter().map(|t| t.0).collect();
        let automaton = Finder::automaton(&patterns);
        let text = "Năm 2022 HAI mươi, ba Ba BA, thứ Thứ THỨ tư; một MỘT hàng nghìn, chính thức; \
                    Đại hội ĐẠI HỘI đại hội XI, Trung ương 4, khóa khoá KHÓA XII, Chủ nhật (GMT+7) ban khai";
        let Some(packed) = Finder::packed(&patterns) else {
            return;
        };
        let mut pos = 0;
        let mut hits = 0;
        while let Some(hit) = automaton.find(text, pos..text.len()) {
            assert_eq!(packed.find(text, pos..text.len()), Some(hit), "from {pos}");
            pos = hit.0 + 1;
            hits += 1;
        }
        assert_eq!(packed.find(text, pos..text.len()), None);
        assert!(hits > 20, "{hits}");
    }

    /// The first trigger at or after `pos` as one leftmost-longest search
    /// of all the triggers themselves finds it (the search before anchors).
    fn reference_find(text: &str, pos: usize) -> Option<(usize, usize, Trigger)> {
        static ALL: OnceLock<(Finder, Vec<Trigger>)> = OnceLock::new();
        let (finder, kinds) = ALL.get_or_init(|| {
            let (patterns, kinds): (Vec<String>, Vec<Trigger>) = trigger_patterns()
                .into_iter()
                .map(|(p, k, _)| (p, k))
                .unzip();
            (Finder::automaton(&patterns), kinds)
        });
        finder
            .find(text, pos..text.len())
            .map(|(start, end, k)| (start, end, kinds[k]))
    }

    fn assert_same_triggers(scanner: &Scanner, text: &str) {
        for pos in 0..=text.len() {
            let mut hits = [NextHit::default(), NextHit::default()];
            assert_eq!(
                scanner.trigger_at_or_after(&mut hits, text, pos),
                reference_find(text, pos),
                "from {pos} in {text:?}"
            );
        }
        // One cursor walked forwards, as the scan walks it.
        let mut hits = [NextHit::default(), NextHit::default()];
        let mut pos = 0;
        while pos <= text.len() {
            assert_eq!(
                scanner.trigger_at_or_after(&mut hits, text, pos),
                reference_find(text, pos),
                "walking, from {pos} in {text:?}"
            );
            pos += 1 + pos % 7;
        }
    }

    #[test]
    fn split_search_finds_what_one_search_finds() {
        let scanner = Scanner::new();
        let text = "Năm 2022 HAI mươi, ba Ba BA, bao Bảy BẨY bốn; thứ Thứ THỨ tư; một MỘT hàng \
                    nghìn, chính thức; Đại hội ĐẠI HỘI đại hội XI, Trung ương 4, khóa KHÓA XII, \
                    Chủ nhật (GMT+7) ban khai, ba";
        assert_same_triggers(&scanner, text);
    }

    /// Anchors found where no trigger is, triggers that overlap, anchors
    /// before `pos` whose triggers start after it, triggers cut short.
    #[test]
    fn anchored_search_finds_what_the_reference_finds() {
        let scanner = Scanner::new();
        let tricky = [
            "",
            "ại hủ nhật ại hội đại hộ đại hội",
            "chủ nhậtchủ nhật, đđại hội, trung ươngtrung ương",
            "trung ương trung ươn trung ư",
            "đảng bảy bản bảo hàng nhàng chàng khoá khóa khoáa",
            "babababa hahai hhai GMTUTC gmt utc",
            // Triggers that overlap: `một` and `tám`, `năm` and `một`.
            "mộtám nămột thứba khóabảy hàngmười",
            "CHỦ NHẬT ĐẠI HỘI TRUNG ƯƠNG Chủ Nhật Đại Hội Trung Ương",
            "ho\u{0300}a đa\u{0323}i hội d\u{0323}ai ngày chu\u{0309} nhật",
            "một\u{0301} mộtt mmột 1một một1",
            "Привет мир 漢字 😀 một",
        ];
        for text in tricky {
            assert_same_triggers(&scanner, text);
            assert_same_triggers(&scanner, &text.to_uppercase());
        }
        for raw in crate::seed_articles() {
            let n = crate::normalize::normalize(&raw);
            assert_same_triggers(&scanner, n.text());
            assert_same_triggers(&scanner, crate::normalize::fold(n.text()).text());
        }
    }

    /// The anchors that `set` searches, in the order of its groups.
    fn anchors_of(set: &TriggerSet) -> Vec<&[u8]> {
        let anchor = |&(k, offset): &(usize, usize)| &set.patterns[k].as_bytes()[offset..];
        set.anchored.iter().map(|group| anchor(&group[0])).collect()
    }

    /// The anchored search with the automaton (where Teddy is not to be
    /// had) finds what it finds with Teddy.
    #[test]
    fn anchored_search_with_the_automaton_agrees() {
        let scanner = Scanner::new();
        for set in [&scanner.long, &scanner.short] {
            let anchors = anchors_of(set);
            let automaton = TriggerSet {
                finder: Finder::automaton(&anchors),
                ..set.clone()
            };
            let mut texts: Vec<String> = crate::seed_articles();
            texts.push("mộtám nămột CHỦ NHẬT Đại Hội trung ương, ba GMT".to_string());
            for text in &texts {
                for pos in 0..=text.len() {
                    assert_eq!(automaton.find(text, pos), set.find(text, pos), "from {pos}");
                }
            }
        }
    }

    /// What the anchored search relies on: no trigger is a prefix of
    /// another (one trigger at most starts at a place); no trigger of a set
    /// starts in another before the other's anchor (then the first anchor
    /// found is that of the first trigger); and no anchor of a set is a
    /// prefix of another (one anchor at most is found at a place).
    #[test]
    fn triggers_and_anchors_are_prefix_free() {
        let patterns: Vec<String> = trigger_patterns().into_iter().map(|t| t.0).collect();
        for a in &patterns {
            for b in &patterns {
                assert!(a == b || !b.starts_with(a.as_str()), "{a:?} {b:?}");
            }
        }
        let scanner = Scanner::new();
        for set in [&scanner.long, &scanner.short] {
            let anchored = || set.anchored.iter().flatten();
            for &(k, offset) in anchored() {
                let a = set.patterns[k].as_bytes();
                for &(other, _) in anchored() {
                    let b = set.patterns[other].as_bytes();
                    for rest in (1..offset).map(|cut| &a[cut..]) {
                        assert!(
                            !rest.starts_with(b) && !b.starts_with(rest),
                            "{:?} in {:?}",
                            set.patterns[other],
                            set.patterns[k]
                        );
                    }
                }
            }
            let anchors = anchors_of(set);
            for (i, a) in anchors.iter().enumerate() {
                for (j, b) in anchors.iter().enumerate() {
                    assert!(i == j || !b.starts_with(a), "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn patterns_fit_the_packed_searcher() {
        // Teddy takes at most 64 patterns; more would silently fall back.
        assert!(trigger_patterns().len() <= 64);
    }
}
