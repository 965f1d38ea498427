//! Approximation cues around a number: `hơn 3.700`, `khoảng 3,5%`,
//! `từ 110 đảng viên mới trở lên`.

use super::text::{lower_eq, next_word, pair_ending_with, prev_word, word_in};
use super::Approx;
use std::ops::Range;

/// Three-word cues, checked first: the first word, then the two-word
/// ending that without it is no cue (`vượt quá 20%` is the relation).
const BEFORE_THREE: &[(&str, (&str, &str), Approx)] = &[
    ("không", ("vượt", "quá"), Approx::AtMost),
    // `không ít hơn 150`: not fewer, so at least (`ít hơn 150` alone is fewer).
    ("không", ("ít", "hơn"), Approx::AtLeast),
    ("không", ("thấp", "hơn"), Approx::AtLeast),
    ("không", ("nhiều", "hơn"), Approx::AtMost),
    ("không", ("cao", "hơn"), Approx::AtMost),
];

/// Two-word cues, checked before the one-word ones (`ít hơn` is not `hơn`).
const BEFORE_TWO: &[(&str, &str, Approx)] = &[
    ("ít", "nhất", Approx::AtLeast),
    ("tối", "thiểu", Approx::AtLeast),
    ("tối", "đa", Approx::AtMost),
    ("không", "quá", Approx::AtMost),
    ("không", "dưới", Approx::AtLeast),
    // `chưa đạt 70% kế hoạch`: short of it.
    ("chưa", "đạt", Approx::LessThan),
    ("nhiều", "nhất", Approx::AtMost),
    ("chưa", "đến", Approx::LessThan),
    ("chưa", "tới", Approx::LessThan),
    ("không", "đến", Approx::LessThan),
    ("ít", "hơn", Approx::LessThan),
    ("xấp", "xỉ", Approx::About),
    ("ngót", "nghét", Approx::About),
    // `trên dưới 4.000`: around, neither more nor less.
    ("trên", "dưới", Approx::About),
    ("ước", "tính", Approx::About),
    ("nhiều", "hơn", Approx::MoreThan),
    // The same typed without marks (no marked text spells them so).
    ("it", "nhat", Approx::AtLeast),
    ("toi", "thieu", Approx::AtLeast),
    ("toi", "da", Approx::AtMost),
    ("khong", "qua", Approx::AtMost),
    ("khong", "duoi", Approx::AtLeast),
    ("chua", "den", Approx::LessThan),
    ("xap", "xi", Approx::About),
    ("tren", "duoi", Approx::About),
];

/// One-word cues, each with its folded key (the cue typed without
/// diacritics: `GAN 640` in a headline written without marks).
const BEFORE_ONE: &[(&str, &str, Approx)] = &[
    ("hơn", "hon", Approx::MoreThan),
    ("trên", "tren", Approx::MoreThan),
    ("ngoài", "ngoai", Approx::MoreThan),
    ("khoảng", "khoang", Approx::About),
    ("gần", "gan", Approx::About),
    ("ngót", "", Approx::About),
    // `chung` and `do` are words of their own (common; by, because):
    // only the marked cues count.
    ("chừng", "", Approx::About),
    ("độ", "", Approx::About),
    ("dưới", "duoi", Approx::LessThan),
];

/// `từ` (from) and its folded key.
const FROM: (&str, &str) = ("từ", "tu");

/// `word` is the cue or its folded key `folded` (in any case; no key when
/// empty).
fn cue_eq(word: &str, cue: &str, folded: &str) -> bool {
    lower_eq(word, cue)
        || (!folded.is_empty() && word.is_ascii() && word.eq_ignore_ascii_case(folded))
}

