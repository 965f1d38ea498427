//! What a number can be about: the organisations and places the matcher
//! named, proper names written without a unit word, and the article's main
//! subject.

use std::ops::Range;
use std::sync::OnceLock;

use memchr::memmem::Finder;

use crate::extract::layout::is_all_caps_heading;
use crate::extract::Doc;
use crate::lexicon::Category;
use crate::matcher::{ends_with_a_number, Match, MatchKind};
use crate::normalize::LetterTable;
use crate::tokenize::{Token, TokenKind};

use super::words::{
    fold_words, lower_eq, since_stop, since_stop_within, strip_lower_prefix, strip_lower_suffix,
    strip_lower_words_suffix, Words,
};

/// Whether a clause opens with `Theo` (according to), after a paper's tag
/// or a bracket at most (`(BĐ) - Theo Ban Tổ chức Tỉnh ủy, …`).
pub(super) fn opens_with_theo(clause: &str) -> bool {
    clause
        .split_whitespace()
        .take(4)
        .any(|w| lower_eq(w, "theo"))
}

/// A named organisation or place that can be the subject of a number.
#[derive(Clone, Debug)]
pub(super) struct Named {
    pub(super) span: Range<usize>,
    pub(super) organisation: bool,
    /// Found by capitals alone, with no unit word, or named in a person's
    /// office: trusted only in its own sentence.
    pub(super) bare: bool,
    /// It only locates the name before it (`xã Văn Xá huyện Kim Bảng`,
    /// `huyện Sơn Động (Bắc Giang)`).
    pub(super) locator: bool,
    /// A unit that is no more or merged into another (see [`is_former`]): no
    /// subject of the figures after it, though it may be what the article
    /// is about (`Quỳnh Lưu cũ: …` in a headline).
    pub(super) former: bool,
    /// A place where something is held (see [`Named::after_preposition`]):
    /// no subject of the figures after it, though it may be what the article
    /// is about (`… tại Lâm Hà` in a headline).
    pub(super) venue: bool,
    /// A building after `tại` (`tại Trung tâm Hội nghị Quốc gia`, see
    /// [`Named::building`]): a venue, and not what the article is about.
    pub(super) building: bool,
    /// The subject of its own sentence only: a part named after `Riêng` or
    /// `trong đó` (`…, trong đó Chi bộ ấp Voi Đình hoàn thành xuất sắc`), or a
    /// place in passing after `tại`/`ở` (`Đảng viên ở xã Tân Hà chiếm 7%`).
    pub(super) part: bool,
    /// A party unit named by its kind alone (`Đảng bộ Khối`, after `Đảng ủy
    /// Khối Doanh nghiệp tỉnh`): the span of the kind, to find the full name
    /// said before.
    pub(super) refers: Option<Range<usize>>,
}

/// A name the matcher found that can be the subject of a number.
pub(super) fn named(m: &Match<'_>) -> Option<Named> {
    matches!(m.kind, MatchKind::Organisation | MatchKind::Place).then(|| Named {
        span: m.span.clone(),
        organisation: m.kind == MatchKind::Organisation,
        bare: false,
        locator: false,
        former: false,
        venue: false,
        building: false,
        part: false,
        refers: None,
    })
}

/// The names of the document: those of the matcher (`matched`, in lines that
/// give facts) and those found by capitals; those in `guest_roles` marked.
pub(super) fn all_names(
    doc: &Doc<'_>,
    matched: &[&Match<'_>],
    guest_roles: &[Range<usize>],
) -> Vec<Named> {
    let mut names: Vec<Named> = matched.iter().filter_map(|m| named(m)).collect();
    let mut coverage = Coverage::new(doc.matches.as_slice());
    bare_names_in(doc, &mut coverage, 0..doc.tokens.len(), &mut names);
    unit_names_in(doc, 0..doc.text().len(), &mut names);
    mark_in_roles(guest_roles, &mut names);
    settle(doc.text(), &mut names);
    names
}

/// The offices of the people named as guests (`Dự đại hội có đồng chí Trần
/// Văn Hùng, Bí thư Huyện ủy Đồng Phú`, `Tham dự …`, `Cùng đi có ông …`):
/// `dự`, `cùng đi`, `đi cùng` or `tháp tùng` before the name in its sentence.
pub(super) fn person_roles(doc: &Doc<'_>) -> Vec<Range<usize>> {
    let text = doc.text();
    // `dự` the verb (attend), not `dự kiến`, `dự án`, `dự thảo`, `dự toán`.
    let guest = |at: usize| {
        let words: Vec<&str> = since_stop(text, at, &['.', '!', '?', '\n'])
            .split_whitespace()
            .collect();
        let pair = |k: usize, a: &str, b: &str| {
            lower_eq(words[k], a) && words.get(k + 1).is_some_and(|n| lower_eq(n, b))
        };
        words.iter().enumerate().any(|(k, w)| {
            (lower_eq(w, "dự")
                && !words
                    .get(k + 1)
                    .is_some_and(|n| Words::get().not_attending.has_lower(n)))
                || pair(k, "cùng", "đi")
                || pair(k, "đi", "cùng")
                || pair(k, "tháp", "tùng")
        })
    };
    // (`Dự Đại hội có lãnh đạo Huyện ủy Đồng Văn`: the leaders of a body,
    // named without a person after `có`, are guests too.)
    // (Listed after `có` or a semicolon, not set after a name by a comma.)
    let leaders_of = |m: &Match<'_>| {
        let head = text[..m.span.start].trim_end();
        let rest = strip_lower_suffix(head, "lãnh đạo")
            .map(|r| strip_lower_suffix(r, "đại diện").unwrap_or(r))
            .or_else(|| strip_lower_suffix(head, "đại diện"));
        rest.is_some_and(|r| r.ends_with(';') || strip_lower_suffix(r, "có").is_some())
    };
    // (Not a body in a person's own office: `đồng chí Lê Thị Hoa, đại diện
    // lãnh đạo Đảng ủy xã Tân Lập cho biết …`.)
    let offices: Vec<Range<usize>> = doc.matches.names().filter_map(|m| m.role.clone()).collect();
    let in_office = |m: &Match<'_>| {
        offices
            .iter()
            .any(|r| r.start <= m.span.start && m.span.end <= r.end)
    };
    let mut roles: Vec<Range<usize>> = doc
        .matches
        .names()
        .filter_map(|m| match m.kind {
            MatchKind::Person if guest(m.span.start) => m.role.clone(),
            MatchKind::Organisation if leaders_of(m) && !in_office(m) && guest(m.span.start) => {
                Some(m.span.clone())
            }
            _ => None,
        })
        .collect();
    roles.sort_by_key(|r| r.start);
    roles
}

/// Marks the names inside an office as trusted only in their own sentence
/// (see [`Named::bare`]): the committee in `đồng chí Trần Văn Hùng, Bí thư
/// Huyện ủy Đồng Phú` tells who the person is, not what the figures of the
/// next sentences are about (but `Bí thư Chi bộ thôn 3 cho biết chi bộ có 27
/// đảng viên` speaks of the cell).
pub(super) fn mark_in_roles(roles: &[Range<usize>], names: &mut [Named]) {
    // Roles come in text order and do not overlap: the last that starts at
    // or before a name is the only one that may hold it.
    for n in names.iter_mut() {
        let i = roles.partition_point(|r| r.start <= n.span.start);
        if i > 0 && n.span.end <= roles[i - 1].end {
            n.bare = true;
        }
    }
}

