//! Sentences: runs of tokens between line breaks and sentence-final
//! punctuation.

use std::ops::Range;

use super::{Token, TokenKind};

/// A sentence: a span of the original input and the tokens it holds.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Sentence {
    /// Byte span in the original input, from the first token to the last.
    pub span: Range<usize>,
    /// Byte span in the normalized text.
    pub norm_span: Range<usize>,
    /// Indices into the token slice the sentence was cut from.
    pub tokens: Range<usize>,
}

/// Groups tokens into sentences.
///
/// A sentence ends at a line break, and at `.`, `!`, `?`, `…` or `...`
/// (with any closing quotes and brackets after it) when the next token
/// starts a new sentence: a capital, a digit, an opening quote or bracket, or
/// a dash. Inside brackets and quotes only a line break ends a sentence, and
/// every line break closes whatever quote or bracket is still open, so one
/// unbalanced quote cannot swallow the rest of the article. Periods inside
/// numbers, dates and abbreviations (`TP. HCM`, `ThS.`, `v.v.`) are parts of
/// those tokens and never end a sentence.
///
/// `text` is the normalized text the tokens were cut from.
///
/// ```
/// use tintuc::normalize::normalize;
/// use tintuc::tokenize::{sentences, Tokenizer};
///
/// let input = "Năm 2016, kết nạp 193 đảng viên (vượt 20,6%). Tổng số là hơn 3.700.\nDUY NGUYỄN";
/// let n = normalize(input);
/// let tokens = Tokenizer::new().tokenize(&n);
/// let s: Vec<&str> = sentences(&tokens, n.text()).iter().map(|s| &input[s.span.clone()]).collect();
/// assert_eq!(s, ["Năm 2016, kết nạp 193 đảng viên (vượt 20,6%).", "Tổng số là hơn 3.700.", "DUY NGUYỄN"]);
/// ```
pub fn sentences(tokens: &[Token<'_>], text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut straight_quote_open = false;
    let mut newlines = Newlines::new(text);
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens are words or numbers after a word or a number on the
        // same line: they change neither the nesting nor where the sentence
        // ends. Skip them in a tight loop.
        while i > start && i < tokens.len() && newlines.plain_pair(&tokens[i - 1], &tokens[i]) {
            i += 1;
        }
        if i == tokens.len() {
            break;
        }
        let t = &tokens[i];
        if i > start && newlines.between(&tokens[i - 1], t) {
            out.push(make(tokens, start..i));
            start = i;
            depth = 0;
            straight_quote_open = false;
        }
        // The same after a line break.
        if !may_matter(t) && (i == start || !may_matter(&tokens[i - 1])) {
            i += 1;
            continue;
        }
        if t.kind == TokenKind::Punctuation {
            match t.norm {
                "(" | "[" | "{" | "“" | "‘" | "«" => depth += 1,
                ")" | "]" | "}" | "”" | "»" => depth = depth.saturating_sub(1),
                "\"" => {
                    straight_quote_open = !straight_quote_open;
                    if straight_quote_open {
                        depth += 1;
                    } else {
                        depth = depth.saturating_sub(1);
                    }
                }
                _ => {}
            }
        }
        // A period inside quotes or brackets ends the sentence when they close
        // right after it: “Tốt lắm. Cảm ơn.” Rồi đi.
        let closes_after_period = depth == 0
            && i > start
            && tokens[i - 1].is_terminal()
            && is_closer(t.norm)
            && t.norm_span.start == tokens[i - 1].norm_span.end;
        if (t.is_terminal() || closes_after_period) && depth == 0 {
            // Closing quotes and brackets right after the period stay with it.
            let mut end = i + 1;
            while end < tokens.len()
                && tokens[end].norm_span.start == tokens[end - 1].norm_span.end
                && is_closer(tokens[end].norm)
            {
                end += 1;
            }
            if end == tokens.len() || starts_sentence(&tokens[end]) {
                out.push(make(tokens, start..end));
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(make(tokens, start..tokens.len()));
    }
    out
}

/// Punctuation that may open or close a bracket or quote, or end a
/// sentence: all of them start with one of these bytes (`“”‘’…` with 0xE2,
/// `«»` with 0xC2). Anything else (words, numbers, `,`, `:`, `-` …) changes
/// nothing after a token that does not matter either.
fn may_matter(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punctuation
        && !matches!(
            t.norm.as_bytes().first(),
            Some(b) if !matches!(b, b'.' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | 0xC2 | 0xE2)
        )
}

fn is_closer(s: &str) -> bool {
    matches!(s, "”" | "’" | "\"" | ")" | "]" | "»")
}

/// Finds line breaks between tokens without searching every gap: it knows
/// the first line break at or after some position, and searches again
/// (with `memchr`) only when asked about a position past it.
struct Newlines<'t> {
    text: &'t str,
    /// No line break in `from..next`; `next` is one, or `usize::MAX` for none.
    /// (`1..0` before the first search: nothing known.)
    from: usize,
    next: usize,
}

impl<'t> Newlines<'t> {
    fn new(text: &'t str) -> Self {
        Newlines {
            text,
            from: 1,
            next: 0,
        }
    }

    /// The first line break at or after `pos`, or `usize::MAX`.
    fn first_from(&mut self, pos: usize) -> usize {
        if !(self.from <= pos && pos <= self.next) {
            self.from = pos;
            self.next = self
                .text
                .as_bytes()
                .get(pos..)
                .and_then(|rest| memchr::memchr(b'\n', rest))
                .map_or(usize::MAX, |k| pos + k);
        }
        self.next
    }

    /// Neither token [may matter](may_matter) and no line break is known to
    /// lie between them (the cursor is not moved).
    fn plain_pair(&self, a: &Token<'_>, b: &Token<'_>) -> bool {
        !may_matter(a)
            && !may_matter(b)
            && self.from <= a.norm_span.end
            && b.norm_span.start <= self.next
    }

    /// [`gap_has_newline`], mostly without looking at the gap.
    fn between(&mut self, a: &Token<'_>, b: &Token<'_>) -> bool {
        self.first_from(a.norm_span.end) < b.norm_span.start && gap_has_newline(self.text, a, b)
    }
}

fn gap_has_newline(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    let (from, to) = (a.norm_span.end, b.norm_span.start);
    // Most tokens are joined by nothing or by one space: look at that byte
    // alone instead of searching the gap.
    match to.checked_sub(from) {
        None | Some(0) => false,
        Some(1) => text.as_bytes().get(from) == Some(&b'\n'),
        Some(_) => text.get(from..to).is_some_and(|gap| gap.contains('\n')),
    }
}

fn starts_sentence(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Punctuation => {
            matches!(t.norm, "“" | "\"" | "(" | "[" | "-" | "–" | "—" | "‘" | "«")
        }
        TokenKind::Word | TokenKind::Abbreviation => {
            t.norm.chars().next().is_some_and(char::is_uppercase)
        }
        TokenKind::Symbol => false,
        _ => true,
    }
}

