//! The offset map: from a rewritten text back to the bytes of the original input.
//!
//! A rewrite copies most of its input verbatim and replaces a few pieces
//! (a syllable whose tone mark moved, a CRLF that became LF, a zero-width
//! space that was dropped). The map stores only those replacements; between
//! two of them, offsets shift by a constant, so a lookup is one binary search.
//!
//! Folding replaces nearly every other character (each accented letter
//! becomes one byte), so its map instead keeps the original span of every
//! output byte: built with a push per byte, read with an index.

use std::borrow::Cow;
use std::ops::Range;

/// One replaced piece: `text[out]` stands where `original[orig]` stood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Edit {
    out_start: usize,
    out_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// Maps byte offsets of a rewritten text back to byte offsets of its original.
///
/// Offsets given to the map should lie on char boundaries of the rewritten
/// text; the answers then lie on char boundaries of the original. A start
/// offset inside a replaced piece maps to the start of what it replaced, an
/// end offset to its end, so a span always covers whole original characters.
/// Characters that were dropped (a BOM, a soft hyphen) are left out of spans
/// that start or end next to them.
///
/// ```
/// use tintuc::normalize::normalize;
///
/// let input = "Hoà\u{00A0}Bình"; // new placement, a no-break space
/// let n = normalize(input);
/// assert_eq!(n.text(), "Hòa Bình");
/// let span = n.to_original(0..4); // "Hòa" in the normalized text
/// assert_eq!(&input[span], "Hoà");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    edits: Vec<Edit>,
    /// When `per_byte`, the map is this instead of `edits`: the original
    /// `[start, end)` of every byte of the rewritten text.
    pieces: Vec<[u32; 2]>,
    per_byte: bool,
    /// Pieces whose length changed (the edit count of a per-byte map).
    moved: usize,
    out_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    /// The per-byte map's buffer, to be written again (empty for other maps).
    pub(crate) fn into_pieces(self) -> Vec<[u32; 2]> {
        self.pieces
    }

    /// The identity map over a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        OffsetMap {
            edits: Vec::new(),
            pieces: Vec::new(),
            per_byte: false,
            moved: 0,
            out_len: len,
            orig_len: len,
        }
    }

    /// True when no byte moved: every offset maps to itself.
    pub fn is_identity(&self) -> bool {
        self.edit_count() == 0 && self.out_len == self.orig_len
    }

    /// Number of replaced pieces (a measure of how much the rewrite changed).
    pub fn edit_count(&self) -> usize {
        self.edits.len() + self.moved
    }

    /// Maps the start of a span. Offsets past the end clamp to the end.
    pub fn start_to_original(&self, offset: usize) -> usize {
        let x = offset.min(self.out_len);
        if self.per_byte {
            return self.piece_start(x);
        }
        let i = self.edits.partition_point(|e| e.out_start <= x);
        self.start_after(i, x)
    }

    /// Start mapping of a per-byte map.
    #[inline]
    fn piece_start(&self, x: usize) -> usize {
        self.pieces.get(x).map_or(self.orig_len, |p| p[0] as usize)
    }

    /// End mapping of a per-byte map: the end of the byte before `x`.
    #[inline]
    fn piece_end(&self, x: usize) -> usize {
        match x.checked_sub(1) {
            Some(k) => self.pieces.get(k).map_or(self.orig_len, |p| p[1] as usize),
            None => self.piece_start(0),
        }
    }

    /// The start mapping once `i` = the number of edits with `out_start <= x`.
    fn start_after(&self, i: usize, x: usize) -> usize {
        match i.checked_sub(1).map(|i| &self.edits[i]) {
            None => x,
            Some(e) if x < e.out_end => e.orig_start,
            Some(e) => e.orig_end + (x - e.out_end),
        }
        .min(self.orig_len)
    }

    /// Maps the end of a span. Offsets past the end clamp to the end.
    pub fn end_to_original(&self, offset: usize) -> usize {
        let x = offset.min(self.out_len);
        if self.per_byte {
            return self.piece_end(x);
        }
        let i = self.edits.partition_point(|e| e.out_start < x);
        self.end_after(i, x)
    }

    /// The end mapping once `i` = the number of edits with `out_start < x`.
    fn end_after(&self, i: usize, x: usize) -> usize {
        match i.checked_sub(1).map(|i| &self.edits[i]) {
            None => x,
            Some(e) if x <= e.out_end => e.orig_end,
            Some(e) => e.orig_end + (x - e.out_end),
        }
        .min(self.orig_len)
    }

    /// Maps a span of the rewritten text to the span of the original it came from.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.start_to_original(range.start);
        if range.end <= range.start {
            return start..start;
        }
        let end = self.end_to_original(range.end).max(start);
        start..end
    }
}

