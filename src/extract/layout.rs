//! The layout of a news page: which line is the headline, the dateline, the
//! byline, page furniture, or article text.
//!
//! Pages saved from news sites carry more than the article: navigation
//! ("Skip to main content"), counters ("Lượt xem: 4340"), comment boxes,
//! lists of related stories, teasers that repeat the first paragraph. The
//! layout marks each line with its role so that only the headline and the
//! body give facts, and reads the article's metadata on the way.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lexicon::Category;
use crate::normalize::{char_at, is_letter};

/// What a line of the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Nothing but spaces.
    Blank,
    /// Punctuation only (`,`, `.`), left over from the page.
    Junk,
    /// Navigation, counters, comment boxes, related-story lists.
    Furniture,
    /// A line that gives the date (and time) of the article.
    Dateline,
    /// The headline.
    Title,
    /// The author's byline or the source line.
    Byline,
    /// Article text.
    Body,
}

/// One line of the normalized text.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// The line without its surrounding spaces, as a range of the normalized text.
    pub range: Range<usize>,
    pub role: Role,
    /// The line repeats another one (an archive teaser, a repeated headline).
    pub duplicate: bool,
}

impl Line {
    /// True for lines whose facts count: the headline and the body, once each.
    pub fn gives_facts(&self) -> bool {
        matches!(self.role, Role::Title | Role::Body) && !self.duplicate
    }
}

/// The lines of a page with their roles, and the article's metadata.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    pub lines: Vec<Line>,
    /// Index of the headline in `lines`.
    pub title: Option<usize>,
    /// ISO 8601: `2017-05-12T08:47:00+07:00`, or `2017-05-12` without a time.
    pub published: Option<String>,
    /// The author's name as written, and where (normalized text).
    pub author: Option<Range<usize>>,
    /// The source (`baolangson.vn`, `Dân Việt`), and where (normalized text).
    pub source: Option<Range<usize>>,
}

pub(super) fn phrases(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A furniture phrase: the folded words, and whether a line need only start with them.
struct Furniture {
    words: &'static str,
    prefix: bool,
    /// From `end_of_article.txt`: other articles' headlines follow it.
    ends: bool,
    /// From `comments.txt`: readers' comments follow it, when it stands in
    /// the page's second half.
    comments: bool,
}

impl Furniture {
    fn parse(p: &'static str, ends: bool, comments: bool) -> Furniture {
        let (words, prefix) = match p.strip_suffix('*') {
            Some(stem) => (stem.trim_end(), true),
            None => (p, false),
        };
        Furniture {
            words,
            prefix,
            ends,
            comments,
        }
    }

    /// Whether a folded key (of the whole line when `whole`) is this phrase.
    fn fits(&self, k: &str, whole: bool) -> bool {
        if self.prefix {
            k.starts_with(self.words)
        } else {
            whole && k == self.words
        }
    }
}

/// The furniture phrases, the ends of articles among them.
fn furniture() -> &'static [Furniture] {
    static P: OnceLock<Vec<Furniture>> = OnceLock::new();
    P.get_or_init(|| {
        let page = phrases(include_str!("data/furniture.txt"));
        let ends = phrases(include_str!("data/end_of_article.txt"));
        let comments = phrases(include_str!("data/comments.txt"));
        page.into_iter()
            .map(|p| Furniture::parse(p, false, false))
            .chain(ends.into_iter().map(|p| Furniture::parse(p, true, false)))
            .chain(
                comments
                    .into_iter()
                    .map(|p| Furniture::parse(p, true, true)),
            )
            .collect()
    })
}

/// The labels of tag lists, as written (see `data/labels.txt`).
fn labels() -> &'static [&'static str] {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    P.get_or_init(|| phrases(include_str!("data/labels.txt")))
}

/// The words of share and print buttons (`Chia sẻ  Facebook  Zalo  In`), longest first.
fn button_words() -> &'static [&'static str] {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    P.get_or_init(|| {
        let mut p = phrases(include_str!("data/buttons.txt"));
        p.sort_by_key(|w| std::cmp::Reverse(w.len()));
        p
    })
}

/// A line of buttons only: its folded words are button words from end to end.
fn is_buttons(k: &str) -> bool {
    let mut rest = k;
    while !rest.is_empty() {
        // (A counter: `Lượt xem: 1.254`.)
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && (rest[digits..].is_empty() || rest[digits..].starts_with(' ')) {
            rest = rest[digits..].trim_start();
            continue;
        }
        // (Their first bytes first: most button words differ in it, and are
        // turned away without a compare of the two strings.)
        let Some(w) = button_words().iter().find(|w| {
            w.as_bytes().first() == rest.as_bytes().first()
                && rest
                    .strip_prefix(**w)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        }) else {
            return false;
        };
        rest = rest[w.len()..].trim_start();
    }
    !k.is_empty()
}

/// The phrases of a page's foot (`data/foot.txt`), with the headings of
/// links that end an article (`data/end_of_article.txt`).
fn foot_phrases() -> &'static [Furniture] {
    static P: OnceLock<Vec<Furniture>> = OnceLock::new();
    P.get_or_init(|| {
        phrases(include_str!("data/foot.txt"))
            .into_iter()
            .chain(phrases(include_str!("data/end_of_article.txt")))
            .map(|p| Furniture::parse(p, true, false))
            .collect()
    })
}

/// A line of a page's foot that reads as text but is none, and that the
/// byline search passes over: a heading of links (`Bài viết khác`, `TIN,
/// ẢNH LIÊN QUAN:`), a link with its label (`Xem thêm: Bắc Ninh giảm …`),
/// buttons apart by bars (`In bài | Gửi bài | Quay lại`), a counter
/// (`Lượt truy cập: 1.284.533`), the site's name or address.
fn is_foot_line(s: &str) -> bool {
    if s.len() > 2 * FURNITURE_HEAD {
        return false;
    }
    let phrase = |part: &str| {
        let k = key(part);
        is_buttons(&k) || foot_phrases().iter().any(|p| p.fits(&k, true))
    };
    let buttons = s.contains('|')
        && s.split('|')
            .map(str::trim)
            .all(|p| p.is_empty() || phrase(p));
    phrase(s) || buttons || is_counter(s) || is_masthead(s)
}

/// `Lượt truy cập: 1.284.533`, `Đang online: 37`: a label of at most four
/// words, then a number alone.
fn is_counter(s: &str) -> bool {
    s.split_once(':').is_some_and(|(label, n)| {
        let n = n.trim();
        (1..=4).contains(&words_up_to(label, 5))
            && !label.contains(|c: char| c.is_ascii_digit())
            && n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
    })
}

/// Where the page's foot starts, for the byline search: lines of the foot
/// ([`is_foot_line`]) and the short lines under a heading of links
/// (`Bài viết khác` / `- Hội nghị Ban Chấp hành …`), from the bottom up.
/// (Short lines with no heading above are not told from the article's
/// last ones: the foot ends below them.)
fn foot_start(text: &str, lines: &[Line]) -> usize {
    let mut start = lines.len();
    // Short lines above the foot so far: links, if a heading comes.
    let mut links = 0;
    for i in (0..lines.len()).rev() {
        let l = &lines[i];
        if matches!(
            l.role,
            Role::Blank | Role::Junk | Role::Furniture | Role::Dateline
        ) {
            continue;
        }
        let s = &text[l.range.clone()];
        if is_foot_line(s) {
            start = i;
            links = 0;
        } else if links < 10 && words_up_to(s, 31) <= 30 && !s.trim_end().ends_with('.') {
            // (A link is a headline: a sentence that ends with a full stop
            // is the article's, and so is what stands under it.)
            links += 1;
        } else {
            break;
        }
    }
    start
}

fn byline_prefixes() -> &'static [&'static str] {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    P.get_or_init(|| phrases(include_str!("data/byline_prefixes.txt")))
}

/// Whether `s` opens with an administrative unit's word (`HUYỆN ĐẢO CÔ
/// TÔ`, `Xã Tân Hiệp`): a place's name, no person's.
fn is_place_line(s: &str) -> bool {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    let units = P.get_or_init(|| lexicon_forms(Category::AdminUnit, |f| key(f) + " "));
    let k = key(s) + " ";
    units.iter().any(|u| k.starts_with(u.as_str()))
}

/// The family names of the built-in lexicon, in small letters.
fn family_names() -> &'static [String] {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| lexicon_forms(Category::Surname, str::to_lowercase))
}

/// The forms of the built-in lexicon's concepts of `category`, each as
/// `form` writes it.
fn lexicon_forms(category: Category, form: fn(&str) -> String) -> Vec<String> {
    let lexicon = crate::lexicon::Lexicon::default();
    lexicon
        .concepts()
        .iter()
        .filter(|c| c.category == category)
        .flat_map(|c| c.forms())
        .map(form)
        .collect()
}

fn byline_ranks() -> &'static [&'static str] {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    P.get_or_init(|| phrases(include_str!("data/byline_ranks.txt")))
}

/// The words a site's name ends with (`Online`, `điện tử`), folded.
fn masthead_ends() -> &'static [&'static str] {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    P.get_or_init(|| phrases(include_str!("data/masthead_ends.txt")))
}

/// The masthead phrases as written and folded.
fn masthead_words() -> &'static [(&'static str, String)] {
    static P: OnceLock<Vec<(&str, String)>> = OnceLock::new();
    P.get_or_init(|| {
        phrases(include_str!("data/masthead_words.txt"))
            .into_iter()
            .map(|p| (p, key(p)))
            .collect()
    })
}

/// A site's name (`Báo Gia Lai điện tử`, `TẠP CHÍ XÂY DỰNG ĐẢNG`,
/// `Cổng thông tin điện tử huyện Lục Nam`) or motto, alone or before a dash.
fn is_masthead(s: &str) -> bool {
    // `Báo Quảng Trị - Cơ quan của Đảng bộ …`: the name before the motto.
    let name = [" - ", " – "]
        .iter()
        .find_map(|d| split_once_dash(s, d))
        .map(|(name, _)| name);
    name.is_some_and(is_site_name) || is_site_name(s)
}

/// `s.split_once(dash)` for a dash between spaces (` - `, ` – `), found by
/// `memchr` for the dash's first byte: lines may be whole paragraphs, and
/// the `str` search sets up a two-way search at each call.
fn split_once_dash<'s>(s: &'s str, dash: &str) -> Option<(&'s str, &'s str)> {
    let (hay, pat) = (s.as_bytes(), dash.as_bytes());
    // (The byte after the space: `-`, or the lead byte of `–`.)
    let k = memchr::memchr_iter(pat[1], hay)
        .filter_map(|p| p.checked_sub(1))
        .find(|&k| hay[k..].starts_with(pat))?;
    Some((&s[..k], &s[k + dash.len()..]))
}

/// `s.rsplit_once(" - ")`, found by `memrchr` for the hyphen: the `str`
/// search sets up a two-way search for each dateline asked.
fn rsplit_once_hyphen(s: &str) -> Option<(&str, &str)> {
    let hay = s.as_bytes();
    let k = memchr::memrchr_iter(b'-', hay)
        .find(|&k| k > 0 && hay[k - 1] == b' ' && hay.get(k + 1) == Some(&b' '))?;
    Some((&s[..k - 1], &s[k + 2..]))
}

/// At most sixteen words (a motto thirty), one of [`masthead_words`] first;
/// after a one-word one at most nine, and a capital next (`Báo cáo …` is none).
fn is_site_name(s: &str) -> bool {
    // (A motto, `Cơ quan của Đảng bộ …, tiếng nói của …`, may be long.)
    let count = words_up_to(s, 31);
    let k = key(s);
    // `Quảng Trị Online`, `Hà Giang điện tử`, `baoquangtri.vn`: a short
    // name that ends like a site's.
    if count <= 6 && s.starts_with(char::is_uppercase) {
        let domain = s
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.ends_with(".vn") || w.ends_with(".com"));
        let ends = masthead_ends()
            .iter()
            .any(|e| k.strip_suffix(e).is_some_and(|head| head.ends_with(' ')));
        if domain || ends {
            return true;
        }
    }
    let motto = k.starts_with("co quan ");
    if count > if motto { 30 } else { 16 } {
        return false;
    }
    // (Split only for a key that starts with a masthead word.)
    let words = || s.split_whitespace();
    // (A one-word one with its marks, `Báo`, not `Bảo Ngọc`; or in text
    // written without them.)
    masthead_words().iter().any(|(written, m)| {
        k.strip_prefix(m.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
            && {
                let n = m.split(' ').count();
                n > 1
                    || (count <= 9
                        && words()
                            .next()
                            .is_some_and(|w| w.is_ascii() || w.to_lowercase() == *written)
                        && words()
                            .nth(n)
                            .is_some_and(|w| w.starts_with(char::is_uppercase)))
            }
    })
}

fn organisation_words() -> &'static [&'static str] {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    P.get_or_init(|| phrases(include_str!("data/organisation_words.txt")))
}

/// Folded, with everything but letters replaced by single spaces.
fn key(s: &str) -> String {
    key_head(s, usize::MAX)
}

/// The start of [`key`]`(s)`: all of it, or its first `len` bytes or more.
/// (Each character folds on its own and a space is written only before a
/// letter: the key of the start of `s` is the start of its key.)
fn key_head(s: &str, len: usize) -> String {
    // Folded and collapsed in one pass: a letter after a gap starts a new word.
    let mut out = String::with_capacity(s.len().min(len.saturating_add(8)));
    let mut gap = false;
    crate::normalize::fold_chars(s, |c| {
        if is_letter(c) {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            out.push(c);
            gap = false;
        } else {
            gap = true;
        }
        out.len() < len
    });
    out
}

/// The first letters of the furniture phrases and button words, as bits of ASCII codes.
fn furniture_first_bytes() -> u128 {
    static P: OnceLock<u128> = OnceLock::new();
    *P.get_or_init(|| {
        furniture()
            .iter()
            .map(|p| p.words)
            .chain(button_words().iter().copied())
            .filter_map(|p| p.bytes().next())
            .fold(0, |set, b| set | 1 << (b & 127))
    })
}

/// The first two bytes of the furniture phrases and button words: for each
/// first byte, the second bytes as bits (all of them after a one-letter
/// word), bytes taken as ASCII codes.
fn furniture_first_pairs() -> &'static [u128; 128] {
    static P: OnceLock<[u128; 128]> = OnceLock::new();
    P.get_or_init(|| {
        let mut pairs = [0u128; 128];
        let words = furniture().iter().map(|p| p.words);
        for w in words.chain(button_words().iter().copied()) {
            match *w.as_bytes() {
                [a, b, ..] => pairs[usize::from(a & 127)] |= 1 << (b & 127),
                [a] => pairs[usize::from(a & 127)] = u128::MAX,
                [] => pairs = [u128::MAX; 128],
            }
        }
        pairs
    })
}

/// The first byte of `key(s)` (0 when it is empty), when the characters
/// before it tell it at once: ASCII, or a Vietnamese letter. (Folding reads
/// each character alone.)
fn key_start(s: &str) -> Option<u8> {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                return Some(c.to_ascii_lowercase() as u8);
            }
            continue;
        }
        let folded = crate::normalize::letter(c)?.folded();
        return folded.is_ascii_alphabetic().then_some(folded);
    }
    Some(0)
}

/// Furniture phrases are short: only a line's head needs folding.
const FURNITURE_HEAD: usize = 96;

fn is_furniture(line: &str) -> bool {
    let trimmed = line.trim_start();
    if labels().iter().any(|l| trimmed.starts_with(l)) {
        return true;
    }
    if is_social_row(trimmed) {
        return true;
    }
    let mut head = line.len().min(FURNITURE_HEAD);
    while !line.is_char_boundary(head) {
        head -= 1;
    }
    // Most lines start with a letter no phrase starts with.
    let first_bytes = furniture_first_bytes();
    if key_start(&line[..head]).is_some_and(|b| first_bytes & 1 << (b & 127) == 0) {
        return false;
    }
    // And most others with two letters no phrase starts with: only those
    // two are folded, not the line's whole head. (A phrase fits a key only
    // if the key starts with it.)
    if let [a, b, ..] = *key_head(&line[..head], 2).as_bytes() {
        if furniture_first_pairs()[usize::from(a & 127)] & 1 << (b & 127) == 0 {
            return false;
        }
    }
    let k = key(&line[..head]);
    let whole = head == line.len();
    // A line made of furniture words and a number, like "(0) Bình luận".
    // (Buttons have no digits but counters: a dateline with counters is no
    // row of buttons.)
    fits_furniture(&k, whole)
        || (whole && only_counters(line) && is_buttons(&k))
        || (whole && furniture_parts(line))
}

/// A row of hashtags (`#DangUyXaAnBinh #XayDungDang`), or of reactions and
/// their counts (`❤️ 342   💬 28`, `Bạn, Ksor Nhung và 241 người khác`).
fn is_social_row(line: &str) -> bool {
    let hashtags = line.starts_with('#') && line.split_whitespace().all(|w| w.starts_with('#'));
    hashtags || is_reactions(line)
}

/// A social page's row of reactions: counts and pictographs with no letter
/// (`❤️ 342   💬 28   ↪️ 19`), or who reacted (`Bạn, Ksor Nhung và 241
/// người khác   33 bình luận`).
fn is_reactions(line: &str) -> bool {
    // (Emoji and dingbats, `❤️ 💬 ↪️`; not `≥`, nor a date, `📅 12/05/2025`.)
    let pictograph =
        |c: char| matches!(c, '\u{2190}'..='\u{21FF}' | '\u{2600}'..='\u{27BF}' | '\u{1F000}'..);
    let pictographs = || {
        line.chars().any(|c| c.is_ascii_digit())
            && line.chars().any(pictograph)
            && !line.chars().any(char::is_alphabetic)
            && only_counters(line)
    };
    let others = || {
        line.find(" người khác").is_some_and(|k| {
            let before = line[..k].trim_end();
            let count = before
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
                .trim_end();
            let rest = &line[k + " người khác".len()..];
            // (Then counters, `33 bình luận`, or you first: `Bạn và 12
            // người khác`; not `bị cáo Nguyễn Văn A và 5 người khác`.)
            let counters = !rest.trim().is_empty() && is_buttons(&key(rest));
            count.len() < before.len()
                && count.ends_with(" và")
                && (counters || line.starts_with("Bạn"))
        })
    };
    // (Short lines only: no paragraph is read through.)
    match line.chars().next() {
        _ if line.len() > 160 => false,
        Some(c) if !c.is_alphabetic() => {
            // (Counts in thousands, `1,2K`, leave a `k` in the key.)
            let words = || {
                let k = key(line);
                let k: Vec<&str> = k.split(' ').filter(|w| *w != "k").collect();
                is_buttons(&k.join(" "))
            };
            pictographs() || (only_counters(line) && words())
        }
        _ => line.contains(" người khác") && others(),
    }
}

/// Whether some furniture phrase fits the key `k` (see [`Furniture::fits`]).
/// A phrase fits only a key that starts with it: only the phrases of the
/// key's first byte are read, not all of them for each short line.
fn fits_furniture(k: &str, whole: bool) -> bool {
    // The phrases by the first byte of their words (256: empty words).
    static BY_FIRST: OnceLock<Vec<Vec<&'static Furniture>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut out = vec![Vec::new(); 257];
        for p in furniture() {
            out[p.words.bytes().next().map_or(256, usize::from)].push(p);
        }
        out
    });
    let own = k
        .bytes()
        .next()
        .map_or(&[][..], |b| &by_first[usize::from(b)]);
    own.iter().chain(&by_first[256]).any(|p| p.fits(k, whole))
}

