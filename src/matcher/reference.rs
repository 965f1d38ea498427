//! The term search as it was before it drove the automaton itself (one
//! `AhoCorasick::find` per hit, character tests for boundaries, every weighing done
//! afresh), kept to check that the search loop of `find_terms` finds the same terms.
use std::ops::Range;

use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};
use unicode_normalization::UnicodeNormalization;

use super::*;

/// The automaton the old search used: every key, leftmost-longest, both starts.
fn automaton(matcher: &TermMatcher) -> AhoCorasick {
    let keys: Vec<String> = matcher
        .forms
        .iter()
        .map(|forms| fold_key(&forms[0].text))
        .collect();
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .start_kind(StartKind::Both)
        .build(&keys)
        .expect("the keys compiled once already")
}

/// The old `find_terms`.
fn old_find_terms<'m>(
    matcher: &'m TermMatcher,
    automaton: &AhoCorasick,
    input: &str,
    folded: &Folded,
    accents: &AccentMap,
    words: Option<&Words>,
) -> Vec<Match<'m>> {
    let hay = folded.text();
    let mut out = Vec::new();
    let mut cursor = folded.map().cursor();
    let mut scratch = Vec::new();
    let mut pos = 0;
    while pos < hay.len() {
        let Some(hit) = automaton.find(Input::new(hay).range(pos..)) else {
            break;
        };
        let start = hit.start();
        let mut accepted = None;
        if is_boundary_before(hay, start) {
            let (mut end, mut pid) = (hit.end(), hit.pattern().as_usize());
            loop {
                if is_boundary_after(hay, end) {
                    let range = start..end;
                    let m = accept(
                        matcher,
                        input,
                        &mut cursor,
                        accents,
                        range,
                        pid,
                        &mut scratch,
                    );
                    let splits = |m: &Match<'_>| {
                        words.is_some_and(|w| w.splits(m.concept.unwrap(), &m.span))
                    };
                    if let Some(m) = m.filter(|m| !splits(m)) {
                        accepted = Some(m);
                        break;
                    }
                }
                if end <= start + 1 {
                    break;
                }
                let shorter = Input::new(hay)
                    .range(start..end - 1)
                    .anchored(Anchored::Yes);
                match automaton.find(shorter) {
                    Some(m) => (end, pid) = (m.end(), m.pattern().as_usize()),
                    None => break,
                }
            }
        }
        match accepted {
            Some(m) => {
                pos = m.folded.end.max(start + 1);
                out.push(m);
            }
            None => pos = word_end(hay, after_char(hay, start)),
        }
    }
    out
}

fn accept<'m>(
    matcher: &'m TermMatcher,
    input: &str,
    cursor: &mut normalize::MapCursor<'_>,
    accents: &AccentMap,
    range: Range<usize>,
    pid: usize,
    written_marks: &mut Vec<marks::Syllable>,
) -> Option<Match<'m>> {
    let mut span = cursor.to_original(range.clone());
    span.end += input
        .get(span.end..)?
        .chars()
        .take_while(|c| is_combining_diacritic(*c))
        .map(char::len_utf8)
        .sum::<usize>();
    let written = input.get(span.clone())?;
    if written.is_empty() {
        return None;
    }
    if let Some(form) = matcher.exact_form(pid, written) {
        return Some(old_term(matcher, form, span, range));
    }
    let accented = accents.is_accented(span.start);
    let form = weigh(matcher, pid, written, accented, written_marks)?;
    Some(old_term(matcher, form, span, range))
}

fn weigh<'m>(
    matcher: &'m TermMatcher,
    pid: usize,
    written: &str,
    accented: bool,
    written_marks: &mut Vec<marks::Syllable>,
) -> Option<&'m Form> {
    let has_lower = written.chars().any(normalize::is_lower);
    let first_upper = written.chars().next().is_some_and(normalize::is_upper);
    let mut best: Option<(u32, bool, &Form)> = None;
    marks::syllables_into(written, written_marks);
    for form in &matcher.forms[pid] {
        if form.abbreviation && has_lower {
            continue;
        }
        if (form.blocker || form.people_after_place) && !first_upper && has_inner_capital(written) {
            continue;
        }
        let Some(fit) = marks::fit_marks(written_marks, &form.marks) else {
            continue;
        };
        if accented
            && fit.missing > 0
            && (if fit.syllables <= 1 {
                fit.bare_missing > 0 || first_upper || form.place
            } else {
                fit.syllables_missing * 2 > fit.syllables || title_case(written)
            })
        {
            continue;
        }
        let missing = fit.missing;
        let case_differs = form.capitalised != first_upper;
        let better = match best {
            None => true,
            Some((m, c, _)) => (missing, case_differs) < (m, c),
        };
        if better {
            best = Some((missing, case_differs, form));
        }
    }
    best.map(|(_, _, form)| form)
}

fn old_term<'m>(
    matcher: &'m TermMatcher,
    form: &Form,
    span: Range<usize>,
    folded: Range<usize>,
) -> Match<'m> {
    term(&matcher.lexicon.concepts()[form.concept], span, folded)
}

fn is_boundary_before(hay: &str, at: usize) -> bool {
    !hay[..at].chars().next_back().is_some_and(is_word_char)
}

fn is_boundary_after(hay: &str, at: usize) -> bool {
    !hay[at..].chars().next().is_some_and(is_word_char)
}

