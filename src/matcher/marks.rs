//! Compare the diacritics written in the text with those of a lexicon form.
//!
//! Both strings fold to the same key, so they have the same syllables and letters; only
//! the marks differ. A Vietnamese syllable carries at most one tone mark (its position
//! varies between `hòa` and `hoà`), so tones are compared per syllable, which makes the
//! check independent of tone placement and of NFC/NFD. Vowel-quality marks (â, ă, ơ, ư,
//! đ) belong to a letter and are compared per letter.
use unicode_normalization::char::decompose_canonical;

use crate::normalize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tone {
    Grave,
    Acute,
    Tilde,
    Hook,
    Dot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quality {
    Circumflex,
    Breve,
    Horn,
    Stroke,
}

/// Letters per syllable whose vowel marks are kept (Vietnamese needs 7).
const MAX_LETTERS: usize = 10;

/// One syllable's marks: its tone and each letter's vowel mark. Fixed size,
/// so that analysing a hit allocates nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Syllable {
    tone: Option<Tone>,
    /// Number of letters (saturating).
    len: u8,
    /// The vowel mark of each of the first [`MAX_LETTERS`] letters.
    marks: [Option<Quality>; MAX_LETTERS],
}

impl Syllable {
    fn push(&mut self, q: Option<Quality>) {
        if let Some(slot) = self.marks.get_mut(self.len as usize) {
            *slot = q;
        }
        self.len = self.len.saturating_add(1);
    }

    fn letters(&self) -> &[Option<Quality>] {
        &self.marks[..(self.len as usize).min(MAX_LETTERS)]
    }

    fn last_letter(&mut self) -> Option<&mut Option<Quality>> {
        let n = (self.len as usize).min(MAX_LETTERS);
        n.checked_sub(1).map(|i| &mut self.marks[i])
    }
}

/// The tone of a combining tone mark, numbered as the normalizer numbers them.
fn tone_of(c: char) -> Option<Tone> {
    letter_tone(normalize::tone_mark(c)?)
}

fn quality_of(c: char) -> Option<Quality> {
    match c {
        '\u{302}' => Some(Quality::Circumflex),
        '\u{306}' => Some(Quality::Breve),
        '\u{31b}' => Some(Quality::Horn),
        _ => None,
    }
}

/// The marks of each syllable of `s` (NFC, NFD or mixed).
pub(crate) fn syllables(s: &str) -> Vec<Syllable> {
    let mut out = Vec::new();
    syllables_into(s, &mut out);
    out
}

/// [`syllables`] into a buffer that is cleared first.
pub(crate) fn syllables_into(s: &str, out: &mut Vec<Syllable>) {
    out.clear();
    let mut current: Option<Syllable> = None;
    let mut rest = s;
    while let Some(&b) = rest.as_bytes().first() {
        if b.is_ascii() {
            // ASCII carries no mark: a letter or digit adds a letter, anything else
            // ends the syllable (what `feed` does with it, without its tests).
            if b.is_ascii_alphanumeric() {
                current.get_or_insert_with(Syllable::default).push(None);
            } else if let Some(syl) = current.take() {
                out.push(syl);
            }
            rest = &rest[1..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        if let Some(l) = normalize::letter(c) {
            // A precomposed Vietnamese letter, from the table: no decomposition.
            let syl = current.get_or_insert_with(Syllable::default);
            syl.push(letter_quality(l.base));
            if let Some(t) = letter_tone(l.tone) {
                syl.tone = Some(t);
            }
        } else {
            // Marks are classified, not ordered, so per-char decomposition is enough.
            decompose_canonical(c, |d| feed(d, &mut current, out));
        }
    }
    out.extend(current);
}

fn letter_quality(base: u8) -> Option<Quality> {
    match base {
        normalize::A_BREVE => Some(Quality::Breve),
        normalize::A_CIRC | normalize::E_CIRC | normalize::O_CIRC => Some(Quality::Circumflex),
        normalize::O_HORN | normalize::U_HORN => Some(Quality::Horn),
        normalize::D_STROKE => Some(Quality::Stroke),
        _ => None,
    }
}

fn letter_tone(tone: u8) -> Option<Tone> {
    match tone {
        1 => Some(Tone::Grave),
        2 => Some(Tone::Acute),
        3 => Some(Tone::Hook),
        4 => Some(Tone::Tilde),
        5 => Some(Tone::Dot),
        _ => None,
    }
}

/// One character of a decomposed text into the syllables being built.
fn feed(c: char, current: &mut Option<Syllable>, out: &mut Vec<Syllable>) {
    if let Some(t) = tone_of(c) {
        if let Some(syl) = current.as_mut() {
            syl.tone = Some(t);
        }
    } else if let Some(q) = quality_of(c) {
        if let Some(letter) = current.as_mut().and_then(Syllable::last_letter) {
            *letter = Some(q);
        }
    } else if c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric()) {
        let q = matches!(c, 'đ' | 'Đ').then_some(Quality::Stroke);
        current.get_or_insert_with(Syllable::default).push(q);
    } else if ('\u{300}'..='\u{36f}').contains(&c) {
        // another combining mark: not a Vietnamese mark, ignore
    } else if let Some(syl) = current.take() {
        out.push(syl);
    }
}

/// Whether `a` and `b` carry the same marks letter by letter: equal but for the case
/// of letters (`Huyện ủy`, `huyện ủy`), or for letters that differ in nothing
/// [`syllables_into`] reads. Their syllables are then equal.
pub(crate) fn same_marks(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        // Equal bytes make equal characters: run through them.
        while x.get(i).is_some_and(|p| y.get(j) == Some(p)) {
            i += 1;
            j += 1;
        }
        let (Some(&p), Some(&q)) = (x.get(i), y.get(j)) else {
            return i == x.len() && j == y.len();
        };
        if p.is_ascii() && q.is_ascii() {
            // ASCII carries no mark: a letter counts as a letter in either case.
            if !p.eq_ignore_ascii_case(&q) {
                return false;
            }
            i += 1;
            j += 1;
            continue;
        }
        // Back to the start of the characters that differ: the bytes before them
        // are the same in both strings, so are the character boundaries.
        while !a.is_char_boundary(i) {
            i -= 1;
            j -= 1;
        }
        let (Some(c), Some(d)) = (a[i..].chars().next(), b[j..].chars().next()) else {
            return false;
        };
        // Letters of the table count by their base and tone alone (ASCII letters
        // have no tone and a base without a vowel mark, as they are read).
        match (normalize::letter(c), normalize::letter(d)) {
            (Some(l), Some(m)) if l.base == m.base && l.tone == m.tone => {}
            _ => return false,
        }
        i += c.len_utf8();
        j += d.len_utf8();
    }
}