/// A line of furniture parts apart by bars (`Chia sẻ | Tags: Huy hiệu Đảng`).
fn furniture_parts(line: &str) -> bool {
    line.contains('|') && {
        let mut parts = line.split('|').map(str::trim).filter(|p| !p.is_empty());
        parts.clone().count() >= 2 && parts.all(is_furniture)
    }
}

/// Whether every word of `line` with a digit is a counter (`1.254`, `(0)`),
/// not a date or a clock.
fn only_counters(line: &str) -> bool {
    line.split_whitespace()
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .all(|w| {
            let w = w.strip_suffix(['K', 'k']).unwrap_or(w);
            w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'(' | b')'))
        })
}

/// The time of a dateline: hour, minute, maybe second, maybe `AM`/`PM`.
type Clock<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// The clock pattern, for the lines [`find_clock`] leaves to it. Seldom
/// used (and compiling it costs more than reading a page's layout): one
/// regex shared by all threads, compiled on first use.
fn clock_regex() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        Regex::new(r"(?:^|[^\d/])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?")
            .expect("valid regex")
    })
}

/// The time zone pattern, for the lines [`find_zone`] leaves to it.
fn zone_regex() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| Regex::new(r"GMT\s*([+-])\s*(\d{1,2})").expect("valid regex"))
}

/// True when `line` has a digit outside ASCII: `\d` takes any script's
/// decimal digits, so the patterns decide those lines. (Letters are never
/// digits.)
fn has_other_digits(line: &str) -> bool {
    line.chars()
        .any(|c| !c.is_ascii() && !is_letter(c) && c.is_numeric())
}

/// The first match of [`clock_regex`] in `line`.
fn clock_in(line: &str) -> Option<Clock<'_>> {
    if !has_other_digits(line) {
        return find_clock(line);
    }
    let c = clock_regex().captures(line)?;
    let group = |i: usize| c.get(i).map_or("", |m| m.as_str());
    let optional = |i: usize| c.get(i).map(|m| m.as_str());
    Some((group(1), group(2), optional(3), optional(4)))
}

/// The first match of [`zone_regex`] in `line`: sign and hours.
fn zone_in(line: &str) -> Option<(&str, &str)> {
    if !has_other_digits(line) {
        return find_zone(line);
    }
    let z = zone_regex().captures(line)?;
    let group = |i: usize| z.get(i).map_or("", |m| m.as_str());
    Some((group(1), group(2)))
}

/// The number of ASCII digits at the start of `s`, up to two (`\d{1,2}`,
/// greedy, on a line whose digits are all ASCII).
fn digits_up_to_two(s: &str) -> usize {
    s.bytes().take(2).take_while(u8::is_ascii_digit).count()
}

/// [`clock_regex`] without the regex, for lines whose digits are all ASCII:
/// the leftmost start (the `^` branch before the other at the start of the
/// line), each optional part taken when it is there.
fn find_clock(line: &str) -> Option<Clock<'_>> {
    let b = line.as_bytes();
    let two_digits = |at: usize| digits_up_to_two(line.get(at..).unwrap_or("")) == 2;
    // `(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?` at byte `q`.
    // Taking one digit where two stand before the colon never matches: the
    // colon would be a digit.
    let clock_at = |q: usize| -> Option<Clock<'_>> {
        let h = digits_up_to_two(&line[q..]);
        let colon = q + h;
        if h == 0 || b.get(colon) != Some(&b':') || !two_digits(colon + 1) {
            return None;
        }
        let mut end = colon + 3;
        let mut second = None;
        if b.get(end) == Some(&b':') && two_digits(end + 1) {
            second = Some(&line[end + 1..end + 3]);
            end += 3;
        }
        // `\s` is Unicode's White_Space, as `trim_start`'s.
        let rest = line[end..].trim_start();
        let half = match rest.as_bytes() {
            [b'A' | b'a' | b'P' | b'p', b'M' | b'm', ..] => Some(&rest[..2]),
            _ => None,
        };
        Some((&line[q..colon], &line[colon + 1..colon + 3], second, half))
    };
    if let Some(c) = clock_at(0) {
        return Some(c);
    }
    line.char_indices()
        .filter(|&(_, c)| !(c.is_ascii_digit() || c == '/'))
        .find_map(|(p, c)| clock_at(p + c.len_utf8()))
}

/// [`zone_regex`] without the regex, for lines whose digits are all ASCII.
fn find_zone(line: &str) -> Option<(&str, &str)> {
    line.match_indices("GMT").find_map(|(at, _)| {
        let rest = line[at + 3..].trim_start();
        let sign = rest.get(..1).filter(|s| matches!(*s, "+" | "-"))?;
        let rest = rest[1..].trim_start();
        let n = digits_up_to_two(rest);
        (n > 0).then(|| (sign, &rest[..n]))
    })
}

/// The number of words (with a letter) in `s`, counted up to `cap`: the
/// tests below need no more, and a paragraph is not read to its end.
pub(crate) fn words_up_to(s: &str, cap: usize) -> usize {
    // One pass over the bytes: the words of `split_whitespace`, each
    // counted at its first letter. Two loops take turns, one between words
    // looking for a letter, one inside a word looking for a space, so that
    // each byte is asked one question; ASCII bytes need no decoding.
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut i = 0;
    'words: loop {
        // Between words: up to a letter, which opens the next one.
        loop {
            let Some(&b) = bytes.get(i) else {
                break 'words;
            };
            if b.is_ascii() {
                i += 1;
                if b.is_ascii_alphabetic() {
                    break;
                }
                continue;
            }
            let (c, len) = char_at(bytes, i);
            i += len;
            if is_letter(c) {
                break;
            }
        }
        count += 1;
        if count == cap {
            break;
        }
        // Inside a word: up to a space. Most characters outside ASCII
        // cannot be one: they are skipped whole, undecoded.
        loop {
            let Some(&b) = bytes.get(i) else {
                break 'words;
            };
            if b.is_ascii() {
                i += 1;
                if is_ascii_space(b) {
                    break;
                }
                continue;
            }
            if !may_be_space(bytes, i) {
                i += char_at(bytes, i).1;
                continue;
            }
            let (c, len) = char_at(bytes, i);
            i += len;
            if c.is_whitespace() {
                break;
            }
        }
    }
    count.min(cap)
}

/// `char::is_whitespace` of an ASCII byte: `u8::is_ascii_whitespace` and
/// the vertical tab, all at or below the space.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    b <= b' ' && (b == b' ' || (b'\t'..=b'\r').contains(&b))
}

/// False when the character at byte `i` (not ASCII) is not a space: the
/// spaces outside ASCII are U+0085 and U+00A0 (0xC2 …), U+1680 (0xE1 0x9A
/// …), U+2000 to U+205F (0xE2 …) and U+3000 (0xE3 …); a test checks them
/// all. (The Vietnamese letters of U+1Exx start with 0xE1 0xBA or 0xBB.)
fn may_be_space(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xC2 | 0xE2 | 0xE3 => true,
        0xE1 => bytes.get(i + 1) == Some(&0x9A),
        _ => false,
    }
}

/// The date (and time) a dateline gives, in ISO 8601.
fn published_of(line: &str) -> Option<String> {
    // `Cập nhật: 06/03/2024 10:00 | Đăng: 05/03/2024 08:00`: the posting
    // date, where the line names it, over the update's.
    let posted = ["Đăng", "đăng", "ĐĂNG"]
        .iter()
        .filter_map(|w| line.find(w))
        .min()
        .map(|at| &line[at..])
        .filter(|rest| date_in(rest).is_some());
    let line = posted.unwrap_or(line);
    let [day, month, year] = date_in(line)?;
    let day: u32 = day.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    let year: u32 = year.parse().ok()?;
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let Some((hour, minute, second, half)) = clock_in(line) else {
        return Some(date);
    };
    let mut hour: u32 = hour.parse().ok()?;
    let minute: u32 = minute.parse().ok()?;
    let second: u32 = second.map_or(Some(0), |s| s.parse().ok())?;
    match half.map(str::to_ascii_lowercase) {
        Some(p) if p == "pm" && hour < 12 => hour += 12,
        Some(p) if p == "am" && hour == 12 => hour = 0,
        _ => {}
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Some(date);
    }
    // Vietnam is UTC+7; a page that says otherwise is believed.
    let zone = zone_in(line)
        .and_then(|(sign, h)| Some((sign, h.parse::<u32>().ok()?)))
        .map_or("+07:00".to_string(), |(sign, h)| format!("{sign}{h:02}:00"));
    Some(format!("{date}T{hour:02}:{minute:02}:{second:02}{zone}"))
}

/// A short line that is mostly a date: `Cập nhật lúc 08:47, Thứ Sáu,
/// 12/05/2017 (GMT+7)`, `Thứ bảy, ngày 16 tháng 3 năm 2024 | 10:15`. Not
/// one that opens a list (`Đến ngày 31/12/2023, huyện có:`).
fn is_dateline(line: &str) -> bool {
    is_dateline_alone(line) || byline_beside_date(line).is_some_and(|(d, _)| is_dateline_alone(d))
}

/// `Đăng lúc: Thứ bảy, 06/02/2021 - 09:12 | Tác giả: Lê Hợi`: the date part
/// and the labelled byline after the last `|`.
fn byline_beside_date(line: &str) -> Option<(&str, &str)> {
    let mut head = line;
    // (Counters after it: `| Lượt xem: 642`.)
    while let Some((before, last)) = head.rsplit_once('|') {
        if !is_furniture(last.trim()) {
            break;
        }
        head = before;
    }
    // (Or after a dash: `Ngày đăng: 17/04/2023 - Người đăng: Ban Tổ chức Huyện ủy`.)
    let (date, rest) = head
        .rsplit_once('|')
        .or_else(|| rsplit_once_hyphen(head).filter(|(_, r)| r.contains(':')))?;
    let rest = rest.trim();
    is_labelled(rest).then_some((date.trim(), rest))
}

fn is_dateline_alone(line: &str) -> bool {
    // The byte tests first: most lines fail them, and cheaper than words.
    if line.ends_with(['.', ':']) {
        return false;
    }
    ((may_hold_date(line)
        && words_up_to(line, 11) <= 10
        && date_in(line).is_some_and(|[day, ..]| !dated_headline(line, day)))
        // A spelled date opens its line, after a weekday at most: further on
        // it is a caption's (`Quang cảnh hội nghị ngày 16 tháng 3 năm 2024`).
        || (spelled_date(line).is_some_and(|(at, _)| at <= 24) && words_up_to(line, 15) <= 14))
        && !counts_up_to(line)
}

/// A headline that ends with its event's day (`Quảng Ngãi: 1.426 đảng viên
/// được trao Huy hiệu Đảng đợt 3/2/2026`): six words or more before the
/// date (`day`, a part of `line`), the last of them running into it, and
/// no weekday or clock, which a dateline's date has by it (`Cập nhật lúc
/// 08:15, Thứ Hai, 25/09/2023`), nor a mark setting it apart (`Bài và ảnh:
/// Nguyễn Văn Hùng - 14/11/2025`).
/// (A headline tells a figure before the date: not a source's or a
/// writer's line, `Nguồn: Báo Quảng Ngãi điện tử cập nhật 14/11/2025`.)
fn dated_headline(line: &str, day: &str) -> bool {
    let at = (day.as_ptr() as usize).saturating_sub(line.as_ptr() as usize);
    let before = line.get(..at).unwrap_or("").trim_end();
    if !before.ends_with(char::is_alphabetic)
        || words_up_to(before, 6) < 6
        || !before.contains(|c: char| c.is_ascii_digit())
        || is_labelled(line)
        || clock_in(line).is_some()
    {
        return false;
    }
    let lower = line.to_lowercase();
    let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    let weekday = [
        "thứ hai",
        "thứ ba",
        "thứ tư",
        "thứ năm",
        "thứ sáu",
        "thứ bảy",
        "chủ nhật",
        "thứ 2",
        "thứ 3",
        "thứ 4",
        "thứ 5",
        "thứ 6",
        "thứ 7",
    ]
    .iter()
    .any(|w| lower.contains(w));
    !weekday && !["ngày", "đăng", "nhật", "lúc"].contains(&last.as_str())
}

/// `Đảng bộ đặc khu Kiên Hải (tính đến 31/10/2025)`: a box's heading with
/// the day its figures are counted up to, not a page's date.
fn counts_up_to(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["tính đến", "tính tới", "đến ngày", "tới ngày"]
        .iter()
        .any(|w| lower.contains(w))
}

/// `ngày 16 tháng 3 năm 2024`, in any case, or as social pages write it,
/// `2 tháng 4, 2025`: where it starts, and the day, month and year.
fn spelled_date(line: &str) -> Option<(usize, [&str; 3])> {
    static P: OnceLock<Regex> = OnceLock::new();
    // Only a line with `tháng` in some case can hold one: most stop here.
    if !line.contains("háng") && !line.contains("HÁNG") {
        return None;
    }
    let re = P.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)\bngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})\b",
            r"|\b([0-9]{1,2})\s+tháng\s+([0-9]{1,2}),\s*([0-9]{4})\b"
        ))
        .expect("valid regex")
    });
    let d = re.captures(line)?;
    let at = d.get(0).map_or(0, |m| m.start());
    let groups = if d.get(1).is_some() {
        [1, 2, 3]
    } else {
        [4, 5, 6]
    };
    Some((at, groups.map(|i| d.get(i).map_or("", |m| m.as_str()))))
}

/// The date pattern, for the lines [`find_date`] leaves to it. Seldom
/// used: one regex shared by all threads is enough.
fn date_regex() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| Regex::new(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b").expect("valid regex"))
}

/// Day, month and year of the first match of [`date_regex`] in `line`, else
/// of a [spelled date](spelled_date).
fn date_in(line: &str) -> Option<[&str; 3]> {
    let digits = match find_date(line) {
        Ok(groups) => groups.map(|g| g.map(|r| &line[r])),
        Err(Unsure) => date_regex()
            .captures(line)
            .map(|d| [1, 2, 3].map(|i| d.get(i).map_or("", |m| m.as_str()))),
    };
    digits
        .or_else(|| iso_date(line))
        .or_else(|| spelled_date(line).map(|(_, date)| date))
}

