//! The folded matching key: no diacritics, `đ` → `d`, lower case.
//!
//! Folding runs on every document the matcher sees, so it is one pass over
//! the bytes with a fast path for the two cases that make up nearly all of
//! Vietnamese text: a plain ASCII byte and a precomposed Vietnamese letter,
//! each followed by something that is not a combining mark. Everything else
//! (NFD marks, invisible characters, other scripts) takes the careful path.
//!
//! The fast path is one loop (`fold_run`) that looks at each byte once: a
//! lead-byte table says whether a unit is plain ASCII, a letter or neither,
//! and the unit after it, read next anyway, says whether it folds on its
//! own. It writes into a small chunk on the stack and hands the builder
//! 128 folded bytes at a time, so the hot loop keeps everything in
//! registers and makes no call.
//!
//! The map back is one `(start, end)` pair per folded byte (see
//! [`OffsetMap`]): a lookup is an index, and building it is a store per byte.

use std::ops::Range;

use super::chars::{fold_table, is_combining, letter, special, Special};
use super::offsets::{OffsetMap, PieceBuilder, Rewriter};
use super::{marks_end, next_char, special_text};

/// A folded key (no diacritics, `đ` → `d`, lower case) and the map back to
/// the input it was folded from.
#[derive(Clone, Debug)]
pub struct Folded {
    text: String,
    map: OffsetMap,
}

impl Folded {
    /// The folded text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The offset map from the folded text to the input.
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// Maps a byte span of [`text`](Self::text) to the span of the input it came from.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        self.map.to_original(range)
    }

    /// The folded text, dropping the map.
    pub fn into_string(self) -> String {
        self.text
    }
}

/// Folds `input` into its matching key, keeping a map back to it.
///
/// Diacritics go (of every Latin letter, not only Vietnamese ones), `đ`
/// becomes `d`, letters become lower case; spaces, line breaks and invisible
/// characters are treated as by [`Normalizer::normalize`](super::Normalizer::normalize).
/// Every spelling of a word folds to the same key:
///
/// ```
/// use tintuc::normalize::fold;
///
/// for s in ["Uỷ", "ủy", "ỦY", "u\u{309}y"] {
///     assert_eq!(fold(s).text(), "uy");
/// }
/// let input = "Đảng viên";
/// let f = fold(input);
/// assert_eq!(f.text(), "dang vien");
/// assert_eq!(&input[f.to_original(0..4)], "Đảng");
/// ```
pub fn fold(input: &str) -> Folded {
    fold_reusing(input, None)
}

/// [`fold`], writing into the buffers of an earlier fold (`spare`) if given.
pub(crate) fn fold_reusing(input: &str, spare: Option<Folded>) -> Folded {
    // The per-byte map stores u32 offsets; a text beyond 4 GiB keeps an edit list.
    if input.len() < u32::MAX as usize {
        let (out, pieces) = spare.map_or_else(Default::default, |f| {
            (f.text.into_bytes(), f.map.into_pieces())
        });
        let mut sink = PieceBuilder::reusing(input.len(), out, pieces);
        fold_pieces(input, &mut sink);
        let (text, map) = sink.finish();
        Folded { text, map }
    } else {
        let mut sink = Rewriter::new(input);
        fold_with(input, &mut sink);
        let (text, map) = sink.finish();
        Folded {
            text: text.into_owned(),
            map,
        }
    }
}

/// Where [`fold_with`] writes: the folded text and its map.
pub(crate) trait FoldSink {
    /// Input byte `at`, plain ASCII, stands as `folded` (its lower case).
    fn byte(&mut self, at: usize, folded: u8);
    /// `with` stands for `input[range]` (empty when it was dropped).
    fn put(&mut self, range: Range<usize>, with: &str);
    /// The one-byte ASCII letter `folded` stands for the letter `input[range]`.
    fn letter(&mut self, range: Range<usize>, folded: u8);
}

impl FoldSink for Rewriter<'_> {
    fn byte(&mut self, at: usize, folded: u8) {
        if self.input().as_bytes()[at] != folded {
            let one = [folded];
            self.replace(at..at + 1, std::str::from_utf8(&one).unwrap_or(""));
        }
    }

    fn put(&mut self, range: Range<usize>, with: &str) {
        self.replace_if_changed(range, with);
    }

    fn letter(&mut self, range: Range<usize>, folded: u8) {
        let one = [folded];
        self.put(range, std::str::from_utf8(&one).unwrap_or(""));
    }
}

