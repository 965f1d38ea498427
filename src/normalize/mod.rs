//! Normalization (stub API; implementation in progress).
use std::borrow::Cow;
use std::ops::Range;

/// Tone-mark placement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ToneStyle {
    /// hòa, khỏe, thủy, ủy
    #[default]
    Traditional,
    /// hoà, khoẻ, thuỷ, uỷ
    New,
    /// as written
    Keep,
}

/// Builds normalized views.
#[derive(Clone, Debug, Default)]
pub struct Normalizer {
    style: ToneStyle,
}

impl Normalizer {
    /// New normalizer with traditional placement.
    pub fn new() -> Self {
        Self::default()
    }
    /// Set the tone style.
    pub fn style(mut self, style: ToneStyle) -> Self {
        self.style = style;
        self
    }
    /// Normalize.
    pub fn normalize<'a>(&self, input: &'a str) -> Normalized<'a> {
        let _ = self.style;
        Normalized { original: input, text: Cow::Borrowed(input) }
    }
}

/// A normalized view of an input.
pub struct Normalized<'a> {
    original: &'a str,
    text: Cow<'a, str>,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The original input.
    pub fn original(&self) -> &'a str {
        self.original
    }
    /// Map a byte range of `text()` back to the original input.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        range
    }
}

/// Folded key with its map.
pub struct Folded {
    text: String,
}

impl Folded {
    /// The folded text.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Map a byte range of `text()` back to the original input.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        range
    }
}

/// Fold `input` (no diacritics, đ → d, lower case) keeping a map to the original.
pub fn fold(input: &str) -> Folded {
    Folded { text: input.to_lowercase() }
}

/// Normalize with the default (traditional) style.
pub fn normalize(input: &str) -> Normalized<'_> {
    Normalizer::new().normalize(input)
}