/// Day, month and year of the first `2025-07-03` in `line`: four digits of
/// a year from 1900, two of a month and two of a day, apart from other
/// letters and digits.
fn iso_date(line: &str) -> Option<[&str; 3]> {
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let apart = |i: Option<usize>| {
        i.and_then(|i| b.get(i))
            .is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    (0..b.len().saturating_sub(9)).find_map(|p| {
        let shape = (p..p + 4).all(digit)
            && b[p + 4] == b'-'
            && (p + 5..p + 7).all(digit)
            && b[p + 7] == b'-'
            && (p + 8..p + 10).all(digit);
        let year = matches!(&b[p..p + 2], b"19" | b"20");
        (shape && year && apart(p.checked_sub(1)) && apart(Some(p + 10)))
            .then(|| [&line[p + 8..p + 10], &line[p + 5..p + 7], &line[p..p + 4]])
    })
}

/// A character [`find_date`] cannot classify for sure.
struct Unsure;

/// The first match of `\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b` in
/// `line`, as the regex finds it (the leftmost start, two digits tried
/// before one), without the regex: its Unicode word boundaries make it slow
/// on Vietnamese text. Lines with digits of other scripts, and matches next
/// to a character outside ASCII that is neither a Vietnamese letter nor
/// common punctuation, are [`Unsure`]: the regex decides those.
fn find_date(line: &str) -> Result<Option<[Range<usize>; 3]>, Unsure> {
    let bytes = line.as_bytes();
    // `\d` is any script's decimal digit: leave those lines to the regex.
    if has_other_digits(line) {
        return Err(Unsure);
    }
    let digits = |from: usize, n: usize| {
        bytes
            .get(from..from + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let sep = |at: usize| matches!(bytes.get(at), Some(b'/' | b'.' | b'-'));
    for p in (0..bytes.len()).filter(|&p| bytes[p].is_ascii_digit()) {
        // A word boundary before the first digit: no word character before it.
        if p > 0 && is_word_char_before(line, p)? {
            continue;
        }
        for len1 in [2, 1] {
            if !(digits(p, len1) && sep(p + len1)) {
                continue;
            }
            let q = p + len1 + 1;
            for len2 in [2, 1] {
                let r = q + len2;
                if !(digits(q, len2) && sep(r) && digits(r + 1, 4)) {
                    continue;
                }
                let end = r + 5;
                // A word boundary after the year.
                if end < bytes.len() && is_word_char_at(line, end)? {
                    continue;
                }
                return Ok(Some([p..p + len1, q..r, r + 1..end]));
            }
        }
    }
    Ok(None)
}

/// True when the character at byte `i` of `line` is a word character
/// (`\w`, Unicode's), for ASCII, Vietnamese letters and common punctuation.
fn is_word_char_at(line: &str, i: usize) -> Result<bool, Unsure> {
    let c = line[i..].chars().next().ok_or(Unsure)?;
    word_char(c)
}

/// [`is_word_char_at`] for the character that ends at byte `i`.
fn is_word_char_before(line: &str, i: usize) -> Result<bool, Unsure> {
    let c = line[..i].chars().next_back().ok_or(Unsure)?;
    word_char(c)
}

fn word_char(c: char) -> Result<bool, Unsure> {
    if c.is_ascii() {
        return Ok(c.is_ascii_alphanumeric() || c == '_');
    }
    if crate::normalize::letter(c).is_some() {
        return Ok(true);
    }
    match c {
        '–' | '—' | '‘' | '’' | '“' | '”' | '…' | '«' | '»' => Ok(false),
        _ => Err(Unsure),
    }
}

/// False when `line` cannot match the date pattern, which needs two of
/// `/ . -` and six digits (`\d` takes digits of any script: those lines are
/// left to the pattern). Most lines fail this, and the pattern is slow on
/// Vietnamese text, whose letters make its word boundaries Unicode's.
fn may_hold_date(line: &str) -> bool {
    let bytes = line.bytes();
    let seps = bytes
        .clone()
        .filter(|b| matches!(b, b'/' | b'.' | b'-'))
        .count();
    let digits = bytes.filter(u8::is_ascii_digit).count();
    seps >= 2 && (digits >= 6 || line.chars().any(|c| !c.is_ascii() && c.is_numeric()))
}

/// A line of article text rather than a heading.
fn is_body(line: &str) -> bool {
    is_body_of(line, words_up_to(line, 36))
}

/// [`is_body`], given `words_up_to(line, 36)`.
fn is_body_of(line: &str, words: usize) -> bool {
    words > 35 || (words >= 8 && line.ends_with(['.', ':', ';', '…']))
}

/// A heading in capitals: four words or more, a dozen letters or more,
/// none in small letters, no closing full stop.
pub(crate) fn is_all_caps_heading(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| is_letter(*c)).collect();
    words_up_to(line, 4) >= 4
        && letters.len() >= 12
        && letters.iter().all(|c| c.is_uppercase())
        && !line.ends_with('.')
}

/// Reads the layout of `text` (normalized text: `\n` line breaks).
pub(crate) fn layout(text: &str) -> Layout {
    let mut out = lines_of(text);
    mark_duplicates(text, &mut out.lines);
    let first_paragraph = find_title(text, &mut out);
    find_published(text, &mut out);
    find_byline(text, &mut out, first_paragraph);
    out
}

/// A dateline whose other words are counters and buttons only, which alone
/// would read as furniture: `03/02/2026 18:10   Lượt xem: 642`. (Not a
/// marker with a date: `Tin liên quan 12/05/2023`.)
fn dated_counters(line: &str) -> bool {
    is_buttons(&key(line)) && is_dateline(line)
}

/// The lines of `text` with their roles but the headline's and the byline's.
fn lines_of(text: &str) -> Layout {
    let mut pos = 0;
    // `text.split('\n')`, with `memchr` finding the breaks. (Counted first:
    // the list of lines is allocated once, not grown line by line.)
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut lines = Vec::with_capacity(breaks.count() + 1);
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        let raw = &text[pos..end];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        let range = pos + lead..pos + lead + trimmed.len();
        pos += raw.len() + 1;
        // Furniture is a short line; article text is not folded here.
        let short = trimmed.len() <= 2 * FURNITURE_HEAD;
        let role = if trimmed.is_empty() {
            Role::Blank
        } else if !trimmed.chars().any(char::is_alphanumeric) {
            Role::Junk
        } else if short && is_furniture(trimmed) && !dated_counters(trimmed) {
            Role::Furniture
        } else if short && is_dateline(trimmed) {
            Role::Dateline
        } else {
            Role::Body
        };
        lines.push(Line {
            range,
            role,
            duplicate: false,
        });
    }
    // Below "Tin liên quan" come other articles' headlines: to the end of
    // the page, or, when article text goes on after them (a box of links
    // beside the headline or between paragraphs), the links alone.
    // The phrase a line of furniture ends the article with, if any.
    let marker = |l: &Line| {
        if l.role != Role::Furniture {
            return None;
        }
        let k = key(&text[l.range.clone()]);
        furniture().iter().find(|p| p.ends && p.fits(&k, true))
    };
    // (A closing quote ends a paragraph after a stop only: a headline may
    // end with a quoted phrase, `Còn nhiều “vùng trắng”`.)
    let paragraph = |l: &Line| {
        let s = &text[l.range.clone()];
        let unquoted = s.trim_end_matches(['"', '”']);
        l.role == Role::Body
            && words_up_to(s, 13) > 12
            && (s.ends_with(['.', '…'])
                || unquoted.len() < s.len() && unquoted.ends_with(['.', '…', '!', '?']))
    };
    let mut k = 0;
    while let Some(m) = lines[k..]
        .iter()
        .position(|l| marker(l).is_some())
        .map(|m| m + k)
    {
        // The links: up to the next paragraph, or a dateline apart from them
        // by a blank line (a box between the headline and the page's date;
        // right under a link, the date is the link's).
        let dateline = |i: usize| {
            lines[i].role == Role::Dateline
                && lines[i - 1].role == Role::Blank
                && text[lines[i].range.clone()].starts_with(|c: char| c.is_alphanumeric())
        };
        let block_end = (m + 1..lines.len())
            .find(|&i| paragraph(&lines[i]) || dateline(i))
            .unwrap_or(lines.len());
        // (Two paragraphs after it, or one when it stands in the first half.)
        let after = lines[block_end..].iter().filter(|l| paragraph(l)).count();
        let early = 2 * m <= lines.len();
        // (Readers' comments are paragraphs too, but no article text follows
        // them after the article's own paragraphs, in the page's second half:
        // `Bình luận (2)`. Under the headline it is a button.)
        // (Also a heading of comments among other articles' links.)
        let comments = (m..block_end)
            .any(|c| 2 * c > lines.len() && marker(&lines[c]).is_some_and(|p| p.comments))
            && lines[..m].iter().filter(|l| paragraph(l)).take(2).count() >= 2;
        let goes_on = !comments && (after >= 2 || (after == 1 && early));
        let end = if goes_on { block_end } else { lines.len() };
        for l in &mut lines[m..end] {
            if l.role != Role::Blank {
                l.role = Role::Furniture;
            }
        }
        k = end;
    }
    Layout {
        lines,
        ..Layout::default()
    }
}

/// Marks lines that repeat an earlier line, and teasers (`…` or `...` at
/// the end) whose text another line continues.
fn mark_duplicates(text: &str, lines: &mut [Line]) {
    // Body lines sorted by text (then position): equal lines are neighbours,
    // and the lines a teaser's stem starts are a range. No hashing of whole
    // paragraphs.
    let mut sorted: Vec<(&str, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.role == Role::Body)
        .map(|(i, l)| (&text[l.range.clone()], i))
        // (A figure alone repeats in a flattened table's cells: `22`.)
        .filter(|(s, _)| s.chars().any(char::is_alphabetic))
        .collect();
    sorted.sort_unstable();
    for k in 1..sorted.len() {
        if sorted[k].0 == sorted[k - 1].0 {
            lines[sorted[k].1].duplicate = true;
        }
    }
    for (k, &(s, i)) in sorted.iter().enumerate() {
        if lines[i].duplicate {
            continue;
        }
        let stem = s.trim_end_matches(['.', '…']).trim_end();
        if stem.len() >= 30 && stem.len() < s.len() {
            // `sorted.partition_point(|&(other, _)| other < stem)`: `s` starts
            // with the stem, so the texts from the stem on up to `s` are
            // those before it that start with the stem too (seldom any).
            let mut from = k;
            while from > 0 && sorted[from - 1].0.starts_with(stem) {
                from -= 1;
            }
            // The first two distinct texts from the stem on.
            let mut next = sorted[from..].iter().map(|&(t, _)| t);
            let first = next.next();
            let second = first.and_then(|f| next.find(|&t| t != f));
            lines[i].duplicate = [first, second]
                .into_iter()
                .flatten()
                .any(|other| other.len() > s.len() && other.starts_with(stem));
        }
    }
}

/// The site's own lines above a headline: a path of sections, a menu, a
/// masthead or motto, or a short line in capitals (`BÁO SƠN LA`).
fn is_site_chrome(s: &str) -> bool {
    // (`BÁO SƠN LA`; `QUÂN KHU 2 - BIÊN PHÒNG LAI CHÂU`, sections apart by a dash.)
    let caps = || {
        !s.chars().any(char::is_lowercase)
            && (words_up_to(s, 6) < 6 || (s.contains(" - ") && words_up_to(s, 10) < 10))
    };
    is_path(s) || is_menu(s) || caps() || is_masthead(s)
}

/// A path of sections (`Trang chủ > Tin tức`, `Chính trị › Xây dựng Đảng`).
fn is_path(s: &str) -> bool {
    s.contains(['|', '›', '»', '>']) || s.contains(" / ")
}

/// A row of menu items set apart by wide gaps (`Thời sự  Chính trị  Xây
/// dựng Đảng  Kinh tế`): three or more short items, each capitalised.
fn is_menu(s: &str) -> bool {
    let items: Vec<&str> = s
        .split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    items.len() >= 3
        && items.iter().all(|item| {
            item.starts_with(char::is_uppercase)
                && item
                    .split_whitespace()
                    .filter(|w| w.starts_with(char::is_alphabetic))
                    .count()
                    <= 4
        })
}

fn next_non_blank(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| !matches!(lines[i].role, Role::Blank | Role::Junk))
}

/// Finds the headline; returns the index of the first line of article text
/// ([`is_body`]), or the number of lines.
fn find_title(text: &str, out: &mut Layout) -> usize {
    let lines = &mut out.lines;
    // The lines before the first paragraph are the candidates: each line's
    // words are counted once.
    let mut candidates: Vec<usize> = Vec::new();
    let mut header_end = lines.len();
    for (i, l) in lines.iter().enumerate() {
        if l.role != Role::Body {
            continue;
        }
        let s = &text[l.range.clone()];
        let words = words_up_to(s, 36);
        if is_body_of(s, words) {
            header_end = i;
            break;
        }
        let list_item = s.starts_with(['-', '•', '+', '*']);
        if !l.duplicate && words >= 2 && !s.ends_with(['.', ':', ';']) && !list_item {
            candidates.push(i);
        }
    }
    let before_dateline =
        candidates.iter().rev().copied().find(|&i| {
            next_non_blank(lines, i + 1).is_some_and(|n| lines[n].role == Role::Dateline)
        });
    // A section label or masthead before the dateline (`Xây dựng Đảng`,
    // `Trang chủ › Chính trị`, `BÁO SƠN LA`) gives way to a headline after it.
    // `strict`: only what no headline looks like (a path of sections, a
    // masthead in capitals, one or two words); else short lines too.
    let label = |i: usize, strict: bool| {
        let s = text[lines[i].range.clone()].trim();
        let words = words_up_to(s, 6);
        let short = if strict {
            words < 3
        } else {
            words < 5 || (words < 6 && s.contains(" - "))
        };
        // (Nor a byline with a label or an affiliation: `Bài và ảnh: Minh
        // Thu`, `Lê Trường - Ban Tổ chức Tỉnh ủy`.)
        let byline = || {
            let name = byline_name(s);
            is_labelled(s)
                || (name.len() < s.len()
                    && (2..=4).contains(&name.split_whitespace().count())
                    && is_name_like(name))
        };
        // (Nor the writer's office under a byline with a degree or rank:
        // `ThS. Néang Sa Phol` / `Trường Chính trị tỉnh An Giang`.)
        let office = || {
            (0..i)
                .rev()
                .find(|&p| !matches!(lines[p].role, Role::Blank | Role::Junk))
                .is_some_and(|p| {
                    let above = text[lines[p].range.clone()].trim();
                    let name = without_rank(above);
                    name.len() < above.len() && is_name_like(name)
                })
        };
        short || is_site_chrome(s) || writers_line(s) || byline() || office()
    };
    let headline = |from: usize, strict: bool| {
        candidates
            .iter()
            .copied()
            .find(|&i| i >= from && !label(i, strict))
    };
    // (A byline there, `Nguyễn Lan`, gives way to the headline above it.)
    let before_dateline = before_dateline.map(|b| {
        if label(b, false) {
            headline(b + 1, false)
                .or_else(|| headline(0, false).filter(|&h| h < b))
                .unwrap_or(b)
        } else {
            b
        }
    });
    // (A social page's name above its post's date gives way to the post's
    // headline in capitals after it: `Đảng ủy xã An Bình` / `2 tháng 4,
    // 2025 lúc 16:42` / `ĐẢNG ỦY XÃ AN BÌNH: QUÝ I/2025 KẾT NẠP …`.)
    // (Only on such pages: a post's date, `… tháng 4, 2025 lúc 16:42`, or
    // the page's buttons, `Tài khoản Zalo OA chính thức · Quan tâm`; not a
    // paper's slogan in capitals under its date.)
    let dateline = (0..header_end).find(|&i| lines[i].role == Role::Dateline);
    let social = |d: usize| {
        let date = &text[lines[d].range.clone()];
        date.contains(" lúc ") && date.contains("tháng")
            || (0..d).any(|i| text[lines[i].range.clone()].contains(" · "))
    };
    let post_headline = dateline.filter(|&d| social(d)).and_then(|d| {
        let mut names = candidates.iter().take_while(|&&c| c < d).peekable();
        let named = names.peek().is_some();
        let names_only = named
            && names.all(|&c| {
                // (A page's name in capitals is short: `ĐẢNG ỦY PHƯỜNG BÀN CỜ`.)
                let s = &text[lines[c].range.clone()];
                let most = if is_all_caps_heading(s) { 5 } else { 10 };
                !s.contains(|c: char| c.is_ascii_digit()) && words_up_to(s, 11) <= most
            });
        let caps_after = candidates.iter().copied().find(|&c| {
            let s = &text[lines[c].range.clone()];
            c > d && is_all_caps_heading(s) && words_up_to(s, 6) >= 6 && !s.contains("CHÀO MỪNG")
        });
        caps_after.filter(|_| names_only)
    });
    let before_dateline = post_headline.or(before_dateline);
    // (Above a path of sections is the site's name: `Ban Tổ chức Tỉnh ủy Bắc
    // Giang` / `Trang chủ > Tin tức`.)
    let after_path = (0..header_end)
        .find(|&i| is_path(&text[lines[i].range.clone()]))
        .unwrap_or(0);
    // (A short line there is a section label when a longer one follows:
    // `Quảng Trị Online` / `Xây dựng Đảng` / the headline.)
    let first = || {
        headline(after_path, false)
            .or_else(|| headline(after_path, true))
            .or_else(|| headline(0, true))
            .or(candidates.first().copied())
    };
    let title = before_dateline.or_else(first).or_else(|| {
        // A headline printed in capitals after a lead paragraph.
        lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.role == Role::Body)
            .take(4)
            .find(|(_, l)| is_all_caps_heading(&text[l.range.clone()]))
            .map(|(i, _)| i)
    });
    if let Some(t) = title {
        lines[t].role = Role::Title;
        // The site's name, motto and menus above it are no article text.
        for (i, l) in lines[..t].iter_mut().enumerate() {
            if i < after_path && l.role == Role::Body {
                l.role = Role::Furniture;
                continue;
            }
            if l.role == Role::Body && is_site_chrome(text[l.range.clone()].trim()) {
                l.role = Role::Furniture;
            }
        }
        // The headline repeated further down (related-story boxes) is not news.
        let head = &text[lines[t].range.clone()];
        for l in lines.iter_mut().skip(t + 1) {
            if &text[l.range.clone()] == head {
                l.duplicate = true;
            }
        }
    }
    out.title = title;
    header_end
}

fn find_published(text: &str, out: &mut Layout) {
    let datelines = out
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.role == Role::Dateline)
        .map(|(i, _)| i);
    // The dateline nearest the headline; after it on a tie (pages often put
    // the date of the visit above the headline and the article's below).
    let best = match out.title {
        Some(t) => datelines.min_by_key(|&i| (i.abs_diff(t), i < t)),
        None => datelines.take_while(|&i| i < 8).next(),
    };
    out.published = best.and_then(|i| published_of(&text[out.lines[i].range.clone()]));
    captions_are_body(text, out, best);
}

/// A dated line after the article's first paragraph, in words, with no
/// time of day, right above a short line (`Số lượng đảng viên được tặng
/// Huy hiệu Đảng đợt 3/2/2026` over a table's headers) is a caption, not a
/// dateline: it is read with what it heads. (Not the page's own dateline,
/// `published`, nor another page's pasted above its text: `Cập nhật lúc
/// 08:47, Thứ Sáu, 12/05/2017`.)
fn captions_are_body(text: &str, out: &mut Layout, published: Option<usize>) {
    let lines = &mut out.lines;
    let Some(first_paragraph) = lines
        .iter()
        .position(|l| l.role == Role::Body && words_up_to(&text[l.range.clone()], 13) > 12)
    else {
        return;
    };
    for i in first_paragraph + 1..lines.len().saturating_sub(1) {
        let line = &text[lines[i].range.clone()];
        let caption = lines[i].role == Role::Dateline
            && Some(i) != published
            && lines[i + 1].role == Role::Body
            && words_up_to(&text[lines[i + 1].range.clone()], 13) <= 12
            && line.starts_with(char::is_alphabetic)
            && !line.contains(':');
        if caption {
            lines[i].role = Role::Body;
        }
    }
}

fn strip_prefix_words<'a>(s: &'a str, prefixes: &[&str]) -> &'a str {
    // Bylines such as "Bài, ảnh: Đoàn Thư", "Tác giả bài viết: Bé Nhỏ".
    if let Some((head, rest)) = s.split_once(':') {
        if key_in(head, prefixes) {
            return rest.trim_start();
        }
    }
    s
}

/// A line that reads as a name: a few capitalised words (`Vũ Đình Chuyền`,
/// `HOÀNG MY`, `Nghĩa Hà – Đức Thắng`, `Đài Kim Bảng`); at most seven, the
/// dashes between names not counted (`Thanh Hải - Minh Châu - Hồng Nhung`).
fn is_name_like(s: &str) -> bool {
    if s.ends_with('.') || s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // One pass over the words, which stops at the eighth that is no dash or
    // at one that is not capitalised: the line may be a paragraph, not
    // collected into a list.
    let mut any = false;
    let mut not_dashes = 0;
    for w in s.split_whitespace() {
        any = true;
        if !matches!(w, "-" | "–") {
            not_dashes += 1;
        }
        let capitalised = matches!(w, "và" | "-" | "–" | "&" | ",")
            || w.chars().next().is_some_and(char::is_uppercase);
        if not_dashes > 7 || !capitalised {
            return false;
        }
    }
    any
}

/// A person's name alone on the line right above the dateline, in the
/// page's head (`Nguyễn Lan` / `Cập nhật: 08/01/2024 16:05`): the byline
/// of pages that put it there.
fn byline_above_dateline(text: &str, out: &mut Layout) -> Option<Range<usize>> {
    let lines = &out.lines;
    let i = (0..lines.len().min(12)).find(|&i| {
        let dateline_after =
            next_non_blank(lines, i + 1).is_some_and(|n| lines[n].role == Role::Dateline);
        // (The cheap test first: most lines of the head are above no dateline.)
        let Some(s) = dateline_after
            .then(|| short_head_line(text, out, i))
            .flatten()
        else {
            return false;
        };
        let name = byline_name(s);
        // (In capitals with a family name, named nowhere else: `LÊ THANH
        // BÌNH`, not `THÁI BÌNH` of `tỉnh Thái Bình`.)
        let capitals = || {
            !name.chars().any(char::is_lowercase)
                && name.split_whitespace().count() >= 3
                && starts_with_family_name(name)
                && !is_section(name)
                && !named_elsewhere(text, lines[i].range.clone(), name)
        };
        let range = lines[i].range.clone();
        ((2..=4).contains(&name.split_whitespace().count())
            || writers_line(name)
            || pen_names(text, range, name))
            && (name.chars().any(char::is_lowercase) || capitals())
            && is_name_like(name)
            && !is_masthead(s)
    })?;
    Some(byline_at(text, out, i))
}

/// A writer's name alone on a line of the page's head, next to the
/// headline or the dateline (`HOÀNG LINH`, `Hoàng Bắc`, `NGỌC DUY - HỒNG
/// THI`), the last the byline search tries. Names of two to four words
/// each that the page gives nowhere else (a photo's credit aside): no
/// province (`Lâm Đồng`), section, site's name or furniture. In small
/// letters a place may stand there (`Đạ Huoai`, `Hoàng Mai`): only a name
/// with a degree (`ThS. Néang Sa Phol`), or with a family name that the
/// page credits with a photo (`Ảnh: Hoàng Bắc`).
///
/// The line keeps its role: a guess made last, it changes nothing the
/// facts read.
fn name_alone_in_head(text: &str, out: &Layout) -> Option<Range<usize>> {
    let lines = &out.lines;
    let beside = |n: Option<usize>| {
        n.is_some_and(|n| lines[n].role == Role::Dateline || Some(n) == out.title)
    };
    let i = (0..lines.len().min(16)).find(|&i| {
        let l = &lines[i];
        if !matches!(l.role, Role::Body | Role::Furniture) || Some(i) == out.title {
            return false;
        }
        let previous = (0..i)
            .rev()
            .find(|&p| !matches!(lines[p].role, Role::Blank | Role::Junk));
        // (A line right above the headline is a kicker: `GƯƠNG SÁNG`.)
        let next = next_non_blank(lines, i + 1);
        let kicker = next.is_some() && next == out.title;
        if kicker || (!beside(previous) && !beside(next)) {
            return false;
        }
        let s = &text[l.range.clone()];
        // (A degree or a label marks a byline: `ThS. Néang Sa Phol`.)
        let name = byline_name(s);
        let marked = name.len() < s.len();
        let parts = dash_parts(name);
        let lower = name.chars().any(char::is_lowercase);
        let province = |p: &str| {
            let k = crate::normalize::fold_words(p);
            crate::lexicon::provinces().iter().any(|(f, _)| *f == k)
        };
        // (A name of three words or more has a family name: `NGUYỄN THANH
        // BÌNH`, not `ĐIỆN BIÊN PHỦ`, `PHÓNG SỰ ẢNH`, `BAN TUYÊN GIÁO`; none
        // is a place's: `HUYỆN CÔ TÔ`.)
        let full = |p: &str| p.split_whitespace().nth(2).is_none() || starts_with_family_name(p);
        // (Right under the headline and over the lede, with no blank line
        // between, a pen name of two or three words and no family name:
        // `Thu Trang`; not `Hoàng Mai`, `Đạ Huoai` apart in the head.)
        let under_title = previous.is_some_and(|p| Some(p) == out.title && p + 1 == i)
            && next.is_some_and(|n| n == i + 1 && news_lede(&text[lines[n].range.clone()]))
            && parts.len() == 1
            && (2..=3).contains(&name.split_whitespace().count())
            && !starts_with_family_name(name);
        words_up_to(s, 13) <= 12
            && is_name_like(name)
            && parts.iter().all(|p| full(p) && !is_place_line(p))
            && (!lower
                || marked
                || under_title
                || (starts_with_family_name(name) && credited(text, name)))
            && !parts.iter().any(|p| province(p) || is_section(p))
            && !is_masthead(s)
            && !is_furniture(s)
            && names_apart(text, l.range.clone(), &parts)
    })?;
    let r = &lines[i].range;
    let s = &text[r.clone()];
    let name = byline_name(s);
    let start = r.start + (name.as_ptr() as usize - s.as_ptr() as usize);
    Some(start..start + name.len())
}