impl FoldSink for PieceBuilder {
    #[inline]
    fn byte(&mut self, at: usize, folded: u8) {
        self.push(folded, at..at + 1);
    }

    fn put(&mut self, range: Range<usize>, with: &str) {
        for &b in with.as_bytes() {
            self.push(b, range.clone());
        }
    }

    #[inline]
    fn letter(&mut self, range: Range<usize>, folded: u8) {
        self.push(folded, range);
    }
}

/// Printable ASCII or a line feed: folds to itself in lower case.
#[inline]
const fn is_plain(b: u8) -> bool {
    matches!(b, 0x20..=0x7E | b'\n')
}

/// True when the byte after a letter cannot start a combining mark or an
/// invisible character (which would belong to the letter): plain ASCII, a
/// Latin letter of U+00C0..U+02FF, or a Vietnamese letter of U+1EA0..U+1EFF.
#[inline]
fn plain_after(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        None => true,
        Some(&b) if b < 0x80 => (0x20..0x7F).contains(&b) || b == b'\n' || b == b'\r',
        Some(0xC3..=0xCB) => true,
        Some(0xE1) => matches!(bytes.get(i + 1), Some(0xBA | 0xBB)),
        Some(_) => false,
    }
}

/// The folding loop for any sink: one unit at a time.
pub(crate) fn fold_with<S: FoldSink>(input: &str, sink: &mut S) {
    let mut scratch = String::new();
    let mut i = 0;
    while i < input.len() {
        i = fold_step(input, i, sink, &mut scratch);
    }
}

/// Folds the unit at `i` (a byte, a letter, or a character with the marks
/// after it) and returns where the next one starts.
///
/// A plain ASCII byte or a precomposed Vietnamese letter followed by
/// something that cannot be a combining mark or an invisible character
/// folds on its own; anything else takes the careful way.
fn fold_step<S: FoldSink>(input: &str, i: usize, sink: &mut S, scratch: &mut String) -> usize {
    let bytes = input.as_bytes();
    let b = bytes[i];
    if is_plain(b) && plain_after(bytes, i + 1) {
        sink.byte(i, b.to_ascii_lowercase());
        return i + 1;
    }
    if let Some((folded, len)) = fold_table().get(&bytes[i..]) {
        if plain_after(bytes, i + len) {
            sink.letter(i..i + len, folded);
            return i + len;
        }
    }
    fold_unit(input, i, sink, scratch)
}

/// The lower case of every byte [`is_plain`], 0 for every other byte.
const PLAIN_LOWER: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        if is_plain(b as u8) {
            t[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The first bytes that [`plain_after`] accepts on their own (0xE1 needs
/// a look at the byte after it).
const SAFE_NEXT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b, 0x20..=0x7E | 0x0A | 0x0D | 0xC3..=0xCB);
        b += 1;
    }
    t
};

/// How many bytes the fast loop writes before it hands them to the builder.
const CHUNK: usize = 128;

/// Where the fast loop writes: the folded bytes and the original span of
/// each, and one more slot for the unit after them (see [`fold_run`]).
struct Chunk {
    text: [u8; CHUNK + 1],
    pieces: [[u32; 2]; CHUNK + 1],
}

/// [`fold_with`] for the per-byte map, with a fast loop for the units that
/// make up nearly all of Vietnamese text.
fn fold_pieces(input: &str, sink: &mut PieceBuilder) {
    let bytes = input.as_bytes();
    let mut chunk = Chunk {
        text: [0; CHUNK + 1],
        pieces: [[0; 2]; CHUNK + 1],
    };
    let mut scratch = String::new();
    let mut i = 0;
    while i < bytes.len() {
        // The fast loop writes pieces one to one, so it starts where nothing
        // was dropped.
        if sink.continues_at(i) {
            i = fold_run(bytes, i, sink, &mut chunk);
        }
        if i < bytes.len() {
            i = fold_step(input, i, sink, &mut scratch);
        }
    }
}

/// True when a unit followed by `b0 b1` folds on its own: [`plain_after`]
/// for a unit that is not at the end.
#[inline(always)]
fn safe_next(b0: u8, b1: u8) -> bool {
    SAFE_NEXT[b0 as usize] || b0 == 0xE1 && b1 & 0xFE == 0xBA
}

