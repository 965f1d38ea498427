//! Named places, organisations and people.
//!
//! Capitalisation is the main cue: each syllable of a Vietnamese proper name starts with
//! a capital letter, while unit words (`huyện`, `xã`) and most terms do not.
//!
//! * **Places and organisations** are one or more unit terms (category `admin_unit` or
//!   `organisation`) followed by a run of capitalised syllables: `huyện Lâm Hà`,
//!   `Đảng bộ xã Tứ Quận`, `Chi bộ thôn Cây Nhãn`, `Ban Tổ chức Huyện ủy Núi Thành`.
//!   Only spaces may separate the parts (punctuation ends the name, so a sentence-initial
//!   capital after `.` never joins). A bare administrative unit right after the name is
//!   kept in the span (`Đảng bộ Khối cơ quan Dân Chính Đảng tỉnh`). A chain written
//!   all in capitals (a headline or byline) yields no name.
//! * **People** are runs of 2 to 5 capitalised syllables (not all capitals) that are
//!   not terms, recognised when the run follows an honorific (`Đồng chí`, `ông`), or
//!   starts with a family name and follows a role (`Bí thư Chi bộ Hoàng A Phà`) or a
//!   people term (`quần chúng Lê Thị Trang`), or is followed by a separator and a role
//!   (`Thào Hồng Sơn, Phó Bí thư Thường trực Tỉnh ủy`), or has the shape
//!   family name + `Văn`/`Thị`/`A` + given name. The role runs from a role term over
//!   units, names and other words up to punctuation, a reporting verb (category
//!   `speech`: `cho biết`, `khẳng định`) or a function word (`đã`, `là`); after a comma
//!   it continues only if another role follows (`Ủy viên…, Bí thư Tỉnh ủy`).
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use super::{fold_key, AccentMap, Match, MatchKind, TermMatcher};
use crate::lexicon::Category;
use crate::normalize;

/// A syllable of the original text.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub(crate) range: Range<usize>,
    /// Starts with an upper-case letter.
    pub(crate) cap: bool,
    /// At least two letters and none lower case (`UBND`, `DUY`).
    pub(crate) all_caps: bool,
    /// Starts with a digit.
    pub(crate) digit: bool,
    /// Has a byte outside ASCII (a diacritic, mostly).
    pub(crate) marked: bool,
}

/// A letter or digit, or a combining mark (which belongs to the word it follows).
fn is_word_char(c: char) -> bool {
    super::is_word_char(c) || super::is_combining_diacritic(c)
}

/// What [`tokenize`] needs to know of a character, in one byte.
mod class {
    /// Part of a word: a letter, a digit or a combining mark.
    pub(super) const WORD: u8 = 1;
    /// A letter ([`crate::normalize::is_letter`]).
    pub(super) const LETTER: u8 = 2;
    /// An upper-case letter ([`crate::normalize::is_upper`]).
    pub(super) const UPPER: u8 = 4;
    /// A lower-case character ([`crate::normalize::is_lower`]).
    pub(super) const LOWER: u8 = 8;
    /// `.`, `'` or `’`: inside a word when a letter follows.
    pub(super) const JOINER: u8 = 16;
    /// Outside ASCII.
    pub(super) const MARKED: u8 = 32;
    /// An ASCII digit.
    pub(super) const DIGIT: u8 = 64;
}

/// The class of any character, from the general predicates.
fn class_of(c: char) -> u8 {
    let mut k = 0;
    for (bit, yes) in [
        (class::WORD, is_word_char(c)),
        (class::LETTER, normalize::is_letter(c)),
        (class::UPPER, normalize::is_upper(c)),
        (class::LOWER, normalize::is_lower(c)),
        (class::JOINER, matches!(c, '.' | '\'' | '’')),
        (class::MARKED, !c.is_ascii()),
        (class::DIGIT, c.is_ascii_digit()),
    ] {
        if yes {
            k |= bit;
        }
    }
    k
}

/// [`class_of`] for the characters of Vietnamese text, indexed by their UTF-8 bytes,
/// so that the tokenizer decodes nothing on its hot path. Other characters are
/// decoded and classified one by one.
struct Classes {
    /// By byte: ASCII characters; 0 for the bytes of longer characters.
    byte: [u8; 256],
    /// U+0080..U+037F (Latin-1, Latin Extended, combining marks), by their two bytes:
    /// `(lead - 0xC2) << 6 | continuation`.
    two: [u8; TWO_LEADS * 64],
    /// U+1E80..U+1EFF (Latin Extended Additional: most toned vowels), by the last two
    /// of their three bytes.
    ext: [u8; 128],
    /// U+2000..U+207F (General Punctuation: quotes, dashes, odd spaces), likewise.
    punct: [u8; 128],
}

/// Lead bytes 0xC2..=0xCD.
const TWO_LEADS: usize = 12;

impl Classes {
    fn get() -> &'static Classes {
        static CLASSES: OnceLock<Classes> = OnceLock::new();
        CLASSES.get_or_init(|| {
            let mut t = Classes {
                byte: [0; 256],
                two: [0; TWO_LEADS * 64],
                ext: [0; 128],
                punct: [0; 128],
            };
            let mut utf8 = [0u8; 4];
            for cp in (0..0x380).chain(0x1E80..0x1F00).chain(0x2000..0x2080) {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                let k = class_of(c);
                match *c.encode_utf8(&mut utf8).as_bytes() {
                    [b] => t.byte[usize::from(b)] = k,
                    [b0, b1] => t.two[two_index(b0, b1)] = k,
                    [0xE1, b1, b2] => t.ext[three_index(b1 - 0xBA, b2)] = k,
                    [_, b1, b2] => t.punct[three_index(b1 - 0x80, b2)] = k,
                    _ => {}
                }
            }
            t
        })
    }

    /// The class and length of the character at byte `i` of `input` (a character
    /// boundary); `(0, 1)` past the end.
    #[inline]
    fn at(&self, input: &str, i: usize) -> (u8, usize) {
        match input.as_bytes().get(i) {
            Some(&b) if b < 0x80 => (self.byte[usize::from(b)], 1),
            Some(_) => self.at_wide(input, i),
            None => (0, 1),
        }
    }

    /// [`Classes::at`] for a character of two bytes or more: the lead byte tells how
    /// many continuation bytes to read, each fetched on its own (no slice of the rest).
    #[inline]
    fn at_wide(&self, input: &str, i: usize) -> (u8, usize) {
        let bytes = input.as_bytes();
        let byte = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match byte(0) {
            b0 @ 0xC2..=0xCD => (self.two[two_index(b0, byte(1))], 2),
            0xE1 if matches!(byte(1), 0xBA..=0xBB) => {
                (self.ext[three_index(byte(1) - 0xBA, byte(2))], 3)
            }
            0xE2 if matches!(byte(1), 0x80..=0x81) => {
                (self.punct[three_index(byte(1) - 0x80, byte(2))], 3)
            }
            _ => {
                let c = input.get(i..).and_then(|s| s.chars().next());
                c.map_or((0, 1), |c| (class_of(c), c.len_utf8()))
            }
        }
    }

    /// The number of letters in `input[range]`, up to 2.
    fn letters(&self, input: &str, range: Range<usize>) -> usize {
        let (mut i, mut n) = (range.start, 0);
        while i < range.end && n < 2 {
            let (k, len) = self.at(input, i);
            n += usize::from(k & class::LETTER != 0);
            i += len;
        }
        n
    }
}

#[inline]
fn two_index(b0: u8, b1: u8) -> usize {
    (usize::from(b0 - 0xC2) << 6) | usize::from(b1 & 0x3F)
}

/// `second` counted from the first second byte of the block.
#[inline]
fn three_index(second: u8, b2: u8) -> usize {
    (usize::from(second) << 6) | usize::from(b2 & 0x3F)
}

/// The syllables of a text, and how many of them carry marks on each line (for the
/// matcher's [`AccentMap`]). Derefs to the syllables.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tokens {
    toks: Vec<Token>,
    /// For each line ended by `\n`: its end (after the `\n`) and its counts.
    pub(crate) lines: Vec<(usize, LineCounts)>,
    /// The counts of the text after the last `\n`.
    pub(crate) last_line: LineCounts,
    /// The indices of the syllables written all in capitals, in order: the few that
    /// [`abbrev::learn`](super::abbrev::learn) looks at.
    pub(crate) all_caps: Vec<usize>,
    /// The indices of the capitalised syllables, in order: where a person's name
    /// may start (see [`Ctx::next_capital`]).
    capitals: Vec<usize>,
}

/// Words (syllables that do not start with a digit) and words with a byte outside
/// ASCII, on one line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineCounts {
    pub(crate) words: usize,
    pub(crate) marked: usize,
}

impl std::ops::Deref for Tokens {
    type Target = [Token];
    fn deref(&self) -> &[Token] {
        &self.toks
    }
}

/// First syllables of the titles a place earns (`ấp Văn hóa`, `xã Nông thôn
/// mới`, `khu dân cư Kiểu mẫu`, `thôn An toàn`), folded: after a place word they
/// start no one-syllable name.
const TITLE_STARTS: &[&str] = &[
    "van", "nong", "kieu", "an", "tu", "dien", "tien", "sach", "xanh", "trong",
];

/// The lexicon's military units, named by a number (`Trung đoàn 736`).
const ARMY_UNITS: &[&str] = &[
    "org.trung_doan",
    "org.su_doan",
    "org.lu_doan",
    "org.tieu_doan",
    "org.dai_doi",
    "org.trung_doi",
    "org.binh_doan",
];

/// Units whose names end with a number: zones and workshops (`Khu công
/// nghiệp Mỹ Phước 3`, `Phân xưởng Khai thác 5`), by their concept id.
pub(crate) fn ends_with_a_number(concept: &str) -> bool {
    concept == "org.phan_xuong"
        || concept.starts_with("org.khu_")
        || concept.starts_with("org.cum_")
}

/// Firms named by a number when written as a name (`Công ty 74`, `Tổng
/// công ty 15`; not `các công ty 100% vốn nước ngoài`).
const NUMBERED_FIRMS: &[&str] = &["org.cong_ty", "org.tong_cong_ty"];

/// Split `input` into syllables: runs of letters, digits and combining marks; `.` and
/// apostrophes between two word characters stay inside (`T.Ư`, `H'Mông`).
pub(crate) fn tokenize(input: &str) -> Tokens {
    tokenize_reusing(input, None)
}