/// The cue that is, or ends with, the word `w` just before a number.
pub(crate) fn before(text: &str, w: Range<usize>) -> Option<(Approx, Range<usize>)> {
    let word = &text[w.clone()];
    let endings = BEFORE_THREE.iter().map(|&(_, ending, _)| ending);
    if let Some((k, s)) = pair_ending_with(text, &w, endings) {
        let (first, _, approx) = BEFORE_THREE[k];
        let head = prev_word(text, s).filter(|p| lower_eq(&text[p.clone()], first));
        if let Some(h) = head {
            return Some((approx, h.start..w.end));
        }
        // Without its first word the ending may be a cue of its own (`ít hơn`).
    }
    let pairs = BEFORE_TWO.iter().map(|&(first, second, _)| (first, second));
    if let Some((k, s)) = pair_ending_with(text, &w, pairs) {
        return Some((BEFORE_TWO[k].2, s..w.end));
    }
    // `nộp lên cấp trên 9,6 tỷ đồng`: the level above, not "over".
    let level = || prev_word(text, w.start).is_some_and(|p| cue_eq(&text[p], "cấp", "cap"));
    // `Ngoài 229 đồng chí được miễn đánh giá, có …`: opening its clause,
    // apart from, not over (`đã ngoài 80 tuổi`; an age is over, always:
    // `Ngoài 60 tuổi, ông vẫn …`).
    let opens = || {
        let after = text[w.end..].trim_start_matches([' ', '\t']);
        let after = after.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        opens_clause(text, w.start) && !after.trim_start().starts_with("tuổi")
    };
    BEFORE_ONE
        .iter()
        .find(|(cue, folded, _)| cue_eq(word, cue, folded))
        .filter(|&&(cue, _, _)| !matches!(cue, "trên" | "dưới") || !level())
        .filter(|&&(cue, _, _)| cue != "ngoài" || !opens())
        .map(|&(_, _, approx)| (approx, w))
}

/// Whether the word at `start` opens its clause: nothing but spaces before
/// it since the text's start or a mark of a clause (`,` `;` `:` `.` a line
/// break, a bracket, a dash).
fn opens_clause(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches([' ', '\t', '\u{a0}']);
    head.is_empty() || head.ends_with([',', ';', ':', '.', '\n', '(', '-', '–'])
}

/// `đạt từ 7%`: `từ` as the word `w` before a number (ending at `end`)
/// that no `đến`, `tới`, `lên` or `xuống` follows in its clause, and that
/// does not open the clause, means "at least" (`tăng từ 76,96% lên 79,15%`
/// is a change, `từ 2 đến 3` a range, `Từ 45 đảng viên năm 1990, …` a start).
pub(crate) fn from_alone(
    text: &str,
    w: Range<usize>,
    end: usize,
) -> Option<(Approx, Range<usize>)> {
    if !cue_eq(&text[w.clone()], FROM.0, FROM.1) {
        return None;
    }
    // `đến từ 27 chi bộ` (coming from), `thành lập từ 3 xã`, `hợp nhất từ 4
    // phường` (formed from): no floor. (But `hoàn thành từ 90%` is one.)
    if let Some(p) = prev_word(text, w.start) {
        let verb = &text[p.clone()];
        let from = ["đến", "lập", "nhập", "nhất", "tách", "chuyển"]
            .iter()
            .any(|v| lower_eq(verb, v));
        let formed = lower_eq(verb, "thành")
            && !prev_word(text, p.start).is_some_and(|q| lower_eq(&text[q], "hoàn"));
        if from || formed {
            return None;
        }
    }
    // (Read at most 80 words on: a page with no full stop must not cost n².)
    let rest = &text[end..];
    let rest = &rest[..rest
        .match_indices(' ')
        .nth(80)
        .map_or(rest.len(), |(k, _)| k)];
    // `Từ 45 đảng viên năm 1990, đến nay có 312`: opening its clause, with
    // `nay`, `đến`, `lên` later in the sentence, `từ` is where a story
    // starts, not a floor (`Năm 2023, từ 90% chi bộ duy trì …` is one).
    if opens_clause(text, w.start) {
        let sentence = &rest[..rest.find(['.', '\n']).unwrap_or(rest.len())];
        let folded = crate::normalize::fold(sentence);
        let story = folded
            .text()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "nay" | "den" | "toi" | "len" | "xuong"));
        if story {
            return None;
        }
    }
    let clause = &rest[..rest.find([',', ';', '.', ':', '\n']).unwrap_or(rest.len())];
    let folded = crate::normalize::fold(clause);
    // (`từ 5 đảng viên là xã viên trở lên`: `lên` of `trở lên` is the floor's.)
    let words: Vec<&str> = folded
        .text()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    let closes = words.iter().enumerate().any(|(k, w)| {
        let tail = k > 0 && words[k - 1] == "tro";
        matches!(*w, "den" | "toi" | "len" | "xuong") && !tail
    });
    // (`từ 17 thôn còn 9 thôn`: with its marks, not `con`; past a list of
    // units too: `từ 299 xã, phường, thị trấn xuống còn 124`.)
    let down_to = || {
        // (`xuống còn` itself, with no change of its own between: not
        // `…, tỷ lệ hộ nghèo giảm xuống còn 2,1%`, `đã xuống tận cơ sở`.)
        let statement = &rest[..rest.find([';', '.', ':', '\n']).unwrap_or(rest.len())];
        let words: Vec<&str> = statement.split_whitespace().take(24).collect();
        let listed = words.windows(2).enumerate().any(|(k, w)| {
            lower_eq(w[0], "xuống")
                && lower_eq(w[1], "còn")
                && !words[..k]
                    .iter()
                    .any(|v| lower_eq(v, "giảm") || lower_eq(v, "tăng"))
        });
        listed
            || clause
                .split_whitespace()
                .take(12)
                .any(|w| lower_eq(w, "còn"))
    };
    if closes || down_to() {
        return None;
    }
    Some((Approx::AtLeast, w))
}