/// Folds from `i` on, while each unit is a plain ASCII byte or a
/// precomposed Vietnamese letter, followed by a byte that [`plain_after`]
/// accepts: the units [`fold_step`] folds on their own. Returns where it
/// stopped: at a unit it leaves to [`fold_step`], or a few bytes before
/// the end.
///
/// Each byte is looked at once: what follows a unit is the next unit, so
/// reading it both decides that the unit folds on its own and finds the
/// next one.
///
/// The unit waiting for that answer is written ahead in the chunk's next
/// slot, its folded byte and start as soon as they are read, its end once
/// the next unit is read: the loop carries only where the unit ends from
/// one unit to the next, no value moves from register to register.
#[inline(never)]
fn fold_run(bytes: &[u8], i: usize, sink: &mut PieceBuilder, chunk: &mut Chunk) -> usize {
    let table = fold_table();
    // Units are read 3 bytes at a time (a letter is up to 3 bytes long).
    let Some(last) = bytes.len().checked_sub(3) else {
        return i;
    };
    if i > last {
        return i;
    }
    // The unit at `i`, not written yet: its folded byte and its end.
    let (folded, mut j) = match PLAIN_LOWER[bytes[i] as usize] {
        0 => match table.get(&bytes[i..]) {
            Some((folded, len)) => (folded, i + len),
            None => return i,
        },
        lower => (lower, i + 1),
    };
    // `fold` keeps inputs of 4 GiB and more off the per-byte map.
    chunk.text[0] = folded;
    chunk.pieces[0][0] = i as u32;
    loop {
        // Units `..k` fold on their own; unit `k` (slot `k`), ending at
        // `j`, waits for what follows it.
        let mut k = 0;
        let stop = loop {
            if k == CHUNK {
                break None;
            }
            if j > last {
                break Some(chunk.pieces[k][0] as usize);
            }
            chunk.pieces[k][1] = j as u32;
            let b0 = bytes[j];
            let lower = PLAIN_LOWER[b0 as usize];
            if lower != 0 {
                k += 1;
                chunk.text[k] = lower;
                chunk.pieces[k][0] = j as u32;
                j += 1;
                continue;
            }
            let b1 = bytes[j + 1];
            if let Some((next, len)) = table.get(&[b0, b1, bytes[j + 2]]) {
                k += 1;
                chunk.text[k] = next;
                chunk.pieces[k][0] = j as u32;
                j += len;
                continue;
            }
            if safe_next(b0, b1) {
                k += 1;
                break Some(j);
            }
            break Some(chunk.pieces[k][0] as usize);
        };
        let start = chunk.pieces[0][0] as usize;
        let end = chunk.pieces[..k].last().map_or(start, |p| p[1] as usize);
        sink.push_chunk(
            &chunk.text[..k],
            &chunk.pieces[..k],
            letters(&bytes[start..end]),
        );
        if let Some(i) = stop {
            return i;
        }
        // The waiting unit opens the next chunk.
        chunk.text[0] = chunk.text[CHUNK];
        chunk.pieces[0][0] = chunk.pieces[CHUNK][0];
    }
}

/// The letters among `units`, bytes that make up plain bytes and letters:
/// the bytes that start a UTF-8 sequence. (A letter's piece changes length,
/// which the map counts as moved.)
fn letters(units: &[u8]) -> usize {
    // Counted 255 bytes at a time in a `u8`, which the compiler vectorizes well.
    units
        .chunks(255)
        .map(|c| c.iter().fold(0u8, |n, &b| n + u8::from(b >= 0xC0)) as usize)
        .sum()
}

/// Folds the character at `i` with the combining marks after it, the
/// careful way; returns where the next one starts.
fn fold_unit<S: FoldSink>(input: &str, i: usize, sink: &mut S, scratch: &mut String) -> usize {
    let bytes = input.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        if b.is_ascii_alphabetic() {
            // A letter with combining marks after it (NFD) folds as one unit,
            // so that spans keep the marks with their letter.
            let end = marks_end(input, i + 1);
            let one = [b.to_ascii_lowercase()];
            sink.put(i..end, std::str::from_utf8(&one).unwrap_or(""));
            return end;
        }
        if b == b'\r' {
            let with = if bytes.get(i + 1) == Some(&b'\n') {
                ""
            } else {
                "\n"
            };
            sink.put(i..i + 1, with);
        } else if let Some(s) = special(b as char) {
            sink.put(i..i + 1, special_text(s));
        } else {
            sink.byte(i, b.to_ascii_lowercase());
        }
        return i + 1;
    }
    let c = next_char(input, i);
    let len = c.len_utf8();
    if let Some(s) = special(c) {
        sink.put(i..i + len, special_text(s));
        return i + len;
    }
    let end = marks_end(input, i + len);
    scratch.clear();
    if let Some(l) = letter(c) {
        scratch.push(l.folded() as char);
    } else if !is_combining(c) {
        unicode_normalization::char::decompose_canonical(c, |d| {
            scratch.extend(d.to_lowercase().filter(|l| !is_combining(*l)));
        });
    }
    sink.put(i..end, scratch);
    end
}

