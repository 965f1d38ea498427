//! Byte offsets of UTF-8 text to code-point offsets, the way Python indexes
//! a `str`.
//!
//! Rust spans are byte offsets into the UTF-8 text; Python slices a `str` by
//! code point. [`CharIndex`] is built in one pass over the text and answers
//! each conversion in constant time (at most one block of 64 bytes is
//! counted), so converting every span of a document costs one pass plus a
//! little per span, never a count from the start of the text per span.

/// Bytes per block of the table.
const BLOCK: usize = 64;

/// Converts byte offsets of one text to code-point offsets.
pub enum CharIndex<'a> {
    /// ASCII text: byte and code-point offsets are the same.
    Ascii,
    /// Other text: the number of code points before each block of
    /// [`BLOCK`] bytes.
    Blocks {
        /// The text.
        bytes: &'a [u8],
        /// `before[i]` code points precede byte `i * BLOCK`; the last entry
        /// is the whole text's count.
        before: Vec<usize>,
    },
}

/// True for a byte that starts a code point (not a continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl<'a> CharIndex<'a> {
    /// The table of `text`: one pass over its bytes.
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return CharIndex::Ascii;
        }
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            before.push(count);
            count += block.iter().filter(|&&b| starts_char(b)).count();
        }
        // The end of a text whose length is a multiple of BLOCK.
        before.push(count);
        CharIndex::Blocks { bytes, before }
    }

    /// The code-point offset of byte offset `byte` (a character boundary,
    /// at most the text's length).
    pub fn char_offset(&self, byte: usize) -> usize {
        match self {
            CharIndex::Ascii => byte,
            CharIndex::Blocks { bytes, before } => {
                let block = byte / BLOCK;
                let base = before[block.min(before.len() - 1)];
                let start = block * BLOCK;
                let end = byte.min(bytes.len());
                base + bytes[start.min(end)..end]
                    .iter()
                    .filter(|&&b| starts_char(b))
                    .count()
            }
        }
    }

    /// `[start, end]` in code points for `[start, end]` in bytes.
    pub fn char_span(&self, span: [usize; 2]) -> [usize; 2] {
        [self.char_offset(span[0]), self.char_offset(span[1])]
    }
}
