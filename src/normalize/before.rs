//! The scan of [`Normalizer::normalize`] as it was before it read each byte
//! once (skip plain ASCII eight bytes at a time, step back to the start of
//! the ASCII word, check the word forwards), kept as the oracle that the
//! single-pass scan must agree with, byte for byte and offset for offset.
//! Test-only; it shares the full rules (`Normalizer::rules`), which did not
//! change.

use super::chars::{
    ascii_letter, compose_into, letter, special, tone_mark, Letter, Special, O_HORN,
};
use super::fast::{char_at, is_mark_lead, is_removed_ascii};
use super::offsets::Rewriter;
use super::{
    control, is_combining, is_letter, marks_end, nfc_in_place, special_text, Normalized,
    Normalizer, ToneStyle,
};

pub(super) fn normalize<'a>(n: &Normalizer, input: &'a str) -> Normalized<'a> {
    let bytes = input.as_bytes();
    let mut w = Rewriter::new(input);
    let mut scratch = String::new();
    let mut i = 0;
    loop {
        let p = skip_plain(bytes, i);
        let Some(&b) = bytes.get(p) else { break };
        let word_start = ascii_word_start(bytes, i, p);
        i = if b == b'\n' {
            p + 1
        } else if b < 0x80 {
            if word_start < p && special(b as char) == Some(Special::Remove) {
                word(n, &mut w, &mut scratch, input, word_start)
            } else {
                control(&mut w, bytes, p);
                p + 1
            }
        } else if word_start < p && is_mark_lead(b) {
            marked_word(n, &mut w, &mut scratch, input, word_start)
        } else if word_start < p {
            word(n, &mut w, &mut scratch, input, word_start)
        } else {
            non_ascii(n, &mut w, &mut scratch, input, p)
        };
    }
    let (text, map) = w.finish();
    Normalized {
        original: input,
        text,
        map,
    }
}

fn non_ascii(
    n: &Normalizer,
    w: &mut Rewriter<'_>,
    scratch: &mut String,
    input: &str,
    i: usize,
) -> usize {
    let (c, len) = char_at(input.as_bytes(), i);
    if letter(c).is_some() {
        word(n, w, scratch, input, i)
    } else if let Some(s) = special(c) {
        w.replace(i..i + len, special_text(s));
        i + len
    } else if is_letter(c) || is_combining(c) {
        word(n, w, scratch, input, i)
    } else {
        let end = marks_end(input, i + len);
        nfc_in_place(w, input, i..end);
        end
    }
}

fn word(
    n: &Normalizer,
    w: &mut Rewriter<'_>,
    scratch: &mut String,
    input: &str,
    start: usize,
) -> usize {
    match settled_word(input, start, n.style) {
        Ok(end) => end,
        Err(true) => marked_word(n, w, scratch, input, start),
        Err(false) => n.rules(w, scratch, input, start),
    }
}