/// Most words [`unit_names_in`] reads after the common noun of a name.
const MAX_NAME_WORDS: usize = 8;

/// Party organisations named by a capitalised common noun rather than a
/// place (`Đảng bộ Công an tỉnh`, `Chi bộ Quân sự`, `Đảng bộ Khối Doanh
/// nghiệp tỉnh`): a capitalised organisation term of the `unit_head` list
/// (`data/quantity_words.tsv`), then either a capitalised syllable no match
/// covers with at most one small one after it (a two-syllable word) or a
/// capitalised organisation term other than a committee (`Huyện ủy`: `Ban
/// Tuyên giáo Huyện ủy` is the committee's), then the place or
/// organisation name that follows, or else an administrative unit with no
/// name after it. Those whose organisation term starts in `range` (of the
/// normalized text) are appended to `out`.
pub(super) fn unit_names_in(doc: &Doc<'_>, range: Range<usize>, out: &mut Vec<Named>) {
    let text = doc.text();
    let tokens = &doc.tokens;
    let letters = LetterTable::get();
    // No match covers token `k` but the matcher's own reading of the name
    // from the head at `head` (`Chi bộ Ngân hàng Chính` of `Chi bộ Ngân hàng
    // Chính sách xã hội`): this one reads further.
    // (A word of no category does not hide one: `Công ty Cổ phần Môi
    // trường`.)
    let free = |k: usize, head: usize| {
        doc.matches.covering(tokens[k].norm_span.start).all(|m| {
            (m.kind == MatchKind::Organisation && m.span.start == head)
                || m.category() == Some(Category::Other)
        })
    };
    // The first token after byte `end`, if one space comes before it.
    let next_to = |end: usize| {
        let k = tokens.partition_point(|t| t.norm_span.start < end);
        let spaced = tokens
            .get(k)
            .is_some_and(|t| text.get(end..t.norm_span.start) == Some(" "));
        spaced.then_some(k)
    };
    let small = |k: usize| {
        let t = &tokens[k];
        t.kind == TokenKind::Word
            && t.norm.as_bytes().first().is_some_and(|b| {
                b.is_ascii_lowercase() || (!b.is_ascii() && !is_capitalised(t, letters))
            })
    };
    // A small word of a name is no function word and starts no term but a
    // place, an organisation or a word of no category (`tỉnh`, `xã hội`).
    let stops_name = |k: usize| {
        let t = &tokens[k];
        // (`Đảng bộ Đồn lần lượt kết nạp …`.)
        let respectively = || {
            lower_eq(t.norm, "lần") && tokens.get(k + 1).is_some_and(|n| lower_eq(n.norm, "lượt"))
        };
        Words::get().unit_stop.has_lower(t.norm)
            || respectively()
            || doc.matches.covering(t.norm_span.start).any(|m| {
                !matches!(
                    m.category(),
                    Some(Category::AdminUnit | Category::Organisation | Category::Other)
                )
            })
    };
    // A capitalised word, or a capital alone (`Y tế`).
    let capital = |t: &Token<'_>| {
        is_capitalised(t, letters) || {
            let mut chars = t.norm.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        }
    };
    let is_place_word = |k: usize| {
        let p = tokens[k].norm_span.start;
        doc.matches
            .term_at(p)
            .is_some_and(|m| m.span.start == p && m.category() == Some(Category::AdminUnit))
    };
    let organisation = |m: &Match<'_>| m.category() == Some(Category::Organisation);
    let capital_inside = |at: usize| {
        doc.matches.term_at(at).is_some_and(|m| {
            m.span.start == at
                && organisation(m)
                && text[m.span.clone()].contains(char::is_uppercase)
        })
    };
    let committee = |m: &Match<'_>| {
        let key = crate::normalize::fold(&text[m.span.clone()]);
        key.text().ends_with("uy")
    };
    let in_range = doc
        .matches
        .terms_after(range.start)
        .take_while(|m| m.span.start < range.end);
    // Most organisation terms are followed by a small letter (`Đảng bộ
    // huyện`): that is looked at first.
    // (`Đảng ủy các Khu công nghiệp tỉnh`: past `các`; `Đảng bộ các cơ
    // quan Đảng tỉnh`: an organisation term with a capital inside.)
    // (`Đảng bộ các khu công nghiệp tỉnh`: after `các`, an organisation
    // term in small letters with the level it belongs to.)
    let kind_of_level = |at: usize| {
        doc.matches.term_at(at).is_some_and(|m| {
            let rest = text[m.span.end..].strip_prefix(' ').unwrap_or("");
            m.span.start == at
                && organisation(m)
                && ["tỉnh", "thành phố", "huyện"].iter().any(|l| {
                    rest.strip_prefix(l)
                        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                })
        })
    };
    let capital_after = |m: &&Match<'_>| {
        text[m.span.end..].strip_prefix(' ').is_some_and(|rest| {
            let plural = rest.strip_prefix("các ");
            let rest = plural.unwrap_or(rest);
            let at = text.len() - rest.len();
            rest.starts_with(char::is_uppercase)
                || capital_inside(at)
                || (plural.is_some() && kind_of_level(at))
        })
    };
    // (The head's own words first: they turn most terms away before the
    // words after them are looked up.)
    let heads = in_range
        .filter(|m| {
            let written = &text[m.span.clone()];
            organisation(m)
                && written.starts_with(char::is_uppercase)
                && Words::get().unit_head.has_lower(written)
        })
        .filter(capital_after);
    for head in heads {
        let Some(mut k) = next_to(head.span.end) else {
            continue;
        };
        let plural = tokens[k].norm == "các";
        if plural {
            let Some(next) = next_to(tokens[k].norm_span.end) else {
                continue;
            };
            k = next;
        }
        let at = tokens[k].norm_span.start;
        if Words::get().not_unit_noun.has_lower(tokens[k].norm) {
            continue;
        }
        // Where the noun ends; for a capitalised word (not a term), whether
        // it is that capital alone.
        let mut numbered = false;
        let (noun_end, word, capital_last) =
            if is_capitalised(&tokens[k], letters) && free(k, head.span.start) {
                match next_to(tokens[k].norm_span.end) {
                    // (Not a verb: `Đảng bộ Đồn hiện có`.)
                    Some(j) if small(j) && free(j, head.span.start) && !stops_name(j) => {
                        (tokens[j].norm_span.end, true, false)
                    }
                    _ => (tokens[k].norm_span.end, true, true),
                }
            } else {
                match doc.matches.term_at(at) {
                    Some(m) if m.span.start == at && organisation(m) && !committee(m) => {
                        let capital = text[at..].starts_with(char::is_uppercase)
                            || capital_inside(at)
                            || (plural && kind_of_level(at));
                        if !capital {
                            continue;
                        }
                        numbered = m.concept_id().is_some_and(ends_with_a_number);
                        (m.span.end, false, false)
                    }
                    _ => continue,
                }
            };
        // `Bệnh viện Đa khoa tỉnh`, `Ngân hàng Chính sách xã hội`, `Công ty
        // Cổ phần Xi măng`: words of the name capitalised on their first
        // syllable only. Small syllables follow a capital that starts a word
        // (`Đa khoa`), not the last of a proper name (`Hồng Tiến ban đầu`),
        // and end at a place word (`tỉnh`), a verb or punctuation.
        let mut end = noun_end;
        let (mut open, mut after_capital) = (word, capital_last);
        let (mut small_run, mut taken) = (usize::from(word && !capital_last), 0);
        // `Sở Văn hóa, Thể thao và Du lịch`, `Sở Lao động - Thương binh và
        // Xã hội`: a comma or a dash between capitalised words of a name
        // that goes on to `và`.
        let joined_by_mark = |end: usize| {
            let rest = &text[end..];
            let gap = [", ", " - ", " – "].iter().find(|g| rest.starts_with(*g))?;
            let n = next_to(end + gap.len() - 1)?;
            let goes_on = tokens[n..]
                .iter()
                .take(6)
                .take_while(|t| t.kind == TokenKind::Word || t.norm == "," || t.norm == "-")
                .any(|t| lower_eq(t.norm, "và"));
            (capital(&tokens[n]) && free(n, head.span.start) && goes_on).then_some(n)
        };
        // `Đồn Biên phòng Cửa khẩu quốc tế (CKQT) Móng Cái`: an abbreviation
        // defined in a bracket inside the name, which goes on after it.
        let defined = |end: usize| {
            let rest = text[end..].strip_prefix(" (")?;
            let (abbrev, after) = rest.split_once(") ")?;
            let short = abbrev.len() <= 12
                && abbrev
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit());
            let n = next_to(text.len() - after.len() - 1)?;
            (short && !abbrev.is_empty() && capital(&tokens[n]) && free(n, head.span.start))
                .then_some(n)
        };
        loop {
            if taken >= MAX_NAME_WORDS {
                break;
            }
            let word = next_to(end).filter(|&j| tokens[j].kind == TokenKind::Word);
            let Some(j) = word
                .or_else(|| joined_by_mark(end))
                .or_else(|| defined(end).filter(|_| taken > 0))
            else {
                break;
            };
            let t = &tokens[j];
            let p = t.norm_span.start;
            let starts_name = doc
                .matches
                .covering(p)
                .any(|m| m.span.start == p && named(m).is_some());
            if t.kind != TokenKind::Word || starts_name {
                break;
            }
            // `Sở Giáo dục và Đào tạo`: `và` joins two words of the name.
            let joins = |t: &Token<'_>| {
                lower_eq(t.norm, "và")
                    && next_to(t.norm_span.end)
                        .is_some_and(|n| capital(&tokens[n]) && free(n, head.span.start))
            };
            if joins(t) {
                after_capital = false;
            } else if capital(t) && free(j, head.span.start) {
                // (`Y` of `Y tế`, `Y học` starts a word: `Trạm Y tế`; not `A`
                // of `Phước Hòa A tổ chức`.)
                let letter_word = t.norm == "Y" && next_to(t.norm_span.end).is_some_and(small);
                open = !after_capital || letter_word;
                after_capital = true;
                small_run = 0;
            } else if open && small(j) && small_run < 3 && !stops_name(j) && !is_place_word(j) {
                small_run += 1;
                after_capital = false;
            } else {
                break;
            }
            end = t.norm_span.end;
            taken += 1;
        }
        // `Chi bộ Phân xưởng Khai thác 5`: a workshop's or a zone's name
        // ends with its number, when no counted thing follows it.
        if numbered && taken > 0 {
            if let Some(j) = next_to(end).filter(|&j| {
                let t = &tokens[j];
                // (Nor times or spans: `Cơ điện 2 lần được tặng`, `Mỹ Phước
                // 12 tháng qua`.)
                let counted = next_to(t.norm_span.end).is_some_and(|n| {
                    let p = tokens[n].norm_span.start;
                    let span = ["lan", "nam", "thang", "dot", "ngay"]
                        .iter()
                        .any(|w| crate::normalize::folds_to(tokens[n].norm, w));
                    span || doc.matches.term_at(p).is_some_and(|m| {
                        m.span.start == p
                            && matches!(m.category(), Some(Category::Unit | Category::People))
                    })
                });
                t.kind == TokenKind::Number && t.norm.len() <= 2 && !counted
            }) {
                end = tokens[j].norm_span.end;
            }
        }
        // Then a place or organisation name, or an administrative unit with
        // no name after it; `Đảng bộ Văn phòng UBND tỉnh`: a capitalised
        // organisation term first.
        for _ in 0..2 {
            let Some(j) = next_to(end) else {
                break;
            };
            let p = tokens[j].norm_span.start;
            let term = doc.matches.term_at(p).filter(|m| m.span.start == p);
            let admin = term.filter(|m| m.category() == Some(Category::AdminUnit));
            // (Or, at a place word, the rest of the matcher's name of the
            // whole, which holds the place: `Đảng bộ Bệnh viện Đa khoa tỉnh
            // Kon Tum`; or of the noun after the head: `Đảng bộ các cơ quan
            // Đảng tỉnh Đắk Lắk`.)
            let name = doc
                .matches
                .covering(p)
                .filter(|m| {
                    named(m).is_some()
                        && (m.span.start == p
                            || ((m.span.start == head.span.start || m.span.start == at)
                                && admin.is_some()))
                })
                .map(|m| m.span.end)
                .max();
            if let Some(name_end) = name {
                end = name_end;
            } else if let Some(admin) = admin {
                let named_after = next_to(admin.span.end).is_some_and(|a| {
                    text[tokens[a].norm_span.start..].starts_with(char::is_uppercase)
                });
                if !named_after {
                    end = admin.span.end;
                }
            } else if let Some(org) = term
                .filter(|m| organisation(m) && text[m.span.clone()].starts_with(char::is_uppercase))
            {
                end = org.span.end;
                continue;
            }
            break;
        }
        let span = head.span.start..end;
        if doc.in_fact_line(&span) {
            out.push(Named {
                span,
                organisation: true,
                bare: false,
                locator: false,
                former: false,
                venue: false,
                building: false,
                part: false,
                // (Or by one capitalised word, the first of a name said
                // before: `Đảng bộ Đồn` after `Đảng bộ Đồn Biên phòng CKQT
                // Móng Cái`.)
                refers: ((!word || capital_last) && end == noun_end).then_some(at..noun_end),
            });
        }
    }
}

