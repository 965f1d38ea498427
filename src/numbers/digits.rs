//! Numerals written in digits: `1.488`, `65,8`, `3.5`, `1,234,567`.
//!
//! Vietnamese writes `.` between thousands and `,` before decimals. The reader
//! follows that convention and falls back to the English style only where the
//! Vietnamese reading is impossible:
//!
//! | written | read as | why |
//! | --- | --- | --- |
//! | `1.488`, `46.265`, `1.234.567` | integer | groups of three after `.` |
//! | `65,8`, `62,06`, `1,500` | decimal | a single `,` is the decimal mark, even before three digits |
//! | `1.234,5` | 1234.5 | grouping then decimal comma |
//! | `3.5`, `14.25`, `1234.567` | decimal | a `.` not followed by a valid group of three |
//! | `1,234,567` | integer | two or more `,` groups of three cannot be a Vietnamese decimal |
//! | `1 862`, `12 450` | integer | one group of three after a single space, with no other number beside |
//!
//! Dates (`12.05.2017`), phone numbers and document numbers are recognised by
//! the scanner before this reader runs.

use super::decimal::Decimal;
use super::text::digits_end;

/// A numeral read from digits.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Numeral {
    /// The value; `None` when it does not fit (overflow).
    pub value: Option<Decimal>,
    /// Byte after the last digit consumed.
    pub end: usize,
    /// A bare digit run without separators (`2016`, not `2.016`).
    pub plain: bool,
}

const MAX_GROUPS: usize = 12;

/// Reads the numeral whose first digit is at `start` (an ASCII digit).
pub(crate) fn read_numeral(text: &str, start: usize) -> Numeral {
    let bytes = text.as_bytes();
    // Digit groups and the separator before each (0 for the first).
    let mut groups = [(0u8, 0usize, 0usize); MAX_GROUPS];
    let mut n = 0;
    let mut pos = start;
    loop {
        let end = digits_end(text, pos);
        groups[n].1 = pos;
        groups[n].2 = end;
        n += 1;
        if n == MAX_GROUPS || end + 1 >= bytes.len() {
            break;
        }
        let sep = bytes[end];
        if (sep == b'.' || sep == b',') && bytes[end + 1].is_ascii_digit() {
            groups[n].0 = sep;
            pos = end + 1;
        } else {
            break;
        }
    }
    let groups = &groups[..n];
    let s = |g: &(u8, usize, usize)| &text[g.1..g.2];
    let len = |g: &(u8, usize, usize)| g.2 - g.1;
    let int = |g: &(u8, usize, usize)| Numeral {
        value: Decimal::from_parts(&[s(g)], ""),
        end: g.2,
        plain: true,
    };
    if n == 1 {
        return spaced(text, &groups[0]).unwrap_or_else(|| int(&groups[0]));
    }
    let first = &groups[0];
    let may_group = len(first) <= 3 && !(len(first) > 1 && s(first).starts_with('0'));
    if may_group {
        // Vietnamese grouping `1.234.567`, maybe with a decimal comma.
        let dots = groups[1..]
            .iter()
            .take_while(|g| g.0 == b'.' && len(g) == 3)
            .count();
        if dots > 0 {
            let ints = &groups[..=dots];
            let mut parts = [""; MAX_GROUPS];
            for (slot, g) in parts.iter_mut().zip(ints) {
                *slot = s(g);
            }
            let (frac, end) = match groups.get(dots + 1) {
                Some(g) if g.0 == b',' => (s(g), g.2),
                _ => ("", ints[dots].2),
            };
            return Numeral {
                value: Decimal::from_parts(&parts[..=dots], frac),
                end,
                plain: false,
            };
        }
        // English grouping `1,234,567` (two groups or more), maybe `.5` after.
        let commas = groups[1..]
            .iter()
            .take_while(|g| g.0 == b',' && len(g) == 3)
            .count();
        if commas >= 2 {
            let ints = &groups[..=commas];
            let mut parts = [""; MAX_GROUPS];
            for (slot, g) in parts.iter_mut().zip(ints) {
                *slot = s(g);
            }
            let (frac, end) = match groups.get(commas + 1) {
                Some(g) if g.0 == b'.' => (s(g), g.2),
                _ => ("", ints[commas].2),
            };
            return Numeral {
                value: Decimal::from_parts(&parts[..=commas], frac),
                end,
                plain: false,
            };
        }
    }
    // One decimal mark: `65,8`, `1,500` (Vietnamese) or `3.5` (English).
    let second = &groups[1];
    Numeral {
        value: Decimal::from_parts(&[s(first)], s(second)),
        end: second.2,
        plain: false,
    }
}