impl OffsetMap {
    /// The stretches of the rewritten text that each stand for one piece of
    /// the original as a whole (not for nothing), in text order. Two spans
    /// cut apart inside one of them map to overlapping original spans;
    /// nowhere else do they.
    pub(crate) fn replaced(&self) -> Vec<Range<usize>> {
        if !self.per_byte {
            let mut out = Vec::with_capacity(self.edits.len());
            let whole = self.edits.iter().filter(|e| e.orig_start < e.orig_end);
            out.extend(whole.map(|e| e.out_start..e.out_end));
            return out;
        }
        // Per byte: the runs of bytes that come from one original piece.
        let mut out = Vec::new();
        let mut start = 0;
        for run in self.pieces.chunk_by(|a, b| a == b) {
            if run[0][0] < run[0][1] {
                out.push(start..start + run.len());
            }
            start += run.len();
        }
        out
    }
}

impl OffsetMap {
    /// A cursor that maps spans given in text order with no search at all.
    pub fn cursor(&self) -> MapCursor<'_> {
        let mut cursor = MapCursor {
            map: self,
            starts: 0,
            ends: 0,
            window: 0..0,
            shift: 0,
        };
        cursor.set_window();
        cursor
    }
}

/// Maps a stream of spans in increasing order (tokens, matches) by walking
/// the edits once. Out-of-order spans are still answered correctly, with a
/// search.
#[derive(Clone, Debug)]
pub struct MapCursor<'m> {
    map: &'m OffsetMap,
    /// Edits with `out_start <= ` the last start asked for.
    starts: usize,
    /// Edits with `out_start < ` the last end asked for.
    ends: usize,
    /// The stretch between the edit passed and the next one, where a
    /// non-empty span maps by adding `shift` (wrapping: it may be negative).
    window: Range<usize>,
    shift: usize,
}

impl MapCursor<'_> {
    /// Same answer as [`OffsetMap::to_original`].
    // Inlined: most spans fall in the window, which needs no call.
    #[inline]
    pub fn to_original(&mut self, range: Range<usize>) -> Range<usize> {
        // A per-byte map answers from its pieces at once: no edits to walk,
        // no window to keep (the matcher's folded text asks this of each hit).
        if self.map.per_byte {
            return self.map.to_original(range);
        }
        let Range { start, end } = range;
        if self.window.start <= start && start < end && end <= self.window.end {
            return start.wrapping_add(self.shift)..end.wrapping_add(self.shift);
        }
        let span = self.walk_to(range);
        self.set_window();
        span
    }

    /// The window of the edit the cursor stands after, once both its starts
    /// and ends stand there: within it, [`MapCursor::walk_to`] would move
    /// neither and answer by a shift. (Empty for a per-byte map.)
    fn set_window(&mut self) {
        self.window = 0..0;
        let (k, edits) = (self.starts, &self.map.edits);
        if self.map.per_byte || self.ends != k {
            return;
        }
        let (lo, lo_orig) = match k.checked_sub(1).map(|p| &edits[p]) {
            Some(e) => (e.out_end, e.orig_end),
            None => (0, 0),
        };
        let next = edits.get(k).map_or(self.map.out_len, |e| e.out_start);
        // Answers stay within the original, as the search's do.
        let Some(room) = self.map.orig_len.checked_sub(lo_orig) else {
            return;
        };
        self.window = lo..next.min(self.map.out_len).min(lo + room);
        self.shift = lo_orig.wrapping_sub(lo);
    }

    /// [`MapCursor::to_original`], walking the edits up to `range`.
    fn walk_to(&mut self, range: Range<usize>) -> Range<usize> {
        if self.map.per_byte {
            return self.map.to_original(range);
        }
        let edits = &self.map.edits;
        let x = range.start.min(self.map.out_len);
        if self.starts > 0 && edits[self.starts - 1].out_start > x {
            self.starts = edits.partition_point(|e| e.out_start <= x);
        }
        while self.starts < edits.len() && edits[self.starts].out_start <= x {
            self.starts += 1;
        }
        let start = self.map.start_after(self.starts, x).min(self.map.orig_len);
        if range.end <= range.start {
            return start..start;
        }
        let y = range.end.min(self.map.out_len);
        if self.ends > 0 && edits[self.ends - 1].out_start >= y {
            self.ends = edits.partition_point(|e| e.out_start < y);
        }
        while self.ends < edits.len() && edits[self.ends].out_start < y {
            self.ends += 1;
        }
        let end = self.map.end_after(self.ends, y).min(self.map.orig_len);
        start..end.max(start)
    }
}

