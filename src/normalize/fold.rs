//! The folded matching key: no diacritics, `đ` → `d`, lower case.
//!
//! Folding runs on every document the matcher sees, so it is one pass over
//! the bytes with a fast path for the two cases that make up nearly all of
//! Vietnamese text: a plain ASCII byte and a precomposed Vietnamese letter,
//! each followed by something that is not a combining mark. Everything else
//! (NFD marks, invisible characters, other scripts) takes the careful path.
//!
//! The map back is one `(start, end)` pair per folded byte (see
//! [`OffsetMap`]): a lookup is an index, and building it is a push per byte.

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
    // The per-byte map stores u32 offsets; a text beyond 4 GiB keeps an edit list.
    if input.len() < u32::MAX as usize {
        let mut sink = PieceBuilder::new(input.len());
        fold_with(input, &mut sink);
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
    /// The plain ASCII `run`, which starts at input byte `at`, stands as its lower case.
    fn ascii(&mut self, at: usize, run: &[u8]) {
        for (k, b) in run.iter().enumerate() {
            self.byte(at + k, b.to_ascii_lowercase());
        }
    }
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
        if self.input().get(range.clone()) != Some(with) {
            self.replace(range, with);
        }
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

    fn ascii(&mut self, at: usize, run: &[u8]) {
        self.push_ascii(at, run);
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
fn is_plain(b: u8) -> bool {
    (0x20..0x7F).contains(&b) || b == b'\n'
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

/// The one folding loop, shared by every sink.
pub(crate) fn fold_with<S: FoldSink>(input: &str, sink: &mut S) {
    let bytes = input.as_bytes();
    let table = fold_table();
    let mut scratch = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if is_plain(b) {
            // A run of plain ASCII: every byte but the last is followed by
            // plain ASCII, so only the last needs a look at what comes next.
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
                sink.ascii(i, &bytes[i..end]);
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

/// Feeds the folded characters of `s` to `f` one by one, until `f` says stop.
fn fold_chars(s: &str, mut f: impl FnMut(char) -> bool) {
    for c in s.chars() {
        let go_on = if c.is_ascii() {
            f(c.to_ascii_lowercase())
        } else if let Some(l) = letter(c) {
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
        };
        if !go_on {
            return;
        }
    }
}

/// True when the folded key of `s` is `key` (which must be folded already).
/// Compares as it folds: no allocation.
///
/// ```
/// assert!(tintuc::normalize::folds_to("Ngày", "ngay"));
/// assert!(!tintuc::normalize::folds_to("Ngà", "ngay"));
/// ```
pub fn folds_to(s: &str, key: &str) -> bool {
    let mut want = key.chars();
    let mut same = true;
    fold_chars(s, |c| {
        same = want.next() == Some(c);
        same
    });
    same && want.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

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