/// Appends the folded key of `s` to `out`, without a map and without
/// allocating (beyond `out` growing): for comparing short strings such as
/// tokens on the hot path.
///
/// ```
/// let mut key = String::new();
/// tintuc::normalize::fold_into(&mut key, "Quyết ĐỊNH");
/// assert_eq!(key, "quyet dinh");
/// ```
pub fn fold_into(out: &mut String, s: &str) {
    fold_chars(s, |c| {
        out.push(c);
        true
    });
}

/// The folded words of `s` (letters and digits), one space between them and
/// one around them, so that a phrase is found with its word boundaries:
/// ` an giang `.
pub(crate) fn fold_words(s: &str) -> String {
    // Written in one pass, into one string: the rules ask this of many short
    // stretches around each figure.
    let mut w = WordsOut {
        out: String::with_capacity(s.len() + 2),
        gap: false,
    };
    w.out.push(' ');
    // ASCII and the precomposed letters (all of them letters) by the table,
    // with no decoding; any other character the general way. (Each
    // character folds on its own: [`fold_chars`] reads no context.)
    let (table, bytes) = (fold_table(), s.as_bytes());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                w.word_char(char::from(b.to_ascii_lowercase()));
            } else {
                w.other();
            }
            i += 1;
        } else if let Some((folded, len)) = table.get(&bytes[i..]) {
            w.word_char(char::from(folded));
            i += len;
        } else {
            let len = s[i..].chars().next().map_or(1, char::len_utf8);
            fold_chars(&s[i..i + len], |c| {
                if c.is_alphanumeric() {
                    w.word_char(c);
                } else {
                    w.other();
                }
                true
            });
            i += len;
        }
    }
    w.out.push(' ');
    w.out
}

/// What [`fold_words`] writes, and whether a word was written and something
/// not a letter or digit followed it.
struct WordsOut {
    out: String,
    gap: bool,
}

impl WordsOut {
    /// A folded letter or digit.
    #[inline(always)]
    fn word_char(&mut self, c: char) {
        if self.gap {
            self.out.push(' ');
            self.gap = false;
        }
        self.out.push(c);
    }

    /// Anything else: a gap, once a word was written.
    #[inline(always)]
    fn other(&mut self) {
        self.gap = self.out.len() > 1;
    }
}

/// Feeds the folded characters of `s` to `f` one by one, until `f` says stop.
// (Inlined, and `f` with it: it is called for each character.)
#[inline]
pub(crate) fn fold_chars(s: &str, mut f: impl FnMut(char) -> bool) {
    // ASCII and the precomposed letters by the table, with no decoding.
    let (table, bytes) = (fold_table(), s.as_bytes());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (go_on, len) = if b.is_ascii() {
            (f(char::from(b.to_ascii_lowercase())), 1)
        } else if let Some((folded, len)) = table.get(&bytes[i..]) {
            (f(char::from(folded)), len)
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            (fold_other(c, &mut f), c.len_utf8())
        };
        if !go_on {
            return;
        }
        i += len;
    }
}

/// [`fold_chars`] for a character outside ASCII that the table does not
/// hold. (Not inlined: it keeps `f` to few calls, which inline.)
#[inline(never)]
fn fold_other(c: char, f: &mut impl FnMut(char) -> bool) -> bool {
    if let Some(l) = letter(c) {
        f(l.folded() as char)
    } else if is_combining(c) {
        true
    } else if let Some(sp) = special(c) {
        match sp {
            Special::Remove => true,
            Special::Newline => f('\n'),
            Special::Space => f(' '),
        }
    } else {
        let mut go_on = true;
        unicode_normalization::char::decompose_canonical(c, |d| {
            for l in d.to_lowercase().filter(|l| !is_combining(*l)) {
                go_on = go_on && f(l);
            }
        });
        go_on
    }
}

/// True when the folded key of `s` is `key` (which must be folded already).
/// Compares as it folds: no allocation.
///
/// ```
/// assert!(tintuc::normalize::folds_to("Ngày", "ngay"));
/// assert!(!tintuc::normalize::folds_to("Ngà", "ngay"));
/// ```
// (Inlined: the first byte turns most words away, with no call.)
#[inline]
pub fn folds_to(s: &str, key: &str) -> bool {
    // The rules ask this of many words: most differ from the key in their
    // first letter, and most are plain ASCII, which folds to its lower case;
    // most others of that first letter in their last (`trong`, `toan`).
    !ascii_first_differs(s, key) && !ascii_last_differs(s, key) && folds_to_after_first(s, key)
}