/// Whether the name at `r` is on a line of at most six words, up to it.
pub(super) fn ends_short_line(text: &str, r: &Range<usize>) -> bool {
    let start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
    text[start..r.end].split_whitespace().nth(6).is_none()
}

/// Sorts names by start (the longest first), drops those inside another
/// and marks the locators (`xã Văn Xá huyện Kim Bảng`, `huyện Sơn Động (Bắc
/// Giang)`): the first one is left as it is.
pub(super) fn settle(text: &str, names: &mut Vec<Named>) {
    names.sort_by_key(|n| (n.span.start, std::cmp::Reverse(n.span.end)));
    names.dedup_by(|b, a| a.span.start <= b.span.start && b.span.end <= a.span.end);
    for k in 1..names.len() {
        let gap = text
            .get(names[k - 1].span.end..names[k].span.start)
            .unwrap_or("x");
        // A party unit after a comma locates the one before it (`Chi bộ
        // thôn 3, Đảng bộ xã Tân Lập`), but not a source, a comparison or an
        // occasion (`Theo Ban Tổ chức Huyện ủy Yên Thế, Đảng bộ xã Đồng Tâm
        // …`, `Nhân dịp kỷ niệm Cách mạng Tháng Mười Nga, Đảng ủy xã …`).
        // (The word right before that name, or one of the first two of its
        // clause: `Theo báo cáo của Huyện ủy Lục Nam, …`.)
        // (The clause before the name before.)
        let clause = || {
            let before = &text[..names[k - 1].span.start];
            before
                .rfind([',', '.', ';', ':', '\n'])
                .map_or(before, |c| &before[c + 1..])
        };
        let after_source = || {
            let listed = |w: &str| Words::get().not_located_after.has_lower(w);
            let clause = clause();
            clause.split_whitespace().next_back().is_some_and(listed)
                || clause.split_whitespace().take(2).any(listed)
        };
        // Nor does it locate a place (`Sau khi hợp nhất … tỉnh Thái Bình, Đảng
        // bộ UBND tỉnh hiện có …`). (A place after a source is no locator
        // either: `Theo Ban Tổ chức Tỉnh ủy Nghệ An, huyện Quỳnh Lưu có …`.)
        // (Nor the units merged: `Sau sáp nhập xã A và xã B, xã C có …`.)
        let after_theo_or_merger = || {
            let clause = clause();
            let mut words = clause.split_whitespace();
            let merged = words.next().is_some_and(|w| lower_eq(w, "sau"))
                && words
                    .next()
                    .is_some_and(|w| ["hợp", "sáp", "khi"].iter().any(|m| lower_eq(w, m)));
            opens_with_theo(clause) || merged
        };
        let own = gap.trim() == ","
            && if names[k].organisation {
                names[k - 1].bare || !names[k - 1].organisation || after_source()
            } else {
                // (Not one itself followed by a comma, still the source's
                // address: `Theo Đảng ủy xã Tân Hà, huyện Lâm Hà, toàn xã …`.)
                after_theo_or_merger() && !text[names[k].span.end..].starts_with(',')
            };
        // `Báo Hà Tĩnh - Đảng bộ thị xã Kỳ Anh hiện có …`: a paper's tag
        // before the lead locates nothing, and is no subject.
        let tag = &text[names[k - 1].span.clone()];
        if matches!(gap.trim(), "-" | "–") && (tag.starts_with("Báo ") || tag.starts_with("BÁO "))
        {
            names[k - 1].locator = true;
            continue;
        }
        // (`Chi bộ thôn 3 ở xã Tân Hà`: the place of a party unit.)
        // (Also after a bracket about the unit: `Công ty TNHH Dệt may Hoa Sen
        // (vốn Hàn Quốc) ở Khu công nghiệp Bảo Minh`.)
        // (The bracket may hold a name: `(Hàn Quốc)`.)
        // (And the body it belongs to: `Đảng bộ Đại học Bách khoa Hà Nội
        // trực thuộc Đảng bộ Thành phố Hà Nội`.)
        let at = |g: &str| matches!(g.trim(), "ở" | "tại" | "thuộc" | "trực thuộc");
        let after_bracket = gap
            .trim_start()
            .strip_prefix('(')
            .and_then(|g| g.split_once(')'))
            .is_some_and(|(_, rest)| at(rest));
        let bracketed_name = k >= 2
            && names[k - 2].organisation
            && gap.trim_start().strip_prefix(')').is_some_and(at)
            && text
                .get(names[k - 2].span.end..names[k - 1].span.start)
                .is_some_and(|g| g.contains('(') && !g.contains(')') && g.len() <= 16);
        let unit_at = (names[k - 1].organisation && (at(gap) || after_bracket)) || bracketed_name;
        // (`Đảng bộ phường Đô Vinh (TP. Phan Rang - Tháp Chàm)`: a bracket
        // opened with an abbreviated unit word.)
        let bracket = gap.trim().starts_with('(') && !gap.contains(')') && gap.len() <= 12;
        // (`Nậm Pồ là huyện vùng cao biên giới của tỉnh Điện Biên, có 15
        // xã`: the place the name before is said to be of.)
        let is_of = gap.len() <= 96
            && gap.starts_with(" là ")
            && gap.ends_with(" của ")
            && !gap.contains(['.', ';', ':', '\n']);
        // (Names on two lines are two statements, a photo's credit, `Ảnh:
        // Nguyễn Văn`, locating nothing on the next line; but a short line
        // of a name, `ThS. Néang Sa Phol`, may have its office under it.)
        // (A mark between, `(`, `,`, still locates.)
        let across = gap.contains('\n') && gap.trim().is_empty();
        names[k].locator = (!across || ends_short_line(text, &names[k - 1].span))
            && (unit_at
                || is_of
                || !own && (bracket || matches!(gap.trim(), "" | "," | "(" | "-" | "–")));
    }
    let (mut venue_before, mut part_before) = (false, false);
    for k in 0..names.len() {
        let n = &names[k];
        // (The places of a list after a venue's `tại`, `ở` share its
        // reading: `ở các phường Kỳ Trinh, Kỳ Long và xã Kỳ Hà`.)
        let listed = k > 0 && {
            let gap = text.get(names[k - 1].span.end..n.span.start).unwrap_or("");
            matches!(gap.trim(), "," | "và")
        };
        let place = !n.organisation;
        // (Organisations are no venues: their preposition is not read.)
        let (event, passing) = match place.then(|| n.after_preposition(text)).flatten() {
            Some(clause) => {
                let clause = fold_words(clause);
                let event = Words::get()
                    .venue_verbs
                    .iter()
                    .any(|v| clause.contains(v.as_str()));
                (event, !event)
            }
            _ => (false, false),
        };
        let building = n.organisation && n.building(text);
        let venue = place
            && ((event || listed && venue_before) && !n.told_of(text) || n.persons_place(text))
            || building
            || n.agent(text)
            || n.partner(text)
            || n.congress_attended(text);
        let part = passing || (listed && part_before) || n.is_part(text);
        let former = is_former(text, &n.span, n.organisation);
        venue_before = venue;
        part_before = part;
        names[k].venue = venue;
        names[k].building = building;
        names[k].part = part;
        names[k].former = former;
    }
}