/// How many words after a number may stand between it and `trở lên`.
const MAX_WORDS_TO_TAIL: usize = 7;

/// `trở lên` / `trở xuống` after the number ending at `end`, within the same
/// clause (letters and spaces only in between).
pub(crate) fn after(text: &str, end: usize) -> Option<(Approx, Range<usize>)> {
    // (A rate's period is part of the figure: `đạt 8%/năm trở lên`.)
    let end = text[end..]
        .strip_prefix('/')
        .and_then(|_| next_word(text, end + 1))
        .filter(|w| w.start == end + 1 && word_in(text, w, &["năm", "tháng"]))
        .map_or(end, |w| w.end);
    if !tail_may_follow(text, end) {
        return None;
    }
    let mut pos = end;
    for _ in 0..=MAX_WORDS_TO_TAIL {
        // The word must start right after the spaces: `next_word` sees to it.
        let w = next_word(text, pos)?;
        // `83,8% có trình độ từ cao đẳng trở lên`: the tail belongs to `từ …`;
        // `8.610 đảng viên hoàn thành tốt nhiệm vụ trở lên`: to the rating.
        if starts_own_tail(&text[w.clone()]) {
            return None;
        }
        // (`tro len` in text typed without marks.)
        let word = &text[w.clone()];
        if lower_eq(word, "trở") || word.eq_ignore_ascii_case("tro") {
            let tail = next_word(text, w.end)?;
            let is = |t: &str, plain: &str| {
                word_in(text, &tail, &[t]) || text[tail.clone()].eq_ignore_ascii_case(plain)
            };
            if is("lên", "len") {
                return Some((Approx::AtLeast, w.start..tail.end));
            }
            if is("xuống", "xuong") {
                return Some((Approx::AtMost, w.start..tail.end));
            }
            return None;
        }
        pos = w.end;
        // (A unit's period too: `từ 200 triệu đồng/năm trở lên`.)
        if let Some(per) = text[pos..]
            .strip_prefix('/')
            .and_then(|_| next_word(text, pos + 1))
            .filter(|p| p.start == pos + 1 && word_in(text, p, &["năm", "tháng"]))
        {
            pos = per.end;
        }
        // A comma, a digit or any other mark ends the clause.
        if text.as_bytes().get(pos) != Some(&b' ') {
            return None;
        }
    }
    None
}