/// Builds a rewritten text and its [`OffsetMap`] in one pass over the input.
///
/// Verbatim stretches are not copied until something changes, so an input
/// that needs no change is returned borrowed, without allocation.
pub(crate) struct Rewriter<'a> {
    input: &'a str,
    out: Option<String>,
    /// Start of the input not yet copied to `out`.
    pending: usize,
    edits: Vec<Edit>,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(input: &'a str) -> Self {
        Rewriter {
            input,
            out: None,
            pending: 0,
            edits: Vec::new(),
        }
    }

    /// The input being rewritten.
    pub(crate) fn input(&self) -> &'a str {
        self.input
    }

    /// [`replace`](Self::replace), unless `with` is what stands there already.
    pub(crate) fn replace_if_changed(&mut self, range: Range<usize>, with: &str) {
        if self.input.get(range.clone()) != Some(with) {
            self.replace(range, with);
        }
    }

    /// Writes `with` in place of `input[range]`; `range` starts at or after
    /// everything written so far.
    pub(crate) fn replace(&mut self, range: Range<usize>, with: &str) {
        let input = self.input;
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(input.len() + 16));
        out.push_str(&input[self.pending..range.start]);
        // A same-length single-char swap keeps every offset in place.
        let same_shape = with.len() == range.len() && with.chars().count() == 1;
        if !same_shape {
            self.edits.push(Edit {
                out_start: out.len(),
                out_end: out.len() + with.len(),
                orig_start: range.start,
                orig_end: range.end,
            });
        }
        out.push_str(with);
        self.pending = range.end;
    }

    pub(crate) fn finish(self) -> (Cow<'a, str>, OffsetMap) {
        let orig_len = self.input.len();
        match self.out {
            None => (Cow::Borrowed(self.input), OffsetMap::identity(orig_len)),
            Some(mut out) => {
                out.push_str(&self.input[self.pending..]);
                let map = OffsetMap {
                    edits: self.edits,
                    pieces: Vec::new(),
                    per_byte: false,
                    moved: 0,
                    out_len: out.len(),
                    orig_len,
                };
                (Cow::Owned(out), map)
            }
        }
    }
}

/// Builds a text byte by byte with the original span of every byte: the
/// map for rewrites that replace most characters (folding). The input must
/// be shorter than 4 GiB.
pub(crate) struct PieceBuilder {
    out: Vec<u8>,
    /// While `identity`, empty: every byte so far stands where it stood.
    pieces: Vec<[u32; 2]>,
    identity: bool,
    moved: usize,
    orig_len: usize,
}

impl PieceBuilder {
    /// A builder that writes into `out` and `pieces` (emptied first): the
    /// buffers of an earlier text, kept to be written again.
    pub(crate) fn reusing(orig_len: usize, mut out: Vec<u8>, mut pieces: Vec<[u32; 2]>) -> Self {
        out.clear();
        out.reserve(orig_len);
        pieces.clear();
        PieceBuilder {
            out,
            pieces,
            identity: true,
            moved: 0,
            orig_len,
        }
    }

    /// The first byte out of place: write down the pieces of the bytes so far
    /// (plain ASCII text never gets here, and costs no map at all).
    #[cold]
    fn leave_identity(&mut self) {
        self.identity = false;
        self.pieces.reserve(self.orig_len.max(self.out.len()));
        let n = self.out.len() as u32;
        self.pieces.extend((0..n).map(|k| [k, k + 1]));
    }

    /// Appends `byte`, which stands for `original[range]`.
    #[inline(always)]
    pub(crate) fn push(&mut self, byte: u8, range: Range<usize>) {
        if self.identity {
            if range.len() == 1 && range.start == self.out.len() {
                self.out.push(byte);
                return;
            }
            self.leave_identity();
        }
        if range.len() != 1
            || self
                .pieces
                .last()
                .is_some_and(|p| p[1] as usize != range.start)
        {
            self.moved += 1;
        }
        self.out.push(byte);
        self.pieces.push([range.start as u32, range.end as u32]);
    }