impl Named {
    /// A building after `tại` (`tại Trung tâm Hội nghị Quốc gia`, `tại Hội
    /// trường Huyện ủy`, see `venue_building`): where something was held.
    fn building(&self, text: &str) -> bool {
        let before = text[..self.span.start].trim_end_matches(' ');
        strip_lower_words_suffix(before, "tại").is_some() && {
            let name = text[self.span.clone()].to_lowercase();
            Words::get()
                .venue_building
                .iter()
                .any(|b| name.starts_with(b))
        }
    }

    /// The clause before `tại` or `ở` (`các`, `những`) right before the
    /// name, when the preposition stands inside its clause: `Đại hội được tổ
    /// chức vào ngày 24-11-1947 tại làng Văn Trai` (a venue: a word of
    /// `venue_verbs` in it), `Số đảng viên tập trung ở xã Kỳ Hà` (a place in
    /// passing). `None` for a place that opens its clause (`Năm 2023, tại
    /// xã Yên Lập, …`, `Riêng tại xã Tân Hà`, `Hiện tại xã Đạ Tông`), and
    /// when the sentence goes on about it (`…, nơi có 67% dân số …`).
    fn after_preposition<'t>(&self, text: &'t str) -> Option<&'t str> {
        let before = text[..self.span.start].trim_end_matches(' ');
        let before = ["các ", "những "]
            .iter()
            .find_map(|w| before.strip_suffix(w.trim_end()))
            .map_or(before, |b| b.trim_end_matches(' '));
        let rest = ["tại", "ở", "Tại", "Ở"]
            .iter()
            .find_map(|w| before.strip_suffix(w))?;
        let clause = since_stop(text, rest.len(), &[',', ';', '.', ':', '\n', '(']);
        // (A word that opens a clause with the place: `riêng`, `hiện`, a year.)
        let opener = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit()) || Words::get().place_opener.has_lower(w)
        };
        let opens = clause.split_whitespace().next_back().is_none_or(opener);
        // (Read up to 512 bytes on: a page with no full stop must not cost
        // a scan to its end per name.)
        let after = &text[self.span.end..];
        let after = &after[..super::char_floor(after, after.len().min(512))];
        let sentence = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
        (rest.ends_with(' ') && !opens && !sentence.contains(", nơi ")).then_some(clause)
    }

    /// Whether the name's clause opens with `Riêng` or `trong đó` (`trong
    /// số đó`): `Riêng Trung đoàn bộ binh 335 và Trung đoàn 764 kết nạp …`.
    fn is_part(&self, text: &str) -> bool {
        // (Cheap first: the opener is a few words before the name, at most,
        // so a short look back finds the clause's start or nothing.)
        let stops = [',', ';', '.', ':', '\n', '('];
        let head = match since_stop_within(text, self.span.start, &stops, 40) {
            Ok(head) => head,
            // (The text's start is the clause's.)
            Err(window) if window.len() == self.span.start => window,
            Err(_) => return false,
        };
        let mut words = head.split_whitespace();
        let is = |w: Option<&str>, key: &str| w.is_some_and(|w| lower_eq(w, key));
        match words.next() {
            w if is(w, "riêng") => true,
            w if is(w, "trong") => {
                let next = words.next();
                is(next, "đó") || (is(next, "số") && is(words.next(), "đó"))
            }
            _ => false,
        }
    }

    /// A partner in the deed, not its doer: `trường phối hợp (với) Trung tâm
    /// Chính trị quận Ninh Kiều mở 3 lớp` (the name, or the body it is of,
    /// right after `phối hợp`).
    fn partner(&self, text: &str) -> bool {
        let head = since_stop(text, self.span.start, &[',', ';', '.', ':', '\n', '(']);
        let Some(k) = head.rfind("phối hợp") else {
            return false;
        };
        let rest = head[k + "phối hợp".len()..].trim_start();
        let rest = strip_lower_prefix(rest, "với ").unwrap_or(rest);
        rest.split_whitespace().count() <= 5
            && (rest.is_empty() || rest.starts_with(char::is_uppercase))
    }

    /// The unit whose congress delegates go to (`bầu 7 đại biểu đi dự Đại hội
    /// đại biểu Đảng bộ huyện Đồng Văn`): not the one that sends them.
    fn congress_attended(&self, text: &str) -> bool {
        let before = text[..self.span.start].trim_end_matches(' ');
        let before = strip_lower_suffix(before, "đại biểu").unwrap_or(before);
        strip_lower_suffix(before, "đại hội")
            .is_some_and(|rest| strip_lower_suffix(rest, "dự").is_some())
    }

    /// The agent of a passive (`Đảng bộ Đồn được Đảng ủy BĐBP tỉnh đánh giá
    /// hoàn thành tốt nhiệm vụ`): who judged or gave, not what is counted.
    fn agent(&self, text: &str) -> bool {
        let before = text[..self.span.start].trim_end_matches(' ');
        ["được", "bị"].iter().any(|w| {
            strip_lower_suffix(before, w).is_some_and(|rest| {
                rest.len() < before.len() && rest.ends_with(|c: char| c.is_alphanumeric())
            })
        })
    }

    /// A place in a bracket right after a person's name (`đồng chí Nguyễn
    /// Văn Hai (phường Cái Vồn)`): where that person lives or works.
    fn persons_place(&self, text: &str) -> bool {
        let Some(before) = text[..self.span.start].trim_end().strip_suffix('(') else {
            return false;
        };
        // (Two to four capitalised words of the name, then an honorific.)
        let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
        let names = words
            .iter()
            .take(4)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        let honorific = words.get(names).is_some_and(|w| {
            ["chí", "ông", "bà", "anh", "chị"]
                .iter()
                .any(|h| lower_eq(w, h))
        });
        names >= 2 && honorific
    }

    /// Whether the words right after the name say what it has: a count in a
    /// bracket (`ở các huyện Đam Rông (4 thôn), Lạc Dương (2 thôn)`) or `có`,
    /// `còn` within the next five words (`trong khi ở thôn 3 Trà Vân hiện
    /// chỉ có 2 đảng viên`, `Qua rà soát tại xã Tân Hà, còn 3 thôn`).
    fn told_of(&self, text: &str) -> bool {
        let after = text[self.span.end..].trim_start_matches(' ');
        if let Some(inside) = after.strip_prefix('(') {
            return inside.starts_with(|c: char| c.is_ascii_digit());
        }
        // (Five words are read: 256 bytes hold them.)
        let after = &after[..super::char_floor(after, after.len().min(256))];
        let clause = &after[..after
            .find(['.', ';', ':', '(', '\n'])
            .unwrap_or(after.len())];
        clause
            .split_whitespace()
            .take(5)
            .any(|w| lower_eq(w, "có") || lower_eq(w, "còn"))
    }
}