/// Words after which a `trở lên` belongs to what they start, not to the
/// number before them: `từ` (`từ cao đẳng trở lên`) and the verbs of a
/// rating or a property (`hoàn thành tốt nhiệm vụ trở lên`, `xếp loại khá
/// trở lên`, `đạt loại giỏi trở lên`, `có 30 đảng viên trở lên`, `là …`).
const OWN_TAIL: &[&str] = &["từ", "hoàn", "xếp", "đạt", "được", "có", "là"];

fn starts_own_tail(word: &str) -> bool {
    OWN_TAIL.iter().any(|t| lower_eq(word, t))
}

/// Whether `trở` may be among the words [`after`] reads from `end`, by a
/// look at the bytes that rules out most numbers before any word is read.
/// Those words are letters with a space after each, so they lie in the
/// first `MAX_WORDS_TO_TAIL + 1` runs of bytes between spaces (or tabs, or
/// the slash of a period: `đồng/năm`),
/// before the first ASCII byte that is no letter; and `trở` in any case is
/// `t`, `r` (either in either case), then `ở` (E1 BB 9F) or `Ở` (E1 BB 9E).
fn tail_may_follow(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes().get(end..).unwrap_or_default();
    let mut runs = 0;
    let mut in_run = false;
    for (k, &b) in bytes.iter().enumerate() {
        match b {
            b' ' | b'\t' => in_run = false,
            // (A unit's period: `đồng/năm`.)
            b'/' => in_run = false,
            b'a'..=b'z' | b'A'..=b'Z' | 0x80.. => {
                if !in_run {
                    in_run = true;
                    runs += 1;
                    if runs > MAX_WORDS_TO_TAIL + 1 {
                        return false;
                    }
                }
                // The last byte of `ở` / `Ở`, rare in text: only then look back.
                if b & 0xFE == 0x9E
                    && k >= 4
                    && bytes[k - 2..k] == [0xE1, 0xBB]
                    && bytes[k - 4..k - 2].eq_ignore_ascii_case(b"tr")
                {
                    return true;
                }
                // `tro` alone, typed without marks.
                if b | 0x20 == b'o'
                    && k >= 2
                    && bytes[k - 2..k].eq_ignore_ascii_case(b"tr")
                    && (k == 2 || matches!(bytes[k - 3], b' ' | b'\t'))
                    && matches!(bytes.get(k + 1), Some(b' ' | b'\t'))
                {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_keys_are_the_folded_cues() {
        let keyed = BEFORE_ONE.iter().filter(|(_, k, _)| !k.is_empty());
        for (cue, key) in keyed.map(|&(c, k, _)| (c, k)).chain([FROM]) {
            assert_eq!(crate::normalize::fold(cue).text(), key, "{cue}");
        }
    }

    /// `do` (by, because) and `chung` (common) are words of their own.
    #[test]
    fn unmarked_words_of_their_own_are_no_cues() {
        for t in ["do 5", "DO 5", "chung 5"] {
            let w = prev_word(t, t.len() - 1).unwrap();
            assert!(before(t, w).is_none(), "{t}");
        }
        for (t, approx) in [
            ("độ 5", Approx::About),
            ("chừng 5", Approx::About),
            ("GAN 5", Approx::About),
        ] {
            let w = prev_word(t, t.len() - 1).unwrap();
            assert_eq!(before(t, w).map(|(a, _)| a), Some(approx), "{t}");
        }
    }

    /// `ngoài` opening its clause is "apart from"; after a verb, "over".
    #[test]
    fn besides_opening_a_clause_is_no_cue() {
        for (t, want) in [
            ("Ngoài 229", None),
            ("Năm 2024, ngoài 842", None),
            ("(ngoài 15", None),
            ("hai cụ đã ngoài 80", Some(Approx::MoreThan)),
            ("Ngoài 60 tuổi", Some(Approx::MoreThan)),
        ] {
            let w = prev_word(t, t.find(|c: char| c.is_ascii_digit()).unwrap()).unwrap();
            assert_eq!(before(t, w).map(|(a, _)| a), want, "{t}");
        }
    }

    #[test]
    fn tail_cues_are_found_as_before() {
        let old_after = |text: &str, end: usize| -> Option<(Approx, Range<usize>)> {
            let mut pos = end;
            for _ in 0..=MAX_WORDS_TO_TAIL {
                let w = next_word(text, pos)?;
                if starts_own_tail(&text[w.clone()]) {
                    return None;
                }
                if lower_eq(&text[w.clone()], "trở") {
                    let tail = next_word(text, w.end)?;
                    if word_in(text, &tail, &["lên"]) {
                        return Some((Approx::AtLeast, w.start..tail.end));
                    }
                    if word_in(text, &tail, &["xuống"]) {
                        return Some((Approx::AtMost, w.start..tail.end));
                    }
                    return None;
                }
                pos = w.end;
                if text.as_bytes().get(pos) != Some(&b' ') {
                    return None;
                }
            }
            None
        };
        let mut texts = crate::numbers::reference::samples();
        texts.extend(
            [
                "5 người trở lên",
                "5 TRỞ LÊN",
                "5 Trở Xuống",
                "5 tRở lên",
                "5 một hai ba bốn năm sáu bảy trở lên",
                "5 một hai ba bốn năm sáu bảy tám trở lên",
                "5 một\u{a0}hai trở lên",
                "5 một\thai trở lên",
                "5 một  hai\t trở lên",
                "5 xtrở lên",
                "5 tro\u{31b}\u{309} lên",
                "5 trở",
                "trở lên",
            ]
            .map(str::to_string),
        );
        let mut found = 0;
        for text in &texts {
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let want = old_after(text, end);
                found += usize::from(want.is_some());
                assert_eq!(after(text, end), want, "{end} {text:?}");
            }
        }
        assert!(found > 20, "{found}");
    }

    #[test]
    fn cues() {
        let t = "kết nạp ít nhất 5";
        let (a, r) = before(t, prev_word(t, t.len() - 1).unwrap()).unwrap();
        assert_eq!((a, &t[r]), (Approx::AtLeast, "ít nhất"));
        let t = "từ 110 đảng viên mới trở lên, đảm bảo";
        let (a, r) = after(t, "từ 110".len()).unwrap();
        assert_eq!((a, &t[r]), (Approx::AtLeast, "trở lên"));
        assert!(after("5 đảng viên, trở lên", 1).is_none());
        assert!(after("83,8% có trình độ từ cao đẳng trở lên", 5).is_none());
        // A rating or a property between: the tail is theirs.
        for t in [
            "8.610 đảng viên hoàn thành tốt nhiệm vụ trở lên",
            "45 tổ chức cơ sở đảng Hoàn thành xuất sắc nhiệm vụ trở lên",
            "120 đảng viên được xếp loại khá trở lên",
            "30 học viên đạt loại giỏi trở lên",
            "12 chi bộ có 30 đảng viên trở lên",
        ] {
            let end = t.find(' ').unwrap();
            assert!(after(t, end).is_none(), "{t}");
        }
        let t = "kết nạp 900 đảng viên mới trở lên";
        let (a, r) = after(t, "kết nạp 900".len()).unwrap();
        assert_eq!((a, &t[r]), (Approx::AtLeast, "trở lên"));
        let t = "tỷ lệ không vượt quá 2";
        let (a, r) = before(t, prev_word(t, t.len() - 1).unwrap()).unwrap();
        assert_eq!((a, &t[r]), (Approx::AtMost, "không vượt quá"));
        let t = "vượt quá 2";
        assert!(before(t, prev_word(t, t.len() - 1).unwrap()).is_none());
        let t = "trên địa bàn 5";
        assert!(before(t, prev_word(t, t.len() - 1).unwrap()).is_none());
    }
}