    /// True when a byte that stands for original byte `at` alone would
    /// continue the map one to one: nothing was dropped since the last byte.
    #[inline]
    pub(crate) fn continues_at(&self, at: usize) -> bool {
        if self.identity {
            self.out.len() == at
        } else {
            self.pieces.last().is_some_and(|p| p[1] as usize == at)
        }
    }

    /// Appends bytes written by a hot loop: `text`, with the original span
    /// of each byte in `pieces`, of which `moved` are not one byte long. The
    /// spans must follow one another with no gap, the first where the
    /// builder [`continues_at`](Self::continues_at).
    #[inline(never)]
    pub(crate) fn push_chunk(&mut self, text: &[u8], pieces: &[[u32; 2]], moved: usize) {
        debug_assert_eq!(text.len(), pieces.len());
        debug_assert!(pieces
            .first()
            .is_none_or(|p| self.continues_at(p[0] as usize)));
        debug_assert!(pieces.windows(2).all(|w| w[0][1] == w[1][0]));
        debug_assert_eq!(moved, pieces.iter().filter(|p| p[1] - p[0] != 1).count());
        if self.identity {
            if moved == 0 {
                // One byte for one byte, with no gap: all in place.
                self.out.extend_from_slice(text);
                return;
            }
            self.leave_identity();
        }
        self.moved += moved;
        self.out.extend_from_slice(text);
        self.pieces.extend_from_slice(pieces);
    }