/// [`tokenize`], writing into the lists of an earlier text (`spare`) if given.
pub(crate) fn tokenize_reusing(input: &str, spare: Option<Tokens>) -> Tokens {
    use class::*;
    let classes = Classes::get();
    let bytes = input.as_bytes();
    let (mut toks, mut lines, mut all_caps, mut capitals) = spare
        .map_or_else(Default::default, |t| {
            (t.toks, t.lines, t.all_caps, t.capitals)
        });
    toks.clear();
    toks.reserve(input.len() / 6 + 1);
    lines.clear();
    all_caps.clear();
    capitals.clear();
    let mut line = LineCounts::default();
    let ascii_lower = classes.byte[usize::from(b'a')];
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Between syllables.
        let (first, len) = classes.at(input, i);
        if first & WORD == 0 {
            if b == b'\n' {
                lines.push((i + 1, std::mem::take(&mut line)));
            }
            i += len;
            continue;
        }
        // A syllable starts at `i`: take what follows, gathering the classes seen.
        let start = i;
        let mut seen = first;
        i += len;
        let after = loop {
            // Lower-case ASCII letters, most of a syllable's bytes: no lookup.
            if bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
                seen |= ascii_lower;
                i += 1;
                continue;
            }
            let (k, len) = classes.at(input, i);
            let inside =
                k & WORD != 0 || (k & JOINER != 0 && classes.at(input, i + len).0 & LETTER != 0);
            if !inside {
                break len;
            }
            seen |= k;
            i += len;
        };
        let cap = first & UPPER != 0;
        let tok = Token {
            range: start..i,
            cap,
            // Only capitalised words can be all capitals; count the letters of the few
            // capitalised words without a lower-case letter.
            all_caps: cap && seen & LOWER == 0 && classes.letters(input, start..i) >= 2,
            digit: first & DIGIT != 0,
            marked: seen & MARKED != 0,
        };
        if !tok.digit {
            line.words += 1;
            line.marked += usize::from(tok.marked);
        }
        // (Only capitalised words can be all capitals.)
        if tok.cap {
            capitals.push(toks.len());
            if tok.all_caps {
                all_caps.push(toks.len());
            }
        }
        toks.push(tok);
        // The character that ended the syllable belongs to none: step over it.
        if bytes.get(i) == Some(&b'\n') {
            lines.push((i + 1, std::mem::take(&mut line)));
        }
        i += after;
    }
    Tokens {
        toks,
        lines,
        last_line: line,
        all_caps,
        capitals,
    }
}

/// `char::is_whitespace` for an ASCII byte (which, unlike `u8::is_ascii_whitespace`,
/// takes the vertical tab).
fn is_ascii_whitespace(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Whether only spaces (no newline, no punctuation) separate two tokens.
pub(crate) fn space_between(input: &str, a: &Token, b: &Token) -> bool {
    let gap = &input[a.range.end..b.range.start];
    match gap.as_bytes().first() {
        None => false,
        // Mostly punctuation: the first byte answers.
        Some(&b) if b.is_ascii() && !matches!(b, b'\t' | b'\x0B' | b'\x0C' | b' ') => false,
        _ => gap
            .chars()
            .all(|c| c.is_whitespace() && c != '\n' && c != '\r'),
    }
}

/// Verbs that end a role written after a name, compared with their marks
/// (`du lịch`, `tăng` are no `dự`, `tặng`): attending, giving, presiding,
/// `xung quanh` (about), taking part, noting.
const STOP_VERBS: &[&str] = &["dự", "trao", "tặng", "chủ", "xung", "tham", "ghi"];

/// Second syllables that make one of [`STOP_VERBS`] a noun of the office
/// (`Ban Quản lý dự án`, `dự toán`, `chủ nhiệm`, `tham mưu`).
const NOUN_AFTER: &[&str] = &[
    "án", "toán", "thảo", "kiến", "bị", "quyền", "nhiệm", "đầu", "mưu",
];

/// Function words that end a role written after a name; in marked text
/// compared with their marks (`đầu tư`, `tài chính` hold no `từ`, `tại`).
const STOP_WORDS: &[&str] = &[
    "đã", "đang", "sẽ", "cũng", "là", "được", "đến", "về", "với", "tại", "khi", "thì", "mà", "nên",
    "vừa", "luôn", "rất", "có", "cho", "từ", "và", "cùng",
];

/// Token `k` is a function word that ends a role: compared with its marks
/// in marked text, folded in text without marks.
fn stop_word(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    if ctx.accents.is_accented(ctx.toks[k].range.start) {
        written_in(ctx, k, STOP_WORDS)
    } else {
        ctx.with_key(k, |w| STOP_WORDS.iter().any(|s| normalize::folds_to(s, w)))
    }
}

fn noun_after(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    k + 1 < ctx.toks.len() && ctx.space_before(k + 1) && written_in(ctx, k + 1, NOUN_AFTER)
}

/// Token `k` is one of `words` as written (composed first if it carries
/// combining marks).
fn written_in(ctx: &Ctx<'_, '_>, k: usize, words: &[&str]) -> bool {
    let t = ctx.text(k);
    if t.bytes().any(|b| b == 0xCC || b == 0xCD) {
        use unicode_normalization::UnicodeNormalization;
        let composed: String = t.nfc().collect();
        words.contains(&composed.as_str())
    } else {
        words.contains(&t)
    }
}

/// Second syllables that make a capitalised run look like a person's name.
const MIDDLE_NAMES: &[&str] = &["van", "thi", "a"];

/// A token as the name finders see it.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    /// 1 + the term covering the token; 0 where no term does.
    term: usize,
    /// The category of the term starting at this token, when the term is aligned with
    /// tokens (starts where a token starts and ends where one ends).
    starts: Option<Category>,
    /// The category of the aligned term ending at this token.
    ends: Option<Category>,
    /// [`Token::cap`].
    cap: bool,
    /// [`Token::all_caps`].
    all_caps: bool,
    /// Used by a place or organisation name.
    used: bool,
}

struct Ctx<'a, 'm> {
    matcher: &'m TermMatcher,
    input: &'a str,
    toks: &'a [Token],
    /// Which lines are written with marks.
    accents: &'a AccentMap,
    terms: &'a [Match<'m>],
    /// Token → what the name finders ask of it most: one small record per token,
    /// so that walking them touches little memory.
    slots: Vec<Slot>,
    /// Term → its last token when it is aligned with tokens (only read then).
    last_tok: Vec<usize>,
    /// The tokens where a unit term starts (see [`is_unit`]), in order: the next
    /// one is found in the list (see [`next_in`]), not by a walk over every slot
    /// between.
    unit_starts: Vec<usize>,
    /// The capitalised tokens, in order ([`Tokens`] lists them), for the same reason.
    capitals: &'a [usize],
    /// Room to fold a token into, so that looking words up allocates nothing.
    key: RefCell<String>,
}

