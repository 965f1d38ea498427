//! Abbreviations defined in the document itself.
//!
//! News articles introduce abbreviations in parentheses right after the full form:
//! `tổ chức cơ sở đảng (TCCSĐ)`, `Đảng bộ khối cơ quan Dân Chính Đảng tỉnh (CQDCĐ)`.
//! The letters of the abbreviation are the initials of the syllables just before the
//! parenthesis (up to two trailing syllables such as `tỉnh` may be skipped). Once
//! learned, every later occurrence of the abbreviation, written exactly, is matched:
//! as the concept of the full form when the full form is a lexicon term, otherwise as an
//! organisation whose `expansion` is the full form, when that is a proper name (a
//! capitalised syllable past the start of its sentence). A common noun (`lực lượng dân
//! quân tự vệ (DQTV)`, `Phóng viên (PV):`) names no organisation and is not learned.
use std::ops::Range;

use super::names::Tokens;
use super::{fold_key, Match, MatchKind, TermMatcher};
use crate::lexicon::Concept;

/// An abbreviation learned from one document.
#[derive(Debug)]
pub(crate) struct Learned<'m> {
    /// As written (`TCCSĐ`).
    abbr: String,
    /// The full form in the original text.
    expansion: Range<usize>,
    /// The concept of the full form, if it is a term.
    concept: Option<&'m Concept>,
    /// Token index of the definition.
    defined_at: usize,
}

const MAX_LETTERS: usize = 10;
/// Trailing syllables that may stand between the full form and the parenthesis.
const MAX_SKIP: usize = 2;

/// Find `full form (ABBR)` definitions.
pub(crate) fn learn<'m>(
    matcher: &TermMatcher,
    input: &str,
    toks: &Tokens,
    terms: &[Match<'m>],
) -> Vec<Learned<'m>> {
    let _ = matcher;
    let mut out: Vec<Learned<'m>> = Vec::new();
    // An abbreviation is written in capitals: look only at those syllables.
    for &t in &toks.all_caps {
        let tok = &toks[t];
        if t == 0 || !tok.all_caps || tok.digit {
            continue;
        }
        let before = &input[toks[t - 1].range.end..tok.range.start];
        let after = &input[tok.range.end..toks.get(t + 1).map_or(input.len(), |n| n.range.start)];
        if !before.trim_end().ends_with('(') || !after.trim_start().starts_with(')') {
            continue;
        }
        let abbr = &input[tok.range.clone()];
        let letters: Vec<char> = fold_key(abbr)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if letters.len() < 2 || letters.len() > MAX_LETTERS {
            continue;
        }
        // Already a lexicon term here: nothing to learn.
        // (Terms are sorted by start: look only where this token starts.)
        let at = terms.partition_point(|m| m.span.start < tok.range.start);
        let known = terms[at..]
            .iter()
            .take_while(|m| m.span.start == tok.range.start)
            .any(|m| m.span == tok.range);
        if known || out.iter().any(|l| l.abbr == abbr) {
            continue;
        }
        // Syllables before the parenthesis, nearest first, within the same clause.
        let mut prev = vec![t - 1];
        while prev.len() < letters.len() + MAX_SKIP {
            let k = *prev.last().unwrap_or(&0);
            if k == 0 || !super::names::space_between(input, &toks[k - 1], &toks[k]) {
                break;
            }
            prev.push(k - 1);
        }
        let n = letters.len();
        for skip in 0..=MAX_SKIP {
            if skip + n > prev.len() {
                break;
            }
            if prev[..skip].iter().any(|&k| toks[k].cap) {
                break;
            }
            let fits = (0..n).all(|i| {
                let word = &input[toks[prev[skip + i]].range.clone()];
                fold_key(word).starts_with(letters[n - 1 - i])
            });
            let all_caps = (0..n).all(|i| toks[prev[skip + i]].all_caps);
            if fits && !all_caps {
                let first = prev[skip + n - 1];
                let expansion = toks[first].range.start..toks[prev[skip]].range.end;
                let upto = terms.partition_point(|m| m.span.start <= expansion.start);
                let concept = terms[..upto]
                    .iter()
                    .rev()
                    .take(8)
                    .find(|m| m.span.end == expansion.end)
                    .and_then(|m| m.concept);
                // (The first syllable may be capitalised as its sentence's.)
                let opens = first == 0 || {
                    let gap = &input[toks[first - 1].range.end..toks[first].range.start];
                    gap.trim().ends_with(['.', '!', '?', ':', '-', '–']) || gap.contains('\n')
                };
                let proper = (first..=prev[skip]).any(|k| toks[k].cap && (k > first || !opens));
                if concept.is_none() && !proper {
                    break;
                }
                out.push(Learned {
                    abbr: abbr.to_string(),
                    expansion,
                    concept,
                    defined_at: t,
                });
                break;
            }
        }
    }
    out
}

/// Match every occurrence of the learned abbreviations from their definition on.
/// Term-like ones are inserted into `terms` (kept sorted, never overlapping); the
/// others are returned as organisation matches.
pub(crate) fn apply<'m>(
    learned: &[Learned<'m>],
    input: &str,
    toks: &Tokens,
    terms: &mut Vec<Match<'m>>,
) -> Vec<Match<'m>> {
    let mut orgs = Vec::new();
    if learned.is_empty() {
        return orgs;
    }
    for l in learned {
        // A syllable's flags depend on its text alone, so every occurrence of an
        // abbreviation is, like its definition, written all in capitals.
        let from = toks.all_caps.partition_point(|&t| t < l.defined_at);
        for &t in &toks.all_caps[from..] {
            let tok = &toks[t];
            if input[tok.range.clone()] != *l.abbr {
                continue;
            }
            let span = tok.range.clone();
            let m = Match {
                kind: MatchKind::Term,
                span: span.clone(),
                folded: 0..0,
                concept: l.concept,
                unit: None,
                name: None,
                role: None,
                expansion: Some(input[l.expansion.clone()].to_string()),
                learned: true,
            };
            if l.concept.is_some() {
                let i = terms.partition_point(|t| t.span.start < span.start);
                let overlaps = terms.get(i).is_some_and(|t| t.span.start < span.end)
                    || i.checked_sub(1)
                        .is_some_and(|p| terms[p].span.end > span.start);
                if !overlaps {
                    terms.insert(i, m);
                }
            } else {
                orgs.push(Match {
                    kind: MatchKind::Organisation,
                    name: Some(span),
                    ..m
                });
            }
        }
    }
    orgs
}