    /// The text and its map. Every byte pushed must make up valid UTF-8 (the
    /// caller pushes whole characters); otherwise the text is replaced lossily.
    pub(crate) fn finish(mut self) -> (String, OffsetMap) {
        let out_len = self.out.len();
        if self.identity && out_len != self.orig_len {
            // Something was dropped at the end.
            self.leave_identity();
        }
        let text = String::from_utf8(self.out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        if self.identity {
            return (text, OffsetMap::identity(out_len));
        }
        let map = OffsetMap {
            edits: Vec::new(),
            pieces: self.pieces,
            per_byte: true,
            moved: self.moved.max(1),
            out_len,
            orig_len: self.orig_len,
        };
        (text, map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(input: &str, pieces: &[(Range<usize>, &str)]) -> (String, OffsetMap) {
        let mut w = Rewriter::new(input);
        for (r, s) in pieces {
            w.replace(r.clone(), s);
        }
        let (t, m) = w.finish();
        (t.into_owned(), m)
    }

    #[test]
    fn untouched_input_is_borrowed_and_identity() {
        let w = Rewriter::new("abc");
        let (t, m) = w.finish();
        assert!(matches!(t, Cow::Borrowed("abc")));
        assert!(m.is_identity());
        assert_eq!(m.to_original(1..3), 1..3);
    }

    #[test]
    fn replacement_maps_to_whole_piece() {
        // "xAAy" -> "xBy": out 1..2 came from orig 1..3
        let (t, m) = rewrite("xAAy", &[(1..3, "B")]);
        assert_eq!(t, "xBy");
        assert_eq!(m.to_original(0..1), 0..1);
        assert_eq!(m.to_original(1..2), 1..3);
        assert_eq!(m.to_original(2..3), 3..4);
        assert_eq!(m.to_original(0..3), 0..4);
    }

    #[test]
    fn deletions_are_left_out_of_spans() {
        // "a|b" with '|' deleted -> "ab"
        let (t, m) = rewrite("a|b", &[(1..2, "")]);
        assert_eq!(t, "ab");
        assert_eq!(m.to_original(0..1), 0..1);
        assert_eq!(m.to_original(1..2), 2..3);
        assert_eq!(m.to_original(0..2), 0..3);
        assert_eq!(m.to_original(1..1), 2..2);
    }

    #[test]
    fn same_length_swap_needs_no_edit() {
        let (t, m) = rewrite("a\rb", &[(1..2, "\n")]);
        assert_eq!(t, "a\nb");
        assert_eq!(m.edit_count(), 0);
        assert_eq!(m.to_original(2..3), 2..3);
    }

    #[test]
    fn cursor_agrees_with_search() {
        let (_, m) = rewrite("a|bXXc\r\nd", &[(1..2, ""), (3..5, "Y"), (6..7, "")]);
        let spans: Vec<Range<usize>> = (0..8).flat_map(|s| (s..9).map(move |e| s..e)).collect();
        cursor_agrees(&m, &spans, "");
    }

    /// A cursor over `m` answers each of `spans`, forward then backward, as
    /// the search does.
    fn cursor_agrees(m: &OffsetMap, spans: &[Range<usize>], label: &str) {
        let mut cur = m.cursor();
        for r in spans.iter().chain(spans.iter().rev()) {
            assert_eq!(
                cur.to_original(r.clone()),
                m.to_original(r.clone()),
                "{label:?} {r:?}"
            );
        }
    }

    #[test]
    fn cursor_agrees_with_search_on_per_byte_maps() {
        for input in ["Hoà Bình", "a\u{301}b\u{7f}c ẞ ǅ Ω \u{200b}x", "Đảng\r\nƯ"] {
            let f = crate::normalize::fold(input);
            let (m, n) = (f.map(), f.text().len());
            assert!(!m.is_identity(), "{input:?}");
            let spans: Vec<Range<usize>> = (0..n + 2)
                .flat_map(|s| (0..n + 2).map(move |e| s..e))
                .collect();
            cursor_agrees(m, &spans, input);
        }
    }

    /// Two spans `..b` and `c..` (`b <= c`) map to overlapping original
    /// spans exactly when a stretch of [`OffsetMap::replaced`] holds both `b`
    /// and `c` inside it.
    fn assert_replaced_tells_overlaps(text: &str, m: &OffsetMap) {
        let replaced = m.replaced();
        let cuts: Vec<usize> = (1..text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        for (i, &b) in cuts.iter().enumerate() {
            for &c in &cuts[i..] {
                let overlap = m.start_to_original(c) < m.end_to_original(b);
                let inside = replaced.iter().any(|p| p.start < b && c < p.end);
                assert_eq!(inside, overlap, "{text:?} {b} {c} {replaced:?}");
            }
        }
    }

    #[test]
    fn replaced_stretches_tell_overlaps() {
        for (input, pieces) in [
            ("abcdef", vec![(1..3, "XYZ")]),
            ("abcdef", vec![(1..3, ""), (3..4, "XY"), (4..4, "Z")]),
            ("abcdef", vec![(0..6, "X")]),
            ("abcdef", vec![(2..2, "XYZ")]),
        ] {
            let (text, m) = rewrite(input, &pieces);
            assert_replaced_tells_overlaps(&text, &m);
        }
        // Per-byte maps (folding).
        for input in ["Hoà Bình", "a\u{301}b\u{7f}c ẞ ǅ Ω \u{200b}x", "Đảng\r\nƯ"] {
            let f = crate::normalize::fold(input);
            assert_replaced_tells_overlaps(f.text(), f.map());
        }
    }

    proptest::proptest! {
        /// The cursor's window (spans between two edits map by a shift)
        /// answers as the search does, in text order and out of it.
        #[test]
        fn cursor_agrees_with_search_on_any_edits(
            cuts in proptest::collection::vec((0usize..24, 0usize..3, 0usize..4), 0..6),
            spans in proptest::collection::vec((0usize..30, 0usize..8), 0..40),
            sorted in proptest::bool::ANY,
        ) {
            let input = "abcdefghijklmnopqrstuvwx";
            // Non-overlapping pieces in order, replaced by 0 to 3 bytes.
            let mut pieces = Vec::new();
            let mut at = 0;
            let mut cuts = cuts;
            cuts.sort_unstable();
            for (start, len, with) in cuts {
                if start < at || start + len > input.len() {
                    continue;
                }
                pieces.push((start..start + len, &"XYZ"[..with]));
                at = start + len;
            }
            let (text, m) = rewrite(input, &pieces);
            let mut spans: Vec<Range<usize>> = spans.into_iter().map(|(s, l)| s..s + l).collect();
            if sorted {
                spans.sort_unstable_by_key(|r| (r.start, r.end));
            }
            let mut cur = m.cursor();
            for r in spans {
                proptest::prop_assert_eq!(
                    cur.to_original(r.clone()),
                    m.to_original(r.clone()),
                    "{:?} in {:?} from {:?}", r, text, pieces
                );
            }
        }
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let (_, m) = rewrite("abcd", &[(1..3, "X")]);
        assert_eq!(m.to_original(0..100), 0..4);
    }
}
