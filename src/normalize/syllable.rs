//! Where the tone mark of a syllable goes.
//!
//! A Vietnamese syllable is an initial consonant, a vowel cluster and an
//! optional final consonant. The tone mark sits on one vowel of the cluster:
//!
//! - on the vowel with a shape mark (ă â ê ô ơ ư), on ơ in ươ;
//! - else, in a closed syllable, on the last vowel (hoàng, hoạch, quỳnh);
//! - else on the middle of three vowels (ngoài, khuỷu);
//! - else on the first of two (mái, múa), except oa, oe and uy, where the two
//!   styles differ: traditional hòa, khỏe, thủy; 2018 rules hoà, khoẻ, thuỷ.
//!
//! `qu` and `gi` before another vowel are part of the initial (quý, già).

use super::chars::{Letter, A, D_STROKE, E, I, O, O_HORN, U, Y};
use super::ToneStyle;

const FINALS: [&[u8]; 9] = [b"", b"c", b"ch", b"m", b"n", b"ng", b"nh", b"p", b"t"];

const INITIALS: [&[u8]; 27] = [
    b"",
    b"b",
    b"c",
    b"ch",
    b"d",
    b"g",
    b"gh",
    b"h",
    b"k",
    b"kh",
    b"l",
    b"m",
    b"n",
    b"ng",
    b"ngh",
    b"nh",
    b"p",
    b"ph",
    b"q",
    b"r",
    b"s",
    b"t",
    b"th",
    b"tr",
    b"v",
    b"x",
    &[D_STROKE],
];

fn is_initial(letters: &[Letter]) -> bool {
    let mut key = [0u8; 3];
    if letters.len() > 3 {
        return false;
    }
    for (k, l) in key.iter_mut().zip(letters) {
        *k = l.base;
    }
    INITIALS.contains(&&key[..letters.len()])
}

fn is_final(letters: &[Letter]) -> bool {
    let mut key = [0u8; 2];
    if letters.len() > 2 {
        return false;
    }
    for (k, l) in key.iter_mut().zip(letters) {
        *k = l.base;
    }
    FINALS.contains(&&key[..letters.len()])
}

/// The index in `letters` where the tone mark belongs, or `None` when the
/// letters do not make a Vietnamese syllable (a foreign word, an acronym).
pub(crate) fn tone_position(letters: &[Letter], style: ToneStyle) -> Option<usize> {
    let first_vowel = letters.iter().position(|l| l.is_vowel())?;
    if !is_initial(&letters[..first_vowel]) {
        return None;
    }
    let mut start = first_vowel;
    let next_is_vowel = letters.get(first_vowel + 1).is_some_and(|l| l.is_vowel());
    let single_initial = match letters[..first_vowel] {
        [l] => Some(l.base),
        _ => None,
    };
    match (single_initial, letters[first_vowel].base) {
        (Some(b'q'), U) => start += 1,
        (Some(b'q'), _) => return None,
        (Some(b'g'), I) if next_is_vowel => start += 1,
        _ => {}
    }
    let end = letters[start..]
        .iter()
        .position(|l| !l.is_vowel())
        .map_or(letters.len(), |p| start + p);
    let vowels = &letters[start..end];
    if vowels.is_empty() || vowels.len() > 3 || !is_final(&letters[end..]) {
        return None;
    }
    if let Some(p) = vowels.iter().position(|l| l.base == O_HORN) {
        return Some(start + p);
    }
    if let Some(p) = vowels.iter().rposition(|l| l.is_shaped()) {
        return Some(start + p);
    }
    let closed = end < letters.len();
    let p = match vowels.len() {
        _ if closed => vowels.len() - 1,
        1 => 0,
        3 => 1,
        _ => {
            let pair = (vowels[0].base, vowels[1].base);
            let differs = matches!(pair, (O, A) | (O, E) | (U, Y));
            if differs && style == ToneStyle::New {
                1
            } else {
                0
            }
        }
    };
    Some(start + p)
}

#[cfg(test)]
mod tests {
    use super::super::chars::letter;
    use super::*;

    fn pos(word: &str, style: ToneStyle) -> Option<usize> {
        let letters: Vec<Letter> = word.chars().map(|c| letter(c).unwrap()).collect();
        tone_position(&letters, style)
    }

    #[test]
    fn table() {
        use ToneStyle::{New, Traditional as Trad};
        let cases: &[(&str, ToneStyle, Option<usize>)] = &[
            ("hoa", Trad, Some(1)),
            ("hoa", New, Some(2)),
            ("khoe", Trad, Some(2)),
            ("khoe", New, Some(3)),
            ("thuy", Trad, Some(2)),
            ("thuy", New, Some(3)),
            ("uy", Trad, Some(0)),
            ("uy", New, Some(1)),
            ("quy", Trad, Some(2)),
            ("quy", New, Some(2)),
            ("quynh", New, Some(2)),
            ("gia", Trad, Some(2)),
            ("gi", Trad, Some(1)),
            ("gin", Trad, Some(1)),
            ("hoang", Trad, Some(2)),
            ("hoach", Trad, Some(2)),
            ("thuyêt", Trad, Some(4)),
            ("khuyên", Trad, Some(4)),
            ("ngươi", Trad, Some(3)),
            ("ngoai", Trad, Some(3)),
            ("khuyu", Trad, Some(3)),
            ("mua", Trad, Some(1)),
            ("qua", Trad, Some(2)),
            ("giưa", Trad, Some(2)),
            ("tcc", Trad, None),
            ("email", Trad, None),
            ("đăng", Trad, Some(1)),
        ];
        for (w, style, want) in cases {
            assert_eq!(pos(w, *style), *want, "{w} {style:?}");
        }
    }
}