/// A unit that is no more (`huyện Lạng Giang cũ`, `thành phố Yên Bái
/// (cũ)`, the places merged `trên cơ sở sáp nhập …`): it only tells where
/// the new one was, and is the subject of nothing after it. (A party unit
/// named after the merger, or the place others merge `vào`, lives on.)
pub(super) fn is_former(text: &str, span: &Range<usize>, organisation: bool) -> bool {
    if marked_old(text, span) || merged_after(text, span) {
        return true;
    }
    // The clause of the name, at most a few hundred bytes back.
    let mut from = span.start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..span.start];
    // (Both stops are ASCII: found by their bytes, not by decoding the
    // clause backwards, for each name read.)
    let sentence =
        memchr::memrchr2(b'.', b'\n', before.as_bytes()).map_or(before, |c| &before[c + 1..]);
    if organisation {
        return is_source(sentence);
    }
    // (Back over a list of places parted by semicolons: `… trên cơ sở sắp
    // xếp … của thị trấn Ba Tơ; xã Ba Cung; xã Ba Thành và xã Ba Động`.)
    let mut clause = sentence;
    while let Some(c) = clause.rfind(';') {
        if clause[c + 1..].split_whitespace().count() > 8 {
            break;
        }
        clause = &clause[..c];
    }
    let clause = clause.rfind(';').map_or(clause, |c| &clause[c + 1..]);
    if merged_with(clause) {
        return true;
    }
    static MERGER_OPENERS: OnceLock<[Finder<'static>; 8]> = OnceLock::new();
    let openers = MERGER_OPENERS.get_or_init(|| {
        [
            "cơ sở",
            "sau ",
            "Sau ",
            "hình thành",
            "thành lập",
            "sắp xếp từ",
            "nhập từ",
            "nhất từ",
        ]
        .map(Finder::new)
    });
    if first_cue(openers, clause).is_none() {
        return false;
    }
    merged_from(&clause.to_lowercase(), true)
}