fn word_end(hay: &str, at: usize) -> usize {
    hay[at..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(hay.len(), |(i, _)| at + i)
}

fn after_char(hay: &str, at: usize) -> usize {
    at + hay[at..].chars().next().map_or(1, char::len_utf8)
}

/// The new search and the old one give the same terms for `text`.
fn assert_same(matcher: &TermMatcher, automaton: &AhoCorasick, text: &str, what: &str) {
    let folded = normalize::fold(text);
    let tokens = names::tokenize(text);
    let accents = AccentMap::new(text, &tokens);
    let words = matcher.words.as_ref().map(|s| Words::new(s, text));
    let new = matcher.find_terms(text, &folded, &accents, words.as_ref());
    let old = old_find_terms(matcher, automaton, text, &folded, &accents, words.as_ref());
    if new != old {
        let first = new.iter().zip(&old).position(|(a, b)| a != b);
        let at = first.unwrap_or(new.len().min(old.len()));
        panic!(
            "{what}: {} terms, {} before; first difference at #{at}: {:?} / {:?}",
            new.len(),
            old.len(),
            new.get(at).map(|m| (&m.span, m.concept_id(), m.text(text))),
            old.get(at).map(|m| (&m.span, m.concept_id(), m.text(text))),
        );
    }
}

/// The seed articles, and strings that test the edges of the search.
fn texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let tricky = [
        "",
        "a",
        "\u{301}",
        "\u{301}\u{300}ban",
        "Ban ban bản bàn BAN Bản",
        "đảng viên mỗi năm, đảng viên mới; Đảng viên mới.",
        "giao Ban Tuyên giáo, giao ban, xây dựng Đảng, xây dựng đảng",
        "UBND ubnd Ubnd",
        "Huyện ủy Huyện Ủy HUYỆN ỦY huyện uỷ huyen uy",
        "quận quan quân Quận",
        "có cô cơ cố có có cô",
        "5%ban 5% ban x-ban (ban) a(ban) -ban %ban #ban +ban",
        "-- %% ## ++ ((ban)) % - # +",
        "chi bộ\u{301} chi\u{300} bộ",
        "中文 ελληνικά русский ban 日本",
        "ban\u{0}ban\tban\nban\r\nban",
        "𝔟𝔞𝔫 ban ﬁban ban",
    ];
    for t in tricky {
        texts.push((format!("tricky {t:?}"), t.to_string()));
    }
    for (i, raw) in crate::seed_articles().into_iter().enumerate() {
        let name = format!("seed article {i}");
        texts.push((format!("{name} NFD"), raw.nfd().collect()));
        texts.push((format!("{name} upper case"), raw.to_uppercase()));
        texts.push((
            format!("{name} folded"),
            normalize::fold(&raw).text().to_string(),
        ));
        texts.push((name, raw));
    }
    // The same words in accented and unaccented lines, over and over: the
    // weighings kept per document meet both (`quan` is not `quận` in the first).
    let lines = "Huyện ủy có cô quan quận ở đây.\nhuyen uy co co quan quan o day nay.\n";
    let repeated = lines.repeat(40);
    texts.push(("repeated".to_string(), repeated));
    texts
}

/// Keys that start with symbols, and a hit starting inside a word sends the search
/// to the end of the next word.
const SYMBOL_KEYS: &str = "t.pct\tunit\t%\n\
t.dash\tother\t-ban\n\
t.hash\torganisation\t#ban\n\
t.plus\tother\t+ ban\n\
t.paren\tother\t(ban)\n";

#[test]
fn the_search_loop_finds_what_the_old_one_found() {
    let matcher = TermMatcher::shared();
    let automaton = automaton(matcher);
    for (what, text) in texts() {
        assert_same(matcher, &automaton, &text, &what);
    }
}

#[test]
fn the_search_loop_agrees_with_keys_starting_with_symbols() {
    let extra = Lexicon::from_tsv(SYMBOL_KEYS).unwrap();
    let matcher = TermMatcher::new(Lexicon::default().with(extra)).unwrap();
    let automaton = automaton(&matcher);
    for (what, text) in texts() {
        assert_same(&matcher, &automaton, &text, &what);
    }
}

#[test]
fn every_automaton_kind_and_word_mode_agree_with_the_old_search() {
    use crate::segment::Segmenter;
    let kinds = [
        AhoCorasickKind::DFA,
        AhoCorasickKind::ContiguousNFA,
        AhoCorasickKind::NoncontiguousNFA,
    ];
    let texts = texts();
    for kind in kinds {
        let extra = Lexicon::from_tsv(SYMBOL_KEYS).unwrap();
        let matcher = TermMatcher::builder(Lexicon::default().with(extra))
            .kind(kind)
            .build()
            .unwrap();
        assert_eq!(matcher.automaton_kind(), kind);
        let automaton = automaton(&matcher);
        for (what, text) in &texts {
            assert_same(&matcher, &automaton, text, &format!("{kind:?} {what}"));
        }
    }
    let matcher = TermMatcher::builder(Lexicon::default())
        .words(Segmenter::new())
        .build()
        .unwrap();
    let automaton = automaton(&matcher);
    for (what, text) in &texts {
        assert_same(&matcher, &automaton, text, &format!("words {what}"));
    }
}