impl<'a, 'm> Ctx<'a, 'm> {
    fn new(
        matcher: &'m TermMatcher,
        input: &'a str,
        tokens: &'a Tokens,
        accents: &'a AccentMap,
        terms: &'a [Match<'m>],
    ) -> Self {
        let toks: &'a [Token] = tokens;
        let mut slots: Vec<Slot> = toks
            .iter()
            .map(|t| Slot {
                cap: t.cap,
                all_caps: t.all_caps,
                ..Slot::default()
            })
            .collect();
        let mut last_tok = vec![usize::MAX; terms.len()];
        let mut unit_starts = Vec::with_capacity(terms.len());
        // Terms come sorted and never overlap: walk the tokens alongside.
        let mut a = 0;
        let mut previous = 0;
        for (ti, term) in terms.iter().enumerate() {
            let before = |t: &Token| t.range.end <= term.span.start;
            if term.span.start < previous {
                a = toks.partition_point(before);
            }
            previous = term.span.start;
            while toks.get(a).is_some_and(before) {
                a += 1;
            }
            let mut b = a;
            while b < toks.len() && toks[b].range.start < term.span.end {
                // A term covering the token before (never, terms do not overlap) no
                // longer starts or ends there.
                let slot = &mut slots[b];
                slot.term = ti + 1;
                slot.starts = None;
                slot.ends = None;
                b += 1;
            }
            // Only terms aligned with tokens take part in names.
            if a < b
                && toks[a].range.start == term.span.start
                && toks[b - 1].range.end == term.span.end
            {
                let category = term.category();
                slots[a].starts = category;
                slots[b - 1].ends = category;
                last_tok[ti] = b - 1;
                if category.is_some_and(is_unit) {
                    unit_starts.push(a);
                }
            }
        }
        // (Kept exact should a term go back or clear a start after all.)
        if !unit_starts.is_sorted() {
            unit_starts.sort_unstable();
        }
        unit_starts.dedup();
        unit_starts.retain(|&k| slots[k].starts.is_some_and(is_unit));
        Ctx {
            matcher,
            input,
            toks,
            accents,
            terms,
            slots,
            last_tok,
            unit_starts,
            capitals: &tokens.capitals,
            key: RefCell::new(String::new()),
        }
    }

    /// The first token from `i` on where a unit term starts (`at`: see [`next_in`]).
    fn next_unit_start(&self, i: usize, at: &mut usize) -> Option<usize> {
        next_in(&self.unit_starts, i, at)
    }

    /// The first capitalised token from `i` on (`at`: see [`next_in`]).
    fn next_capital(&self, i: usize, at: &mut usize) -> Option<usize> {
        next_in(self.capitals, i, at)
    }

    fn text(&self, k: usize) -> &'a str {
        &self.input[self.toks[k].range.clone()]
    }

    /// Only spaces between token `k - 1` and token `k`.
    fn space_before(&self, k: usize) -> bool {
        if k == 0 || k >= self.toks.len() {
            return false;
        }
        let (a, b) = (&self.toks[k - 1], &self.toks[k]);
        // Mostly one plain space.
        (b.range.start == a.range.end + 1 && self.input.as_bytes()[a.range.end] == b' ')
            || space_between(self.input, a, b)
    }

    /// The text between token `k - 1` and token `k`, trimmed.
    fn gap_before(&self, k: usize) -> &'a str {
        let a = if k == 0 {
            0
        } else {
            self.toks[k - 1].range.end
        };
        let b = self.toks.get(k).map_or(self.input.len(), |t| t.range.start);
        self.input[a..b].trim()
    }

    /// The term covering token `k`, if any.
    fn cover(&self, k: usize) -> Option<usize> {
        self.slots.get(k)?.term.checked_sub(1)
    }

    /// The term starting at token `k` and its category, if it is aligned with tokens
    /// and has a category.
    fn term_starting(&self, k: usize) -> Option<(usize, Category)> {
        let slot = self.slots.get(k)?;
        Some((slot.term.checked_sub(1)?, slot.starts?))
    }

    /// The term ending at token `k`, likewise.
    fn term_ending(&self, k: usize) -> Option<(usize, Category)> {
        let slot = self.slots.get(k)?;
        Some((slot.term.checked_sub(1)?, slot.ends?))
    }

    /// `f` of the folded key of token `k` ([`fold_key`]), folded into a buffer kept for
    /// the purpose.
    fn with_key<R>(&self, k: usize, f: impl FnOnce(&str) -> R) -> R {
        let text = self.text(k);
        let Ok(mut key) = self.key.try_borrow_mut() else {
            return f(&fold_key(text));
        };
        key.clear();
        normalize::fold_into(&mut key, text);
        // `fold_key` also collapses spaces, which a syllable hardly ever folds to.
        let spaced = if key.is_ascii() {
            key.bytes().any(is_ascii_whitespace)
        } else {
            key.contains(char::is_whitespace)
        };
        if spaced {
            return f(&fold_key(text));
        }
        f(&key)
    }

    /// Whether tokens `r` name a people (`Thái`, `La Hủ`), as written.
    fn is_people(&self, r: Range<usize>) -> bool {
        // (Most names are turned away by their first syllable.)
        let first = |w: &str| self.matcher.people_firsts.contains(w);
        if r.is_empty() || r.len() > 3 || !self.with_key(r.start, first) {
            return false;
        }
        let written = &self.input[self.span(r)];
        self.matcher
            .peoples
            .iter()
            .any(|p| written.chars().flat_map(char::to_lowercase).eq(p.chars()))
    }

    fn is_surname(&self, k: usize) -> bool {
        self.with_key(k, |key| match self.matcher.surnames.get(key) {
            // In marked text, with the marks of one: `Than` is not `Thân`.
            Some(forms) => {
                use super::marks::{same_marks, syllables};
                let written = self.text(k);
                // (Decomposed: compared by syllable. No family name has two
                // places for its tone.)
                let decomposed = || written.bytes().any(|b| b == 0xCC || b == 0xCD);
                forms.iter().any(|f| same_marks(written, f))
                    || !self.accents.is_accented(self.toks[k].range.start)
                    || (decomposed() && forms.iter().any(|f| syllables(written) == syllables(f)))
            }
            None => false,
        })
    }

    /// Can token `k` extend a proper-name run of `len` tokens? Returns the next token.
    fn name_step(&self, k: usize, len: usize, after_admin: bool) -> Option<usize> {
        let tok = &self.toks[k];
        // A term over part of the token only (`TP` of `TP.HCM`) is no word of it.
        match self.cover(k).filter(|&t| self.last_tok[t] != usize::MAX) {
            Some(t) => {
                let (t0, cat) = self.term_starting(k)?;
                debug_assert_eq!(t, t0);
                let single = self.last_tok[t0] == k;
                // Inside a name a capitalised one-syllable term is part of it:
                // `Tứ Quận`, `Dân Chính Đảng`.
                // A capitalised counted unit or cue word may open a name
                // (`huyện Đồng Văn`: đồng is also the currency).
                let opens = single
                    && matches!(
                        cat,
                        Category::Unit
                            | Category::Relation
                            | Category::Target
                            | Category::Reference
                    );
                let honorific_syllable = self.place_honorific(k, len > 0);
                // (A body of a kind of people: `Chi bộ Sinh viên`, `Chi bộ
                // Học sinh`.)
                let people = len == 0 && cat == Category::People && !tok.all_caps;
                let ok = tok.cap
                    && (matches!(cat, Category::Other | Category::Ethnicity)
                        || opens
                        || people
                        || honorific_syllable
                        || (len > 0
                            && single
                            && !matches!(
                                cat,
                                Category::Role | Category::Speech | Category::Honorific
                            )));
                // `Sư phạm kỹ thuật`: a field in small letters after another;
                // `Bệnh viện Đa khoa Trung ương Cần Thơ`: the level after one.
                let after_field = len > 0
                    && self.field_before(k)
                    && (self.is_field(t0)
                        || (tok.cap && self.terms[t0].concept_id() == Some("org.trung_uong")));
                (ok || after_field).then_some(self.last_tok[t0] + 1)
            }
            None if tok.cap
                || (tok.digit
                    && tok.range.len() <= 2
                    && after_admin
                    && len == 0
                    && !self.counts_after(k, false)
                    && !self.unit_after(k)
                    && !self.number_goes_on(k)) =>
            {
                Some(k + 1)
            }
            None => None,
        }
    }

    /// Term `t` names a field of study or work (`Bách khoa`, `y tế`), from
    /// the lexicon's `fields.tsv`.
    fn is_field(&self, t: usize) -> bool {
        self.terms[t]
            .concept_id()
            .is_some_and(|id| id.starts_with("field."))
    }

    /// The token before `k` ends a field term.
    fn field_before(&self, k: usize) -> bool {
        k > 0 && self.cover(k - 1).is_some_and(|t| self.is_field(t))
    }

    /// A number that ends a place's name (`xã Quế Xuân 1`, after `len`
    /// syllables): one or two digits that no counted thing or time follows.
    fn number_of_place(&self, k: usize, len: usize, after_admin: bool) -> bool {
        // One digit, or two with a word after them: in a list (`thành phố
        // Bắc Giang 27, thị xã Việt Yên 25`) the number is the count.
        let worded = || self.toks.get(k + 1).is_some_and(|t| !t.digit) && self.space_before(k + 1);
        after_admin
            && len > 0
            && self.toks[k].digit
            && !self.number_goes_on(k)
            && (self.toks[k].range.len() == 1 || (self.toks[k].range.len() == 2 && worded()))
            && !self.counts_after(k, true)
    }

    /// A military unit or a firm named by its number (`Trung đoàn 736`,
    /// `Công ty 74`): the number at token `k` after the unit terms `units`,
    /// when no counted thing follows it.
    fn army_number(&self, k: usize, units: &[usize]) -> Option<Range<usize>> {
        let numbered = units.last().is_some_and(|&t| {
            let term = &self.terms[t];
            let id = term.concept_id().unwrap_or("");
            ARMY_UNITS.contains(&id)
                || (NUMBERED_FIRMS.contains(&id)
                    && self.input[term.span.clone()].starts_with(char::is_uppercase))
        });
        let tok = self.toks.get(k)?;
        // (`Trung đoàn 2 lần được tặng …`: a count of times; `Công ty 100%
        // vốn`: a share.)
        let times = || k + 1 < self.toks.len() && self.with_key(k + 1, |w| w == "lan");
        let share = || self.input[tok.range.end..].starts_with('%');
        (numbered
            && tok.digit
            && tok.range.len() <= 4
            && !self.number_goes_on(k)
            && !self.counts_after(k, true)
            && !times()
            && !share())
        .then_some(k..k + 1)
    }

    /// A military unit named by its kind and number (`Trung đoàn Bộ binh
    /// 896`, `Lữ đoàn Công binh 25`): a capitalised word and at most one
    /// more from token `k`, then an [`army_number`](Self::army_number).
    fn army_kind_number(&self, k: usize, units: &[usize]) -> Option<Range<usize>> {
        // (Most units are no army's: asked first.)
        let army = units
            .last()
            .is_some_and(|&t| ARMY_UNITS.contains(&self.terms[t].concept_id().unwrap_or("")));
        if !army || !self.toks.get(k)?.cap {
            return None;
        }
        (1..=2).find_map(|words| {
            let kind = (k..k + words)
                .all(|w| self.toks.get(w).is_some_and(|t| !t.digit) && self.space_before(w + 1));
            let n = self.army_number(k + words, units).filter(|_| kind)?;
            Some(k..n.end)
        })
    }

    /// The digits at token `k` are the first of a longer number (`2,3 tỷ
    /// đồng`), which names no unit.
    fn number_goes_on(&self, k: usize) -> bool {
        self.toks.get(k + 1).is_some_and(|t| t.digit) && matches!(self.gap_before(k + 1), "," | ".")
    }

    /// A counted thing in small letters right after the number at token `k`
    /// (`Đảng bộ huyện 64 trường hợp`), not a body's name (`tổ dân phố 5
    /// Đảng bộ phường …`).
    fn unit_after(&self, k: usize) -> bool {
        let next = k + 1;
        self.space_before(next)
            && self.toks.get(next).is_some_and(|t| !t.cap)
            && matches!(self.term_starting(next), Some((_, Category::Unit)))
    }

    /// Whether the number at token `k` counts something rather than names
    /// a place: people (`xã Tân Lập 2 đảng viên`, `12 đồng chí`), years or months (`làng 3
    /// năm liền`) follow it, or it opens a range (`làng 3-4 năm`); with
    /// `any_unit`, any counted thing.
    fn counts_after(&self, k: usize, any_unit: bool) -> bool {
        let next = k + 1;
        let counted = self.space_before(next)
            && match self.term_starting(next) {
                Some((_, Category::People)) => true,
                // (`Đảng bộ xã Liêm Tuyền 12 đồng chí`; not `… 1 Đồng chí …`.)
                Some((_, Category::Honorific)) => !self.toks[next].cap,
                Some((_, Category::Unit | Category::Organisation)) if any_unit => true,
                _ => self.with_key(next, |w| w == "nam" || w == "thang"),
            };
        // (`làng 3-4 năm`, `buôn 2 - 3 năm`.)
        let range = self.input[self.toks[k].range.end..]
            .trim_start_matches(' ')
            .strip_prefix(['-', '–'])
            .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        counted || range
    }

    /// Token `k` is a capitalised one-syllable honorific that is a syllable
    /// of a place, after another capital (`after_capital`: `Đông Anh`, `Hai
    /// Bà Trưng`) or before one (`Anh Sơn`, `Bà Rịa`).
    fn place_honorific(&self, k: usize, after_capital: bool) -> bool {
        matches!(self.term_starting(k), Some((t, Category::Honorific)) if self.last_tok[t] == k)
            && self.toks[k].cap
            && (after_capital
                || (self.space_before(k + 1) && self.toks.get(k + 1).is_some_and(|t| t.cap)))
    }

    /// The proper-name run starting at token `j`: (end token exclusive, last name token).
    /// `numbered`: after a zone's word (`Khu công nghiệp Mỹ Phước 3`), whose
    /// name may end with a number as a place's does.
    fn name_run(&self, j: usize, after_admin: bool, numbered: bool) -> Option<Range<usize>> {
        let n = self.toks.len();
        let (mut k, mut len, mut end, mut bridged) = (j, 0, j, false);
        // `Tổ dân phố số 7`: a unit numbered with `số`.
        if after_admin
            && j + 1 < n
            && !self.toks[j].cap
            && self.cover(j).is_none()
            && self.with_key(j, |w| w == "so")
            && self.space_before(j + 1)
            && self.toks[j + 1].digit
        {
            return Some(j..j + 2);
        }
        let mut dashed = false;
        while k < n {
            // `tỉnh Bà Rịa - Vũng Tàu`: two names of two syllables or more
            // joined by a dash, after a place word.
            let dash = after_admin
                && !dashed
                && len >= 2
                && matches!(self.gap_before(k), "-" | "–")
                && self.input[self.toks[k - 1].range.end..self.toks[k].range.start]
                    .starts_with(' ')
                && self.toks[k].cap
                && self.toks.get(k + 1).is_some_and(|t| t.cap)
                && self.space_before(k + 1);
            // `Trường ĐH Kinh tế - Luật`: fields joined by a dash.
            let dash = dash
                || (len > 0
                    && self.field_before(k)
                    && matches!(self.gap_before(k), "-" | "–")
                    && self.input[self.toks[k - 1].range.end..self.toks[k].range.start]
                        .starts_with(' ')
                    && self.toks[k].cap
                    && !self.toks[k].all_caps);
            // `Bệnh viện Sản - Nhi Ninh Bình`: two words of one syllable
            // joined by a dash, after an organisation.
            let dash = dash
                || (len == 1
                    && !after_admin
                    && matches!(self.gap_before(k), "-" | "–")
                    && self.input[self.toks[k - 1].range.end..self.toks[k].range.start]
                        .starts_with(' ')
                    && self.toks[k].cap
                    && !self.toks[k].all_caps);
            // `Sở GD&ĐT`, `Trường ĐH KHXH&NV`: abbreviations joined by `&`.
            let joined = len > 0
                && self.toks[k - 1].all_caps
                && self.toks[k].all_caps
                && self.gap_before(k) == "&";
            if len > 0 && !self.space_before(k) && !dash && !joined {
                break;
            }
            dashed |= dash;
            if self.number_of_place(k, len, after_admin || numbered) {
                end = k + 1;
                break;
            }
            if let Some(next) = self.name_step(k, len, after_admin) {
                if self.toks[k].digit && len > 0 {
                    break;
                }
                len += next - k;
                k = next;
                end = next;
                if self.toks[end - 1].digit {
                    break;
                }
                continue;
            }
            // One lower-case word may sit inside a name: `Tiểu học Phước Hòa A`,
            // `Bệnh viện Đa khoa Đồng Tháp` (`Đồng` is a term that may open a
            // name, as `đồng` the currency); or a line of business: `Cảng
            // dịch vụ Phú Mỹ`.
            let tok = &self.toks[k];
            let word_end = match self.cover(k) {
                None => Some(k + 1),
                Some(t) if self.is_field(t) && self.first_tok(t, k) == k => {
                    Some(self.last_tok[t] + 1)
                }
                Some(_) => None,
            };
            // (After a place word, a region: `khu vực miền Trung`.)
            let region = len == 0 && after_admin && self.with_key(k, |w| w == "mien");
            if let Some(after) = word_end.filter(|&after| {
                (len > 0 || region)
                    && !bridged
                    && !tok.cap
                    && !tok.digit
                    && after < n
                    && self.space_before(after)
                    && self.toks[after].cap
                    && !self.toks[after].all_caps
                    && (self.cover(after).is_none()
                        || self.name_step(after, 0, after_admin).is_some())
            }) {
                bridged = true;
                k = after;
                continue;
            }
            break;
        }
        (len > 0).then_some(j..end)
    }

    /// The first token of term `t`, which covers token `k`.
    fn first_tok(&self, t: usize, k: usize) -> usize {
        let mut first = k;
        while first > 0 && self.cover(first - 1) == Some(t) {
            first -= 1;
        }
        first
    }

    /// Does an office (`Bí thư`) end right before token `k`, with a space between?
    fn role_ends_before(&self, k: usize) -> bool {
        matches!(
            self.term_ending(k.wrapping_sub(1)),
            Some((_, Category::Role))
        ) && self.space_before(k)
    }

    /// Is token `k` a middle name (`Văn`, `Thị`)?
    fn middle_name(&self, k: usize) -> bool {
        k < self.toks.len() && self.with_key(k, |m| MIDDLE_NAMES.contains(&m))
    }

    /// Does a person's name start at token `k`, its second syllable no unit
    /// (`Đoàn Thị`, not `Đoàn Khối`)?
    fn person_named(&self, k: usize) -> bool {
        self.person_starts(k) && !self.term_starting(k + 1).is_some_and(|(_, c)| is_unit(c))
    }

    /// Does a person's name start at token `k`: a family name then another capitalised,
    /// untermed syllable.
    fn person_starts(&self, k: usize) -> bool {
        k + 1 < self.toks.len()
            && self.toks[k].cap
            && !self.toks[k].all_caps
            && (self.cover(k).is_none() || self.surname_term(k))
            && self.is_surname(k)
            && self.space_before(k + 1)
            && self.toks[k + 1].cap
            && !self.toks[k + 1].all_caps
            && (self.cover(k + 1).is_none() || self.name_term(k + 1))
    }

    /// Token `k` is covered by a term that a person's name may hold after
    /// its first syllable: any but an office or a reporting verb, written
    /// with every syllable capitalised (`Anh`, `Trường`, `Văn Phong`, `Quốc
    /// Hội`), and not a title of two words or more (`Đại Tá`).
    fn name_term(&self, k: usize) -> bool {
        let Some(t) = self.cover(k) else {
            return false;
        };
        let Some(cat) = self.terms[t].category() else {
            return false;
        };
        let first = self.first_tok(t, k);
        let last = self.last_tok[t];
        let single = first == last;
        last != usize::MAX
            && !matches!(cat, Category::Role | Category::Speech)
            && (single || cat != Category::Honorific)
            && self.slots[first..=last].iter().all(|s| s.cap)
    }

    /// Token `k` is a family name that is also a word of one syllable of
    /// the lexicon (`Đoàn`, `Đồng`), not an office or a title.
    fn surname_term(&self, k: usize) -> bool {
        matches!(self.term_starting(k), Some((t, cat))
            if self.last_tok[t] == k
                && !matches!(cat, Category::Role | Category::Speech | Category::Honorific))
    }

    /// Where a person's full name (three or four syllables: a shorter one
    /// would take `Hà A` out of `Phước Hà A`) ends the name run `run` after
    /// at least one syllable of a place (`Tân Yên | Vũ Minh Tuấn`).
    /// Two syllables are enough after the whole name of a province
    /// (`Tỉnh ủy An Giang Danh Út`).
    fn person_inside(&self, run: Range<usize>) -> Option<usize> {
        let province = |toks: Range<usize>| {
            let mut words = String::from(" ");
            for j in toks {
                self.with_key(j, |w| words.push_str(w));
                words.push(' ');
            }
            crate::lexicon::provinces().iter().any(|(p, _)| *p == words)
        };
        // (Not a second province: `Tỉnh ủy Lào Cai Hà Giang`.)
        [3, 4, 2].into_iter().find_map(|len| {
            let k = run.end.checked_sub(len)?;
            let starts = k > run.start && self.person_starts(k) && self.space_before(k);
            let two = || province(run.start..k) && !province(k..run.end);
            (starts && (len > 2 || two())).then_some(k)
        })
    }

    fn span(&self, toks: Range<usize>) -> Range<usize> {
        self.toks[toks.start].range.start..self.toks[toks.end - 1].range.end
    }
}