/// Where the first of the cues (the needles of `finders`) starts in `hay`,
/// if any: `str::find` builds a searcher for each call, which costs more
/// than the search through the few hundred bytes read for each name. (The
/// cues open with no continuation byte: the index is a char boundary.)
pub(super) fn first_cue(finders: &[Finder<'static>], hay: &str) -> Option<usize> {
    finders.iter().filter_map(|f| f.find(hay.as_bytes())).min()
}

/// `Sau khi TPHCM, Bình Dương và Bà Rịa - Vũng Tàu hợp nhất thành TPHCM
/// mới`: a name in the list of units that a merger after it makes into a
/// new one (`hợp nhất thành`, `sáp nhập thành`, `nhập thành`).
fn merged_after(text: &str, span: &Range<usize>) -> bool {
    let rest = &text[span.end..super::char_floor(text, (span.end + 120).min(text.len()))];
    static CUES: OnceLock<[Finder<'static>; 3]> = OnceLock::new();
    let cues = CUES
        .get_or_init(|| [" hợp nhất thành ", " sáp nhập thành ", " nhập thành "].map(Finder::new));
    let Some(cue) = first_cue(cues, rest) else {
        return false;
    };
    // (Only the rest of the list between: names, their levels, `,`, `và`, `-`.)
    const LEVELS: &[&str] = &[
        "và",
        "tỉnh",
        "thành",
        "phố",
        "huyện",
        "quận",
        "thị",
        "xã",
        "trấn",
        "phường",
        "-",
        "–",
    ];
    rest[..cue]
        .split([' ', ','])
        .all(|w| w.is_empty() || w.starts_with(char::is_uppercase) || LEVELS.contains(&w))
}

/// A name followed by `cũ`, `(cũ)` or a closing `trước đây` (former:
/// `so với bình quân của Đảng bộ Khối trước đây.`; not `ấp Phnôm Pi trước
/// đây chỉ có 3 đảng viên`, formerly).
pub(super) fn marked_old(text: &str, span: &Range<usize>) -> bool {
    let after = &text[span.end..];
    let after = after.strip_prefix(' ').unwrap_or(after);
    ["cũ", "(cũ)"].iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    }) || after
        .strip_prefix("trước đây")
        .is_some_and(|rest| rest.starts_with(['.', ';', ')']))
}

/// A former unit (`marked_old`) that scopes the figures of its sentence:
/// after `khu vực`, `địa bàn`, `ở`, `thuộc`, `tại` or `trong` (`các cấp ủy ở
/// tỉnh Trà Vinh (cũ) đã kết nạp …`) or opening its clause, in a sentence (`sentence`, a range of
/// `text`) that tells of no merger near it (`… hợp nhất …`, `nay là`).
/// (Not the place that only locates a name before it: `huyện Châu Thành
/// thuộc tỉnh Tiền Giang (cũ)`.)
pub(super) fn old_scope(text: &str, span: &Range<usize>, sentence: Range<usize>) -> bool {
    let head = text[..span.start].trim_end();
    // (Or one that opens its clause, maybe after `trong đó` or `riêng`:
    // `Trong đó, riêng Công an tỉnh Yên Bái (cũ) kết nạp 117 đảng viên`.)
    let own = strip_lower_words_suffix(head, "riêng")
        .unwrap_or(head)
        .trim_end();
    let own = strip_lower_words_suffix(own, "trong đó")
        .unwrap_or(own)
        .trim_end();
    let opens = own.is_empty() || own.ends_with([',', ';', ':', '.', '\n']);
    if !opens {
        // (`khu vực` may be the name's own first words: `khu vực Sóc Trăng cũ`.)
        let area = strip_lower_prefix(&text[span.clone()], "khu vực ").is_some();
        let rest = if area {
            Some(head)
        } else {
            ["khu vực", "địa bàn", "ở", "thuộc", "tại", "trong"]
                .iter()
                .find_map(|w| strip_lower_words_suffix(head, w))
        };
        let Some(rest) = rest else {
            return false;
        };
        // (A name: its last two words capitalised, not `Tại khu vực …`.)
        let named_before = rest
            .trim_end()
            .rsplit(' ')
            .take(2)
            .filter(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',', ':', ';']))
            .count()
            == 2;
        if named_before {
            return false;
        }
    }
    // (A few hundred bytes around the name, not all of a long sentence.)
    let mut from = span.start.saturating_sub(800).max(sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.end + 300).min(sentence.end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let near = text[from..to].to_lowercase();
    let merger = [
        "sáp nhập",
        "hợp nhất",
        "thành lập",
        "trên cơ sở",
        "nay là",
        "sắp xếp",
    ]
    .iter()
    .any(|w| near.contains(w));
    !merger
}

/// Whether `clause` (in lower case) ends with what a new unit was formed
/// from: after a cue of `merged_from` (those with `sau` only if
/// `after_merging`), not the new unit itself.
fn merged_from(clause: &str, after_merging: bool) -> bool {
    Words::get()
        .merged_from
        .iter()
        .filter(|cue| after_merging || !cue.starts_with("sau "))
        .any(|cue| {
            clause.find(*cue).is_some_and(|k| {
                let rest = &clause[k + cue.len()..];
                // (`Sau hợp nhất, Đà Nẵng có …`: the unit after the comma is
                // the new one.)
                let after_comma = (cue.starts_with("sau hợp") || cue.starts_with("sau sáp"))
                    && rest.contains(',');
                !names_new_unit(rest) && !after_comma
            })
        })
}

/// Whether the words after a cue of merging name the new unit, after
/// `thành` (`… sáp nhập xã A và xã B thành xã C`, `…, thành lập xã C`), or
/// the one merged into (`vào xã C`).
fn names_new_unit(after: &str) -> bool {
    // (Not the `thành` of `thành phố`: `hợp nhất thành phố Cần Thơ, tỉnh Sóc
    // Trăng và tỉnh Hậu Giang` merges a city.)
    after
        .match_indices(" thành")
        .any(|(k, w)| !after[k + w.len()..].starts_with(" phố"))
        || after.contains(" vào ")
}