/// Whether `line` opens as a news lede does: with the paper's tag or a
/// place in capitals and a dash (`(BTQ) - `, `BẮC GIANG - `), or with the
/// day (`Sáng 13/1, `, `Ngày 27/6, `).
fn news_lede(line: &str) -> bool {
    let tagged = |head: &str| {
        let head = head.trim();
        !head.is_empty()
            && head.len() <= 40
            && (head.starts_with('(') && head.ends_with(')')
                || !head.chars().any(char::is_lowercase))
    };
    let dashed = [" - ", " – "]
        .iter()
        .any(|d| split_once_dash(line, d).is_some_and(|(head, _)| tagged(head)));
    let dated = line.split_once(' ').is_some_and(|(w, rest)| {
        ["sáng", "chiều", "tối", "trưa", "ngày", "đêm"].contains(&w.to_lowercase().as_str())
            && rest.starts_with(|c: char| c.is_ascii_digit())
    });
    dashed || dated
}

/// Whether the page credits `name` with a photo: `Ảnh: Hoàng Bắc`.
fn credited(text: &str, name: &str) -> bool {
    ["Ảnh: ", "ảnh: "]
        .iter()
        .any(|c| memchr::memmem::find(text.as_bytes(), format!("{c}{name}").as_bytes()).is_some())
}

/// The names of a byline apart by dashes: `Thanh Hải - Minh Châu`.
fn dash_parts(s: &str) -> Vec<&str> {
    s.split(['-', '–']).map(str::trim).collect()
}

/// `Anh Thư - Thu Trang`: two or more short names apart by dashes, each
/// named nowhere else on the page (a pair of places would be).
fn pen_names(text: &str, line: Range<usize>, name: &str) -> bool {
    let parts = dash_parts(name);
    parts.len() >= 2 && is_name_like(name) && names_apart(text, line, &parts)
}

/// Whether each of `parts` (a byline's names apart by dashes) has two to
/// four words and is named nowhere on the page but on `line`. The words are
/// counted first: the page is searched only for lines that fit.
fn names_apart(text: &str, line: Range<usize>, parts: &[&str]) -> bool {
    parts
        .iter()
        .all(|p| (2..=4).contains(&p.split_whitespace().count()))
        && parts
            .iter()
            .all(|p| !named_elsewhere(text, line.clone(), p))
}

/// A writer's name beside the date on a dateline of the page's head, with
/// no label: `Phạm Bằng • 08/07/2023 10:45`, `Thứ Sáu, 12/07/2024, 15:40
/// (GMT+7) | Hoài Thu`. Only a name the page gives nowhere else.
fn unlabelled_byline_in_dateline(text: &str, out: &Layout) -> Option<Range<usize>> {
    out.lines.iter().take(16).find_map(|l| {
        if l.role != Role::Dateline {
            return None;
        }
        let line = &text[l.range.clone()];
        let (left, right) = ['•', '|', '·']
            .iter()
            .find_map(|sep| line.split_once(*sep))
            .or_else(|| line.split_once(" - "))?;
        let (left, right) = (left.trim(), right.trim());
        let name = if is_dateline_alone(right) {
            left
        } else if is_dateline_alone(left) && !line.contains(" - ") {
            right
        } else {
            return None;
        };
        let lower = name.chars().any(char::is_lowercase);
        let fits = (2..=4).contains(&name.split_whitespace().count())
            || pen_names(text, l.range.clone(), name);
        let ok = fits
            && is_name_like(name)
            && (lower || starts_with_family_name(name))
            && !is_masthead(name)
            && !is_section(name)
            && !is_furniture(name)
            && !named_elsewhere(text, l.range.clone(), name);
        let start = name.as_ptr() as usize - text.as_ptr() as usize;
        ok.then_some(start..start + name.len())
    })
}

/// A labelled byline of its own in the page's head, above or below the
/// headline (`Tin, ảnh: Hoàng Anh`).
fn labelled_byline_in_head(text: &str, out: &mut Layout) -> Option<Range<usize>> {
    let i = (0..out.lines.len().min(12)).find(|&i| {
        let Some(s) = short_head_line(text, out, i) else {
            return false;
        };
        let name = byline_name(s);
        is_labelled(s) && (2..=8).contains(&name.split_whitespace().count()) && is_name_like(name)
    })?;
    Some(byline_at(text, out, i))
}

/// A labelled byline in a dateline of the page's head, after a `|`.
fn byline_in_dateline(text: &str, out: &Layout) -> Option<Range<usize>> {
    out.lines.iter().take(16).find_map(|l| {
        if l.role != Role::Dateline {
            return None;
        }
        let (_, part) = byline_beside_date(&text[l.range.clone()])?;
        let name = byline_name(part);
        let start = name.as_ptr() as usize - text.as_ptr() as usize;
        (!name.is_empty() && (is_name_like(name) || is_organisation(name)))
            .then_some(start..start + name.len())
    })
}

/// Line `i`, trimmed, if it is article text of at most twelve words and not
/// the headline: where a byline beside the dateline may stand (a paragraph
/// is not read further).
fn short_head_line<'t>(text: &'t str, out: &Layout, i: usize) -> Option<&'t str> {
    let line = &out.lines[i];
    let s = text[line.range.clone()].trim();
    (line.role == Role::Body && Some(i) != out.title && words_up_to(s, 13) <= 12).then_some(s)
}

/// Marks line `i` as the byline; the name in it.
fn byline_at(text: &str, out: &mut Layout, i: usize) -> Range<usize> {
    out.lines[i].role = Role::Byline;
    let r = &out.lines[i].range;
    let s = &text[r.clone()];
    let name = byline_name(s);
    let start = r.start + (name.as_ptr() as usize - s.as_ptr() as usize);
    start..start + name.len()
}

/// A byline on the line right below the dateline, in the page's head
/// (`Thứ Bảy, 15/10/2022 - 08:12` / `Lê Hằng`, `Bài, ảnh: Lê Minh Khoa`).
fn byline_below_dateline(text: &str, out: &mut Layout) -> Option<Range<usize>> {
    let lines = &out.lines;
    let i = (1..lines.len().min(16)).find(|&i| {
        let before = (0..i)
            .rev()
            .find(|&p| !matches!(lines[p].role, Role::Blank | Role::Junk));
        let below_dateline = before.is_some_and(|p| lines[p].role == Role::Dateline);
        // (Or below the headline: `Thu Phương - Vũ Hà` / `BHG - Sáng 14.7, …`.)
        let below_title = before.is_some_and(|p| Some(p) == out.title);
        // (The cheap test first: most lines of the head are below neither.)
        let below = below_dateline || below_title;
        let Some(s) = below.then(|| short_head_line(text, out, i)).flatten() else {
            return false;
        };
        let name = byline_name(s);
        // A place or a section may stand there too (`Đắk Nông`, `Tin Địa
        // Phương`, `XÂY DỰNG ĐẢNG`): a name with a label, a family name, or
        // (a pen name, `Tuệ Lâm`) one the page names nowhere else.
        let labelled = name.len() < s.len();
        let first = name.split_whitespace().next().unwrap_or("");
        let family = starts_with_family_name(name);
        let r = &lines[i].range;
        let elsewhere = |n: &str| named_elsewhere(text, r.clone(), n);
        let pen_name = || key(first) != "tin" && !elsewhere(name);
        // Below the headline, where a kicker or a place may stand (`Lâm
        // Đồng`, `Đạ Huoai - Đạ Tẻh`): names the page gives nowhere else,
        // with a family name, and several (`Thu Phương - Vũ Hà`) or a full
        // one (`Nguyễn Thu Hà`).
        let parts = dash_parts(name);
        let family_in_any = || parts.iter().any(|p| starts_with_family_name(p));
        let writers = || {
            let full = parts.len() == 1 && name.split_whitespace().count() >= 3;
            names_apart(text, r.clone(), &parts) && (parts.len() >= 2 || full) && family_in_any()
        };
        let lower = name.chars().any(char::is_lowercase);
        // Right above a lede that opens with the paper's tag (`(LSO) - …`),
        // names the page gives nowhere else, in capitals too (`LỘC HƯƠNG`).
        let tagged = || {
            below_title
                && next_non_blank(lines, i + 1)
                    .is_some_and(|n| opens_with_tag(&text[lines[n].range.clone()]))
                && names_apart(text, r.clone(), &parts)
                // (One name alone in small letters may be a place: `Cao Bằng`.)
                && (parts.len() >= 2 || !lower)
        };
        let known = if below_dateline {
            family || pen_name()
        } else {
            writers()
        };
        // In capitals only with a family name, and several or a full name
        // (`HOÀNG THƯ - NGUYÊN VŨ`, not `LÂM ĐỒNG`).
        let capitals = || {
            !lower && (parts.len() >= 2 || name.split_whitespace().count() >= 3) && family_in_any()
        };
        (2..=8).contains(&name.split_whitespace().count())
            && is_name_like(name)
            && !is_masthead(name)
            && !is_section(name)
            && (labelled || ((lower || capitals()) && known) || tagged())
    })?;
    Some(byline_at(text, out, i))
}

/// Whether the page names `n` outside `line`: as written, or in small
/// letters when written in capitals (`NGUYỄN MẠNH DŨNG`, `Nguyễn Mạnh
/// Dũng`). A photo's credit is no other mention (`Ảnh: Hải Quân`).
fn named_elsewhere(text: &str, line: Range<usize>, n: &str) -> bool {
    // (An empty name would match inside every character.)
    if n.is_empty() {
        return false;
    }
    let in_text = |n: &str| {
        memchr::memmem::find_iter(text.as_bytes(), n.as_bytes()).any(|k| {
            if line.contains(&k) {
                return false;
            }
            let head = text[..k].trim_end();
            let credit = ["Ảnh:", "ảnh:", "Anh:", "anh:"]
                .iter()
                .any(|c| head.ends_with(c));
            // (Nor another byline of the page: `Thanh Nga` / `Tin, ảnh: Thanh Nga`.)
            let from = text[..k].rfind('\n').map_or(0, |b| b + 1);
            let to = text[k..].find('\n').map_or(text.len(), |e| k + e);
            !credit && byline_name(text[from..to].trim()) != n
        })
    };
    in_text(n) || (!n.chars().any(char::is_lowercase) && in_text(&title_case(n)))
}

/// `NGUYỄN MẠNH DŨNG` → `Nguyễn Mạnh Dũng`.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// Whether `s` is the name of a section of a paper (`CHÍNH TRỊ`, `Tin ảnh`).
fn is_section(s: &str) -> bool {
    static P: OnceLock<Vec<&str>> = OnceLock::new();
    let k = key(s);
    P.get_or_init(|| phrases(include_str!("data/sections.txt")))
        .iter()
        .any(|p| *p == k)
}

/// Whether a lede opens with the paper's tag: `(LSO) - `, `(Baonghean.vn) –`,
/// `BHG - `.
fn opens_with_tag(line: &str) -> bool {
    let (tag, rest) = match line.strip_prefix('(') {
        Some(inner) => match inner.split_once(')') {
            Some((tag, rest)) => (tag, rest),
            None => return false,
        },
        None => match line.split_once(' ') {
            Some((tag, rest)) => (tag, rest),
            None => return false,
        },
    };
    let short = (2..=24).contains(&tag.len()) && !tag.contains(' ');
    let capitals = line.starts_with('(') || !tag.chars().any(char::is_lowercase);
    short && capitals && rest.trim_start().starts_with(['-', '–'])
}

/// `Nguyễn Thị Lan - Trần Văn Hùng`: full names with family names, apart
/// by dashes; a byline, not a headline.
fn writers_line(s: &str) -> bool {
    is_name_like(s)
        && s.chars().any(char::is_lowercase)
        && dash_parts(s)
            .iter()
            .all(|p| (3..=4).contains(&p.split_whitespace().count()) && starts_with_family_name(p))
}

/// Whether the first word of `s` is a family name (`Nguyễn`, `Vũ`).
fn starts_with_family_name(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    family_names().contains(&first.to_lowercase())
}

/// Whether `s` opens with a byline's label (`Tin, ảnh:`, `Tác giả:`).
fn is_labelled(s: &str) -> bool {
    strip_prefix_words(s, byline_prefixes()).len() < s.len()
}

/// `first_paragraph`: the first line of article text when the headline was found.
fn find_byline(text: &str, out: &mut Layout, first_paragraph: usize) {
    let title = out.title.map(|t| &text[out.lines[t].range.clone()]);
    let mut organisation: Option<Range<usize>> = None;
    let mut photographer: Option<Range<usize>> = None;
    let mut seen = 0;
    let foot = foot_start(text, &out.lines);
    for i in (0..out.lines.len()).rev() {
        let line = &out.lines[i];
        let s = &text[line.range.clone()];
        // (A dateline under the byline: `Ngày đăng: 09/07/2024 - Nguồn: …`.)
        if matches!(
            line.role,
            Role::Blank | Role::Junk | Role::Furniture | Role::Dateline
        ) || Some(s) == title
            || (s.len() <= 3 && s.chars().all(|c| c.is_lowercase()))
        {
            continue;
        }
        let at = |part: &str| line.range.start + (part.as_ptr() as usize - s.as_ptr() as usize);
        if let Some(src) = source_of(s) {
            out.source.get_or_insert(at(src)..at(src) + src.len());
            out.lines[i].role = Role::Byline;
            continue;
        }
        // `Theo PHAN HÒA (bienphong.com.vn)`: a writer of the paper taken from.
        if let Some((name, src)) = writer_of_source(s) {
            out.source.get_or_insert(at(src)..at(src) + src.len());
            out.author = Some(at(name)..at(name) + name.len());
            out.lines[i].role = Role::Byline;
            break;
        }
        if i >= foot {
            continue;
        }
        seen += 1;
        if seen > 4 || line.role != Role::Body || out.lines[i].duplicate {
            break;
        }
        // A photo's caption under the byline (`Ảnh: Đại tá … phát biểu.`),
        // or, at the foot, one with no label (`Các đại biểu dự lễ khai giảng
        // lớp học.`), or the writer's office in brackets under the name.
        // (Only under an article of two paragraphs at least: a short page's
        // one paragraph is no caption.)
        let foot = || {
            seen == 1
                && out.lines[..i]
                    .iter()
                    .filter(|l| {
                        l.role == Role::Body && words_up_to(&text[l.range.clone()], 13) > 12
                    })
                    .nth(1)
                    .is_some()
        };
        let bracketed = s.starts_with('(') && s.ends_with(')');
        // (A note after the article, under the byline: `* Chiều 7/1, Huyện
        // ủy tổ chức hội nghị …`.)
        let note = s.starts_with("* ");
        if is_caption(s) || bracketed || note || (is_unlabelled_caption(s) && foot()) {
            continue;
        }
        let name = byline_name(s);
        // Over eight words is neither a person's name (`is_name_like`: at
        // most seven) nor an organisation's: stop before folding the line.
        if words_up_to(name, 9) > 8 {
            break;
        }
        let org = starts_with_organisation_word(name);
        // An organisation's name has lower-case words (Sở Thông tin và Truyền thông).
        // (Nor a list item with its count: `+ Chi bộ thôn Hai: 43 đồng chí`.)
        let fits = if org {
            !name.ends_with('.') && !name.contains(|c: char| c.is_ascii_digit() || c == ':')
        } else {
            is_name_like(name)
        };
        // (A person's name the article gives elsewhere is no writer's: a
        // place, `Tân Yên, Bắc Giang`, or someone in the story.)
        let elsewhere = || {
            name.split([',', '-', '–'])
                .map(str::trim)
                .any(|p| !p.is_empty() && named_elsewhere(text, line.range.clone(), p))
        };
        if name.is_empty() || !fits || (!org && elsewhere()) {
            break;
        }
        let start = line.range.start + (name.as_ptr() as usize - s.as_ptr() as usize);
        let span = start..start + name.len();
        out.lines[i].role = Role::Byline;
        // (`Ảnh: Thành Chung` under `Hồng Nhung`: the photographer gives way
        // to the writer above.)
        let photo = s
            .split_once(':')
            .is_some_and(|(head, _)| key_in(head, &["anh"]));
        if org {
            organisation.get_or_insert(span);
        } else if photo {
            photographer.get_or_insert(span);
        } else {
            out.author = Some(span);
            break;
        }
    }
    if out.author.is_none() {
        out.author = photographer;
    }
    if out.author.is_none() {
        out.author = organisation
            .or_else(|| byline_above_dateline(text, out))
            .or_else(|| byline_below_dateline(text, out))
            .or_else(|| byline_in_dateline(text, out))
            .or_else(|| labelled_byline_in_head(text, out))
            .or_else(|| unlabelled_byline_in_dateline(text, out))
            .or_else(|| name_alone_in_head(text, out));
    }
    if out.source.is_none() {
        out.source = leading_source(text, &out.lines, first_paragraph);
    }
}

/// `Văn phòng Đảng ủy`, `Trung tâm Văn hóa huyện`: a name that starts with
/// an organisation's word and has words in small letters (a person's name
/// has none: `Đoàn Thư`).
fn is_organisation(s: &str) -> bool {
    starts_with_organisation_word(s)
        && s.split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
}

/// Whether [`key`]`(s)` is one of `keys`: only as much of `s` is folded as
/// the longest of them needs (`s` may be a whole paragraph). (A key longer
/// than all of them is none of them, its start too.)
fn key_in(s: &str, keys: &[&str]) -> bool {
    let longest = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    keys.contains(&key_head(s, longest + 1).as_str())
}

/// Whether [`key`]`(s)` starts with one of [`organisation_words`]: only
/// the start of the key is folded, up to a byte past the longest word
/// (`s` may be a whole paragraph).
fn starts_with_organisation_word(s: &str) -> bool {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    let longest = *LONGEST.get_or_init(|| {
        let words = organisation_words().iter();
        words.map(|w| w.len()).max().unwrap_or(0)
    });
    key_starts_with_organisation_word(&key_head(s, longest + 1))
}