fn make(tokens: &[Token<'_>], r: Range<usize>) -> Sentence {
    let first = &tokens[r.start];
    let last = &tokens[r.end - 1];
    Sentence {
        span: first.span.start..last.span.end,
        norm_span: first.norm_span.start..last.norm_span.end,
        tokens: r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{Normalizer, ToneStyle};
    use crate::tokenize::Tokenizer;

    /// The gap test without the one-byte shortcut: the reference.
    fn gap_has_newline_slow(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
        text.get(a.norm_span.end..b.norm_span.start)
            .is_some_and(|gap| gap.contains('\n'))
    }

    fn token(norm_span: Range<usize>) -> Token<'static> {
        Token {
            kind: TokenKind::Word,
            text: "",
            norm: "",
            span: norm_span.clone(),
            norm_span,
        }
    }

    /// Every pair of spans over short texts: empty, overlapping, reversed,
    /// out of bounds, inside a multi-byte letter; the cursor asked forwards
    /// and backwards.
    #[test]
    fn gap_shortcut_agrees_with_search() {
        for text in [
            "",
            "a\nb",
            "a \n b",
            "\n",
            "đ\nđ",
            "ab",
            "a b",
            "\n\n",
            "ư",
            " \u{301}\n",
        ] {
            // One cursor for all the questions, asked in no particular order.
            let mut newlines = Newlines::new(text);
            for a in 0..=text.len() + 2 {
                for b in 0..=text.len() + 2 {
                    let (x, y) = (token(0..a), token(b..b + 1));
                    let want = gap_has_newline_slow(text, &x, &y);
                    assert_eq!(gap_has_newline(text, &x, &y), want, "{text:?} {a}..{b}");
                    assert_eq!(newlines.between(&x, &y), want, "{text:?} {a}..{b}");
                    let back = token(0..text.len() + 2 - a);
                    let want = gap_has_newline_slow(text, &back, &y);
                    assert_eq!(newlines.between(&back, &y), want, "{text:?} {a}..{b}");
                }
            }
        }
    }

    /// Every punctuation mark the rules look at is one that may matter.
    #[test]
    fn marks_the_rules_read_may_matter() {
        let marks = [
            "(", "[", "{", "“", "‘", "«", ")", "]", "}", "”", "»", "\"", "’", ".", "!", "?", "…",
            "..", "...", "-", "–", "—",
        ];
        for norm in marks {
            let t = Token {
                kind: TokenKind::Punctuation,
                norm,
                ..token(0..1)
            };
            // Marks that nest, close or end (what starts a sentence is read
            // only after an end).
            let nests = matches!(
                norm,
                "(" | "[" | "{" | "“" | "‘" | "«" | ")" | "]" | "}" | "”" | "»"
            );
            let read = nests || is_closer(norm) || t.is_terminal();
            assert!(may_matter(&t) || !read, "{norm:?}");
        }
        let comma = Token {
            kind: TokenKind::Punctuation,
            norm: ",",
            ..token(0..1)
        };
        assert!(!may_matter(&comma) && !may_matter(&token(0..1)));
    }

    fn texts() -> Vec<String> {
        let mut out = crate::seed_articles();
        for s in [
            "",
            "\n",
            "Một. Hai\n\nBa... Bốn… “Năm.” Sáu (bảy. tám) Chín",
            "a.\nb. C \"d. E\" F\n(g\nH) i! J? k",
            "ĐẢNG VIÊN. 12 người.  \n  - Ý kiến.\u{301}\u{300} Tốt.",
            "Ho\u{0061}\u{0300} \u{00A0}Uy\u{0309} ban.\r\nKhông dấu. khong dau. KHONG DAU.",
            "Привет. Мир. 你好。世界. ١٢٣. Ok.",
            "\u{301}. \u{300}\n.",
            "«Một.» Hai «ba» (bốn.) [Năm!] {sáu?} ‘bảy.’ Tám… chín... Mười.. - Một – hai — ba",
            "Ông nói: «Tốt lắm.» Rồi đi. “Vâng.” Được, “không” ‘có’ «x».",
        ] {
            out.push(s.to_string());
        }
        out
    }

    /// `sentences` one token at a time, without the skips: the reference.
    fn sentences_slow(tokens: &[Token<'_>], text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut depth = 0usize;
        let mut straight_quote_open = false;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if i > start && gap_has_newline_slow(text, &tokens[i - 1], t) {
                out.push(make(tokens, start..i));
                start = i;
                depth = 0;
                straight_quote_open = false;
            }
            if t.kind == TokenKind::Punctuation {
                match t.norm {
                    "(" | "[" | "{" | "“" | "‘" | "«" => depth += 1,
                    ")" | "]" | "}" | "”" | "»" => depth = depth.saturating_sub(1),
                    "\"" => {
                        straight_quote_open = !straight_quote_open;
                        if straight_quote_open {
                            depth += 1;
                        } else {
                            depth = depth.saturating_sub(1);
                        }
                    }
                    _ => {}
                }
            }
            let closes_after_period = depth == 0
                && i > start
                && tokens[i - 1].is_terminal()
                && is_closer(t.norm)
                && t.norm_span.start == tokens[i - 1].norm_span.end;
            if (t.is_terminal() || closes_after_period) && depth == 0 {
                let mut end = i + 1;
                while end < tokens.len()
                    && tokens[end].norm_span.start == tokens[end - 1].norm_span.end
                    && is_closer(tokens[end].norm)
                {
                    end += 1;
                }
                if end == tokens.len() || starts_sentence(&tokens[end]) {
                    out.push(make(tokens, start..end));
                    start = end;
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        if start < tokens.len() {
            out.push(make(tokens, start..tokens.len()));
        }
        out
    }

    /// The same sentences as the reference on real articles (also in the
    /// other tone placement and without diacritics) and on tricky strings.
    #[test]
    fn same_sentences_as_the_reference() {
        for input in texts() {
            let variants = [
                input.clone(),
                crate::normalize::fold(&input).text().to_string(),
                input.to_uppercase(),
            ];
            for text in variants {
                for style in [ToneStyle::Traditional, ToneStyle::New, ToneStyle::Keep] {
                    let n = Normalizer::new().style(style).normalize(&text);
                    let tokens = Tokenizer::new().tokenize(&n);
                    assert_eq!(
                        sentences(&tokens, n.text()),
                        sentences_slow(&tokens, n.text()),
                        "{text:?}"
                    );
                    // Token lists the tokenizer never gives: gaps with tokens
                    // in them, spans going backwards.
                    let odd: Vec<Token> = tokens.iter().step_by(2).cloned().collect();
                    assert_eq!(sentences(&odd, n.text()), sentences_slow(&odd, n.text()));
                    let back: Vec<Token> = tokens.iter().rev().cloned().collect();
                    assert_eq!(sentences(&back, n.text()), sentences_slow(&back, n.text()));
                }
            }
        }
    }
}