/// `… việc hợp nhất với tỉnh Sóc Trăng, tỉnh Hậu Giang, Đảng bộ thành phố
/// vẫn kết nạp …`: a place in the list right after `hợp nhất với` or
/// `sáp nhập với` (what `clause` ends with), merged into the page's own.
fn merged_with(clause: &str) -> bool {
    // (One search for every place named: both cues end alike.)
    let Some(k) = memchr::memmem::rfind(clause.as_bytes(), " với".as_bytes()) else {
        return false;
    };
    let head = &clause[..k];
    if !["hợp nhất", "sáp nhập"]
        .iter()
        .any(|cue| strip_lower_suffix(head, cue).is_some())
    {
        return false;
    }
    let k = k + " với".len();
    let rest = &clause[k..];
    if names_new_unit(rest) {
        return false;
    }
    // (Each item of the list before the name is a place: a capital among
    // its first words, `tỉnh Sóc Trăng`, not `và sắp xếp bộ máy`.)
    rest.split([',', ';'])
        .flat_map(|part| part.split(" và "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .all(|item| {
            item.split_whitespace()
                .take(3)
                .any(|w| w.starts_with(char::is_uppercase))
        })
}

/// An organisation whose members or cells pass to another, named at the
/// end of `sentence` (what comes before it): after `từ` in a clause of a
/// transfer (`tiếp nhận 16 tổ chức cơ sở đảng từ Đảng bộ Khối …`, `12 tổ
/// chức chuyển từ …`), or merged `trên cơ sở hợp nhất …` (not `… thành`).
/// (A party unit after `sau khi sáp nhập` is the new one.)
fn is_source(sentence: &str) -> bool {
    let clause = clause_of_list(sentence);
    // (Most clauses hold none of the cues: turned away by a byte search.)
    let has = |w: &str| memchr::memmem::find(clause.as_bytes(), w.as_bytes()).is_some();
    let ends_from = clause.trim_end().ends_with("từ");
    if !ends_from && !has("thành") && !has("cơ sở") {
        return false;
    }
    let clause = clause.to_lowercase();
    let after_from = clause.trim_end().ends_with(" từ")
        && ["tiếp nhận", "chuyển"].iter().any(|w| clause.contains(w));
    after_from || merged_from(&clause, false)
}

/// The clause `sentence` ends in, back over the items of a list of names
/// before (`trên cơ sở hợp nhất Đảng bộ xã Phú Lý (cũ), Đảng bộ xã Mã Đà
/// và …`): items are short and open with a capital, or are `(cũ)`.
fn clause_of_list(sentence: &str) -> &str {
    let mut head = sentence;
    for _ in 0..6 {
        let Some(c) = memchr::memrchr3(b',', b';', b'(', head.as_bytes()) else {
            return head;
        };
        let item = head[c + 1..].trim();
        let old = head.as_bytes()[c] == b'(' && item.starts_with("cũ)");
        let listed = head.as_bytes()[c] == b','
            && (item.is_empty()
                || (item.starts_with(char::is_uppercase) && item.split(' ').nth(10).is_none()));
        if !old && !listed {
            return &head[c + 1..];
        }
        head = &head[..c];
    }
    let c = head.rfind([',', ';', '(']).map_or(0, |c| c + 1);
    &head[c..]
}

pub(super) fn next_start(text: &str, pos: usize) -> usize {
    pos + text[pos..].len() - text[pos..].trim_start_matches(' ').len()
}

/// Proper names written without a unit word before them (`Lâm Đồng có 18
/// đảng bộ`, `Tân Yên kết nạp …`): two or more capitalised syllables that
/// no lexicon term or other name covers.
/// Those of `doc.tokens[range]` are appended to `out`.
pub(super) fn bare_names_in(
    doc: &Doc<'_>,
    coverage: &mut Coverage<'_>,
    range: Range<usize>,
    out: &mut Vec<Named>,
) {
    let tokens = &doc.tokens[..range.end];
    let text = doc.text();
    let mut emit = |run: Range<usize>| {
        if run.len() >= 2 {
            let span = tokens[run.start].norm_span.start..tokens[run.end - 1].norm_span.end;
            if doc.in_fact_line(&span) {
                out.push(Named {
                    span,
                    organisation: false,
                    bare: true,
                    locator: false,
                    former: false,
                    venue: false,
                    building: false,
                    part: false,
                    refers: None,
                });
            }
        }
    };
    // Runs of capitalised words that nothing covers, one space apart.
    let mut k = range.start;
    let letters = LetterTable::get();
    // Most tokens are turned away by their kind and first byte, before the
    // letter table.
    let capitalised = |t: &Token<'_>| {
        t.kind == TokenKind::Word
            && t.norm
                .as_bytes()
                .first()
                .is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
            && is_capitalised(t, letters)
    };
    let mut group_end = None;
    // (A people named by a lexicon term: `người Xê Đăng, Ca Dong`.)
    let matches = coverage.matches;
    let ethnicity_ends = |end: usize| {
        let i = matches.partition_point(|m| m.span.start < end);
        matches[..i]
            .iter()
            .rev()
            .take(4)
            .any(|m| m.span.end == end && m.category() == Some(Category::Ethnicity))
    };
    while let Some(skip) = tokens[k..].iter().position(capitalised) {
        let first = k + skip;
        k = first + 1;
        // (`Được Đồn …`: a word opening the sentence starts no name.)
        let words = Words::get();
        // (`Giao Thanh (Giao Thủy) là xã …`: a capitalised one-word cue of a
        // goal before a capitalised word opens a name.)
        let opens_name = || {
            opens_a_name(doc, &tokens[first].norm_span)
                && doc
                    .matches
                    .covering(tokens[first].norm_span.start)
                    .all(|m| {
                        m.kind == MatchKind::Term
                            && m.span == tokens[first].norm_span
                            && m.canonical().is_some_and(|c| words.target.has(c))
                    })
        };
        if (coverage.covers(&tokens[first]) && !opens_name())
            || words.unit_stop.has_lower(tokens[first].norm)
        {
            continue;
        }
        // (`Tết Quý Mão`, `Lễ Giáng sinh`: a feast's name is no place's.)
        if words.no_name_start.has_lower(tokens[first].norm) {
            while tokens.get(k).is_some_and(|t| {
                capitalised(t)
                    && text.get(tokens[k - 1].norm_span.end..t.norm_span.start) == Some(" ")
            }) {
                k += 1;
            }
            continue;
        }
        // (`người Xê Đăng`, `đạo Thiên Chúa`: a people or a faith, and the
        // names listed after it: `người Xê Đăng, Ca Dong`.)
        let comma_or_and = |t: &Token<'_>| t.norm == "," || lower_eq(t.norm, "và");
        let listed = first.checked_sub(1).is_some_and(|p| {
            let before = p.checked_sub(1).map(|q| tokens[q].norm_span.end);
            comma_or_and(&tokens[p])
                && (group_end == Some(p) || before.is_some_and(&ethnicity_ends))
        });
        // (`Ảnh: Thành Chung`, `Tin, ảnh: …`: a credit names a person.)
        let credit = first >= 2
            && tokens[first - 1].norm == ":"
            && ["anh", "bai", "tin"]
                .iter()
                .any(|w| crate::normalize::folds_to(tokens[first - 2].norm, w));
        let group = credit
            || listed
            || first.checked_sub(1).is_some_and(|p| {
                Words::get().group_before.has_lower(tokens[p].norm)
                    && text.get(tokens[p].norm_span.end..tokens[first].norm_span.start) == Some(" ")
            });
        while let Some(t) = tokens.get(k) {
            let gap = || text.get(tokens[k - 1].norm_span.end..t.norm_span.start);
            if !capitalised(t) || gap() != Some(" ") || coverage.covers(t) {
                break;
            }
            k += 1;
        }
        // The token that ended the run may start the next one.
        if group {
            group_end = Some(k);
        } else {
            emit(first..k);
        }
    }
}

/// Whether the one word at `span` is capitalised and so is the word right
/// after it, which starts no lexicon match: the start of a name (`Giao
/// Lạc`), not a cue (`Giao chỉ tiêu`, `Giao Đảng ủy các xã …`).
pub(super) fn opens_a_name(doc: &Doc<'_>, span: &Range<usize>) -> bool {
    let text = doc.text();
    let word = &text[span.clone()];
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let next = span.end + 1;
    capital(word)
        && !word.contains(' ')
        && text[span.end..].strip_prefix(' ').is_some_and(capital)
        && !doc.matches.covering(next).any(|m| m.span.start == next)
}

/// A word of a capital and at least one small letter (`Lâm`, not `UBND`).
pub(super) fn is_capitalised(t: &Token<'_>, letters: LetterTable) -> bool {
    use crate::normalize::{is_lower, is_upper};
    if t.kind != TokenKind::Word {
        return false;
    }
    let bytes = t.norm.as_bytes();
    // Most words start with a small letter: ASCII, or a Vietnamese one the
    // letter table knows (its case is Unicode's: a test checks every one).
    let first = match bytes.first() {
        Some(b) if b.is_ascii() && !b.is_ascii_uppercase() => return false,
        Some(_) => letters.letter_at(bytes, 0),
        None => return false,
    };
    match first {
        Some((_, false)) => false,
        // A capital followed by a small letter, the usual name.
        Some((len, true))
            if bytes.len() > len && matches!(letters.letter_at(bytes, len), Some((_, false))) =>
        {
            true
        }
        _ => {
            let mut chars = t.norm.chars();
            chars.next().is_some_and(is_upper) && chars.any(is_lower)
        }
    }
}

/// Answers "does a match cover the start of this token?" for tokens taken
/// in order, walking the matches (sorted by start) once.
pub(super) struct Coverage<'m> {
    pub(super) matches: &'m [Match<'m>],
    /// Matches before `next` start before the last position asked about.
    pub(super) next: usize,
    /// The furthest end of those matches.
    pub(super) reach: usize,
    /// The last position asked about.
    pub(super) last: usize,
}

