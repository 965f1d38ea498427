//! Compare the diacritics written in the text with those of a lexicon form.
//!
//! Both strings fold to the same key, so they have the same syllables and letters; only
//! the marks differ. A Vietnamese syllable carries at most one tone mark (its position
//! varies between `hòa` and `hoà`), so tones are compared per syllable, which makes the
//! check independent of tone placement and of NFC/NFD. Vowel-quality marks (â, ă, ơ, ư,
//! đ) belong to a letter and are compared per letter.
use unicode_normalization::UnicodeNormalization;

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

#[derive(Debug, Default)]
struct Syllable {
    tone: Option<Tone>,
    letters: Vec<Option<Quality>>,
}

fn tone_of(c: char) -> Option<Tone> {
    match c {
        '\u{300}' | '\u{340}' => Some(Tone::Grave),
        '\u{301}' | '\u{341}' => Some(Tone::Acute),
        '\u{303}' => Some(Tone::Tilde),
        '\u{309}' => Some(Tone::Hook),
        '\u{323}' => Some(Tone::Dot),
        _ => None,
    }
}

fn quality_of(c: char) -> Option<Quality> {
    match c {
        '\u{302}' => Some(Quality::Circumflex),
        '\u{306}' => Some(Quality::Breve),
        '\u{31b}' => Some(Quality::Horn),
        _ => None,
    }
}

fn syllables(s: &str) -> Vec<Syllable> {
    let mut out = Vec::new();
    let mut current: Option<Syllable> = None;
    for c in s.nfd() {
        if let Some(t) = tone_of(c) {
            if let Some(syl) = current.as_mut() {
                syl.tone = Some(t);
            }
        } else if let Some(q) = quality_of(c) {
            if let Some(letter) = current.as_mut().and_then(|s| s.letters.last_mut()) {
                *letter = Some(q);
            }
        } else if c.is_alphanumeric() {
            let q = matches!(c, 'đ' | 'Đ').then_some(Quality::Stroke);
            current.get_or_insert_with(Syllable::default).letters.push(q);
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // another combining mark: not a Vietnamese mark, ignore
        } else if let Some(syl) = current.take() {
            out.push(syl);
        }
    }
    out.extend(current);
    out
}

/// How well `written` (a slice of the document) fits `form` (a lexicon form with the
/// same folded key): `None` when a written mark contradicts the form, else the number
/// of marks of the form that the text leaves out (0 = written exactly).
///
/// A syllable written with a tone mark is taken as fully marked: its letters must then
/// carry the form's vowel marks too, so `áp` does not match `ấp`. A syllable written
/// without a tone (`sô`, or unaccented text) only has to agree on the marks it shows.
pub(crate) fn fit(written: &str, form: &str) -> Option<u32> {
    let w = syllables(written);
    let f = syllables(form);
    if w.len() != f.len() {
        // Cannot align (exotic letters folding differently): accept without ranking.
        return Some(0);
    }
    let mut missing = 0;
    for (ws, fs) in w.iter().zip(&f) {
        if ws.letters.len() != fs.letters.len() {
            return Some(0);
        }
        let toned = ws.tone.is_some();
        match (ws.tone, fs.tone) {
            (Some(a), b) if Some(a) != b => return None,
            (None, Some(_)) => missing += 1,
            _ => {}
        }
        for (wl, fl) in ws.letters.iter().zip(&fs.letters) {
            match (wl, fl) {
                (Some(a), b) if Some(*a) != *b => return None,
                (None, Some(_)) if toned => return None,
                (None, Some(_)) => missing += 1,
                _ => {}
            }
        }
    }
    Some(missing)
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn exact_and_missing_marks() {
        assert_eq!(fit("bản", "bản"), Some(0));
        assert_eq!(fit("ban", "bản"), Some(1));
        assert_eq!(fit("bàn", "bản"), None);
        assert_eq!(fit("sô", "số"), Some(1));
        assert_eq!(fit("đôi tượng", "đối tượng"), Some(1));
        assert_eq!(fit("doi tuong", "đối tượng"), Some(5));
        assert_eq!(fit("áp", "ấp"), None);
        assert_eq!(fit("Ban", "Ban"), Some(0));
    }

    #[test]
    fn tone_placement_and_nfd_do_not_matter() {
        assert_eq!(fit("Uỷ ban", "ủy ban"), Some(0));
        assert_eq!(fit("hoà", "hòa"), Some(0));
        assert_eq!(fit("u\u{309}y", "ủy"), Some(0));
        assert_eq!(fit("ỦY", "ủy"), Some(0));
    }
}