/// Thousands grouped by a single space (`1 862`, `12 450`), as some papers print
/// them. A table row of small numbers (`12 150 142`) looks the same as millions,
/// so a number right before or after (one space between) makes it no group.
fn spaced(text: &str, first: &(u8, usize, usize)) -> Option<Numeral> {
    let bytes = text.as_bytes();
    let (_, start, end) = *first;
    let len = end - start;
    if len > 3 || (len > 1 && bytes[start] == b'0') {
        return None;
    }
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    if start >= 2 && bytes[start - 1] == b' ' && digit_at(start - 2) {
        return None;
    }
    // (Looked at first: most numbers have no group of three after them.)
    if bytes.get(end) != Some(&b' ') || digits_end(text, end + 1) != end + 4 {
        return None;
    }
    // (Nor after `lần lượt`, which lists numbers: `lần lượt là 45 120`.)
    let head = &text[..start];
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if head[from..].contains("lần lượt") || head[from..].contains("lan luot") {
        return None;
    }
    let pos = end + 4;
    let stands_alone = !(matches!(bytes.get(pos), Some(b' ' | b'.' | b',')) && digit_at(pos + 1));
    stands_alone.then(|| Numeral {
        value: Decimal::from_parts(&[&text[start..end], &text[end + 1..pos]], ""),
        end: pos,
        plain: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> (String, usize) {
        let n = read_numeral(s, 0);
        (n.value.map(|v| v.to_string()).unwrap_or_default(), n.end)
    }

    #[test]
    fn vietnamese_and_foreign_styles() {
        assert_eq!(read("1.488 đảng viên"), ("1488".into(), 5));
        assert_eq!(read("46.265"), ("46265".into(), 6));
        assert_eq!(read("65,8%"), ("65.8".into(), 4));
        assert_eq!(read("1,500"), ("1.5".into(), 5));
        assert_eq!(read("1.234,56"), ("1234.56".into(), 8));
        assert_eq!(read("3.5 triệu"), ("3.5".into(), 3));
        assert_eq!(read("1,234,567"), ("1234567".into(), 9));
        assert_eq!(read("2022."), ("2022".into(), 4));
        assert_eq!(read("1.234.56"), ("1234".into(), 5));
        assert_eq!(read("1 862 đảng viên"), ("1862".into(), 5));
        assert_eq!(read("12 450 người"), ("12450".into(), 6));
    }

    #[test]
    fn spaces_group_only_a_number_standing_alone() {
        // A table row of small numbers, a fourth digit, a decimal after, a zero.
        assert_eq!(read("12 150 142"), ("12".into(), 2));
        assert_eq!(read("12 1500"), ("12".into(), 2));
        assert_eq!(read("1 234,5"), ("1".into(), 1));
        assert_eq!(read("012 345").1, 3);
        assert_eq!(read("2024 130"), ("2024".into(), 4));
        // The last two cells of `3 120 450`.
        let n = read_numeral("3 120 450", 2);
        assert_eq!(
            (n.end, n.value.map(|v| v.to_string())),
            (5, Some("120".into()))
        );
        assert!(read_numeral("99999999999999999999999999999999999999999", 0)
            .value
            .is_none());
    }
}
