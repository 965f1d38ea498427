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
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if i > start && gap_has_newline(text, &tokens[i - 1], t) {
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

fn is_closer(s: &str) -> bool {
    matches!(s, "”" | "’" | "\"" | ")" | "]" | "»")
}

fn gap_has_newline(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    text.get(a.norm_span.end..b.norm_span.start)
        .is_some_and(|gap| gap.contains('\n'))
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