/// Whether `word` opens with an ASCII byte whose lower case is not the
/// first byte of `lower`: the quick no of [`folds_to`] and of the rules'
/// case-blind compares (a word's fold and lower case agree on ASCII).
#[inline]
pub(crate) fn ascii_first_differs(word: &str, lower: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && lower.as_bytes().first() != Some(&b.to_ascii_lowercase()))
}

/// Whether `word` ends with an ASCII byte whose lower case is not the last
/// byte of `lower`: the quick no of the rules' case-blind compares for a
/// word of the same first letter (an ASCII character's lower case is one
/// character, which the lower case of the word ends with).
#[inline]
pub(crate) fn ascii_last_differs(word: &str, lower: &str) -> bool {
    word.as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii() && lower.as_bytes().last() != Some(&b.to_ascii_lowercase()))
}

/// [`folds_to`] for a word that its first byte did not turn away.
#[inline(never)]
fn folds_to_after_first(s: &str, key: &str) -> bool {
    // (Plain ASCII goes the letters' way too: one pass, not a check for
    // ASCII and then a compare. A first byte in ASCII was compared already.)
    let first = usize::from(s.as_bytes().first().is_some_and(u8::is_ascii));
    if let Some(same) = letters_fold_to(s.as_bytes(), key.as_bytes(), first) {
        return same;
    }
    let mut want = key.chars();
    let mut same = true;
    fold_chars(s, |c| {
        same = want.next() == Some(c);
        same
    });
    same && want.next().is_none()
}