/// Find places, organisations and people. `abbrev_orgs` holds the organisation matches
/// of learned abbreviations; those that end up inside a name are folded into it.
pub(crate) fn find_names<'m>(
    matcher: &'m TermMatcher,
    input: &str,
    toks: &Tokens,
    accents: &AccentMap,
    terms: &[Match<'m>],
    abbrev_orgs: &mut Vec<Match<'m>>,
) -> Vec<Match<'m>> {
    let mut ctx = Ctx::new(matcher, input, toks, accents, terms);
    let mut out = chains(&mut ctx, abbrev_orgs);
    out.extend(people(&ctx));
    out
}

fn is_unit(cat: Category) -> bool {
    matches!(cat, Category::Organisation | Category::AdminUnit)
}

/// The first of `list` (sorted) from `i` on. `at` keeps the place of the last
/// answer: asked in increasing order, as the name finders ask, the next answer is
/// a step or two on (asked out of order, a binary search).
fn next_in(list: &[usize], i: usize, at: &mut usize) -> Option<usize> {
    if list[..*at].last().is_some_and(|&s| s >= i) {
        *at = list.partition_point(|&s| s < i);
    }
    while list.get(*at).is_some_and(|&s| s < i) {
        *at += 1;
    }
    list.get(*at).copied()
}

/// [`Ctx::next_unit_start`] by a walk over the slots: its reference.
#[cfg(test)]
fn next_unit_start(slots: &[Slot], i: usize) -> Option<usize> {
    let d = slots[i..]
        .iter()
        .position(|s| s.starts.is_some_and(is_unit))?;
    Some(i + d)
}