/// How a written slice fits a lexicon form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Fit {
    /// Marks of the form that the text leaves out (0 = written exactly).
    pub(crate) missing: u32,
    /// Syllables with at least one mark left out.
    pub(crate) syllables_missing: u32,
    /// Syllables compared.
    pub(crate) syllables: u32,
    /// Syllables with a mark left out that show no vowel mark at all (`quan` for
    /// `quận`, but not `sô` for `số`).
    pub(crate) bare_missing: u32,
}

/// How well `written` (a slice of the document) fits `form` (a lexicon form with the
/// same folded key): `None` when a written mark contradicts the form.
///
/// A syllable written with a tone mark is taken as fully marked: its letters must then
/// carry the form's vowel marks too, so `áp` does not match `ấp`. A syllable written
/// without a tone (`sô`, or unaccented text) only has to agree on the marks it shows.
#[cfg(test)]
pub(crate) fn fit(written: &str, form: &str) -> Option<Fit> {
    fit_syllables(written, &syllables(form))
}

/// [`fit`] against a form whose syllables are already analysed.
#[cfg(test)]
pub(crate) fn fit_syllables(written: &str, f: &[Syllable]) -> Option<Fit> {
    fit_marks(&syllables(written), f)
}

/// How the syllables `w` written in the text fit the marks `f` of a form.
pub(crate) fn fit_marks(w: &[Syllable], f: &[Syllable]) -> Option<Fit> {
    let mut fit = Fit {
        missing: 0,
        syllables_missing: 0,
        syllables: w.len() as u32,
        bare_missing: 0,
    };
    if w.len() != f.len() {
        // Cannot align (exotic letters folding differently): accept without ranking.
        return Some(fit);
    }
    for (ws, fs) in w.iter().zip(f) {
        if ws.len != fs.len {
            continue;
        }
        let before = fit.missing;
        let toned = ws.tone.is_some();
        match (ws.tone, fs.tone) {
            (Some(a), b) if Some(a) != b => return None,
            (None, Some(_)) => fit.missing += 1,
            _ => {}
        }
        for (wl, fl) in ws.letters().iter().zip(fs.letters()) {
            match (wl, fl) {
                (Some(a), b) if Some(*a) != *b => return None,
                (None, Some(_)) if toned => return None,
                (None, Some(_)) => fit.missing += 1,
                _ => {}
            }
        }
        if fit.missing > before {
            fit.syllables_missing += 1;
            let vowel_marked = toned
                || ws
                    .letters()
                    .iter()
                    .any(|l| matches!(l, Some(q) if *q != Quality::Stroke));
            if !vowel_marked {
                fit.bare_missing += 1;
            }
        }
    }
    Some(fit)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use unicode_normalization::UnicodeNormalization;

    use super::*;

    /// `syllables_into` as it was, every character through `feed`.
    fn old_syllables(s: &str) -> Vec<Syllable> {
        let mut out = Vec::new();
        let mut current: Option<Syllable> = None;
        for c in s.chars() {
            if c.is_ascii() {
                feed(c, &mut current, &mut out);
            } else if let Some(l) = normalize::letter(c) {
                let syl = current.get_or_insert_with(Syllable::default);
                syl.push(letter_quality(l.base));
                if let Some(t) = letter_tone(l.tone) {
                    syl.tone = Some(t);
                }
            } else {
                decompose_canonical(c, |d| feed(d, &mut current, &mut out));
            }
        }
        out.extend(current);
        out
    }

    /// The seed articles, raw, NFD, upper case and folded, and the lexicon's forms.
    fn texts() -> Vec<String> {
        let mut texts: Vec<String> = crate::lexicon::Lexicon::default()
            .concepts()
            .iter()
            .flat_map(|c| c.forms().map(String::from).collect::<Vec<_>>())
            .collect();
        for raw in crate::seed_articles() {
            texts.push(raw.nfd().collect());
            texts.push(raw.to_uppercase());
            texts.push(normalize::fold(&raw).text().to_string());
            texts.push(raw);
        }
        let tricky = [
            "",
            "a",
            "\u{301}",
            "\u{301}a\u{302}",
            "A1 b2-c3",
            "ĐẢNG đảng Đảng",
            "u\u{31b}\u{309}y",
            "中文 ελληνικά",
            "ǅ ǆ Å Å K",
            "x\u{0}y\tz\n",
        ];
        texts.extend(tricky.iter().map(|t| t.to_string()));
        texts
    }

    #[test]
    fn syllables_agree_with_the_old_analysis() {
        for text in texts() {
            assert_eq!(syllables(&text), old_syllables(&text), "{text:?}");
            for word in text.split_whitespace() {
                assert_eq!(syllables(word), old_syllables(word), "{word:?}");
            }
        }
    }

    /// Strings that `same_marks` takes for one another have the same syllables: words
    /// of the texts grouped by their folded form, and the lexicon's forms in other
    /// cases and in NFD.
    #[test]
    fn same_marks_means_same_syllables() {
        let mut groups: HashMap<String, Vec<String>> = HashMap::new();
        for text in texts() {
            for word in text.split_whitespace() {
                let key = normalize::fold(word).text().to_string();
                let group = groups.entry(key).or_default();
                if group.len() < 12 && !group.iter().any(|w| w == word) {
                    group.push(word.to_string());
                }
            }
        }
        for form in crate::lexicon::Lexicon::default()
            .concepts()
            .iter()
            .flat_map(|c| c.forms().map(String::from).collect::<Vec<_>>())
        {
            let mut first = form.chars();
            let capitalised: String = first
                .next()
                .map(|c| c.to_uppercase().chain(first).collect())
                .unwrap_or_default();
            let variants = [
                form.to_uppercase(),
                form.to_lowercase(),
                capitalised,
                form.nfd().collect(),
                normalize::fold(&form).text().to_string(),
                form.clone(),
            ];
            groups.insert(format!("form {form}"), variants.to_vec());
        }
        let (mut same, mut pairs) = (0, 0);
        for group in groups.values() {
            for a in group {
                for b in group {
                    pairs += 1;
                    if same_marks(a, b) {
                        same += 1;
                        assert_eq!(syllables(a), syllables(b), "{a:?} {b:?}");
                    }
                }
            }
        }
        // Not only the strings compared with themselves.
        assert!(same > pairs / 4 && same < pairs, "{same} of {pairs}");
        assert!(same_marks("Huyện ủy", "huyện ủy"));
        assert!(same_marks("ĐẢNG BỘ", "đảng bộ"));
        assert!(!same_marks("có", "cô"));
        assert!(!same_marks("huyện", "huyen"));
        assert!(!same_marks("ban", "bans"));
        assert!(!same_marks("u\u{31b}", "ư"));
    }

    #[test]
    fn exact_and_missing_marks() {
        let missing = |w, f| fit(w, f).map(|f| f.missing);
        assert_eq!(missing("bản", "bản"), Some(0));
        assert_eq!(missing("ban", "bản"), Some(1));
        assert_eq!(missing("bàn", "bản"), None);
        assert_eq!(missing("sô", "số"), Some(1));
        assert_eq!(missing("đôi tượng", "đối tượng"), Some(1));
        assert_eq!(missing("doi tuong", "đối tượng"), Some(6));
        assert_eq!(missing("áp", "ấp"), None);
        assert_eq!(missing("Ban", "Ban"), Some(0));
        let f = fit("đôi tượng", "đối tượng").unwrap();
        assert_eq!((f.syllables_missing, f.syllables), (1, 2));
    }

    #[test]
    fn tone_placement_and_nfd_do_not_matter() {
        let missing = |w, f| fit(w, f).map(|f| f.missing);
        assert_eq!(missing("Uỷ ban", "ủy ban"), Some(0));
        assert_eq!(missing("hoà", "hòa"), Some(0));
        assert_eq!(missing("u\u{309}y", "ủy"), Some(0));
        assert_eq!(missing("ỦY", "ủy"), Some(0));
    }
}