/// [`folds_to`] for the words of Vietnamese text: ASCII and precomposed
/// letters, each folded to one byte by the table, without decoding. `None`
/// at any other character (then folded the general way), unless the word
/// already differs before it.
///
/// The first `from` bytes of `s` are ASCII and known to fold to those of `key`.
fn letters_fold_to(s: &[u8], key: &[u8], from: usize) -> Option<bool> {
    let table = fold_table();
    let (mut i, mut k) = (from, from);
    while let Some(&b) = s.get(i) {
        let (folded, len) = if b.is_ascii() {
            (b.to_ascii_lowercase(), 1)
        } else {
            table.get(&s[i..])?
        };
        // (The key's bytes so far are ASCII, as what they matched: `k`
        // counts its characters too.)
        if key.get(k) != Some(&folded) {
            return Some(false);
        }
        (i, k) = (i + len, k + 1);
    }
    Some(k == key.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`folds_to`] with its shortcuts answers as comparing the fold does.
    #[test]
    fn folds_to_is_comparing_the_fold() {
        let words = [
            "", "a", "A", "ngay", "Ngày", "NGÀY", "Ngà", "ngay ", "đảng", "Đảng", "dang",
            "x\u{301}",
        ];
        let keys = ["", "a", "ngay", "nga", "dang", "x", "ngayy", "Ngay"];
        for w in words {
            for k in keys {
                let mut f = String::new();
                fold_into(&mut f, w);
                assert_eq!(folds_to(w, k), f == k, "{w:?} {k:?}");
            }
        }
    }

    /// [`folds_to`], which reads the letters of Vietnamese words by the
    /// table, answers as comparing the fold does for the words of the seed
    /// articles (and their neighbours' keys, and keys of other scripts).
    #[test]
    fn folds_to_by_the_table_is_comparing_the_fold() {
        let texts = crate::seed_articles();
        let mut words: Vec<&str> = texts.iter().flat_map(|t| t.split_whitespace()).collect();
        words.extend([
            "Ho\u{300}a",
            "hòa\u{301}",
            "ǅemal",
            "İi",
            "ΣΊΣ",
            "ß",
            "ﬁ",
            "A\u{200B}b",
        ]);
        words.sort_unstable();
        words.dedup();
        let fold = |w: &str| {
            let mut f = String::new();
            fold_into(&mut f, w);
            f
        };
        let mut keys: Vec<String> = words.iter().step_by(17).map(|w| fold(w)).collect();
        keys.extend(["σίσ", "ii", "ss", "fi", "hoa", "ab", "a\u{301}"].map(String::from));
        // (The rules' keys: words of their first letter end otherwise.)
        keys.extend(
            [
                "toan", "nam", "nay", "dang", "bo", "tinh", "quoc", "ca", "nuoc", "uy",
            ]
            .map(String::from),
        );
        for (n, w) in words.iter().enumerate() {
            let f = fold(w);
            assert!(folds_to(w, &f), "{w:?}");
            for k in keys.iter().skip(n % 7).step_by(7) {
                assert_eq!(folds_to(w, k), &f == k, "{w:?} {k:?}");
            }
        }
    }

    /// The one-pass [`fold_words`] writes what folding, splitting and
    /// joining write.
    #[test]
    fn fold_words_is_split_and_joined() {
        let reference = |s: &str| {
            let mut f = String::new();
            fold_into(&mut f, s);
            let words: Vec<&str> = f
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            format!(" {} ", words.join(" "))
        };
        let texts = crate::seed_lines_with(&[
            "",
            " ",
            "  ,. ",
            "An Giang",
            " (Đảng) bộ, 65,8%! ",
            "日本 語",
        ]);
        for t in &texts {
            assert_eq!(fold_words(t), reference(t), "{t:?}");
        }
    }

    /// [`fold_chars`] as it was, decoding each character: the reference for
    /// the table's path, stopping anywhere too.
    fn fold_chars_decoding(s: &str, mut f: impl FnMut(char) -> bool) {
        for c in s.chars() {
            let go_on = if c.is_ascii() {
                f(c.to_ascii_lowercase())
            } else {
                fold_other(c, &mut f)
            };
            if !go_on {
                return;
            }
        }
    }

    #[test]
    fn fold_chars_by_the_table_is_by_decoding() {
        let mut texts = crate::seed_lines_with(&[
            "",
            "Ho\u{300}a ĐẢNG\u{301} ǅemal ΣΊΣ ß ﬁ İi 日本 語 Ǿ ǻ ậ",
            "A\u{200B}b\u{A0}c x\u{2029}y\u{FEFF} \u{301}ạ, (1,5%) – “Tỉnh”\r\n\t\u{1}",
        ]);
        texts.extend((0x80..0x2100).filter_map(char::from_u32).map(String::from));
        for t in &texts {
            for stop in [1, 3, usize::MAX] {
                let (mut got, mut want) = (String::new(), String::new());
                fold_chars(t, |c| {
                    got.push(c);
                    got.chars().count() < stop
                });
                fold_chars_decoding(t, |c| {
                    want.push(c);
                    want.chars().count() < stop
                });
                assert_eq!(got, want, "{t:?} {stop}");
            }
        }
    }

    /// `fold_words` as it was, folding every character with [`fold_chars`]:
    /// the table's path must write the same.
    #[test]
    fn fold_words_by_the_table_is_by_the_chars() {
        let by_chars = |s: &str| {
            let mut out = String::from(" ");
            let mut gap = false;
            fold_chars(s, |c| {
                if c.is_alphanumeric() {
                    if gap {
                        out.push(' ');
                        gap = false;
                    }
                    out.push(c);
                } else {
                    gap = out.len() > 1;
                }
                true
            });
            out.push(' ');
            out
        };
        let texts = crate::seed_lines_with(&[
            "",
            "Ho\u{300}a ĐẢNG\u{301}",
            "ǅemal ΣΊΣ ß ﬁ İi 日本 語",
            "A\u{200B}b\u{A0}c x\u{2029}y\u{FEFF}",
            "\u{301}ạ, (1,5%) – “Tỉnh”\r\n\t\u{1}",
        ]);
        for t in &texts {
            assert_eq!(fold_words(t), by_chars(t), "{t:?}");
        }
    }

    /// The same text and the same answers from the per-byte map and the edit list.
    fn both_sinks_agree(input: &str) {
        let fast = fold(input);
        let mut rw = Rewriter::new(input);
        fold_with(input, &mut rw);
        let (text, edits) = rw.finish();
        assert_eq!(fast.text(), text, "{input:?}");
        let n = text.len();
        for s in 0..=n {
            for e in s..=n {
                if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                    continue;
                }
                let want = edits.to_original(s..e);
                assert_eq!(fast.to_original(s..e), want, "{input:?} {s}..{e}");
            }
        }
    }

    /// The folding loop as it was before the fast loop, kept to check it
    /// against: a plain ASCII run goes byte by byte (as the builder's old
    /// run sink did, with the same pieces), the rest as now.
    fn old_fold_with<S: FoldSink>(input: &str, sink: &mut S) {
        let bytes = input.as_bytes();
        let table = fold_table();
        let mut scratch = String::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if is_plain(b) {
                let run = bytes[i..]
                    .iter()
                    .position(|&b| !is_plain(b))
                    .unwrap_or(bytes.len() - i);
                let end = if plain_after(bytes, i + run) {
                    i + run
                } else {
                    i + run - 1
                };
                if end > i {
                    for (k, b) in bytes[i..end].iter().enumerate() {
                        sink.byte(i + k, b.to_ascii_lowercase());
                    }
                    i = end;
                    continue;
                }
            } else if b >= 0x80 {
                if let Some((folded, len)) = table.get(&bytes[i..]) {
                    if plain_after(bytes, i + len) {
                        sink.letter(i..i + len, folded);
                        i += len;
                        continue;
                    }
                }
            }
            i = fold_unit(input, i, sink, &mut scratch);
        }
    }

    #[test]
    fn a_fold_into_the_buffers_of_another_is_the_same() {
        let texts = crate::seed_articles();
        let mut spare = None;
        for text in texts
            .iter()
            .chain(["", "Đảng", "ho\u{300}a"].map(String::from).iter())
        {
            let reused = fold_reusing(text, spare.take());
            let fresh = fold(text);
            assert_eq!(reused.text(), fresh.text());
            assert_eq!(reused.map(), fresh.map());
            spare = Some(reused);
        }
    }

    /// The same text and the same map (every field) from `fold` and the old loop.
    fn same_as_old(input: &str) {
        let new = fold(input);
        let mut sink = PieceBuilder::reusing(input.len(), Vec::new(), Vec::new());
        old_fold_with(input, &mut sink);
        let (text, map) = sink.finish();
        assert_eq!(new.text(), text, "{input:?}");
        assert_eq!(*new.map(), map, "{input:?}");
        assert_eq!(new.map().edit_count(), map.edit_count());
        assert_eq!(new.map().is_identity(), map.is_identity());
    }

    /// Upper case, NFD, no diacritics, folded, and with odd spaces and line
    /// breaks: the spellings `fold` meets.
    fn variants(text: &str) -> Vec<String> {
        use unicode_normalization::UnicodeNormalization;
        let mut out = vec![
            text.to_string(),
            text.to_uppercase(),
            text.nfd().collect(),
            text.to_uppercase().nfd().collect(),
            fold(text).into_string(),
            text.replace(' ', "\u{A0}"),
            text.replace(' ', " \u{200B}"),
            text.replace('\n', "\r\n"),
            text.replace('\n', "\r"),
            text.replace(' ', "\u{AD}"),
        ];
        // Odd characters right after letters and right after plain bytes.
        for odd in [
            "\u{301}", "\u{200B}", "\u{FEFF}", "“", "\t", "\u{1}", "\u{1E80}",
        ] {
            out.push(text.replace('n', &format!("n{odd}")));
            out.push(text.replace('ư', &format!("ư{odd}")));
            out.push(text.replace('ế', &format!("ế{odd}")));
        }
        out
    }

    #[test]
    fn fast_loop_tables_agree_with_the_careful_checks() {
        for b0 in 0..=255u8 {
            let lower = is_plain(b0).then(|| b0.to_ascii_lowercase());
            assert_eq!(PLAIN_LOWER[b0 as usize], lower.unwrap_or(0), "{b0:#x}");
            for b1 in 0..=255u8 {
                let want = plain_after(&[b0, b1], 0);
                assert_eq!(safe_next(b0, b1), want, "{b0:#x} {b1:#x}");
            }
        }
    }

    #[test]
    fn fast_loop_agrees_with_the_old_loop_on_the_corpus() {
        for text in crate::seed_articles() {
            for v in variants(&text) {
                same_as_old(&v);
                // Every end, and starts that cut letters short of the look-ahead.
                for cut in [1, 2, 3, 4, 5, 6, 7] {
                    let mut n = v.len().saturating_sub(cut);
                    while !v.is_char_boundary(n) {
                        n -= 1;
                    }
                    same_as_old(&v[..n]);
                }
            }
        }
    }

    #[test]
    fn fast_loop_agrees_with_the_old_loop_on_tricky_text() {
        let long = "Thủ tướng Chính phủ ĐẢNG ủy ".repeat(20);
        for input in [
            "",
            "a",
            "ab",
            "abcd",
            "abcde",
            "abcdef",
            "ế",
            "ếa",
            "aế",
            "ếếếế",
            "Đảng",
            "\u{200B}abcdef",
            "abcdef\u{200B}",
            "abcdef\u{200B}ghijkl",
            "abc\u{200B}\u{200B}ếmnopq",
            "Thủ\u{200B}tướng Chính phủ",
            "u\u{309}y ban nhân dân",
            "ư\u{301}ng cử viên",
            "\u{301}abcdef",
            "a\u{301}\u{302}bcdef",
            "ab\r\ncd\ref\n",
            "ab\tcd\u{B}ef\u{C}gh\u{1}ij\u{7F}kl",
            "Zürich ΑΘΗΝΑ 東京 😀 … “ngoặc” – gạch",
            "Ǆ ﬁ Å\u{30A} İstanbul Ⱥ",
            "\u{1E80}\u{1E9E}ạ\u{1EFF}\u{1EFA}ỹ",
            "ǅǆǍ ȀȁȂ Ɓ ɓ ʰ ˆ",
            "xin chào\u{FEFF}\u{FEFF} bạn",
            "\u{85}\u{2028}\u{2029}\u{A0}\u{3000}",
            &long,
            &long.to_uppercase(),
        ] {
            for v in variants(input) {
                same_as_old(&v);
            }
        }
    }

    /// Chunks of the fast loop that end at every unit around `CHUNK`, with
    /// the unit waiting at the end of a chunk folding on its own or not.
    #[test]
    fn fast_loop_agrees_with_the_old_loop_across_chunks() {
        for n in CHUNK - 3..CHUNK + 4 {
            for unit in ["a", "Ế", "ư"] {
                let run = unit.repeat(n);
                for tail in ["", "b", "ế", "bcdef", "\u{301}", "\u{200B}xyz", "“"] {
                    same_as_old(&format!("{run}{tail}"));
                    same_as_old(&format!("ab{run}{tail}ế"));
                }
            }
        }
    }

    #[test]
    fn per_byte_map_answers_like_the_edit_list() {
        for input in [
            "",
            "abc",
            "\u{200B}",
            "\u{200B}a\u{200B}",
            "ab\u{200B}",
            "abc Đ",
            "Đảng viên",
            "tu\u{0301} đa\u{0309}ng",
            "\u{FEFF}Hoà\u{00A0}Bình\r\nthuy\u{0309}\r",
            "a\u{200B}b\u{00AD}",
            "Zürich ΑΘΗΝΑ 東京 😀 …",
            "Ǆ ﬁ Å\u{30A}",
            "x\u{1}\u{301}y",
            "ĐẢNG BỘ\tXÃ\u{2028}Ủy",
        ] {
            both_sinks_agree(input);
        }
    }

    proptest::proptest! {
        #[test]
        fn both_maps_agree_on_any_text(s in "(\\PC|[\u{300}-\u{36f}\u{200b}\u{ad}\r\n \u{1ea0}-\u{1ef9}đĐ]){0,24}") {
            both_sinks_agree(&s);
        }

        #[test]
        fn fast_loop_agrees_with_the_old_loop(s in "(\\PC|[\u{300}-\u{36f}\u{200b}\u{ad}\u{feff}\r\n\t \u{1e80}-\u{1eff}đĐơưƠƯ]|[a-zA-Z ]{1,6}|[àáảãạăắằẳẵặâấầẩẫậ]){0,40}") {
            same_as_old(&s);
        }

        #[test]
        fn folds_to_is_fold_into_then_compare(s in "\\PC{0,12}", t in "[a-zđ ]{0,6}") {
            let mut folded = String::new();
            fold_into(&mut folded, &s);
            proptest::prop_assert!(folds_to(&s, &folded));
            proptest::prop_assert_eq!(folds_to(&s, &t), folded == t);
        }
    }

    #[test]
    fn folds_to_agrees_with_fold_into() {
        for (s, key) in [
            ("Ngày", "ngay"),
            ("Ngà", "ngay"),
            ("ngayx", "ngay"),
            ("", ""),
            ("", "a"),
            ("Đ\u{200B}ẢNG", "dang"),
            ("Zürich ΑΘΗΝΑ", "zurich αθηνα"),
            ("x\u{2028}y", "x\ny"),
        ] {
            let mut folded = String::new();
            fold_into(&mut folded, s);
            assert_eq!(folds_to(s, key), folded == key, "{s:?} {key:?}");
        }
    }

    #[test]
    fn plain_ascii_needs_no_map() {
        let f = fold("dang vien 2024.\n");
        assert!(f.map().is_identity());
        assert_eq!(f.to_original(5..9), 5..9);
    }
}