fn chains<'m>(ctx: &mut Ctx<'_, 'm>, abbrev_orgs: &mut Vec<Match<'m>>) -> Vec<Match<'m>> {
    let n = ctx.toks.len();
    let mut out = Vec::new();
    // The unit terms of the chain at hand.
    let mut units = Vec::new();
    // A person's name found right after a chain that an office opens.
    let mut person_at = None;
    // Where the last unit start stood in `ctx.unit_starts`.
    let mut unit_at = 0;
    let mut i = 0;
    while i < n {
        // A chain starts with a term: skip the syllables no term covers.
        // (Walking to the next token where a unit term starts is what stepping over
        // the other terms would do.)
        match ctx.next_unit_start(i, &mut unit_at) {
            Some(at) => i = at,
            None => break,
        }
        let Some((first, cat)) = ctx.term_starting(i) else {
            break;
        };
        let first_text = &ctx.input[ctx.terms[first].span.clone()];
        // (A lower-case letter, mostly the first or second, answers soonest.)
        let shouting =
            !first_text.chars().any(char::is_lowercase) && first_text.contains(char::is_whitespace);
        units.clear();
        units.push(first);
        let mut last_unit_cat = cat;
        let mut j = ctx.last_tok[first] + 1;
        // `Phó Bí thư Huyện ủy Đoàn Thị Mỹ Linh`: after an office, a family name
        // that is also a unit (`Đoàn`) starts the person's name.
        let role_first = ctx.role_ends_before(i) || person_at == Some(i);
        while ctx.space_before(j) {
            match ctx.term_starting(j) {
                // (After a bare place word, which wants its name, only with
                // a middle name: `UBND xã Đoàn Tùng`, `Đảng ủy xã Đoàn Văn
                // Hùng`.)
                Some((t, c))
                    if role_first
                        && is_unit(c)
                        && (last_unit_cat != Category::AdminUnit || ctx.middle_name(j + 1))
                        && ctx.last_tok[t] == j
                        && ctx.person_named(j) =>
                {
                    person_at = Some(j);
                    break;
                }
                Some((t, c)) if is_unit(c) => {
                    units.push(t);
                    last_unit_cat = c;
                    j = ctx.last_tok[t] + 1;
                }
                _ => break,
            }
        }
        let after_admin = last_unit_cat == Category::AdminUnit;
        let zone = units
            .last()
            .is_some_and(|&t| ctx.terms[t].concept_id().is_some_and(ends_with_a_number));
        let run = if shouting || !ctx.space_before(j) {
            None
        } else {
            ctx.army_kind_number(j, &units)
                .or_else(|| ctx.name_run(j, after_admin, zone))
                .or_else(|| ctx.army_number(j, &units))
        };
        // A byline such as `Bài, ảnh: Đoàn Thư` is a person, not the Youth Union `Đoàn`;
        // so is `đồng chí Đoàn Văn Việt`; and `Trường` after a family name is a given
        // name (`Nguyễn Trường Sơn`), not a school.
        let single = units.len() == 1 && ctx.last_tok[first] == i;
        let after_honorific = ctx.space_before(i)
            && matches!(
                ctx.term_ending(i.wrapping_sub(1)),
                Some((_, Category::Honorific))
            );
        let after_surname = i > 0
            && ctx.space_before(i)
            && ctx.toks[i - 1].cap
            && !ctx.toks[i - 1].all_caps
            && ctx.cover(i - 1).is_none()
            && ctx.is_surname(i - 1);
        let person = single
            && (((!ctx.space_before(i) || after_honorific) && ctx.is_surname(i))
                || after_surname
                || person_at == Some(i)
                || (ctx.role_ends_before(i) && ctx.person_named(i)));
        // `chi bộ bản Thái`, `các thôn Mông`: a people after a village word
        // names a kind of village, not one.
        let village = units.last().is_some_and(|&t| {
            matches!(
                ctx.terms[t].concept_id(),
                Some(
                    "admin.thon"
                        | "admin.ban"
                        | "admin.ap"
                        | "admin.buon"
                        | "admin.bon"
                        | "admin.plei"
                        | "admin.soc"
                        | "admin.lang"
                        | "admin.xom"
                )
            )
        });
        let people = village && run.as_ref().is_some_and(|r| ctx.is_people(r.clone()));
        let run = if person || people { None } else { run };
        let Some(run) = run else {
            i = j.max(i + 1);
            continue;
        };
        // A one-syllable "name" followed by a lower-case word is the start of a common
        // noun phrase (`Sở Văn hóa`, `Đảng bộ Biên phòng`, `ấp Văn hóa`), not a proper
        // name; but a place's name may have one syllable (`thành phố Vinh có`, `làng
        // Kênh`).
        let next = run.end;
        // (After a place's committee too: `Thành ủy Vinh`.)
        let committee = units.last().is_some_and(|&t| {
            matches!(
                ctx.terms[t].concept_id(),
                Some(
                    "org.huyen_uy" | "org.tinh_uy" | "org.thanh_uy" | "org.thi_uy" | "org.quan_uy"
                )
            )
        });
        // (Not a word of a heading: `Ban Thường vụ Tỉnh ủy Về việc …`.)
        let function_word = || {
            ctx.with_key(run.start, |w| {
                STOP_WORDS.iter().any(|s| normalize::folds_to(s, w))
                    || ["viec", "cong", "ket", "tai", "theo"].contains(&w)
            })
        };
        let one_syllable_place = (after_admin || (committee && !function_word()))
            && !ctx.with_key(run.start, |w| TITLE_STARTS.contains(&w));
        if run.len() == 1
            && !one_syllable_place
            && !ctx.toks[run.start].digit
            && !ctx.toks[run.start].all_caps
            && ctx.space_before(next)
            && !ctx.toks[next].cap
            && ctx.cover(next).is_none()
        {
            i = j;
            continue;
        }
        // `Chi bộ Hoàng A Phà`, `Phó Chủ tịch UBND tỉnh Đỗ Minh Tuấn`: a person after
        // an organisation, or after any unit when a role comes first.
        let after_role = ctx.role_ends_before(i);
        // `Trưởng Ban Xây dựng Đảng Đảng ủy phường Huỳnh Minh Trí cho biết`: an
        // office shortly before, a reporting verb right after: the name is a
        // person's, though wards are named after people too.
        // (Not an office after its holder's name and a comma: `Ông Nguyễn Văn
        // An, Trưởng Ban … Đảng ủy phường Trần Hưng Đạo cho biết`.)
        let office_first = |k: usize| {
            let Some((t, Category::Role)) = ctx.term_ending(k) else {
                return false;
            };
            let first = ctx.first_tok(t, k);
            if first == 0 || ctx.gap_before(first) != "," {
                return true;
            }
            // (The name before the comma: capitalised syllables no term
            // covers, a family name first, not a place's after its word.)
            let mut r = first - 1;
            while r > 0 && ctx.space_before(r) && ctx.toks[r - 1].cap && ctx.cover(r - 1).is_none()
            {
                r -= 1;
            }
            let holder = ctx.toks[first - 1].cap
                && (2..=4).contains(&(first - r))
                && ctx.is_surname(r)
                && !matches!(
                    ctx.term_ending(r.wrapping_sub(1)),
                    Some((_, Category::AdminUnit | Category::Organisation))
                );
            !holder
        };
        let spoken = || {
            ctx.space_before(run.end)
                && matches!(ctx.term_starting(run.end), Some((_, Category::Speech)))
                && (i.saturating_sub(6)..i).any(|k| ctx.role_ends_before(k + 1) && office_first(k))
        };
        // `Bí thư Huyện ủy Tân Yên Vũ Minh Tuấn`, `… Lâm Hà Nguyễn Văn Sơn`
        // (`Lâm` is a family name too): after a role, the run may be a place
        // and then the person.
        // (`Bí thư Chi bộ Trường THPT Châu Văn Liêm`: a school's kind in
        // capitals is no name; the person's name after it is the school's.)
        let school = units.last().is_some_and(|&t| {
            ctx.terms[t]
                .concept_id()
                .is_some_and(|id| id.starts_with("org.truong"))
        });
        let school_kind = school && ctx.toks[run.start].all_caps;
        // (Or the kind in capitals ending the school's term: `Trường THPT`.)
        let kind_in_term = school
            && units
                .last()
                .is_some_and(|&t| ctx.toks[ctx.last_tok[t]].all_caps);
        // (`Phó Trưởng ban Tổ chức Tỉnh ủy Cà Mau Nguyễn Văn An`: the office
        // may end with its board's name, `Tổ chức`, in capitals.)
        let office_before = || {
            (i.saturating_sub(3)..i).any(|k| {
                ctx.role_ends_before(k)
                    && ctx.toks[k].cap
                    && (k..i).all(|j| !ctx.toks[j].digit && ctx.cover(j).is_none())
                    && (k + 1..=i).all(|j| ctx.space_before(j))
            })
        };
        // (`Bí thư Chi bộ nghề cá xã Tam Thanh Nguyễn Văn Chín`: an office
        // a few words back whose phrase runs on through this place.)
        let office_reaching = || {
            let mut k = i;
            for _ in 0..8 {
                if k == 0 || !ctx.space_before(k) {
                    return false;
                }
                k -= 1;
                if let Some((_, Category::Role)) = ctx.term_starting(k) {
                    return role_phrase(ctx, k, false).end >= ctx.toks[i].range.end;
                }
            }
            false
        };
        let inside = (after_role || office_before() || office_reaching())
            .then(|| ctx.person_inside(run.clone()))
            .flatten()
            .filter(|&k| !school_kind || k > run.start + 1)
            .filter(|&k| !kind_in_term || k > run.start);
        // (A name that ends with one capital letter is a place's: `Huyện ủy
        // Châu Thành A`, though `Châu` is a family name.)
        let lettered = || {
            let last = &ctx.input[ctx.toks[run.end - 1].range.clone()];
            last.len() == 1 && last.bytes().all(|b| b.is_ascii_uppercase())
        };
        // (`Trường Đại học Phạm Văn Đồng`: right after a school, with no
        // role before, a person's name is the school's.)
        if inside.is_none()
            && (!after_admin || after_role || spoken())
            && (!school || (after_role && !kind_in_term))
            && run.len() >= 3
            && ctx.person_starts(run.start)
            && !lettered()
        {
            // (A person's name starts no chain: `Đoàn` in `Đoàn Thị Mỹ Linh`.)
            i = run.end.max(j);
            continue;
        }
        let run = match inside {
            Some(k) => run.start..k,
            None => run,
        };
        let mut end = run.end;
        let mut run = run;
        if ctx.space_before(end) {
            if let Some((t, Category::AdminUnit)) = ctx.term_starting(end) {
                let after = ctx.last_tok[t] + 1;
                let named = ctx.space_before(after) && after < n && ctx.toks[after].cap;
                // (A name of fields only is completed by its place: `Bệnh
                // viện Đa khoa tỉnh Nam Định`, `Trường Chính trị tỉnh Ninh
                // Bình`.)
                let fields_only = || {
                    run.clone()
                        .all(|k| ctx.cover(k).is_some_and(|t| ctx.is_field(t)))
                };
                if !named {
                    end = after;
                } else if fields_only() {
                    if let Some(place) = ctx.name_run(after, true, false) {
                        run = run.start..place.end;
                        end = place.end;
                    }
                }
            }
        }
        // The first unit is aligned with the tokens: it starts with token `i`.
        let start_tok = i;
        let name = ctx.span(run.clone());
        // The canonical forms of the units, joined by spaces. (Sized at once:
        // a form written in the case of the text keeps about its length.)
        let room = (units.iter())
            .filter_map(|&t| ctx.terms[t].concept)
            .map(|c| c.canonical.len() + 1)
            .sum();
        let mut unit = String::with_capacity(room);
        let concepts = units
            .iter()
            .filter_map(|&t| Some((ctx.terms[t].concept?, t)));
        for (n, (concept, t)) in concepts.enumerate() {
            if n > 0 {
                unit.push(' ');
            }
            let written = &ctx.input[ctx.terms[t].span.clone()];
            push_cased_like(&mut unit, &concept.canonical, written);
        }
        let mut expansion = None;
        abbrev_orgs.retain(|a| {
            let inside = a.span.start >= name.start && a.span.end <= name.end;
            if inside {
                expansion = a.expansion.clone();
            }
            !inside
        });
        for slot in &mut ctx.slots[run.clone()] {
            slot.used = true;
        }
        out.push(Match {
            kind: if cat == Category::Organisation {
                MatchKind::Organisation
            } else {
                MatchKind::Place
            },
            span: ctx.span(start_tok..end),
            folded: 0..0,
            concept: ctx.terms[first].concept,
            unit: Some(unit),
            name: Some(name),
            role: None,
            learned: expansion.is_some(),
            expansion,
        });
        i = end;
    }
    out
}

/// [`Ctx::next_capital`] by a walk over the slots: its reference.
#[cfg(test)]
fn next_capital(slots: &[Slot], i: usize) -> Option<usize> {
    let d = slots[i..].iter().position(|s| s.cap)?;
    Some(i + d)
}