fn marked_word(
    n: &Normalizer,
    w: &mut Rewriter<'_>,
    scratch: &mut String,
    input: &str,
    start: usize,
) -> usize {
    scratch.clear();
    match compose_word(input, start, n.style, scratch) {
        Some(end) => {
            if scratch != &input[start..end] {
                w.replace(start..end, scratch);
            }
            end
        }
        None => n.rules(w, scratch, input, start),
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

fn skip_plain(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let control = x.wrapping_sub(0x20 * ONES) & !x;
        let del = (x ^ (0x7F * ONES)).wrapping_sub(ONES) & !(x ^ (0x7F * ONES));
        let flagged = (x | control | del) & HIGHS;
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && (0x20..0x7F).contains(&bytes[i]) {
        i += 1;
    }
    i
}

fn ascii_word_start(bytes: &[u8], floor: usize, p: usize) -> usize {
    let mut s = p;
    while s > floor && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s
}

const LETTER: u8 = 1;
const VOWEL: u8 = 2;
const SHAPED: u8 = 4;
const O_HORN_BIT: u8 = 8;
const TONED: u8 = 16;

fn letter_info(l: Letter) -> u8 {
    let flag = |on: bool, bit: u8| if on { bit } else { 0 };
    LETTER
        | flag(l.is_vowel(), VOWEL)
        | flag(l.is_shaped(), SHAPED)
        | flag(l.base == O_HORN, O_HORN_BIT)
        | flag(l.tone != 0, TONED)
}

fn word_boundary(bytes: &[u8], j: usize) -> Option<()> {
    let b = bytes[j];
    if b < 0x80 {
        return (!is_removed_ascii(b)).then_some(());
    }
    let (c, _) = char_at(bytes, j);
    if ('\u{300}'..='\u{36F}').contains(&c) {
        return None;
    }
    match special(c) {
        Some(Special::Remove) => None,
        Some(_) => Some(()),
        None if is_letter(c) || is_combining(c) => None,
        None => Some(()),
    }
}

fn compose_word(input: &str, start: usize, style: ToneStyle, out: &mut String) -> Option<usize> {
    let bytes = input.as_bytes();
    let mut letters = [ascii_letter(b'a'); super::syllable::MAX_LETTERS];
    let mut n = 0;
    let mut j = start;
    while j < bytes.len() {
        let b = bytes[j];
        if b.is_ascii_alphabetic() {
            *letters.get_mut(n)? = ascii_letter(b);
            n += 1;
            j += 1;
            continue;
        }
        if b < 0x80 {
            if is_removed_ascii(b) {
                return None;
            }
            break;
        }
        let (c, len) = char_at(bytes, j);
        if is_mark_lead(b) {
            let last = letters[..n].last_mut()?;
            match tone_mark(c) {
                Some(t) if last.is_vowel() && last.tone == 0 => last.tone = t,
                Some(_) => return None,
                None if last.add_shape(c) => {}
                None => return None,
            }
        } else if let Some(l) = letter(c) {
            *letters.get_mut(n)? = l;
            n += 1;
        } else {
            word_boundary(bytes, j)?;
            break;
        }
        j += len;
    }
    let letters = &letters[..n];
    if !tone_in_place(letters, letter_info, style) {
        return None;
    }
    compose_into(letters, out);
    Some(j)
}

fn tone_in_place<T: Copy>(letters: &[T], flags: impl Fn(T) -> u8, style: ToneStyle) -> bool {
    let has = |l: &T, bit: u8| flags(*l) & bit != 0;
    let Some(t) = letters.iter().position(|l| has(l, TONED)) else {
        return true;
    };
    if style == ToneStyle::Keep || letters[t + 1..].iter().any(|l| has(l, TONED)) {
        return true;
    }
    if has(&letters[t], SHAPED) {
        match letters.iter().position(|l| has(l, O_HORN_BIT)) {
            Some(o) => return o == t,
            None if !letters[t + 1..].iter().any(|l| has(l, SHAPED)) => return true,
            None => {}
        }
    }
    let vowel = |k: usize| letters.get(k).is_some_and(|l| has(l, VOWEL));
    let vowel_beside = (t > 0 && vowel(t - 1)) || vowel(t + 1);
    if !vowel_beside {
        return true;
    }
    let consonant_after = letters.get(t + 1).is_some_and(|l| !has(l, VOWEL));
    consonant_after && !letters.iter().any(|l| has(l, SHAPED))
}

/// `Ok(end)` for a settled word; `Err(true)` when it has combining marks,
/// `Err(false)` for the full rules.
fn settled_word(input: &str, start: usize, style: ToneStyle) -> Result<usize, bool> {
    let bytes = input.as_bytes();
    let mut letters = [0u8; 16];
    let mut n = 0;
    let (mut tones, mut toned_at) = (0, 0);
    let mut j = start;
    while j < bytes.len() {
        let (c, len) = char_at(bytes, j);
        let info = letter(c).map_or(0, letter_info);
        if info == 0 {
            match bytes[j] {
                b if b < 0x80 && !is_removed_ascii(b) => break,
                b if is_mark_lead(b) => return Err(true),
                _ => word_boundary(bytes, j).ok_or(false)?,
            }
            break;
        }
        *letters.get_mut(n).ok_or(false)? = info;
        if info & TONED != 0 {
            tones += 1;
            toned_at = n;
        }
        n += 1;
        j += len;
    }
    let letters = &letters[..n];
    let vowel = |k: usize| letters.get(k).is_some_and(|i| i & VOWEL != 0);
    let vowel_beside = (toned_at > 0 && vowel(toned_at - 1)) || vowel(toned_at + 1);
    if tones == 0 || (tones == 1 && !vowel_beside) || tone_in_place(letters, |i| i, style) {
        Ok(j)
    } else {
        Err(false)
    }
}