/// Whether the folded `k` starts with one of [`organisation_words`].
fn key_starts_with_organisation_word(k: &str) -> bool {
    organisation_words().iter().any(|w| {
        k.strip_prefix(w)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// `Ảnh: Đồng chí Bí thư phát biểu tại hội nghị.`: a caption, not a credit
/// (`Ảnh: Hồng Nhung`).
fn is_caption(s: &str) -> bool {
    // (`Cán bộ Đồn tuyên truyền cho bà con. Ảnh: Đức Hậu`: text, then the credit.)
    let credited = ["Ảnh:", "(Ảnh:", "ảnh:"].iter().any(|c| {
        rfind_ending_in_colon(s, c)
            .is_some_and(|k| k > 0 && s[..k].trim_end().ends_with(['.', '(', ')']))
    });
    let Some((head, rest)) = s.split_once(':') else {
        return false;
    };
    // (`Video: Bế mạc Đại hội … (03:12)`: a clip's caption.)
    let media = key_in(head, &["anh", "anh minh hoa", "video", "clip"]);
    credited || (media && !is_name_like(rest.trim()))
}

/// `s.rfind(pat)` for a `pat` that ends with a colon, found by the colons
/// of `s` (`memchr`), read back: a paragraph has few, and this is asked of
/// every line.
fn rfind_ending_in_colon(s: &str, pat: &str) -> Option<usize> {
    debug_assert!(pat.ends_with(':'));
    memchr::memrchr_iter(b':', s.as_bytes())
        .find(|&c| s[..=c].ends_with(pat))
        .map(|c| c + 1 - pat.len())
}

/// A short sentence (at most 25 words, a full stop at its end, none
/// inside): what a photo's caption at the foot of a page looks like.
fn is_unlabelled_caption(s: &str) -> bool {
    let body = s.trim_end().strip_suffix('.').unwrap_or("");
    !body.is_empty() && !body.contains(". ") && words_up_to(body, 26) <= 25
}

/// The name in a byline line, without a prefix (`Bài, ảnh:`), a trailing
/// affiliation in brackets, or a trailing comment counter (`(0) Bình luận`).
fn byline_name(s: &str) -> &str {
    let mut name = strip_prefix_words(s, byline_prefixes()).trim();
    // A label that is the writer (`Nhóm phóng viên`).
    if name.is_empty() && starts_with_organisation_word(s) {
        return s.trim();
    }
    name = without_rank(name);
    // `Minh Hiếu - Ảnh: Hồng Nhung`, `Thu Hà - Báo Lai Châu`: the writer, not
    // the photographer or the paper (`Nghĩa Hà – Đức Thắng` are two writers).
    for dash in [" - ", " – "] {
        if let Some((writer, rest)) = split_once_dash(name, dash) {
            // (Only a short tail: `(BĐN) - Trong hai ngày …` is a paragraph.)
            let short = words_up_to(rest, 13) <= 12;
            let labelled = || is_labelled(rest);
            // (An office by its abbreviation: `Đài TT-TH Kinh Môn`.)
            let abbreviated = |w: &str| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            };
            // (Not a second writer in capitals: `HOÀNG THƯ - ĐOÀN HÀ`.)
            let office = || {
                let capitals = !writer.chars().any(char::is_lowercase);
                starts_with_organisation_word(rest)
                    && (!is_name_like(rest)
                        || (!capitals && rest.split_whitespace().any(abbreviated)))
            };
            if short && (is_masthead(rest) || labelled() || is_organisation(rest) || office()) {
                name = writer.trim_end();
            }
        }
    }
    if let Some(p) = name.find('(') {
        // Only a bracket that ends the line (or a comment counter after it):
        // `Ông Nguyễn Văn Nam (Bí thư Chi bộ) cho biết …` is article text.
        let after = name[p..].find(')').map(|q| name[p + q + 1..].trim());
        // (The start of the key is enough: what follows may be a paragraph.)
        let counter = |a: &str| key_head(a, "binh luan".len()).starts_with("binh luan");
        if after.is_none_or(|a| a.is_empty() || counter(a)) {
            name = name[..p].trim_end();
        }
    }
    name.trim_end_matches([',', ';', ':', '-', '–']).trim_end()
}

/// `Thượng úy Lê Minh Khoa`, `ThS. Nguyễn Thanh Bình`, `PGS. TS. Lê Thị
/// Hà`: the name without the rank or degree before it (of one word or two).
fn without_rank(name: &str) -> &str {
    let Some((a, rest)) = name.split_once(' ') else {
        return name;
    };
    let ranks = byline_ranks();
    if ranks.contains(&key(a).as_str()) {
        return rest.trim_start();
    }
    // (`{a} {b}` is the head of `name` itself: no string is built.)
    match rest.split_once(' ') {
        Some((b, rest)) if ranks.contains(&key(&name[..a.len() + 1 + b.len()]).as_str()) => {
            rest.trim_start()
        }
        _ => name,
    }
}

/// `Nguồn: baolangson.vn` → `baolangson.vn`; a short line of its own
/// `Theo Báo Sơn La` → `Báo Sơn La` (an article taken from another paper).
fn source_of(s: &str) -> Option<&str> {
    if let Some((head, rest)) = s.split_once(':') {
        if key_in(head, &["nguon", "nguon tin"]) {
            return Some(rest.trim()).filter(|r| !r.is_empty());
        }
    }
    let (head, rest) = s.split_once(' ')?;
    let rest = rest.trim();
    let domain = rest.contains('.') && !rest.contains(' ') && !rest.ends_with('.');
    (key(head) == "theo" && words_up_to(rest, 7) <= 6 && (domain || is_name_like(rest)))
        .then_some(rest)
}

/// `Theo PHAN HÒA (bienphong.com.vn)`: the writer and the site of an
/// article taken from another paper.
fn writer_of_source(s: &str) -> Option<(&str, &str)> {
    let (head, rest) = s.split_once(' ')?;
    let (name, site) = rest.trim_end().strip_suffix(')')?.split_once(" (")?;
    let (name, site) = (name.trim(), site.trim());
    let domain = site.contains('.') && !site.contains(' ') && !site.ends_with('.');
    (key(head) == "theo" && domain && is_name_like(name) && words_up_to(name, 5) <= 4)
        .then_some((name, site))
}

/// `(kontumtv.vn) – Từ đầu nhiệm kỳ…` or `(Dân Việt) - Theo…` at the head of
/// the first paragraph names the source.
/// No line before `from` is article text, and line `from`, if still body
/// text, is.
fn leading_source(text: &str, lines: &[Line], from: usize) -> Option<Range<usize>> {
    let first = match lines.get(from) {
        Some(l) if l.role == Role::Body => l,
        _ => lines
            .get(from..)?
            .iter()
            .find(|l| l.role == Role::Body && is_body(&text[l.range.clone()]))?,
    };
    let s = &text[first.range.clone()];
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let name = inner[..close].trim();
    let domain = name.contains('.') && !name.contains(' ');
    let words = name.split_whitespace().count() >= 2 && is_name_like(name);
    (domain || words).then(|| {
        let start = first.range.start + 1 + (inner.len() - inner.trim_start().len());
        start..start + name.len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start of a key is the start of the whole key, long enough; and
    /// the organisation words are found at the start of a line's key as in
    /// all of it.
    #[test]
    fn key_head_starts_the_key() {
        let mut lines: Vec<String> = crate::seed_articles()
            .iter()
            .flat_map(|a| a.lines().map(String::from).collect::<Vec<_>>())
            .collect();
        let words = organisation_words();
        lines.extend(words.iter().map(|w| format!("{}  x", w.to_uppercase())));
        lines.extend(words.iter().map(|w| w.to_string()));
        lines.extend(["", " ", "--", "Văn phòng Đảng ủy,", "Trung tâmVăn hóa"].map(String::from));
        lines.extend(["Ảnh", "ảnh ", "Nguồn tin", "Nguồn tin x", "NGUỒN"].map(String::from));
        lines.extend(byline_prefixes().iter().map(|p| p.to_uppercase()));
        for s in &lines {
            let whole = key(s);
            for len in [0, 1, 5, 9, 30] {
                let head = key_head(s, len);
                assert!(whole.starts_with(&head), "{s:?} {len}");
                assert!(head.len() >= len || head == whole, "{s:?} {len}");
            }
            assert_eq!(
                starts_with_organisation_word(s),
                key_starts_with_organisation_word(&whole),
                "{s:?}"
            );
            for keys in [
                &["anh"][..],
                &["nguon", "nguon tin"],
                byline_prefixes(),
                &[],
            ] {
                assert_eq!(key_in(s, keys), keys.contains(&whole.as_str()), "{s:?}");
            }
        }
    }

    /// `fits_furniture` tells what a look at every phrase tells.
    #[test]
    fn fits_furniture_as_every_phrase() {
        let mut keys: Vec<String> = crate::seed_lines_with(&["", " ", "Chia sẻ", "(0) Bình luận"])
            .iter()
            .map(|s| key(s))
            .collect();
        for p in furniture() {
            keys.push(p.words.to_string());
            keys.push(format!("{} x", p.words));
            keys.push(format!("{}x", p.words));
            keys.extend(p.words.get(..p.words.len() / 2).map(String::from));
        }
        for k in &keys {
            for whole in [true, false] {
                let every = furniture().iter().any(|p| p.fits(k, whole));
                assert_eq!(fits_furniture(k, whole), every, "{k:?} {whole}");
            }
        }
    }

    /// `is_name_like` answers as the words collected and counted did.
    #[test]
    fn name_like_as_by_collected_words() {
        fn collected(s: &str) -> bool {
            let words: Vec<&str> = s.split_whitespace().collect();
            let dashes = words.iter().filter(|w| matches!(**w, "-" | "–")).count();
            !words.is_empty()
                && words.len() - dashes <= 7
                && !s.ends_with('.')
                && !s.chars().any(|c| c.is_ascii_digit())
                && words.iter().all(|w| {
                    matches!(*w, "và" | "-" | "–" | "&" | ",")
                        || w.chars().next().is_some_and(char::is_uppercase)
                })
        }
        let lines = crate::seed_lines_with(&[
            "",
            " ",
            "-",
            "Nguyễn Văn A",
            "Nguyễn Văn A - Trần B",
            "A B C D E F G",
            "A B C D E F G H",
            "A - B - C - D - E - F - G - H",
            "A – B & C, D và E F G",
            "A B C D E F G H x",
            "Lê Hợi.",
            "Lê Hợi 2",
            "Ánh Dương ٣",
            "lê Hợi",
        ]);
        for s in &lines {
            assert_eq!(is_name_like(s), collected(s), "{s:?}");
        }
    }

    /// `without_rank` strips what it stripped with the two words written out.
    #[test]
    fn without_rank_as_with_words_written_out() {
        fn written_out(name: &str) -> &str {
            let Some((a, rest)) = name.split_once(' ') else {
                return name;
            };
            let ranks = byline_ranks();
            if ranks.contains(&key(a).as_str()) {
                return rest.trim_start();
            }
            match rest.split_once(' ') {
                Some((b, rest)) if ranks.contains(&key(&format!("{a} {b}")).as_str()) => {
                    rest.trim_start()
                }
                _ => name,
            }
        }
        let mut lines = crate::seed_lines_with(&[
            "",
            " ",
            "Thượng úy Lê Minh Khoa",
            "Đại  tá Lê",
            "PGS. TS. Nguyễn Văn A",
            "PGS.TS Trần B",
            "Thiếu tướng",
            "ThS. ",
        ]);
        lines.extend(
            byline_ranks()
                .iter()
                .map(|r| format!("{} Lê Hợi", r.to_uppercase())),
        );
        for s in &lines {
            assert_eq!(without_rank(s), written_out(s), "{s:?}");
        }
    }

    /// `is_buttons` answers as it did comparing every button word.
    #[test]
    fn buttons_as_by_every_word() {
        fn every_word(k: &str) -> bool {
            let mut rest = k;
            while !rest.is_empty() {
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0 && (rest[digits..].is_empty() || rest[digits..].starts_with(' ')) {
                    rest = rest[digits..].trim_start();
                    continue;
                }
                let Some(w) = button_words().iter().find(|w| {
                    rest.strip_prefix(**w)
                        .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                }) else {
                    return false;
                };
                rest = rest[w.len()..].trim_start();
            }
            !k.is_empty()
        }
        let mut keys: Vec<String> =
            crate::seed_lines_with(&["", "Chia sẻ  Facebook  Zalo  In", "Lượt xem: 1.254"])
                .iter()
                .map(|s| key(s))
                .collect();
        let words = button_words();
        for (a, b) in words.iter().zip(words.iter().rev()) {
            keys.push(format!("{a} {b}"));
            keys.push(format!("{a} 12 {b}"));
            keys.push(format!("{a}{b}"));
            keys.push(format!("{a} x"));
        }
        for k in &keys {
            assert_eq!(is_buttons(k), every_word(k), "{k:?}");
        }
    }

    /// `is_furniture` answers as a look at the whole key with every phrase
    /// does, its quick tests of the first letters aside.
    #[test]
    fn furniture_as_without_the_quick_tests() {
        fn every_phrase(line: &str) -> bool {
            let mut head = line.len().min(FURNITURE_HEAD);
            while !line.is_char_boundary(head) {
                head -= 1;
            }
            let k = key(&line[..head]);
            let whole = head == line.len();
            furniture().iter().any(|p| p.fits(&k, whole))
                || (whole && only_counters(line) && is_buttons(&k))
                || (whole && furniture_parts(line))
                || is_social_row(line.trim_start())
        }
        let mut lines = crate::seed_lines_with(&[
            "",
            "(0) Bình luận",
            "Chia sẻ | Tags: Huy hiệu Đảng",
            "Lượt xem: 1.254",
            "Đ",
            "ĐĐ x",
            "In",
        ]);
        let words = furniture().iter().map(|p| p.words);
        for w in words.chain(button_words().iter().copied()) {
            lines.push(w.to_uppercase());
            lines.push(format!("- {w} 12"));
            lines.push(format!("{w} | {w}"));
            lines.extend(w.get(..2).map(String::from));
        }
        for s in &lines {
            assert_eq!(is_furniture(s), every_phrase(s), "{s:?}");
        }
    }

    /// The rows social pages put under a post are furniture; a table's
    /// cell of one figure, a sentence about people, are not.
    #[test]
    fn social_rows_are_furniture() {
        for row in [
            "#DangUyXaAnBinh #PhatTrienDangVien #LongHo",
            "❤️ 342   💬 28   ↪️ 19",
            "👍 1,2K   87 bình luận   45 lượt chia sẻ",
            "👍❤️ 186   24 bình luận   11 lượt chia sẻ",
            "Bạn, Ksor Nhung và 241 người khác   33 bình luận   17 lượt chia sẻ",
            "Thích   Bình luận   Chia sẻ",
            "Tất cả cảm xúc: 158",
        ] {
            assert!(is_furniture(row), "{row:?}");
        }
        for line in [
            "146",
            "52,1%",
            "# Kết quả",
            "Đảng bộ có 241 người khác nhau về độ tuổi.",
            "Anh Minh và 3 người khác được kết nạp vào Đảng.",
            "Ảnh: Đồng chí Bí thư trao quyết định cho anh Lê Văn B và 4 người khác",
            "📅 12/05/2025 08:30",
            "≥ 35 | 120 | 45,2%",
        ] {
            assert!(!is_furniture(line), "{line:?}");
        }
    }

    /// `rsplit_once_hyphen` splits where `str::rsplit_once` splits.
    #[test]
    fn rsplit_once_hyphen_as_rsplit_once() {
        let lines = crate::seed_lines_with(&[
            "",
            " - ",
            "-",
            " -",
            "- ",
            " - - ",
            "a - b - c",
            "a -b- c",
            "x – y - z",
            " -  - ",
        ]);
        for s in &lines {
            assert_eq!(rsplit_once_hyphen(s), s.rsplit_once(" - "), "{s:?}");
        }
    }

    /// `split_once_dash` splits where `str::split_once` splits.
    #[test]
    fn split_once_dash_as_split_once() {
        let lines = crate::seed_lines_with(&[
            "",
            " - ",
            "a - b - c",
            "a -b - c",
            "x – y",
            "ồ – ồ - ồ",
            "-- –",
            " –– – ",
        ]);
        for s in &lines {
            for dash in [" - ", " – "] {
                assert_eq!(
                    split_once_dash(s, dash),
                    s.split_once(dash),
                    "{s:?} {dash:?}"
                );
            }
        }
    }

    /// `rfind_ending_in_colon` finds what `str::rfind` finds.
    #[test]
    fn rfind_ending_in_colon_as_rfind() {
        let lines = crate::seed_lines_with(&[
            "",
            ":",
            "Ảnh:",
            "(Ảnh: A). Ảnh: B",
            "x ảnh: y Ảnh:Ảnh:",
            "nh: Ảnh :",
            "Cán bộ Đồn tuyên truyền cho bà con. Ảnh: Đức Hậu",
        ]);
        for s in &lines {
            for pat in ["Ảnh:", "(Ảnh:", "ảnh:", ":", "nh:"] {
                assert_eq!(rfind_ending_in_colon(s, pat), s.rfind(pat), "{s:?} {pat:?}");
            }
        }
    }

    /// Page texts: the seed articles, and pages with repeated lines and teasers.
    fn pages() -> Vec<String> {
        let mut out = crate::seed_articles();
        let teasers: Vec<String> = out
            .iter()
            .map(|t| {
                let paragraphs: Vec<&str> = t.lines().filter(|l| l.len() > 60).collect();
                let mut page = t.clone();
                for p in &paragraphs {
                    // A teaser of each paragraph, a repeat, and a cut copy.
                    let cut = p.char_indices().nth(40).map_or(p.len(), |(i, _)| i);
                    page.push_str(&format!(
                        "\n{}…\n{}\n{}...\n{}.\n",
                        &p[..cut],
                        p,
                        p,
                        &p[..cut]
                    ));
                }
                page
            })
            .collect();
        out.extend(teasers);
        out.push("Một hai ba bốn năm sáu bảy tám chín mười mười một.\nMột hai ba bốn năm sáu bảy tám chín mười…\nMột hai ba bốn năm sáu bảy tám chín mười mười một. Và thêm.\n".repeat(3));
        out.push(String::new());
        out
    }

    /// `words_up_to` as it was, char by char: the reference.
    fn words_up_to_chars(s: &str, cap: usize) -> usize {
        let mut count = 0;
        let mut counted = false;
        for c in s.chars() {
            if c.is_whitespace() {
                counted = false;
            } else if !counted && is_letter(c) {
                counted = true;
                count += 1;
                if count == cap {
                    break;
                }
            }
        }
        count.min(cap)
    }

    /// Every space outside ASCII is one [`may_be_space`] lets through.
    #[test]
    fn spaces_outside_ascii() {
        let mut found = 0;
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            if c.is_whitespace() {
                assert!(may_be_space(bytes, 0), "{c:?}");
                found += 1;
            }
        }
        assert!(found > 15, "{found}");
    }

    /// `key_start` gives the first byte of the key, or nothing.
    #[test]
    fn key_start_as_key() {
        let mut texts = pages();
        texts.extend(
            [
                "(0) Bình luận",
                "  ĐẢNG bộ",
                "\u{301}Ab",
                "12 – ưu",
                "ǅemal",
                "Ωmega",
                "ﬁle",
                "ⓐb",
                "---",
                "",
            ]
            .map(String::from),
        );
        let mut known = 0;
        for text in &texts {
            for line in text.lines() {
                if let Some(b) = key_start(line) {
                    assert_eq!(b, key(line).bytes().next().unwrap_or(0), "{line:?}");
                    known += 1;
                }
            }
        }
        assert!(known > 50, "{known}");
    }

    #[test]
    fn words_as_char_by_char() {
        let mut texts = pages();
        texts.extend(
            [
                "a\u{b}b\u{c}c\u{85}d\u{a0}e\u{2003}f\u{3000}g\u{1680}h\u{2028}i j",
                "12 34 -- ... Ω漢字 ǅ x\u{301} \u{301}y Привет мир",
                "ấp\u{1680}ở ạ\u{2028}ệ😀\u{a0}😀x\u{85}y\u{3000}z ǅ\u{205f}ǅ",
                "\tĐẢNG  bộ,huyện;  ưu tú\r\n",
                "",
            ]
            .map(String::from),
        );
        for text in &texts {
            for line in text.lines().chain([text.as_str()]) {
                for cap in [0, 1, 4, 9, 36, 10_000] {
                    assert_eq!(
                        words_up_to(line, cap),
                        words_up_to_chars(line, cap),
                        "{line:?} {cap}"
                    );
                }
            }
        }
    }

    /// `mark_duplicates` as it was, with a binary search for each stem.
    fn mark_duplicates_reference(text: &str, lines: &mut [Line]) {
        let mut sorted: Vec<(&str, usize)> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.role == Role::Body)
            .map(|(i, l)| (&text[l.range.clone()], i))
            .collect();
        sorted.sort_unstable();
        for k in 1..sorted.len() {
            if sorted[k].0 == sorted[k - 1].0 {
                lines[sorted[k].1].duplicate = true;
            }
        }
        for &(s, i) in &sorted {
            if lines[i].duplicate {
                continue;
            }
            let stem = s.trim_end_matches(['.', '…']).trim_end();
            if stem.len() >= 30 && stem.len() < s.len() {
                let from = sorted.partition_point(|&(other, _)| other < stem);
                let mut next = sorted[from..].iter().map(|&(t, _)| t);
                let first = next.next();
                let second = first.and_then(|f| next.find(|&t| t != f));
                lines[i].duplicate = [first, second]
                    .into_iter()
                    .flatten()
                    .any(|other| other.len() > s.len() && other.starts_with(stem));
            }
        }
    }

    #[test]
    fn duplicates_as_the_reference() {
        let mut marked = 0;
        for page in pages() {
            let mut lines = layout(&page).lines;
            lines.iter_mut().for_each(|l| l.duplicate = false);
            let mut want = lines.clone();
            mark_duplicates(&page, &mut lines);
            mark_duplicates_reference(&page, &mut want);
            let flags = |ls: &[Line]| ls.iter().map(|l| l.duplicate).collect::<Vec<_>>();
            assert_eq!(flags(&lines), flags(&want), "{page:?}");
            marked += lines.iter().filter(|l| l.duplicate).count();
        }
        assert!(marked > 20, "{marked}");
    }

    /// The source at the head of the first paragraph, searched from the first line.
    #[test]
    fn leading_source_from_the_first_paragraph() {
        let mut pages = pages();
        pages.push("Tiêu đề bài\n(Dân Việt) - Theo báo cáo, trong năm qua toàn huyện đã kết nạp nhiều đảng viên mới.\n".to_string());
        let mut found = 0;
        for page in pages {
            // The steps of `layout`, with the first paragraph `find_title` gives.
            let mut l = lines_of(&page);
            mark_duplicates(&page, &mut l.lines);
            let from = find_title(&page, &mut l);
            find_published(&page, &mut l);
            find_byline(&page, &mut l, from);
            // The former search, from the first line.
            let first = l
                .lines
                .iter()
                .position(|x| x.role == Role::Body && is_body(&page[x.range.clone()]));
            let want = match first {
                Some(i) => leading_source(&page, &l.lines, i),
                None => None,
            };
            let got = leading_source(&page, &l.lines, from);
            assert_eq!(got, want, "{page:?}");
            found += usize::from(got.is_some());
        }
        assert!(found >= 1, "{found}");
    }

    fn meta(
        text: &str,
    ) -> (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    ) {
        let l = layout(text);
        (
            l.title.map(|t| text[l.lines[t].range.clone()].to_string()),
            l.published.clone(),
            l.author.map(|r| text[r].to_string()),
            l.source.map(|r| text[r].to_string()),
        )
    }

    const BODY: &str = "Trong những năm qua, công tác phát triển đảng viên đã được cấp ủy từ huyện đến cơ sở thường xuyên quan tâm, triển khai thực hiện và đạt kết quả tích cực.";
    /// A second paragraph.
    const MORE: &str = "Năm 2023, toàn huyện kết nạp được 236 đảng viên mới, vượt 18% kế hoạch năm; trong đó có 74 đảng viên là đoàn viên thanh niên.";

    #[test]
    fn headline_dateline_and_byline() {
        let text = format!(
            "Nâng cao chất lượng công tác phát triển đảng viên\nCập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)\n{BODY}\n \nDUY NGUYỄN\n,\n."
        );
        let (t, p, a, _) = meta(&text);
        assert_eq!(
            t.as_deref(),
            Some("Nâng cao chất lượng công tác phát triển đảng viên")
        );
        assert_eq!(p.as_deref(), Some("2017-05-12T08:47:00+07:00"));
        assert_eq!(a.as_deref(), Some("DUY NGUYỄN"));
    }

    /// Share and print buttons, comment boxes and related-story headings after
    /// the byline leave it the last line of the article.
    #[test]
    fn bylines_in_capitals_by_labels_and_credited_photos() {
        let head = "Xã A kết nạp 5 đảng viên mới";
        for (text, author) in [
            // In capitals above the dateline, with a family name.
            (format!("Góc nhìn\n{head}\n\nLÊ THANH BÌNH\nThứ Bảy, 12/08/2017 06:00\n\n{BODY}"), "LÊ THANH BÌNH"),
            // Below the dateline, named elsewhere only as a photo's credit.
            (format!("{head}\nThứ Năm, 31/7/2025 | 09:30 GMT+7\nHải Quân\n{BODY}\nQuang cảnh đại hội. Ảnh: Hải Quân"), "Hải Quân"),
            // A team, and an interviewer.
            (format!("{head}\n\n{BODY}\n\nNhóm phóng viên\nXem thêm:"), "Nhóm phóng viên"),
            (format!("{head}\n\n{BODY}\n\nTHANH NHÃ (thực hiện)"), "THANH NHÃ"),
            // Under the headline, above a lede with the paper's tag.
            (format!("{head}\nHoài Thu - Thanh Lê\n\n(Baonghean.vn) - {BODY}"), "Hoài Thu - Thanh Lê"),
            // A pen name alone right under the headline, above the lede.
            (format!("Thứ Hai, 13/01/2025 | 11:05\n{head}\nThu Trang\nSáng 13/1, {BODY}"), "Thu Trang"),
            (format!("{head}\n\nLỘC HƯƠNG\n\n(LSO) - {BODY}"), "LỘC HƯƠNG"),
            // Several in capitals under the headline, with a family name.
            (format!("{head}\nHOÀNG THƯ - NGUYÊN VŨ\n\n{BODY}"), "HOÀNG THƯ - NGUYÊN VŨ"),
            // Who posted it, in the dateline, after a bar or a dash.
            (format!("{head}\n\nNgày đăng: 25/08/2014 | Người đăng: Ban Tổ chức Huyện ủy | Lượt xem: 642\n\n{BODY}"), "Ban Tổ chức Huyện ủy"),
            (format!("{head}\n\nNgày đăng: 17/04/2023 - Người đăng: Ban Tổ chức Huyện ủy\n\n{BODY}"), "Ban Tổ chức Huyện ủy"),
            // At the foot: with the writer's office, or above the dateline.
            (format!("{head}\n\n{BODY}\n\nNgười viết: Ngọc Thúy - Văn phòng Huyện ủy\n\nTin khác"), "Ngọc Thúy"),
            (format!("{head}\n\n{BODY}\n\nHồng Nhung (Đảng ủy UBND tỉnh)\n\nCác tin liên quan:"), "Hồng Nhung"),
            (format!("{head}\n\n{BODY}\n\nTin, ảnh: MINH KHOA\nNgày đăng: 09/07/2024 - Nguồn: Báo Cần Thơ\n\nChia sẻ Facebook | In bài"), "MINH KHOA"),
            // Above a photo's caption with no label, or the office in brackets.
            (format!("{head}\n\n{BODY}\n\n{MORE}\n\nQuang Minh (Trung tâm VHTT&TT huyện Yên Khánh)\n\nCác đại biểu dự lễ khai giảng lớp học.\n\nCác tin khác"), "Quang Minh"),
            (format!("{head}\n\n{BODY}\n\nThu Hiền\n(Trung tâm Văn hóa - Thông tin và Thể thao huyện Kiến Xương)\n\nTin liên quan"), "Thu Hiền"),
            // With an office by its abbreviation; two writers in capitals.
            (format!("{head}\n\n{BODY}\n\nThanh Nga - Đài TT-TH Kinh Môn\n\nTin khác"), "Thanh Nga"),
            (format!("{head}\n\n{BODY}\n\nHOÀNG THƯ - ĐOÀN HÀ\n\nTin khác"), "HOÀNG THƯ - ĐOÀN HÀ"),
        ] {
            let (t, _, a, _) = meta(&text);
            assert_eq!(t.as_deref(), Some(head), "{text}");
            assert_eq!(a.as_deref(), Some(author), "{text}");
        }
        // The dateline with a poster and a counter still dates the page.
        let text = format!("{head}\n\nNgày đăng: 25/08/2014 | Người đăng: Ban Tổ chức Huyện ủy | Lượt xem: 642\n\n{BODY}");
        assert_eq!(meta(&text).1.as_deref(), Some("2014-08-25"));
        // A pen name the article names in its text is no byline; a section in capitals neither.
        let text = format!("{head}\nThứ Năm, 31/7/2025 | 09:30 GMT+7\nHải Quân\n{BODY}\nĐồng chí Hải Quân phát biểu.");
        assert_eq!(meta(&text).2, None);
        let text = format!("{head}\n\nXÂY DỰNG ĐẢNG\nThứ Bảy, 12/08/2017 06:00\n\n{BODY}");
        assert_eq!(meta(&text).2, None);
        // Nor a section, nor a guest the lede names.
        for kicker in ["CHÍNH TRỊ", "TIN ẢNH", "XÂY DỰNG ĐẢNG"] {
            let text = format!("{head}\n{kicker}\n(LSO) - {BODY}");
            assert_eq!(meta(&text).2, None, "{kicker}");
        }
        let text =
            format!("{head}\nNGUYỄN MẠNH DŨNG\nBHG - Dự có đồng chí Nguyễn Mạnh Dũng. {BODY}");
        assert_eq!(meta(&text).2, None);
        // Nor a place at the foot the article names, nor above a print note.
        let text = format!("{head}\n\nHuyện ủy Tân Yên kết nạp 120 đảng viên. {BODY}\n\nTân Yên, Bắc Giang\nChia sẻ | Tags: kết nạp đảng");
        assert_eq!(meta(&text).2, None);
        let text = format!(
            "{head}\n\n{BODY}\n\nBắc Giang\n(Bài đăng trên Báo Bắc Giang số 1234, trang 3)"
        );
        assert_eq!(meta(&text).2, None);
        // A byline above a list of tags (`Thẻ: …`, `Từ khóa: …`).
        for tags in [
            "Thẻ: Minh Hóa, lý luận chính trị",
            "Từ khóa: dân vận khéo, Lệ Thủy",
        ] {
            let text = format!(
                "{head}

{BODY}

Thanh Nguyệt
{tags}
Bài viết cùng chuyên mục:
Tuyên Hóa sơ kết công tác dân vận"
            );
            assert_eq!(meta(&text).2.as_deref(), Some("Thanh Nguyệt"), "{tags}");
        }
        // The same writer at the head and the foot, and in a credit, is still the writer.
        let text = format!(
            "{head}\nThanh Nga\n\n{BODY}\nQuang cảnh. Ảnh: Thanh Nga\n\nTin, ảnh: Thanh Nga"
        );
        assert_eq!(meta(&text).2.as_deref(), Some("Thanh Nga"));
        // A place in capitals is no writer (`LÂM ĐỒNG`, though `Lâm` is a family name).
        let text = format!("{head}\nLÂM ĐỒNG\n\n{BODY}");
        assert_eq!(meta(&text).2, None);
        for place in ["THÁI BÌNH", "HOÀNG SU PHÌ"] {
            let text = format!(
                "{head}\n{place}\nThứ Hai, 12/03/2019 08:15\nHuyện Hoàng Su Phì có 25 xã. {BODY}"
            );
            assert_eq!(meta(&text).2, None, "{place}");
        }
        // A site's name in capitals is no headline.
        let text = format!("TRANG TIN ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nThứ hai, 14/04/2025 10:30 (GMT+7)\n\n{head}\n\n{BODY}");
        assert_eq!(meta(&text).0.as_deref(), Some(head));
        // A box of links between the headline and the page's date, apart by
        // a blank line, does not hide the date; right under a link, the date
        // is the link's.
        let text = format!("{head}\n\nTin liên quan:\n- Khai giảng lớp bồi dưỡng cho 180 sinh viên (12/10/2016)\n\nThứ Tư, 29/03/2017 - 14:05\n\n{BODY}\n\n{BODY}");
        assert_eq!(meta(&text).1.as_deref(), Some("2017-03-29T14:05:00+07:00"));
        let text = format!("TIN LIÊN QUAN\nLâm Hà kết nạp 215 đảng viên mới\nCập nhật lúc 08:12, Thứ Hai, 13/01/2020 (GMT+7)\n{BODY}");
        assert_eq!(meta(&text).1, None);
        // One name in small letters there may be a place (`Cao Bằng`, `Hoàng
        // Mai`); a pen name with no family name, between headline and lede
        // with no blank line, is the writer's.
        for (line, author) in [
            ("Cao Bằng", None),
            ("Hoàng Mai", None),
            ("Lộc Hương", Some("Lộc Hương")),
        ] {
            let text = format!("{head}\n{line}\nLSO - {BODY}");
            assert_eq!(meta(&text).2.as_deref(), author, "{line}");
        }
        // (Over a lede that opens with no tag nor day, a place: `Mộc Châu`.)
        let text = format!("{head}\nMộc Châu\nNăm 2024, {BODY}");
        assert_eq!(meta(&text).2, None);
        // Nor a place above a tagged lede that names it (`Đình Lập` / `(LSO) - … huyện Đình Lập`).
        let text = format!("{head}\nĐình Lập\n(LSO) - Huyện Đình Lập có 12 xã. {BODY}");
        assert_eq!(meta(&text).2, None);
        for (line, tagged) in [
            ("(LSO) - Năm 2012, huyện kết nạp", true),
            ("BHG - Sáng 14.7, đại hội", true),
            ("(Baonghean.vn) – Ngày 3/2", true),
            ("Theo - báo cáo", false),
            ("(Ảnh: Thanh Hà) - minh họa", false),
        ] {
            assert_eq!(opens_with_tag(line), tagged, "{line}");
        }
    }

    #[test]
    fn byline_above_buttons_and_related_stories() {
        for tail in [
            "Chia sẻ   Facebook   Zalo   Email   In\nBình luận",
            "In trang | Gửi bài viết | Quay lại",
            "Chia sẻ bài viết:  Facebook  Twitter  Google+",
            "Bài viết liên quan\n- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 3, khóa XXVIII",
            "Bài liên quan\nĐồn Biên phòng A Pa Chải: 5 năm xây dựng bản vững mạnh",
            "Các tin đã đưa ngày:\nHội nghị Đảng ủy xã (10/04/2021)",
            "Bài viết cùng chuyên mục:\n› Thanh Chương: 100% xóm có chi bộ (05/12/2018)",
            "Cùng chuyên mục\n· Năm Căn: Khai giảng lớp bồi dưỡng cho 86 học viên",
            "Trả lời\nEmail của bạn sẽ không được hiển thị công khai.\nBình luận\nTên *\nEmail *",
            "Gửi ý kiến\nNội dung bình luận (tối đa 1.000 ký tự)",
            "Chia sẻ  |  Tags: Huy hiệu Đảng, Bình Minh",
            "Trang 2 | In bài | Gửi email\nÝ kiến phản hồi",
            "(Bài đăng trên Báo Thanh Hóa số 7.215, trang 3)",
            "Tin xem nhiều\n- Biên Hòa kết nạp 412 đảng viên năm 2021",
            "Chia sẻ bài viết:   f   Zalo\nCùng chuyên mục",
            "Các bài cùng chuyên mục:\nTân Châu: Thành lập chi bộ ấp thứ 100\nDương Minh Châu kết nạp 25 đảng viên",
            // The next part of a series announced.
            "(Còn nữa)\n\nBài 2: Nỗi lo chi bộ già",
            "Kỳ sau: Nỗi lo chi bộ già",
            // Links, one ending in a quoted phrase, then the copyright.
            "Tin liên quan\nNghệ An: 130 đảng bộ xã chính thức đi vào hoạt động\nKết nạp đảng viên trong doanh nghiệp ngoài nhà nước: Còn nhiều “vùng trắng” ở khu công nghiệp\n\nBản quyền thuộc về Báo Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
            "Các tin liên quan:\n- Đảng bộ tỉnh tiếp nhận 2.305 đảng viên\n- Ra mắt Đảng bộ Ủy ban nhân dân tỉnh",
            // A clip's caption.
            "\nVideo: Bế mạc Đại hội Đảng bộ thị xã Sa Pa (03:12)\n\nTin khác",
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nPhương Anh\n{tail}");
            let (t, p, a, _) = meta(&text);
            assert_eq!(t.as_deref(), Some("Xã A kết nạp 5 đảng viên mới"), "{tail}");
            assert_eq!(a.as_deref(), Some("Phương Anh"), "{tail}");
            // A related story's date is not the article's.
            assert_eq!(p, None, "{tail}");
        }
        // A box of links beside the headline or between paragraphs does not
        // end the article; its links give no facts.
        for text in [
            format!("Xã A kết nạp 5 đảng viên mới\n\nBài viết liên quan\n{BODY}"),
            format!("Xã A kết nạp 5 đảng viên mới\nXem thêm:\n- Đức Trọng kết nạp 180 đảng viên\n{BODY}"),
            format!("Xã A kết nạp 5 đảng viên mới\n(LĐ) - Sáng 12/1, huyện tổ chức hội nghị tổng kết.\nTin liên quan\nĐức Trọng kết nạp 180 đảng viên\n{BODY}"),
        ] {
            let l = layout(&text);
            let gives = |s: &str| l.lines.iter().any(|l| l.gives_facts() && &text[l.range.clone()] == s);
            assert!(gives(BODY), "{text}");
            assert!(!gives("Đức Trọng kết nạp 180 đảng viên"), "{text}");
        }
        // Readers' comments under the article are no article text, though
        // they are paragraphs, nor their writers bylines; a comments button
        // under the headline ends nothing.
        const MORE: &str = "Năm 2023, xã B kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu, cao nhất từ trước đến nay trong toàn huyện.";
        let comments = "Bình luận (2)\nLò Văn Thắng - 10/01/2024 19:42\nBát Xát làm tốt công tác phát triển đảng ở vùng biên, mong huyện tiếp tục phát huy trong những năm tới.\nTrả lời · Thích (4)\nNguyễn Thu Hà - 10/01/2024 21:05\nThôn tôi năm nay có 3 bạn trẻ được kết nạp, rất phấn khởi vì các em đều là đoàn viên ưu tú.";
        for between in [
            "",
            "Tin liên quan\nSa Pa trao Huy hiệu Đảng cho 45 đảng viên\n\n",
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\n{MORE}\n\nPhương Anh\n\n{between}{comments}");
            let l = layout(&text);
            let gives = |s: &str| {
                l.lines
                    .iter()
                    .any(|l| l.gives_facts() && text[l.range.clone()].starts_with(s))
            };
            assert!(gives(BODY), "{text}");
            assert!(!gives("Thôn tôi"), "{text}");
            assert!(!gives("Bát Xát"), "{text}");
            assert_eq!(meta(&text).2.as_deref(), Some("Phương Anh"));
        }
        let text = format!(
            "Xã A kết nạp 5 đảng viên mới\nBình luận (0)\n{BODY}\n\n{MORE}\n\nXã C.\n\nXã D."
        );
        let l = layout(&text);
        assert_eq!(l.lines.iter().filter(|l| l.gives_facts()).count(), 5);
        // A dateline with counters is still a dateline, not a row of buttons.
        let text =
            format!("Xã A kết nạp\n\n05/03/2024 07:15 | 3 bình luận | 1.245 lượt đọc\n\n{BODY}");
        assert_eq!(meta(&text).1.as_deref(), Some("2024-03-05T07:15:00+07:00"));
        // A family name alone is no button (`Lưu`).
        assert!(!is_furniture("Lưu Gửi"));
    }

    /// The page's foot under the byline: links under a heading, a link with
    /// its label, counters, buttons apart by bars, the site's name and address.
    #[test]
    fn byline_above_the_page_foot() {
        let head = "Xã A kết nạp 5 đảng viên mới";
        for tail in [
            "TIN, ẢNH LIÊN QUAN:\n* Xã B: Đảng bộ xã đầu tiên tổ chức đại hội\n* Xã C chuẩn bị văn kiện",
            "Bài viết khác\n- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9\n- Xã D trao Huy hiệu Đảng cho 12 đảng viên",
            "Bài viết cùng chủ đề:\n- Xã E: Đại hội điểm Đảng bộ xã",
            "Đọc thêm:\n• Xã G có hơn 100 chi bộ sau sắp xếp\n• Đảng viên ở chung cư",
            "Bài viết khác\n› Xã H kết nạp 31 đảng viên trong 6 tháng",
            "Liên quan\nThành lập 94 đảng bộ xã, phường, đặc khu\nHội An hoàn tất bàn giao hồ sơ đảng viên",
            "Xem thêm: Huyện K giảm 120 thôn sau sáp nhập",
            "Chia sẻ: Facebook | Zalo\nXem thêm: Xã L sơ kết 9 tháng công tác Đảng",
            "In bài | Gửi bài | Quay lại\nCác bài đã đưa:\n- Xã M tổng kết công tác năm 2024",
            "Văn bản mới\nHướng dẫn số 09-HD/BTCTU về công tác đảng viên",
            "Lượt truy cập: 1.284.533\nĐang online: 37",
            "Số lần đọc: 356\n\nCác tin khác\nHội nghị Đảng ủy xã lần thứ 2 (05/11/2025)",
            "Từ khóa: đảng viên, chi bộ\n\nBáo Tây Nam - Cơ quan của Đảng bộ tỉnh Tây Nam\nĐiện thoại: 0290 3831 363 - Email: toasoan@baotaynam.vn",
        ] {
            let text = format!("{head}\n\n{BODY}\n\nPhương Anh\n\n{tail}");
            assert_eq!(meta(&text).2.as_deref(), Some("Phương Anh"), "{tail}");
        }
        // Above the foot, no byline: the body's last short sentence, a
        // place or someone the story names, a caption; nor short lines with
        // no heading above them (the article's own).
        let story = format!("{BODY} Đồng chí Lò Văn Tâm, Bí thư Huyện ủy Tân Yên, phát biểu.");
        for last in [
            "Xã B có 12 chi bộ.",
            "Tân Yên, Bắc Giang",
            "Các đại biểu dự lễ kết nạp đảng viên.",
            "Lò Văn Tâm",
        ] {
            for tail in [
                "Bài viết khác\n- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9",
                "Xem thêm: Huyện K giảm 120 thôn sau sáp nhập",
                "Lượt truy cập: 1.284.533",
            ] {
                let text = format!("{head}\n\n{story}\n\n{MORE}\n\n{last}\n\n{tail}");
                assert_eq!(meta(&text).2, None, "{last} / {tail}");
            }
        }
        let text = format!("{head}\n\n{BODY}\n\nPhương Anh\n\nXã B có 12 chi bộ\nXã C có 9 chi bộ");
        assert_eq!(meta(&text).2, None);
    }

    /// Bylines at the foot: three writers, an office by its abbreviation, a
    /// degree before the name, a note under the byline.
    #[test]
    fn byline_names_with_degrees_offices_and_notes() {
        let head = "Xã A kết nạp 5 đảng viên mới";
        let note = "* Chiều 7/1, Huyện ủy A tổ chức hội nghị tổng kết công tác năm 2024, trao giấy khen cho 12 tập thể.";
        for (byline, author) in [
            (
                "Thanh Hải - Minh Châu - Hồng Nhung",
                "Thanh Hải - Minh Châu - Hồng Nhung",
            ),
            ("Thu Trang - VP Đảng ủy", "Thu Trang"),
            ("ThS NGUYỄN VĂN AN", "NGUYỄN VĂN AN"),
            ("PGS.TS Lê Thị Hà", "Lê Thị Hà"),
            ("Bài, ảnh: TS. Lê Thị Hà", "Lê Thị Hà"),
            ("Biên tập: Hoài Thu", "Hoài Thu"),
            ("BTC Huyện ủy", "BTC Huyện ủy"),
            (
                "Tin: Minh Khang – Ảnh: Quốc Thái\n\n#DangUyPhuongBanCo #DaiHoi\n\n❤️ 342   💬 28",
                "Minh Khang",
            ),
            (&format!("HỒNG NHUNG (thực hiện)\n\n{note}"), "HỒNG NHUNG"),
        ] {
            let text = format!("{head}\n\n{BODY}\n\n{byline}\n\nTin khác");
            assert_eq!(meta(&text).2.as_deref(), Some(author), "{byline}");
        }
        // A note under the body's last sentence, or places the story names
        // apart by dashes, give none.
        let story = format!("{BODY} Các huyện Tân Yên, Lục Nam và Yên Thế dẫn đầu.");
        for last in ["Xã B có 12 chi bộ.", "Tân Yên - Lục Nam - Yên Thế"] {
            let text = format!("{head}\n\n{story}\n\n{last}\n\n{note}\n\nTin khác");
            assert_eq!(meta(&text).2, None, "{last}");
        }
    }

    /// A name alone next to the headline or the dateline, in capitals or with
    /// a family name, that the page gives nowhere else but in a credit.
    #[test]
    fn name_alone_in_the_head() {
        let head = "Xã A kết nạp 5 đảng viên mới";
        let date = "Thứ Ba, 23/09/2025 - 05:40";
        for (text, author) in [
            (format!("{head}\n\nHOÀNG LINH\n\n{BODY}"), "HOÀNG LINH"),
            (format!("{head}\nTHU HƯỜNG\n{date}\n\n{BODY}"), "THU HƯỜNG"),
            (format!("Chính trị › Xây dựng Đảng\nNGỌC DUY - HỒNG THI\n{date}\n\n{head}\n\n{BODY}"), "NGỌC DUY - HỒNG THI"),
            (format!("{head}\n\nHoàng Bắc\n\n{BODY}\n\n{MORE}\n\nLễ kết nạp đảng viên. Ảnh: Hoàng Bắc"), "Hoàng Bắc"),
            (format!("{head}\n(PLO)- {BODY}\nTRÍ NGUYÊN\n{date}\n\n{MORE}"), "TRÍ NGUYÊN"),
            (format!("{head}\n\nThS. Néang Sa Phol\n\n{BODY}"), "Néang Sa Phol"),
        ] {
            let (t, _, a, _) = meta(&text);
            assert_eq!(t.as_deref(), Some(head), "{text}");
            assert_eq!(a.as_deref(), Some(author), "{text}");
        }
        // A province, a section, someone or a place the story names, a
        // caption: no byline; under the headline, nor a place with no
        // family name. (Above the dateline a name in small letters may be a
        // pen name: `byline_above_dateline`.)
        let story = format!("{BODY} Ông Nguyễn Văn An, Bí thư Thành ủy Bảo Lộc, phát biểu.");
        for line in [
            "LÂM ĐỒNG",
            "TIN TỨC",
            "NGUYỄN VĂN AN",
            "BẢO LỘC",
            "Quang cảnh hội nghị.",
        ] {
            let text = format!("{head}\n{line}\n{date}\n\n{story}");
            assert_eq!(meta(&text).2, None, "{text}");
        }
        for line in [
            "LÂM ĐỒNG",
            "Đạ Huoai",
            "Hoàng Mai",
            "TIN TỨC",
            "NGUYỄN VĂN AN",
            "BẢO LỘC",
            // (Three words and no family name, or a place's unit.)
            "ĐIỆN BIÊN PHỦ",
            "PHÓNG SỰ ẢNH",
            "BAN TUYÊN GIÁO",
            "HUYỆN ĐẢO CÔ TÔ",
            "XÃ TÂN HIỆP",
        ] {
            let text = format!("{head}\n\n{line}\n\n{story}");
            assert_eq!(meta(&text).2, None, "{text}");
        }
        // (A kicker right above the headline.)
        let text = format!("GƯƠNG SÁNG\n{head}\n{date}\n\n{story}");
        assert_eq!(meta(&text).2, None, "{text}");
    }

    /// A link with its label inside the article (`Xem thêm: …`) does not
    /// make the article's last sentences and its byline the page's foot.
    #[test]
    fn link_inside_the_article_keeps_the_byline() {
        let text = format!(
            "Xã A kết nạp 5 đảng viên mới\nThứ Ba, 23/09/2025 - 05:40\n\n{BODY}\n\n\
             Xem thêm: Huyện K giảm 120 thôn sau sáp nhập\n\n\
             Chi bộ thôn 1 kết nạp 3 đảng viên.\n\nChi bộ thôn 2 kết nạp 2 đảng viên.\n\n\
             Phương Anh"
        );
        assert_eq!(meta(&text).2.as_deref(), Some("Phương Anh"));
    }

    #[test]
    fn byline_below_the_dateline_and_labelled_parts() {
        let text =
            format!("Xã A kết nạp 5 đảng viên mới\nThứ Bảy, 15/10/2022 - 08:12\nLê Hằng\n\n{BODY}");
        assert_eq!(meta(&text).2.as_deref(), Some("Lê Hằng"));
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\nCập nhật: 10:25 | 28/12/2022\nBài, ảnh: Thượng úy Lê Minh Khoa\n\n{BODY}");
        assert_eq!(meta(&text).2.as_deref(), Some("Lê Minh Khoa"));
        // The photographer and the paper are not the writer; two writers are.
        for (line, author) in [
            ("Tin: Minh Hiếu - Ảnh: Hồng Nhung", "Minh Hiếu"),
            ("Thu Hà - Báo Lai Châu", "Thu Hà"),
            ("Nghĩa Hà – Đức Thắng", "Nghĩa Hà – Đức Thắng"),
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\n{line}");
            assert_eq!(meta(&text).2.as_deref(), Some(author), "{line}");
        }
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\nThu Hà - Báo Lai Châu\n03/03/2025 08:15 GMT+7\n\n{BODY}");
        assert_eq!(meta(&text).2.as_deref(), Some("Thu Hà"));
        // A compiler's byline (`Tổng hợp:`) names its writer too.
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nTổng hợp: THANH TÂM");
        assert_eq!(meta(&text).2.as_deref(), Some("THANH TÂM"));
        // The source after the byline is the source.
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nTác giả bài viết: Ngọc Hân\n\nNguồn tin: Trung tâm Chính trị quận Ninh Kiều");
        let (_, _, a, src) = meta(&text);
        assert_eq!(a.as_deref(), Some("Ngọc Hân"));
        assert_eq!(src.as_deref(), Some("Trung tâm Chính trị quận Ninh Kiều"));
        // Below the dateline, a place the page names again or a section is
        // no byline; a pen name it names nowhere else is.
        for line in ["Krông Nô", "Tin Địa Phương"] {
            let text =
                format!("Krông Nô kết nạp 5 đảng viên mới\n\n08:00, 05/01/2023\n{line}\n{BODY}");
            assert_eq!(meta(&text).2, None, "{line}");
        }
        for line in ["Tuệ Lâm", "H'Hen Niê"] {
            let text =
                format!("Lâm Hà kết nạp 5 đảng viên mới\n\n08:00, 05/01/2023\n{line}\n{BODY}");
            assert_eq!(meta(&text).2.as_deref(), Some(line), "{line}");
        }
        // Two writers' full names above the dateline are its byline, not the
        // headline.
        let text = format!("Lâm Hà: Kết nạp 312 đảng viên mới\n\nNguyễn Thị Lan - Trần Văn Hùng\n\nThứ Hai, 08/01/2024 - 09:15\n\n{BODY}");
        let (t, _, a, _) = meta(&text);
        assert_eq!(t.as_deref(), Some("Lâm Hà: Kết nạp 312 đảng viên mới"));
        assert_eq!(a.as_deref(), Some("Nguyễn Thị Lan - Trần Văn Hùng"));
        // A paper's name above the dateline is no byline.
        let text = format!(
            "Báo Quảng Trị\nThứ Năm, 28/12/2017 - 15:40\n\nXã A kết nạp 5 đảng viên mới\n\n{BODY}"
        );
        let (t, _, a, _) = meta(&text);
        assert_eq!(t.as_deref(), Some("Xã A kết nạp 5 đảng viên mới"));
        assert_eq!(a, None);
        // A given name that folds like `Báo`, and an office after a dash.
        for (line, author) in [
            ("Thanh Phúc - Bảo Ngọc", "Thanh Phúc - Bảo Ngọc"),
            ("Ngọc Ánh - Văn phòng Đảng ủy", "Ngọc Ánh"),
            ("Đoàn Thư - Hà Trang", "Đoàn Thư - Hà Trang"),
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\n{line}");
            assert_eq!(meta(&text).2.as_deref(), Some(author), "{line}");
        }
        // A byline with a label or an affiliation between the headline and
        // the dateline is no headline; nor is a section's label above them.
        for (byline, author) in [
            ("Bài và ảnh: Minh Thu", "Minh Thu"),
            ("Lê Trường - Ban Tổ chức Tỉnh ủy", "Lê Trường"),
        ] {
            let text = format!("BÁO QUẢNG TRỊ\nChuyên mục: Xây dựng Đảng\n\nQuảng Trị: 89,7% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ\n\n{byline}\n03/01/2025 07:40\n\n{BODY}");
            let (t, p, a, _) = meta(&text);
            assert_eq!(
                t.as_deref(),
                Some("Quảng Trị: 89,7% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"),
                "{byline}"
            );
            assert_eq!(p.as_deref(), Some("2025-01-03T07:40:00+07:00"));
            assert_eq!(a.as_deref(), Some(author), "{byline}");
        }
        // Pen names apart by a dash above the dateline, named nowhere else.
        let text = format!("Xã A kết nạp 5 đảng viên mới\nAnh Thư - Thu Trang\nThứ Tư, 10/01/2024 - 16:40\n\n{BODY}");
        assert_eq!(meta(&text).2.as_deref(), Some("Anh Thư - Thu Trang"));
        let text = format!("Xã A kết nạp 5 đảng viên mới\nLâm Hà - Đức Trọng\nThứ Tư, 10/01/2024 - 16:40\n\n{BODY} Lâm Hà và Đức Trọng.");
        assert_eq!(meta(&text).2, None);
        // An unlabelled name beside the date, before or after it; not a
        // section or a name from the story.
        for (line, author) in [
            ("Phạm Bằng • 08/07/2023 10:45", Some("Phạm Bằng")),
            ("Phạm Bằng - 08/07/2023 10:45", Some("Phạm Bằng")),
            (
                "Thứ Sáu, 12/07/2024, 15:40 (GMT+7) | Hoài Thu",
                Some("Hoài Thu"),
            ),
            ("Xây Dựng Đảng | 12/07/2024 15:40", None),
            ("Lâm Hà • 08/07/2023 10:45", None),
            ("Thứ Sáu, 12/07/2024 - 15:40", None),
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{line}\n\n{BODY} Huyện Lâm Hà.");
            let (_, published, a, _) = meta(&text);
            assert!(published.is_some(), "{line}");
            assert_eq!(a.as_deref(), author, "{line}");
        }
        // A labelled byline beside the dateline, after a `|`.
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\nĐăng lúc: Thứ bảy, 06/02/2021 - 09:12  |  Tác giả: Lê Hợi - Văn Hùng (Đài TT-VH Đông Sơn)\n\n{BODY}");
        let (_, published, a, _) = meta(&text);
        assert_eq!(published.as_deref(), Some("2021-02-06T09:12:00+07:00"));
        assert_eq!(a.as_deref(), Some("Lê Hợi - Văn Hùng"));
        // Below the headline: several writers or a full name, with a family
        // name, or pen names the page names nowhere else (above a lede with
        // the paper's tag: several, or one in capitals); not a place, which
        // the article names (`Đạ Huoai - Đạ Tẻh`), nor a section.
        for (line, author) in [
            ("Thu Phương - Vũ Hà", Some("Thu Phương - Vũ Hà")),
            ("Nguyễn Thu Hà", Some("Nguyễn Thu Hà")),
            ("Hạnh Dung - Thu Trang", Some("Hạnh Dung - Thu Trang")),
            ("HẠNH DUNG", Some("HẠNH DUNG")),
            ("Huyện Lâm Hà", None),
            ("Lâm Hà - Lâm Đồng", None),
            ("Đạ Huoai - Đạ Tẻh", None),
            ("Đắk Nông", None),
            ("Lâm Đồng", None),
            ("Cao Bằng", None),
            ("Hoàng Mai", None),
            ("Xây Dựng Đảng", None),
        ] {
            let text = format!("Kết nạp 5 đảng viên mới\n\n{line}\n\nBHG - Năm 2020, huyện Lâm Hà (Lâm Đồng) kết nạp 5 đảng viên mới, Đạ Huoai và Đạ Tẻh 9.");
            assert_eq!(meta(&text).2.as_deref(), author, "{line}");
        }
    }

    /// `Theo PHAN HÒA (bienphong.com.vn)`: the writer and the site of an
    /// article taken from another paper.
    #[test]
    fn writer_and_site_of_a_taken_article() {
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nTheo PHAN HÒA (bienphong.com.vn)\n\nChia sẻ: Facebook  Zalo");
        let (_, _, author, source) = meta(&text);
        assert_eq!(author.as_deref(), Some("PHAN HÒA"));
        assert_eq!(source.as_deref(), Some("bienphong.com.vn"));
    }

    /// A byline above a row of share buttons with a counter, or of buttons
    /// that send the article to a friend.
    #[test]
    fn byline_above_buttons_with_a_counter() {
        for (line, buttons) in [
            (
                "Thu Hà",
                "Gửi bài viết cho bạn bè | In bài viết | Lượt xem: 1.254",
            ),
            (
                "Tin, ảnh: Nông Thị Huyền",
                "Gửi bài viết cho bạn bè  |  In trang  |  Về đầu trang",
            ),
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\n{line}\n\n{buttons}");
            let author = line.rsplit(": ").next();
            assert_eq!(meta(&text).2.as_deref(), author, "{buttons}");
        }
        // Nor does a photo's caption under it hide it; a credit is a byline.
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nTin, ảnh: Hoài Thu\n\nẢnh: Đại tá Phan Đại Nghĩa phát biểu kết luận hội nghị.");
        assert_eq!(meta(&text).2.as_deref(), Some("Hoài Thu"));
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nẢnh: Hồng Nhung");
        assert_eq!(meta(&text).2.as_deref(), Some("Hồng Nhung"));
        // A caption that ends with its credit, other articles' links under
        // `Tin mới hơn:`, an office after the dash; a labelled byline above
        // the headline.
        for (tail, author) in [
            ("Bài, ảnh: Đức Hậu\n\nCán bộ Đồn tuyên truyền cho bà con. Ảnh: Đức Hậu", "Đức Hậu"),
            ("Tác giả: Lê Hà - Ban Tuyên giáo Huyện ủy\n\nTin mới hơn:\n- Hội nghị Ban Chấp hành (12/10/2023)", "Lê Hà"),
            ("Hồng Nhung - Đảng bộ Bệnh viện Đa khoa tỉnh", "Hồng Nhung"),
            // Readers' comments and the paper's earlier articles below.
            ("Thu Hằng\nÝ kiến phản hồi", "Thu Hằng"),
            ("Phan Phương\n\nCác bài đã đăng:\n- Quảng Trạch: Gần 500 đảng viên mới", "Phan Phương"),
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\n{tail}");
            let (_, published, a, _) = meta(&text);
            assert_eq!(a.as_deref(), Some(author), "{tail}");
            assert_eq!(published, None, "{tail}");
        }
        let text =
            format!("Tin, ảnh: Hoàng Anh\n\nXã A kết nạp 5 đảng viên mới\n\n14/10/2014\n\n{BODY}");
        assert_eq!(meta(&text).2.as_deref(), Some("Hoàng Anh"));
        // A photographer's credit under the writer gives way to the writer;
        // alone, it is the byline.
        let text =
            format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nHồng Nhung\n\nẢnh: Thành Chung");
        assert_eq!(meta(&text).2.as_deref(), Some("Hồng Nhung"));
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nẢnh: Thành Chung");
        assert_eq!(meta(&text).2.as_deref(), Some("Thành Chung"));
        // A dateline with a counter is still a dateline.
        let text = format!("Xã A kết nạp 5 đảng viên mới\n08:48 - Thứ Tư, 04/01/2017 Lượt xem: 4340 In bài viết\n\n{BODY}");
        assert_eq!(meta(&text).1.as_deref(), Some("2017-01-04T08:48:00+07:00"));
        // (Also when the counter's words alone would make it furniture.)
        for (line, want) in [
            (
                "03/02/2026 18:10   Lượt xem: 642",
                "2026-02-03T18:10:00+07:00",
            ),
            (
                "23/04/2024 07:30 | Lượt xem: 2.118 | Bản in",
                "2024-04-23T07:30:00+07:00",
            ),
        ] {
            let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{line}\n\n{BODY}");
            assert_eq!(meta(&text).1.as_deref(), Some(want), "{line}");
        }
        // (Not a marker of other stories with a date.)
        let text = format!("Xã A kết nạp 5 đảng viên mới\n\n{BODY}\n\nTin liên quan 12/05/2023\nHuyện B kết nạp 300 đảng viên");
        assert_eq!(meta(&text).1, None);
    }

    #[test]
    fn menus_mottos_and_site_names_are_no_headline() {
        for head in [
            "QUANG NINH ONLINE\nThời sự  Chính trị  Xây dựng Đảng  Kinh tế  Xã hội  Văn hóa",
            "Cơ quan của Đảng bộ tỉnh Quảng Trị",
            "Báo Quảng Trị\nThời sự  Chính trị  Văn hóa - Thể thao  Quốc phòng - An ninh",
            "Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị",
            "Báo và Phát thanh, Truyền hình Hưng Yên",
            "Cổng thông tin điện tử Đảng bộ huyện Thanh Oai - Thành phố Hà Nội",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng, tiếng nói của chính quyền và nhân dân Lâm Đồng",
            "Trang thông tin điện tử Đảng bộ huyện Chợ Mới tỉnh An Giang",
            // Sections in capitals, apart by a dash.
            "QUÂN KHU 2 - BIÊN PHÒNG LAI CHÂU",
            // A site named like an office, above a path of sections.
            "Ban Tổ chức Tỉnh ủy Bắc Giang\nTrang chủ > Tin tức - Sự kiện > Hoạt động ngành",
        ] {
            let text = format!(
                "{head}\nThứ Năm, 28/12/2017 - 15:40\n\nXã A kết nạp 5 đảng viên mới\n\n{BODY}"
            );
            assert_eq!(
                meta(&text).0.as_deref(),
                Some("Xã A kết nạp 5 đảng viên mới"),
                "{head}"
            );
            // Nor does it give facts.
            let l = layout(&text);
            let facts = |l: &Line| l.gives_facts() && head.contains(&text[l.range.clone()]);
            assert!(!l.lines.iter().any(facts), "{head}");
        }
        // Below the dateline: a site's name that ends like one, then a
        // section label, then the headline; a line that opens a list is none.
        for head in [
            "Quảng Trị Online\nXây dựng Đảng",
            "Hà Giang điện tử\nXây dựng Đảng",
        ] {
            let text = format!(
                "Thứ Sáu, 18/12/2020 - 08:40\n{head}\n\nĐảng bộ Khối tỉnh nâng cao chất lượng công tác đảng\n\n{BODY}"
            );
            assert_eq!(
                meta(&text).0.as_deref(),
                Some("Đảng bộ Khối tỉnh nâng cao chất lượng công tác đảng"),
                "{head}"
            );
        }
        let text =
            "Chi bộ\n\nNăm 2023, Đảng bộ huyện Mai Sơn có:\n• 215 chi bộ thôn, bản;\n• 48 chi bộ.";
        assert_eq!(meta(text).0.as_deref(), Some("Chi bộ"));
    }

    /// A row of share buttons with more (`Cỡ chữ: A- A+`) is no headline;
    /// a sentence that starts like it is text.
    #[test]
    fn share_buttons_with_more_are_no_headline() {
        let head = "Người “giữ lửa” ở chi bộ thôn A";
        let text = format!("Xây dựng Đảng › Gương sáng\nCập nhật: 14:05, 02/02/2024   Lượt xem: 1.275\nChia sẻ: [Facebook] [Zalo] [Sao chép liên kết]   Cỡ chữ: A- A+   In\n\n{head}\n\n{BODY}");
        assert_eq!(meta(&text).0.as_deref(), Some(head));
        assert!(!is_furniture(
            "Chia sẻ Facebook của ông A, nhiều người đồng tình"
        ));
        assert!(!is_furniture("Chia sẻ với phóng viên, ông A cho biết"));
    }

    #[test]
    fn kicker_above_headline() {
        let text = format!(
            "Đảng bộ huyện Mường Nhé\n\nNâng cao chất lượng tổ chức cơ sở đảng, đảng viên\n\n08:48 - Thứ Tư, 04/01/2017 Lượt xem: 4340 In bài viết\n{BODY}\n\nHữu Thỉnh (Huyện ủy Mường Nhé)\nBình luận\nBack To Top"
        );
        let (t, p, a, _) = meta(&text);
        assert_eq!(
            t.as_deref(),
            Some("Nâng cao chất lượng tổ chức cơ sở đảng, đảng viên")
        );
        assert_eq!(p.as_deref(), Some("2017-01-04T08:48:00+07:00"));
        assert_eq!(a.as_deref(), Some("Hữu Thỉnh"));
    }

    #[test]
    fn furniture_source_and_affiliation() {
        let text = format!(
            "Skip to main content\n\nCông tác phát triển Đảng viên ở Đảng bộ Khối\n\n{BODY}\n\n   Vũ Đình Chuyền \n  Sở Thông tin và Truyền thông\n   Nguồn:baolangson.vn"
        );
        let l = layout(&text);
        assert_eq!(l.lines[0].role, Role::Furniture);
        let (t, p, a, s) = meta(&text);
        assert_eq!(
            t.as_deref(),
            Some("Công tác phát triển Đảng viên ở Đảng bộ Khối")
        );
        assert_eq!(p, None);
        assert_eq!(a.as_deref(), Some("Vũ Đình Chuyền"));
        assert_eq!(s.as_deref(), Some("baolangson.vn"));
    }

    #[test]
    fn date_of_visit_above_headline_and_date_of_article_below() {
        let text = format!(
            "Thứ 7, 23/11/2024, 23:12[GMT+7]\n\nThành ủy Thái Bình: Gặp mặt đảng viên là người có đạo\n\nThứ 2, 17/12/2018 | 16:22:50\n981 lượt xem\n{BODY}\n\nMinh Nguyệt"
        );
        let (t, p, a, _) = meta(&text);
        assert_eq!(
            t.as_deref(),
            Some("Thành ủy Thái Bình: Gặp mặt đảng viên là người có đạo")
        );
        assert_eq!(p.as_deref(), Some("2018-12-17T16:22:50+07:00"));
        assert_eq!(a.as_deref(), Some("Minh Nguyệt"));
    }

    #[test]
    fn words_are_counted_as_split_whitespace_gives_them() {
        let count = |s: &str| {
            s.split_whitespace()
                .filter(|w| w.chars().any(is_letter))
                .count()
        };
        let mut lines = vec![
            String::new(),
            " a  b\tc\u{A0}d\u{3000}e\u{2028}f ".to_string(),
            "- 12 , ab1 1ab – ĐẢNG\u{301} đảng\u{1680}viên … Ωμέγα 漢字".to_string(),
        ];
        for text in crate::seed_articles() {
            lines.extend(text.lines().map(str::to_string));
        }
        for line in &lines {
            let n = count(line);
            for cap in [0, 1, 4, 9, 11, 36, usize::MAX] {
                assert_eq!(words_up_to(line, cap), n.min(cap), "{line:?} up to {cap}");
            }
        }
    }

    /// [`date_in`] finds what the date regex finds, shortcut or not.
    fn assert_date_like_regex(line: &str) {
        let want = date_regex()
            .captures(line)
            .map(|d| [1, 2, 3].map(|i| d.get(i).map_or("", |m| m.as_str())));
        assert_eq!(date_in(line), want, "{line:?}");
        if may_hold_date(line) || want.is_none() {
            return;
        }
        panic!("may_hold_date rejects {line:?}");
    }

    #[test]
    fn dates_as_the_regex_finds_them() {
        for line in [
            "",
            "12/05/2017",
            "Cập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)",
            "123/05/2017 1/2/2020",
            "12/05/20171 3.4.1999",
            "a12/05/2017 _1/1/2001 1/1/2001_ 1/1/2001a",
            "đ12/05/2017 12/05/2017đ Ngày12/05/2017",
            "–12/05/2017– “1-1-1999” …01.02.2003…",
            "Ω12/05/2017 ٣/٤/٢٠١٧ 12/05/2017",
            "Ω12/05/2017 12/05/2017Ω ñ1/1/2001 1/1/2001ñ é1/1/2001 (1/1/2001)",
            "12/05/2017\u{301} \u{301}12/05/2017",
            "1/12/2017 12/1/2017 1.1.2000 01-01-2000 1/1-2000",
            "12//05/2017 12/05//2017 12/0a/2017 12/05/201",
            "ba 12/5/2019ư ư12/5/2019 漢12/5/2019",
            "x 9/9/9999 99/99/0000 00/00/0000",
        ] {
            assert_date_like_regex(line);
        }
        for text in crate::seed_articles() {
            text.lines().for_each(assert_date_like_regex);
        }
    }

    proptest::proptest! {
        #[test]
        fn dates_as_the_regex_finds_them_in_any_line(
            s in "([0-9]{1,5}|[-/.]|[ aZ_]|[đàư]|[–“…]|[\u{301}٣Ωé漢]){0,16}"
        ) {
            assert_date_like_regex(&s);
        }
    }

    /// [`clock_in`] and [`zone_in`] find what their regexes find.
    fn assert_clock_like_regex(line: &str) {
        let want = clock_regex().captures(line).map(|c| {
            let group = |i: usize| c.get(i).map_or("", |m| m.as_str());
            let optional = |i: usize| c.get(i).map(|m| m.as_str());
            (group(1), group(2), optional(3), optional(4))
        });
        assert_eq!(clock_in(line), want, "{line:?}");
        let want = zone_regex()
            .captures(line)
            .map(|z| (z.get(1).unwrap().as_str(), z.get(2).unwrap().as_str()));
        assert_eq!(zone_in(line), want, "{line:?}");
    }

    #[test]
    fn clocks_and_zones_as_the_regexes_find_them() {
        for line in [
            "",
            "08:47",
            "Cập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)",
            "Thứ 7, 23/11/2024, 23:12[GMT+7]",
            "Thứ 2, 17/12/2018 | 16:22:50",
            "ngày 14/05/2012 05:49 PM (GMT+7) 5:49pm 5:49\u{A0}\u{3000}Am 5:49 pM",
            "123:45 1/2:30 /12:30 a12:30 đ1:05 ٣:٤٥ 12:30",
            "12:3 12:345 1:2:3 12:34:5 12:34:56:78 12:34: 12::34 :12:34",
            "9:05AM 9:05 A M 9:05\tpm 9:05 ap",
            "GMT GMT+ GMT +7 GMT-10 GMT+123 GMT\u{A0}-\u{2028}9 GMTGMT+5 gmt+7 GMT+٣",
            "Ω12:30 12:30Ω \u{301}1:30 漢1:30",
        ] {
            assert_clock_like_regex(line);
        }
        for text in crate::seed_articles() {
            text.lines().for_each(assert_clock_like_regex);
        }
    }

    proptest::proptest! {
        #[test]
        fn clocks_and_zones_as_the_regexes_find_them_in_any_line(
            s in "([0-9]{1,3}|[:/+-]|GMT|[ aApPmMZ_]|\u{A0}|[đư]|[\u{301}٣Ω漢]){0,16}"
        ) {
            assert_clock_like_regex(&s);
        }
    }

    #[test]
    fn date_only_and_am_pm() {
        assert_eq!(
            published_of("Ngày đăng: 05/01/2019").as_deref(),
            Some("2019-01-05")
        );
        // Year first, as ISO 8601 writes it; not inside a longer number.
        assert_eq!(
            published_of("2025-07-03 10:21").as_deref(),
            Some("2025-07-03T10:21:00+07:00")
        );
        assert_eq!(published_of("12025-07-03"), None);
        assert_eq!(published_of("Mã 2025-07-031"), None);
        let text = format!("2025-07-03 10:21\n\nXã A kết nạp 5 đảng viên mới\n\n{BODY}");
        assert_eq!(meta(&text).1.as_deref(), Some("2025-07-03T10:21:00+07:00"));
        assert_eq!(
            published_of("author Thứ Hai, ngày 14/05/2012 05:49 PM (GMT+7)").as_deref(),
            Some("2012-05-14T17:49:00+07:00")
        );
        assert_eq!(
            published_of("03/04/2014 09:20").as_deref(),
            Some("2014-04-03T09:20:00+07:00")
        );
        assert_eq!(
            published_of("Thứ bảy, ngày 16 tháng 3 năm 2024 | 10:15").as_deref(),
            Some("2024-03-16T10:15:00+07:00")
        );
        assert_eq!(
            published_of("NGÀY 05 THÁNG 4 NĂM 2024").as_deref(),
            Some("2024-04-05")
        );
        assert_eq!(
            published_of("Cập nhật: 06/03/2024 10:00 | Đăng: 05/03/2024 08:00").as_deref(),
            Some("2024-03-05T08:00:00+07:00")
        );
        assert_eq!(
            published_of("Ngày đăng: 05/01/2019 | Cập nhật: 07/01/2019").as_deref(),
            Some("2019-01-05")
        );
        assert!(is_dateline("Ngày 05 tháng 4 năm 2024"));
        // A line that opens a list is body text, a caption's date no dateline.
        assert!(!is_dateline(
            "Đến ngày 31/12/2023, Đảng bộ huyện Mai Sơn có:"
        ));
        assert!(!is_dateline(
            "Quang cảnh hội nghị tổng kết ngày 16 tháng 3 năm 2024"
        ));
        // A headline ending with its event's day is none; a dateline with
        // words before its date but a weekday or a clock by it is one.
        assert!(!is_dateline(
            "Quảng Ngãi: 1.426 đảng viên được trao Huy hiệu Đảng đợt 3/2/2026"
        ));
        for line in [
            "Cập nhật lúc 08:15, Thứ Hai, 25/09/2023 (GMT+7)",
            "Cập nhật lúc 07:20 ngày 28/06/2025",
            "baobariavungtau.vn | Thứ Sáu, 14/11/2025",
            "Bài và ảnh: Nguyễn Văn Hùng - 14/11/2025",
            "Nguồn: Báo Quảng Ngãi điện tử cập nhật 14/11/2025",
            "Ban Tuyên giáo Tỉnh ủy Quảng Ngãi đăng ngày 14/11/2025",
            "Báo Cần Thơ điện tử, phóng viên Nguyễn Văn An 14/11/2025",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        assert_eq!(published_of("31/02/2014").as_deref(), Some("2014-02-31"));
        assert_eq!(published_of("45/13/2014"), None);
    }

    #[test]
    fn article_that_starts_with_its_body_has_no_headline() {
        let text = format!("{BODY}\n{BODY} Thêm nữa.\nLê Đình Chương (BTC Tỉnh ủy)");
        let (t, p, a, _) = meta(&text);
        assert_eq!((t, p), (None, None));
        assert_eq!(a.as_deref(), Some("Lê Đình Chương"));
    }

    #[test]
    fn organisation_byline_when_no_person() {
        let text = format!("Tiêu đề bài viết ở đây\n{BODY}\nĐài Kim Bảng");
        assert_eq!(meta(&text).2.as_deref(), Some("Đài Kim Bảng"));
        let text =
            format!("Tiêu đề bài viết ở đây\n{BODY}\nBài, ảnh: Đoàn Thư\n\nTin cùng chuyên mục");
        assert_eq!(meta(&text).2.as_deref(), Some("Đoàn Thư"));
        let text = format!("Tiêu đề bài viết ở đây\n{BODY}\nTin liên quan");
        assert_eq!(meta(&text).2, None);
    }

    /// A last paragraph that opens with a name and a bracket is article text.
    #[test]
    fn name_and_bracket_opening_a_sentence_is_no_byline() {
        let text = format!(
            "Tiêu đề bài viết ở đây\n{BODY}\nÔng Nguyễn Văn Nam (Bí thư Chi bộ thôn 3) cho biết chi bộ có 27 đảng viên"
        );
        assert_eq!(meta(&text).2, None);
        let text = format!("Tiêu đề bài viết ở đây\n{BODY}\nNguyễn Văn Nam (0) Bình luận");
        assert_eq!(meta(&text).2.as_deref(), Some("Nguyễn Văn Nam"));
    }

    /// `Theo Báo Sơn La` under an article names where it was taken from.
    #[test]
    fn taken_from_another_paper() {
        for (tail, source) in [
            ("Theo Báo Sơn La", "Báo Sơn La"),
            ("Theo baosonla.vn", "baosonla.vn"),
        ] {
            let text = format!("Tiêu đề bài viết ở đây\n{BODY}\nThu Trang\n{tail}");
            let (_, _, author, got) = meta(&text);
            assert_eq!(
                (author.as_deref(), got.as_deref()),
                (Some("Thu Trang"), Some(source))
            );
        }
        // A sentence that starts so is article text.
        let text = format!(
            "Tiêu đề bài viết ở đây\n{BODY}\nTheo Ban Tổ chức Huyện ủy, đã kết nạp 5 đảng viên."
        );
        assert_eq!(meta(&text).3, None);
    }

    #[test]
    fn teasers_and_repeats_are_duplicates() {
        let teaser = &BODY[..BODY.char_indices().nth(60).unwrap().0];
        let text =
            format!("Tiêu đề bài viết ở đây\n{teaser}...\n{BODY}\n{BODY}\nTiêu đề bài viết ở đây");
        let l = layout(&text);
        let dup: Vec<bool> = l.lines.iter().map(|l| l.duplicate).collect();
        assert_eq!(dup, [false, true, false, true, true]);
    }

    #[test]
    fn capital_headline_after_lead() {
        let text = format!("(kontumtv.vn) – {BODY}\n\nHUYEN UY DAK GLEI KET NAP GAN 640 DANG VIEN MOI\n\n{BODY} Hai.");
        let (t, _, _, s) = meta(&text);
        assert_eq!(
            t.as_deref(),
            Some("HUYEN UY DAK GLEI KET NAP GAN 640 DANG VIEN MOI")
        );
        assert_eq!(s.as_deref(), Some("kontumtv.vn"));
    }
}