fn people<'m>(ctx: &Ctx<'_, 'm>) -> Vec<Match<'m>> {
    let n = ctx.toks.len();
    let mut out = Vec::new();
    // Where the last capital stood in `ctx.capitals`.
    let mut capital_at = 0;
    let mut i = 0;
    while i < n {
        // A name starts with a capital: skip the lower-case syllables, most of them.
        match ctx.next_capital(i, &mut capital_at) {
            Some(at) => i = at,
            None => break,
        }
        // A term a name may hold (`Anh`, `Trường`, `Văn Phong`) after its
        // first syllable, which may be a family name that is a term too
        // (`Đoàn`, `Đồng`).
        let name_tok = |k: usize, first: bool| {
            let s = &ctx.slots[k];
            s.cap
                && !s.all_caps
                && !s.used
                && (ctx.cover(k).is_none()
                    || (first && ctx.surname_term(k) && ctx.is_surname(k))
                    || (!first && ctx.name_term(k)))
        };
        if !name_tok(i, true) {
            i += 1;
            continue;
        }
        // The end of the run of name syllables from its first at `k`.
        let run_end = |k: usize| {
            let mut e = k + 1;
            while e < n && ctx.space_before(e) && name_tok(e, false) {
                e += 1;
            }
            e
        };
        let a = i;
        let b = run_end(a);
        i = b;
        let len = b - a;
        // One syllable only for a name of the highlands written with an
        // apostrophe (`K'Brơi`), and then only after an honorific (below).
        let apostrophe = len == 1 && ctx.text(a).contains(['\'', '’']);
        if !(2..=5).contains(&len) && !apostrophe {
            continue;
        }
        // `các đồng chí: Đặng Quốc Khánh, …` lists names after a colon; a one-word
        // honorific before a colon is something else (`Bài, ảnh: …` typed as `anh:`).
        let honorific = match ctx.term_ending(a.wrapping_sub(1)) {
            Some((t, Category::Honorific)) => match ctx.gap_before(a) {
                "" => true,
                ":" => ctx.terms[t].span.len() > ctx.toks[a - 1].range.len(),
                _ => false,
            },
            _ => false,
        };
        // Without an honorific only a family name makes a person, and not
        // a people's name (`đảng viên La Hủ`).
        if !honorific && (apostrophe || !ctx.is_surname(a) || ctx.is_people(a..b)) {
            // `Theo Võ Hoài Phong, …`, `Em Lê Minh Anh`: a capital word that is
            // no family name (opening the sentence, most often) leaves the
            // name to start after it.
            // (`Thèn Văn Lợi`: a family name unknown to us, before a middle name.)
            if len >= 3 && !ctx.is_surname(a) && !ctx.with_key(a + 1, |m| MIDDLE_NAMES.contains(&m))
            {
                i = a + 1;
            }
            continue;
        }
        // `quần chúng Lê Thị Trang`, or with one adjective between: `Đảng viên trẻ Lý A Lạc`.
        let people_term = |k: usize| match ctx.term_ending(k) {
            Some((t, Category::People)) if ctx.space_before(k + 1) => {
                Some(ctx.terms[t].span.clone())
            }
            _ => None,
        };
        let people_before = people_term(a.wrapping_sub(1)).or_else(|| {
            let adj = a.checked_sub(1)?;
            (ctx.cover(adj).is_none() && !ctx.toks[adj].cap).then_some(())?;
            people_term(adj.checked_sub(1)?)
        });
        let strong =
            || (3..=4).contains(&len) && ctx.with_key(a + 1, |m| MIDDLE_NAMES.contains(&m));
        // (`Trần Quốc Việt, 39 tuổi, Bí thư Chi bộ`: past the age.)
        let aged = b + 2 < n
            && ctx.gap_before(b) == ","
            && ctx.toks[b].digit
            && ctx.with_key(b + 1, |w| w == "tuoi")
            && ctx.gap_before(b + 2) == ",";
        let role_at = if aged { b + 2 } else { b };
        let role_after = match ctx.term_starting(role_at) {
            Some((_, Category::Role))
                if matches!(ctx.gap_before(role_at), "-" | "–" | "—" | ",") =>
            {
                Some(role_phrase(ctx, role_at, true))
            }
            _ => None,
        };
        let role_before = if ctx.space_before(a) {
            role_ending_before(ctx, a)
        } else {
            None
        };
        // `Bí thư Huyện ủy Lâm Hà, đồng chí Nguyễn Văn Sơn`: the role, a comma,
        // then the honorific and the name.
        let role_before = role_before.or_else(|| {
            let (t, Category::Honorific) = ctx.term_ending(a.checked_sub(1)?)? else {
                return None;
            };
            let h = ctx.first_tok(t, a - 1);
            // (`Chủ nhiệm Ủy ban Kiểm tra là đồng chí Nguyễn Thị Ngọc Trâm`.)
            let is = h > 0
                && ctx.space_before(h)
                && ctx.space_before(h - 1)
                && ctx.with_key(h - 1, |w| w == "la");
            match ctx.gap_before(h) {
                "," => role_ending_before(ctx, h),
                // (The office opening its clause: not `Người thay thế Chủ
                // tịch UBND xã là đồng chí …`.)
                _ if is => role_ending_before(ctx, h - 1).filter(|r| {
                    let head = ctx.input[..r.start].trim_end_matches(' ');
                    head.is_empty() || head.ends_with(['.', ',', ';', ':', '\n', '('])
                }),
                _ => None,
            }
        });
        // `Lương Đình Tuấn giữ chức Phó Bí thư`: a family name, then an office
        // it is given.
        let linked = || {
            ctx.is_surname(a)
                && (linked_role(ctx, b).is_some() || role_past_descriptors(ctx, b).is_some())
        };
        let is_person = honorific
            || role_after.is_some()
            || role_before.is_some()
            || people_before.is_some()
            || strong()
            || linked();
        if !is_person {
            continue;
        }
        let name = ctx.span(a..b);
        // `ông Nguyễn Đình Thạch là ĐV`: a role or people term after `là`.
        let role_is = || {
            (ctx.space_before(b) && ctx.with_key(b, |w| w == "la") && ctx.space_before(b + 1))
                .then_some(())?;
            match ctx.term_starting(b + 1)? {
                (_, Category::Role) => Some(role_phrase(ctx, b + 1, true)),
                (t, Category::People) => Some(ctx.terms[t].span.clone()),
                _ => None,
            }
        };
        // `các đồng chí Nông Thị Thu Hà và Lương Đình Tuấn giữ chức Phó Bí
        // thư`: two names joined by `và` share the office given after both.
        // (`Các đồng chí A, B và C được bầu giữ chức …`: all three.)
        let shared = || {
            let mut e = b;
            for _ in 0..6 {
                let c = if ctx.gap_before(e) == "," {
                    e
                } else if ctx.space_before(e)
                    && ctx.with_key(e, |w| w == "va")
                    && ctx.space_before(e + 1)
                {
                    e + 1
                } else {
                    return None;
                };
                let first = c < n && name_tok(c, true) && ctx.is_surname(c);
                first.then_some(())?;
                let d = run_end(c);
                (2..=5).contains(&(d - c)).then_some(())?;
                if let Some(role) = linked_role(ctx, d) {
                    return Some(role);
                }
                e = d;
            }
            None
        };
        // (The office's own words name no one: `Pờ Xí Lò, Trưởng bản Hà Xi`.)
        if let Some(r) = &role_after {
            while i < n && ctx.toks[i].range.start < r.end {
                i += 1;
            }
        }
        // `A được chỉ định làm Bí thư, đồng chí B làm Phó Bí thư`: an office
        // before the name that is the last person's gives way to one after.
        let theirs = role_before.as_ref().is_some_and(|r| {
            out.last()
                .and_then(|p: &Match<'_>| p.role.as_ref())
                .is_some_and(|o| o.start < r.end && r.start < o.end)
        });
        let role_before = match theirs {
            true => linked_role(ctx, b).or(role_before),
            false => role_before,
        };
        let role = role_after
            .or(role_before)
            .or(people_before)
            .or_else(role_is)
            .or_else(|| linked_role(ctx, b))
            .or_else(shared)
            .or_else(|| role_past_descriptors(ctx, b));
        let mut span = match &role {
            Some(r) => name.start.min(r.start)..name.end.max(r.end),
            None => name.clone(),
        };
        // `Lê Văn Cường (Bí thư Chi bộ)`: the bracket closes in the span too.
        let opened = role
            .as_ref()
            .is_some_and(|r| ctx.input[name.end..r.start.max(name.end)].contains('('));
        if opened && ctx.input[span.end..].starts_with(')') {
            span.end += 1;
        }
        out.push(Match {
            kind: MatchKind::Person,
            span,
            folded: 0..0,
            concept: None,
            unit: None,
            name: Some(name),
            role,
            expansion: None,
            learned: false,
        });
    }
    out
}

/// Words that may join a name to the role after it, in small letters, after
/// a comma, a dash or a bracket if any: `(Bí thư Chi bộ thôn 2)`, `được bầu
/// làm Bí thư`, `, tái đắc cử Bí thư`, `, nguyên Bí thư Huyện ủy` (a former
/// office keeps its `nguyên`). Compared with their marks: `Nguyễn` is no
/// `nguyên`.
const ROLE_LINKS: &[&str] = &[
    "",
    "làm",
    "được bầu làm",
    "được bầu giữ chức",
    "được bầu",
    "được chỉ định làm",
    "được chỉ định giữ chức",
    "được chỉ định",
    "được bổ nhiệm làm",
    "được bổ nhiệm giữ chức",
    "được bổ nhiệm",
    "được phân công làm",
    "được phân công giữ chức",
    "giữ chức",
    "hiện là",
    "tái đắc cử",
    "tái cử",
    "đắc cử",
    "trúng cử",
    "nguyên",
];

/// A role term a few tokens after the name ending before token `b`, joined
/// to it by one of [`ROLE_LINKS`].
fn linked_role(ctx: &Ctx<'_, '_>, b: usize) -> Option<Range<usize>> {
    let name_end = ctx.toks.get(b.checked_sub(1)?)?.range.end;
    (b..ctx.toks.len()).take(9).find_map(|r| {
        let (_, Category::Role) = ctx.term_starting(r)? else {
            return None;
        };
        let mut gap = ctx.input[name_end..ctx.toks[r].range.start].trim_start();
        // `Lò Thị Mai, 31 tuổi, làm Bí thư`: past the age.
        if let Some(rest) = gap.strip_prefix(',').map(str::trim_start) {
            let age = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            let past = age.trim_start().strip_prefix("tuổi");
            if age.len() < rest.len() {
                if let Some(after) = past.and_then(|p| p.trim_start().strip_prefix(',')) {
                    gap = after;
                }
            }
        }
        // `Hoàng Thị Mai (bìa trái) - Phó Bí thư`, `(SN 1975),`: a short
        // bracket after the name (a photo caption, a birth year) is skipped.
        if let Some(inner) = gap.strip_prefix('(') {
            if let Some(close) = inner.find(')') {
                if inner[..close].split_whitespace().count() <= 6 {
                    gap = &inner[close + 1..];
                }
            }
        }
        let gap = gap
            .trim_start_matches([',', '-', '–', '(', ' '])
            .to_lowercase();
        let link = gap.split_whitespace().collect::<Vec<_>>().join(" ");
        // (`tiếp tục được bầu giữ chức`, `vừa được bầu làm`: an adverb first.)
        let link = ["tiếp tục ", "vừa ", "đã ", "lại "]
            .iter()
            .find_map(|a| link.strip_prefix(a))
            .map_or(link.clone(), str::to_string);
        // Typed without marks (`duoc bau lam`), any link but `nguyen`, which
        // is as much `Nguyễn`.
        let unmarked = |l: &&str| link.is_ascii() && link != "nguyen" && fold_key(l) == link;
        // `được điều động, bổ nhiệm giữ chức`: steps of the appointment first.
        let steps = link.starts_with("được ")
            && (link.ends_with(" giữ chức") || link.ends_with(" làm"))
            && link.split(' ').count() <= 8;
        if !ROLE_LINKS.contains(&link.as_str()) && !ROLE_LINKS.iter().any(unmarked) && !steps {
            return None;
        }
        let role = role_phrase(ctx, r, true);
        // A former office starts at its `nguyên`.
        let start = match link == "nguyên" {
            true => ctx.toks[r - 1].range.start,
            false => role.start,
        };
        Some(start..role.end)
    })
}

/// The office given after a name past one or two short descriptors, each
/// set off by a comma or a bracket: an age, a birth year, a people, a trade
/// (`Phạm Đức Long, kỹ sư vỏ tàu, Phó Quản đốc …`, `Trần Văn Khởi, 35 tuổi,
/// đảng viên Chi bộ thôn 3, là Giám đốc …`). A descriptor opens with a small
/// letter or a digit, not with a word of time, place or link (`trước đây`,
/// `ở`, `và`), and holds no office, no honorific and no person's name, so
/// that it names no one else; an office whose own holder is named right
/// after it is that person's.
fn role_past_descriptors(ctx: &Ctx<'_, '_>, b: usize) -> Option<Range<usize>> {
    const MAX_WORDS: usize = 8;
    const OPENERS: &[&str] = &[
        "và", "ở", "tại", "hôm", "trước", "sau", "khi", "năm", "theo", "thì", "rồi", "còn", "cũng",
        "đã", "đang", "sẽ", "nay",
    ];
    let n = ctx.toks.len();
    let mut k = b;
    for skipped in 0..3 {
        if k >= n || !matches!(ctx.gap_before(k), "," | "(" | "),") {
            return None;
        }
        if skipped > 0 {
            let is = ctx.with_key(k, |w| w == "la") && ctx.space_before(k + 1);
            let r = if is { k + 1 } else { k };
            if let Some((_, Category::Role)) = ctx.term_starting(r) {
                let role = role_phrase(ctx, r, true);
                let next = ctx.toks.partition_point(|t| t.range.start < role.end);
                let owned = next < n && ctx.space_before(next) && ctx.person_starts(next);
                return (!owned).then_some(role);
            }
        }
        // (Not a time, a place or a link: `trước đây`, `ở thôn 2`, `và`.)
        if skipped == 2 || ctx.toks[k].cap || written_in(ctx, k, OPENERS) {
            return None;
        }
        let mut e = k;
        while e < n && (e == k || ctx.space_before(e)) {
            if e - k >= MAX_WORDS
                || matches!(
                    ctx.term_starting(e),
                    Some((_, Category::Role | Category::Honorific))
                )
                || (e > k && ctx.toks[e].cap && ctx.person_starts(e))
            {
                return None;
            }
            e += 1;
        }
        k = e;
    }
    None
}

/// The role written from the role term at token `s` onwards.
fn role_phrase(ctx: &Ctx<'_, '_>, s: usize, after_name: bool) -> Range<usize> {
    const MAX_TOKENS: usize = 24;
    let n = ctx.toks.len();
    let Some((t, _)) = ctx.term_starting(s) else {
        return ctx.span(s..s + 1);
    };
    let mut end = ctx.last_tok[t];
    let mut k = end + 1;
    // `Pờ Xí Lò, Trưởng bản Hà Xi`: after the name it belongs to, an
    // office that ends with a place word (a hamlet's head) is followed by
    // the place's name (of two syllables), not by a person's; before a name
    // (`Trưởng thôn Ka Hiền cho biết`) by the person's.
    let mut role_end = end;
    let ends_in_place = |role_end: usize| {
        if !after_name {
            return false;
        }
        let name_syllable = |j: usize| j < n && ctx.toks[j].cap && ctx.space_before(j);
        let two = name_syllable(role_end + 1)
            && name_syllable(role_end + 2)
            && !name_syllable(role_end + 3);
        two && ctx.with_key(role_end, |w| ctx.matcher.place_words.contains(w))
    };
    // The role's last term was a place word with no name after it (`Chủ
    // tịch HĐND tỉnh`): a small word that is no term ends it (`ghi nhận`).
    let mut after_place = false;
    // Whether the term before was a bare place word (`xã`).
    let mut last_admin = false;
    while k < n && k - s < MAX_TOKENS {
        if ctx.space_before(k) {
            if let Some((t2, cat)) = ctx.term_starting(k) {
                // (A party committee is a whole name too: `Tỉnh ủy`, `Đảng ủy`.)
                let committee =
                    cat == Category::Organisation && ctx.with_key(ctx.last_tok[t2], |w| w == "uy");
                let after_admin = std::mem::replace(&mut last_admin, cat == Category::AdminUnit);
                after_place = cat == Category::AdminUnit || committee;
                // An event ends it (`Bí thư Huyện ủy trao huy hiệu …`); so
                // does an honorific but a place's syllable (`Huyện ủy Anh
                // Sơn`, `Đông Anh`).
                let place_syllable = ctx.place_honorific(k, ctx.toks[k - 1].cap);
                // (A capitalised one is a name's: `Trung tâm Bồi dưỡng chính trị`.)
                let event = cat == Category::Event && !ctx.toks[k].cap;
                // (So does a deed that opens with a verb of giving: `trao tặng quà`.)
                let giving = cat == Category::Other && written_in(ctx, k, STOP_VERBS);
                // (So does a family name that is a unit too: `Huyện ủy Đoàn Thị
                // Mỹ Linh`; not after a bare place word: `UBND xã Đoàn Tùng`.)
                let person = cat == Category::Organisation
                    && (!after_admin || ctx.middle_name(k + 1))
                    && ctx.last_tok[t2] == k
                    && ctx.person_named(k);
                if cat == Category::Speech
                    || event
                    || giving
                    || person
                    || (cat == Category::Honorific && !place_syllable)
                {
                    break;
                }
                end = ctx.last_tok[t2];
                if cat == Category::Role {
                    role_end = end;
                }
                k = end + 1;
                continue;
            }
            // (`kiêm` joins a second office: `Bí thư Đoàn xã kiêm Bí thư Chi bộ`.)
            // (`Đảng ủy các cơ quan Đảng tỉnh` is one committee's name.)
            // (`khu dân cư số 2`: a place numbered with `số`.)
            let numbered =
                || written_in(ctx, k, &["số"]) && ctx.space_before(k + 1) && ctx.toks[k + 1].digit;
            let small_after_place = after_place
                && !ctx.toks[k].cap
                && !ctx.toks[k].digit
                && !written_in(ctx, k, &["kiêm", "các"])
                && !numbered();
            // (`và` inside a department's name: `Sở Giáo dục và Đào tạo`,
            // before a capitalised word that is no term and no person's.)
            let joins_name = || {
                let next = k + 1;
                written_in(ctx, k, &["và"])
                    && next < n
                    && ctx.space_before(next)
                    && ctx.toks[next].cap
                    && !ctx.toks[next].all_caps
                    && match ctx.term_starting(next) {
                        None => ctx.cover(next).is_none(),
                        Some((_, cat)) => cat == Category::Other,
                    }
                    && !ctx.person_starts(next)
            };
            if ctx.cover(k).is_some()
                || small_after_place
                || (!ctx.toks[k].cap && stop_word(ctx, k) && !joins_name())
                || (written_in(ctx, k, STOP_VERBS) && !noun_after(ctx, k))
                || (ctx.person_starts(k)
                    && !ctx.slots[k].used
                    && !(k == role_end + 1 && ends_in_place(role_end)))
            {
                break;
            }
            after_place = false;
            end = k;
            k += 1;
        } else if ctx.gap_before(k) == ","
            && matches!(ctx.term_starting(k), Some((_, Category::Role)))
        {
            let (t2, _) = ctx.term_starting(k).unwrap_or((0, Category::Role));
            end = ctx.last_tok[t2];
            role_end = end;
            k = end + 1;
        } else {
            break;
        }
    }
    ctx.span(s..end + 1)
}

/// A role written right before the name at token `a` (`Bí thư Chi bộ Hoàng A Phà`).
fn role_ending_before(ctx: &Ctx<'_, '_>, a: usize) -> Option<Range<usize>> {
    const MAX_BACK: usize = 12;
    let mut k = a.checked_sub(1)?;
    for _ in 0..MAX_BACK {
        if let Some((_, Category::Role)) = ctx.term_starting(k) {
            let role = role_phrase(ctx, k, false);
            // The role must run right up to the name.
            return (role.end == ctx.toks[a - 1].range.end).then_some(role);
        }
        if !ctx.space_before(k) {
            return None;
        }
        k -= 1;
    }
    None
}

/// Appends `canonical` with its first letter in the case of `written`'s first letter, so
/// a unit reads as written (`Đảng bộ huyện`, `Ban Thường vụ Huyện ủy`) in canonical
/// spelling.
fn push_cased_like(out: &mut String, canonical: &str, written: &str) {
    let upper = written.chars().next().is_some_and(char::is_uppercase);
    let mut chars = canonical.chars();
    match chars.next() {
        Some(first) if upper => out.extend(first.to_uppercase()),
        Some(first) => out.extend(first.to_lowercase()),
        None => {}
    }
    out.push_str(chars.as_str());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer one `char` at a time, asking the general predicates: the reference
    /// the table-driven one must agree with.
    fn reference_tokenize(input: &str) -> Vec<Token> {
        let bytes = input.as_bytes();
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (word, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = input[i..].chars().next().unwrap_or(' ');
                (is_word_char(c), c.len_utf8())
            };
            let inner_joiner = !word
                && start.is_some()
                && (b == b'.' || b == b'\'' || input[i..].starts_with('’'))
                && input[i + len..]
                    .chars()
                    .next()
                    .is_some_and(normalize::is_letter);
            if word || inner_joiner {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(reference_token(input, s..i));
            }
            i += len;
        }
        if let Some(s) = start {
            out.push(reference_token(input, s..input.len()));
        }
        out
    }

    fn reference_token(input: &str, range: Range<usize>) -> Token {
        let text = &input[range.clone()];
        let first = text.chars().next().unwrap_or(' ');
        let cap = normalize::is_upper(first);
        let all_caps = cap && {
            let mut letters = text.chars().filter(|&c| normalize::is_letter(c));
            letters.next();
            letters.next().is_some_and(|c| !normalize::is_lower(c))
                && !text.chars().any(normalize::is_lower)
        };
        Token {
            cap,
            all_caps,
            digit: first.is_ascii_digit(),
            marked: !text.is_ascii(),
            range,
        }
    }

    /// Words and marked words per line of `split_inclusive('\n')`, counted from the
    /// tokens: the reference for the tokenizer's own counts.
    fn reference_lines(input: &str, toks: &[Token]) -> Vec<(usize, LineCounts)> {
        let mut out = Vec::new();
        let mut t = 0;
        let mut start = 0;
        for line in input.split_inclusive('\n') {
            let end = start + line.len();
            let mut counts = LineCounts::default();
            while let Some(tok) = toks.get(t).filter(|tok| tok.range.start < end) {
                if !tok.digit {
                    counts.words += 1;
                    counts.marked += usize::from(tok.marked);
                }
                t += 1;
            }
            out.push((end, counts));
            start = end;
        }
        out
    }

    fn key(t: &Token) -> (Range<usize>, bool, bool, bool, bool) {
        (t.range.clone(), t.cap, t.all_caps, t.digit, t.marked)
    }

    fn agrees(input: &str) {
        let fast = tokenize(input);
        let want = reference_tokenize(input);
        let got: Vec<_> = fast.iter().map(key).collect();
        let want: Vec<_> = want.iter().map(key).collect();
        assert_eq!(got, want, "{input:?}");
        // The per-line counts, the text after the last line break included.
        let mut lines = fast.lines.clone();
        let last_end = lines.last().map_or(0, |&(end, _)| end);
        if last_end < input.len() {
            lines.push((input.len(), fast.last_line));
        } else {
            assert_eq!(fast.last_line, LineCounts::default(), "{input:?}");
        }
        assert_eq!(lines, reference_lines(input, &fast), "{input:?}");
        let all_caps: Vec<usize> = (0..want.len()).filter(|&t| want[t].2).collect();
        assert_eq!(fast.all_caps, all_caps, "{input:?}");
    }

    #[test]
    fn tokenize_into_the_lists_of_another_text_is_the_same() {
        let mut spare = None;
        let texts = crate::seed_articles();
        for text in texts
            .iter()
            .chain(["", "ĐẢNG ủy\nT.Ư"].map(String::from).iter())
        {
            let reused = tokenize_reusing(text, spare.take());
            let fresh = tokenize(text);
            let keys = |t: &Tokens| t.iter().map(key).collect::<Vec<_>>();
            assert_eq!(keys(&reused), keys(&fresh));
            assert_eq!(reused.lines, fresh.lines);
            assert_eq!(reused.last_line, fresh.last_line);
            assert_eq!(reused.all_caps, fresh.all_caps);
            assert_eq!(reused.capitals, fresh.capitals);
            let capitals: Vec<usize> = (0..fresh.len()).filter(|&k| fresh[k].cap).collect();
            assert_eq!(fresh.capitals, capitals);
            spare = Some(reused);
        }
    }

    #[test]
    fn tokenize_agrees_with_the_reference_on_the_corpus() {
        for text in crate::seed_articles() {
            agrees(&text);
            // The same text decomposed, in capitals and without marks.
            let nfd: String =
                unicode_normalization::UnicodeNormalization::nfd(text.as_str()).collect();
            agrees(&nfd);
            agrees(&text.to_uppercase());
            agrees(&crate::normalize::fold(&text).into_string());
        }
    }

    #[test]
    fn tokenize_agrees_with_the_reference_on_tricky_text() {
        for s in [
            "",
            " ",
            "\n",
            "a",
            "a\n",
            "\na",
            "Đ",
            "ĐẢNG ủy",
            "UBND tỉnh",
            "T.Ư và H'Mông, H’Mông",
            "a.1 a. b .a a..b a.'b x’",
            "’a a’ 'a a'",
            "Ngày 12.3 và 1.5 triệu",
            "\u{301}a \u{301} a\u{301}b A\u{302}\u{301}N",
            "Ô\u{301}NG Ông ÔNg Ôn",
            "Zürich ΑΘΗΝΑ αθηνα Москва МОСКВА 北京 日本語",
            "Ⓐⓑ ⅰⅱ ⅠⅡ Ǆǅǆ ß ẞ ǈ",
            "ª º ʰ \u{345} A\u{345}B",
            "١٢٣ ४५ x²³ ½",
            "a\u{200b}b a\u{ad}b a\u{a0}b a\u{2028}b a\u{85}b",
            "emoji 😀a 😀 a😀",
            "\r\n\r\nA.\r\nB",
            "dong chi Pham Thi Phuc - Bi thu",
            "\u{1e9e}\u{1e9f}\u{1ea0}\u{1ef9}\u{1efa}\u{1eff}",
            "ϒ0 a’Ẁ",
        ] {
            agrees(s);
        }
    }

    #[test]
    fn ascii_whitespace_is_char_whitespace() {
        for b in 0u8..128 {
            assert_eq!(is_ascii_whitespace(b), char::from(b).is_whitespace(), "{b}");
        }
    }

    /// `space_between`'s first-byte shortcut answers what testing every character does.
    #[test]
    fn space_between_agrees_with_testing_every_character() {
        let plain = |gap: &str| {
            !gap.is_empty()
                && gap
                    .chars()
                    .all(|c| c.is_whitespace() && c != '\n' && c != '\r')
        };
        let tok = |range: Range<usize>| Token {
            range,
            cap: false,
            all_caps: false,
            digit: false,
            marked: false,
        };
        let mut gaps: Vec<String> = (0u8..128).map(|b| char::from(b).to_string()).collect();
        for gap in [
            "", "  ", " \t", "\t,", " ,", "\u{a0}", "\u{a0} ", "\u{85}", "\u{2028}", "\u{3000}",
            "\u{200b}", "\u{1c}", "\x0b\x0c", " \n", "\r\n", "’ ", " – ", "\u{301}",
        ] {
            gaps.push(gap.to_string());
        }
        for gap in &gaps {
            let input = format!("a{gap}b");
            let (a, b) = (tok(0..1), tok(input.len() - 1..input.len()));
            assert_eq!(space_between(&input, &a, &b), plain(gap), "{gap:?}");
        }
        for text in crate::seed_articles() {
            let toks = tokenize(&text);
            for pair in toks.windows(2) {
                let gap = &text[pair[0].range.end..pair[1].range.start];
                assert_eq!(
                    space_between(&text, &pair[0], &pair[1]),
                    plain(gap),
                    "{gap:?}"
                );
            }
        }
    }

    /// What `Ctx` answered before it kept one slot per token: token → covering term,
    /// term → its first and last token when aligned with tokens.
    struct OldCover {
        cover: Vec<usize>,
        first_tok: Vec<usize>,
        last_tok: Vec<usize>,
    }

    impl OldCover {
        fn new(toks: &[Token], terms: &[Match<'_>]) -> Self {
            let mut cover = vec![0; toks.len()];
            let mut first_tok = vec![usize::MAX; terms.len()];
            let mut last_tok = vec![usize::MAX; terms.len()];
            for (ti, term) in terms.iter().enumerate() {
                let a = toks.partition_point(|t| t.range.end <= term.span.start);
                let mut b = a;
                while b < toks.len() && toks[b].range.start < term.span.end {
                    cover[b] = ti + 1;
                    b += 1;
                }
                if a < b
                    && toks[a].range.start == term.span.start
                    && toks[b - 1].range.end == term.span.end
                {
                    first_tok[ti] = a;
                    last_tok[ti] = b - 1;
                }
            }
            OldCover {
                cover,
                first_tok,
                last_tok,
            }
        }

        fn cover(&self, k: usize) -> Option<usize> {
            self.cover.get(k)?.checked_sub(1)
        }

        fn term_at(
            &self,
            terms: &[Match<'_>],
            k: usize,
            ends: &[usize],
        ) -> Option<(usize, Category)> {
            let t = self.cover(k)?;
            (ends[t] == k).then_some(())?;
            Some((t, terms[t].category()?))
        }
    }

    /// The slots answer what the arrays per token and per term answered, on the terms
    /// the matcher finds in real and altered text.
    #[test]
    fn slots_agree_with_the_arrays_they_replace() {
        let matcher = TermMatcher::shared();
        let mut texts = Vec::new();
        for text in crate::seed_articles() {
            texts.push(text.to_uppercase());
            texts.push(crate::normalize::fold(&text).into_string());
            texts.push(text);
        }
        texts.extend(
            [
                "",
                "a",
                "Đảng bộ huyện Lâm Hà",
                "ÔNG Nguyễn Văn A, Bí thư Chi bộ",
            ]
            .map(String::from),
        );
        for text in &texts {
            let toks = tokenize(text);
            let terms = matcher.find_terms_only(text);
            let accents = AccentMap::new(text, &toks);
            let ctx = Ctx::new(matcher, text, &toks, &accents, &terms);
            let old = OldCover::new(&toks, &terms);
            for k in 0..toks.len() + 2 {
                assert_eq!(ctx.cover(k), old.cover(k), "{k} in {text:?}");
                let starting = old.term_at(&terms, k, &old.first_tok);
                assert_eq!(ctx.term_starting(k), starting, "{k} in {text:?}");
                let ending = old.term_at(&terms, k, &old.last_tok);
                assert_eq!(ctx.term_ending(k), ending, "{k} in {text:?}");
                if let Some((t, _)) = starting {
                    assert_eq!(ctx.last_tok[t], old.last_tok[t], "{k} in {text:?}");
                }
            }
            // In order, as `chains` asks, and out of order.
            let mut at = 0;
            let ks = (0..=toks.len()).chain((0..=toks.len()).rev().step_by(3));
            for k in ks {
                let want = next_unit_start(&ctx.slots, k);
                assert_eq!(ctx.next_unit_start(k, &mut at), want, "{k} in {text:?}");
            }
            let mut at = 0;
            let ks = (0..=toks.len()).chain((0..=toks.len()).rev().step_by(3));
            for k in ks {
                let want = next_capital(&ctx.slots, k);
                assert_eq!(ctx.next_capital(k, &mut at), want, "{k} in {text:?}");
            }
        }
    }

    /// The tables answer what the general predicates answer, for every character.
    #[test]
    fn class_tables_agree_with_the_predicates() {
        let classes = Classes::get();
        let mut utf8 = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut utf8);
            assert_eq!(classes.at(s, 0), (class_of(c), c.len_utf8()), "{c:?}");
        }
        assert_eq!(classes.at("a", 1), (0, 1));
    }

    proptest::proptest! {
        #[test]
        fn tokenize_agrees_with_the_reference_on_any_text(
            s in "([A-Za-z0-9đĐ\u{1e80}-\u{1eff}]{1,4}|[.'’ \n\u{300}-\u{36f}]|\\PC){0,16}"
        ) {
            agrees(&s);
        }
    }
}