impl<'m> Coverage<'m> {
    pub(super) fn new(matches: &'m [Match<'m>]) -> Self {
        Coverage {
            matches,
            next: 0,
            reach: 0,
            last: 0,
        }
    }

    /// Whether a match that [hides] `t` holds its start.
    pub(super) fn covers(&mut self, t: &Token<'_>) -> bool {
        let pos = t.norm_span.start;
        if pos < self.last {
            // Asked out of order: start again.
            *self = Coverage::new(self.matches);
        }
        self.last = pos;
        while let Some(m) = self.matches.get(self.next).filter(|m| m.span.start < pos) {
            self.reach = self.reach.max(m.span.end);
            self.next += 1;
        }
        // A match that starts before `t` cannot be `t` itself.
        self.reach > pos
            || self.matches[self.next..]
                .iter()
                .take_while(|m| m.span.start == pos)
                .any(|m| hides(m, t))
    }
}

/// Whether `m`, which holds the start of `t`, keeps `t` out of a bare name:
/// any match but a one-syllable counted unit that is `t` itself (a unit word
/// inside a name is part of it: Lâm Đồng).
pub(super) fn hides(m: &Match<'_>, t: &Token<'_>) -> bool {
    let unit_syllable =
        m.kind == MatchKind::Term && m.category() == Some(Category::Unit) && m.span == t.norm_span;
    !unit_syllable && m.span.end > t.norm_span.start
}

/// The first organisation named in the headline, else in the first lines
/// of the body; a place if no organisation is named.
pub(super) fn main_subject(doc: &Doc<'_>, names: &[Named]) -> Option<Named> {
    let lines = &doc.layout.lines;
    zones(doc).into_iter().find_map(|l| {
        let zone = &lines[l].range;
        if Some(l) == doc.layout.title {
            let inside = names
                .iter()
                .filter(|n| zone.start <= n.span.start && n.span.end <= zone.end);
            let told = headline_names(doc, zone, inside.cloned().collect());
            return subject_in(zone, &told, true);
        }
        subject_in(zone, names, false)
    })
}

/// The `names` of a headline, the unit whose congress it tells first
/// (`Đảng bộ xã Hải Thượng tổ chức Đại hội điểm Chi bộ thôn Tân Lý`: the
/// article is about the cell).
pub(super) fn headline_names(doc: &Doc<'_>, zone: &Range<usize>, names: Vec<Named>) -> Vec<Named> {
    let text = doc.text();
    let mut names = told_elsewhere_if_capitals(doc, zone, names);
    let congress_of = |n: &Named| {
        let before = &text[super::char_floor(text, n.span.start.saturating_sub(40))..n.span.start];
        let words = fold_words(before);
        [" dai hoi ", " dai hoi diem ", " dai hoi dai bieu "]
            .iter()
            .any(|w| words.ends_with(w))
    };
    if let Some(k) = names.iter().position(|n| n.organisation && congress_of(n)) {
        let held = names.remove(k);
        names.insert(0, held);
    }
    names
}

/// The `names` of a headline, but of one in capitals only those the page
/// writes elsewhere too: names read from capitals are guesses (`BẢN TIN
/// XÂY DỰNG ĐẢNG` for a board).
fn told_elsewhere_if_capitals(
    doc: &Doc<'_>,
    zone: &Range<usize>,
    mut names: Vec<Named>,
) -> Vec<Named> {
    let text = doc.text();
    if names.is_empty() || !is_all_caps_heading(&text[zone.clone()]) {
        return names;
    }
    // (Written as a name there: its last word capitalised, `xã Ia Hrú`,
    // not `Huy hiệu Đảng đợt 19/5` for `ĐẢNG ĐỢT`.)
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let rest: Vec<String> = text[..zone.start]
        .split_whitespace()
        .chain(text[zone.end..].split_whitespace())
        .map(word)
        .collect();
    let lower: Vec<String> = rest.iter().map(|w| w.to_lowercase()).collect();
    names.retain(|n| {
        let name: Vec<String> = text[n.span.clone()]
            .split_whitespace()
            .map(|w| word(w).to_lowercase())
            .collect();
        !name.is_empty()
            && lower.windows(name.len()).enumerate().any(|(k, w)| {
                w == name.as_slice() && rest[k + name.len() - 1].starts_with(char::is_uppercase)
            })
    });
    names
}

/// The first organisation named in `zone`, else the first place; in the
/// body, not a unit merged into another (`Sau hợp nhất với tỉnh Bạc
/// Liêu, …`), which a headline may be about (`Quỳnh Lưu cũ: …`).
pub(super) fn subject_in(zone: &Range<usize>, names: &[Named], headline: bool) -> Option<Named> {
    let inside: Vec<&Named> = names
        .iter()
        .filter(|n| zone.start <= n.span.start && n.span.end <= zone.end && !n.locator)
        .filter(|n| !n.building)
        .filter(|n| headline || !n.former)
        .collect();
    let org = inside.iter().find(|n| n.organisation);
    org.or(inside.first()).map(|n| (*n).clone())
}

/// The lines where the main subject is looked for, in that order: the
/// headline, then the first two other lines that give facts.
pub(super) fn zones(doc: &Doc<'_>) -> Vec<usize> {
    let lines = &doc.layout.lines;
    let title = doc.layout.title;
    let title_range = title.map(|t| &lines[t].range);
    // Sentences: not a section label (`Xây dựng Đảng`), nor a row of page
    // buttons (`Chia sẻ | In bài | Cỡ chữ`).
    let sentence = |i: usize| {
        let s = &doc.text()[lines[i].range.clone()];
        !s.contains('|') && s.split_whitespace().nth(5).is_some()
    };
    let body = (0..lines.len())
        .filter(|&i| lines[i].gives_facts() && Some(&lines[i].range) != title_range)
        .filter(|&i| sentence(i))
        .take(2);
    title.into_iter().chain(body).collect()
}

/// `name` with the second part of a name written with a dash (`Bà Rịa -
/// Vũng Tàu`, `Phan Rang – Tháp Chàm`): two capitalised words after ` - `
/// or ` – `, then a word in lower case, a punctuation mark or the end (not
/// `Cà Mau - Ảnh: …`, `tỉnh Cà Mau - Những kết quả`).
pub(super) fn with_second_part(text: &str, name: Range<usize>) -> Range<usize> {
    let rest = &text[name.end..];
    let Some(after) = rest
        .strip_prefix(" - ")
        .or_else(|| rest.strip_prefix(" – "))
    else {
        return name;
    };
    let start = text.len() - after.len();
    // (Three words at most are read: no scan to the end of a long line.)
    let mut words = after.splitn(4, [' ', '\n']);
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return name;
    };
    if after.as_bytes().get(a.len()) == Some(&b'\n') {
        return name;
    }
    let b_word = b.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let ends = b_word.len() < b.len()
        || after[a.len() + 1 + b.len()..].starts_with('\n')
        || words.next().is_none_or(|w| !capital(w));
    if capital(a) && capital(b_word) && ends {
        name.start..start + a.len() + 1 + b_word.len()
    } else {
        name
    }
}
