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

use super::chars::{
    ascii_letter, is_combining, is_letter, is_shape_mark, letter, special, tone_mark, Letter,
    Special, A, D_STROKE, E, I, O, O_HORN, U, Y,
};
use super::ToneStyle;

/// Longest run we take apart (nghiêng has 7 letters; longer runs are foreign).
pub(super) const MAX_LETTERS: usize = 10;

/// The letters of one run of Vietnamese letters and marks, on the stack.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Syllable {
    letters: [Letter; MAX_LETTERS],
    len: usize,
    /// Every letter was one precomposed character: no combining mark, no
    /// invisible character in between.
    pub precomposed: bool,
}

impl Syllable {
    /// Scans the run of letters and marks that starts at `s[start..]` and
    /// takes it apart. Returns where the run ends, and its letters when it is
    /// made only of Vietnamese letters and marks (invisible characters inside
    /// it are dropped); `None` for a run with other letters or marks.
    pub(crate) fn scan(s: &str, start: usize) -> (usize, Option<Syllable>) {
        let blank = Letter {
            base: 0,
            tone: 0,
            upper: false,
        };
        let mut syl = Syllable {
            letters: [blank; MAX_LETTERS],
            len: 0,
            precomposed: true,
        };
        let mut valid = true;
        let bytes = s.as_bytes();
        let mut j = start;
        while j < bytes.len() {
            let b = bytes[j];
            // ASCII first: letters, invisible controls, or the end of the run.
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    valid &= syl.push(ascii_letter(b));
                } else if super::fast::is_removed_ascii(b) {
                    syl.precomposed = false;
                } else {
                    break;
                }
                j += 1;
                continue;
            }
            let (c, len) = super::fast::char_at(bytes, j);
            if let Some(l) = letter(c) {
                valid &= syl.push(l);
            } else if let Some(t) = tone_mark(c) {
                syl.precomposed = false;
                valid &= syl.last_mut().is_some_and(|l| {
                    let ok = l.is_vowel() && l.tone == 0;
                    l.tone = t;
                    ok
                });
            } else if is_shape_mark(c) {
                syl.precomposed = false;
                valid &= syl.last_mut().is_some_and(|l| l.add_shape(c));
            } else {
                match special(c) {
                    Some(Special::Remove) => syl.precomposed = false,
                    Some(_) => break,
                    None if is_letter(c) || is_combining(c) => valid = false,
                    None => break,
                }
            }
            j += len;
        }
        (j, valid.then_some(syl))
    }

    fn push(&mut self, l: Letter) -> bool {
        match self.letters.get_mut(self.len) {
            Some(slot) => {
                *slot = l;
                self.len += 1;
                true
            }
            None => false,
        }
    }

    fn last_mut(&mut self) -> Option<&mut Letter> {
        self.len.checked_sub(1).map(|i| &mut self.letters[i])
    }

    pub(crate) fn letters(&self) -> &[Letter] {
        &self.letters[..self.len]
    }

    /// Moves a single tone mark to where `style` wants it; true when it moved.
    /// Runs with several tone marks, or that are no Vietnamese syllable, are
    /// left as written.
    pub(crate) fn place_tone(&mut self, style: ToneStyle) -> bool {
        let letters = &mut self.letters[..self.len];
        let mut toned = letters.iter().enumerate().filter(|(_, l)| l.tone != 0);
        let (Some((at, _)), None) = (toned.next(), toned.next()) else {
            return false;
        };
        // A tone on a vowel with no vowel beside it is on the only vowel of
        // the cluster: already in place. Most syllables stop here.
        let vowel_at = |i: usize| letters.get(i).is_some_and(|l| l.is_vowel());
        if !vowel_at(at + 1) && (at == 0 || !vowel_at(at - 1)) {
            return false;
        }
        match tone_position(letters, style) {
            Some(to) if to != at => {
                letters[to].tone = letters[at].tone;
                letters[at].tone = 0;
                true
            }
            _ => false,
        }
    }
}

/// Initial consonants, as letter bases (đ is [`D_STROKE`]).
fn is_initial(letters: &[Letter]) -> bool {
    match *letters {
        [] => true,
        [a] => a.base == D_STROKE || b"bcdghklmnpqrstvx".contains(&a.base),
        [a, b] => matches!(
            (a.base, b.base),
            (b'c' | b'g' | b'k' | b'n' | b'p' | b't', b'h') | (b'n', b'g') | (b't', b'r')
        ),
        [a, b, c] => (a.base, b.base, c.base) == (b'n', b'g', b'h'),
        _ => false,
    }
}

/// Final consonants: none, c, ch, m, n, ng, nh, p, t.
fn is_final(letters: &[Letter]) -> bool {
    match *letters {
        [] => true,
        [a] => matches!(a.base, b'c' | b'm' | b'n' | b'p' | b't'),
        [a, b] => matches!((a.base, b.base), (b'c', b'h') | (b'n', b'g' | b'h')),
        _ => false,
    }
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
