//! Tokens that start with a digit: numbers, dates, clock times, year
//! ranges and document numbers.
//!
//! The scanner first takes the longest "numeric blob" (digit groups and
//! letter groups joined by `. , / - :`), then decides what it is. A blob
//! that is none of the known shapes gives back only its first number.

use super::TokenKind;

/// The kind and end of the token starting at the digit `text[start]`.
/// `after_ngay` says the previous word is `ngày` (day), which makes a bare
/// `d/m` a date.
pub(crate) fn classify(text: &str, start: usize, after_ngay: bool) -> (TokenKind, usize) {
    let bytes = text.as_bytes();
    let groups = blob(text, start);
    let groups = groups.as_slice();
    let end = groups.last().map_or(start + 1, |g| g.end);
    let mut seps: Small<u8> = Small::default();
    for g in groups.iter().skip(1) {
        seps.push(bytes[g.start - 1]);
    }
    let seps = seps.as_slice();
    let value = |i: usize| -> u32 {
        let g = &groups[i];
        text[g.start..g.end].parse().unwrap_or(u32::MAX)
    };
    let len = |i: usize| groups[i].end - groups[i].start;
    let all_digits = groups.iter().all(|g| g.digits);
    let first_number_end = groups.first().map_or(start + 1, |g| g.end);

    if all_digits {
        match seps {
            // 1.488 / 65,8 / 1.234.567 / 1.234,5
            s if !s.is_empty() && is_vietnamese_number(groups, s) => {
                return (TokenKind::Number, end)
            }
            [] => {
                if let Some(e) = year_range_with_spaces(text, start, end) {
                    return (TokenKind::YearRange, e);
                }
                return (TokenKind::Number, end);
            }
            [b':'] if len(0) <= 2 && len(1) == 2 && value(0) < 24 && value(1) < 60 => {
                return (TokenKind::Clock, end)
            }
            [b':', b':'] if len(0) <= 2 && len(1) == 2 && len(2) == 2 && value(0) < 24 => {
                return (TokenKind::Clock, end)
            }
            [a, b]
                if a == b
                    && matches!(a, b'/' | b'-' | b'.')
                    && valid_day(value(0))
                    && valid_month(value(1))
                    && (len(2) == 4 || len(2) == 2) =>
            {
                return (TokenKind::Date, end)
            }
            [b'-']
                if is_year(value(0), len(0))
                    && is_year(value(1), len(1))
                    && value(1) >= value(0) =>
            {
                return (TokenKind::YearRange, end)
            }
            [b'/'] | [b'-'] if len(1) == 4 && is_year(value(1), 4) => {
                // 9/2022 is month/year; 1090/2023 is a document number.
                if valid_month(value(0)) && len(0) <= 2 {
                    return (TokenKind::Date, end);
                }
                if seps[0] == b'/' {
                    return (TokenKind::DocumentNumber, end);
                }
            }
            [sep]
                if matches!(sep, b'/' | b'-')
                    && valid_day(value(0))
                    && valid_month(value(1))
                    && (after_ngay || (len(0) == 2 && len(1) == 2)) =>
            {
                return (TokenKind::Date, end)
            }
            [b'/', b'/', ..] if len(1) == 4 => return (TokenKind::DocumentNumber, end),
            _ => {}
        }
    } else if groups[0].digits && groups.len() >= 2 && seps.iter().all(|s| matches!(s, b'/' | b'-'))
    {
        // 45-QĐ/TW, 11/NQ-HĐND, 15/2019/NĐ-CP
        return (TokenKind::DocumentNumber, end);
    }
    (
        TokenKind::Number,
        number_prefix_end(text, start, first_number_end),
    )
}

/// Up to eight items in place, or all on the heap once there are more: a
/// blob of more than eight groups is rare, so most numbers cost no
/// allocation.
struct Small<T> {
    inline: [T; 8],
    len: usize,
    heap: Option<Vec<T>>,
}

impl<T: Copy + Default> Default for Small<T> {
    fn default() -> Self {
        Small {
            inline: [T::default(); 8],
            len: 0,
            heap: None,
        }
    }
}

impl<T: Copy + Default> Small<T> {
    fn push(&mut self, item: T) {
        match &mut self.heap {
            Some(heap) => heap.push(item),
            None if self.len < self.inline.len() => {
                self.inline[self.len] = item;
                self.len += 1;
            }
            None => {
                let mut heap = self.inline.to_vec();
                heap.push(item);
                self.heap = Some(heap);
            }
        }
    }

    fn pop(&mut self) {
        match &mut self.heap {
            Some(heap) => {
                heap.pop();
            }
            None => self.len = self.len.saturating_sub(1),
        }
    }

    fn as_slice(&self) -> &[T] {
        match &self.heap {
            Some(heap) => heap,
            None => &self.inline[..self.len],
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Group {
    start: usize,
    end: usize,
    digits: bool,
}

/// Digit groups and upper-case letter groups joined by single separators.
/// Letters may only follow `/` or `-` (document numbers).
fn blob(text: &str, start: usize) -> Small<Group> {
    let bytes = text.as_bytes();
    let mut groups = Small::default();
    let mut i = start;
    loop {
        let digits_end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if digits_end > i {
            groups.push(Group {
                start: i,
                end: digits_end,
                digits: true,
            });
            i = digits_end;
        } else {
            let mut caps_end = i + text[i..]
                .char_indices()
                .find(|&(_, c)| !(crate::normalize::is_upper(c) || c.is_ascii_digit()))
                .map_or(text.len() - i, |(p, _)| p);
            if caps_end > i {
                let capitals = text[i..caps_end]
                    .chars()
                    .filter(|&c| crate::normalize::is_upper(c))
                    .count();
                if let Some(run) = code_letters_end(text, caps_end, capitals) {
                    caps_end = run;
                }
            }
            let prev_sep = bytes[i - 1];
            if caps_end == i || !matches!(prev_sep, b'/' | b'-') {
                break;
            }
            groups.push(Group {
                start: i,
                end: caps_end,
                digits: false,
            });
            i = caps_end;
        }
        // A separator joins only when something of the blob follows it.
        let Some(&sep) = bytes.get(i) else { break };
        if !matches!(sep, b'.' | b',' | b'/' | b'-' | b':') {
            break;
        }
        let next = text[i + 1..].chars().next();
        let joins = match next {
            Some(c) if c.is_ascii_digit() => true,
            Some(c) if crate::normalize::is_upper(c) => matches!(sep, b'/' | b'-'),
            _ => false,
        };
        if !joins {
            break;
        }
        i += 1;
    }
    // A trailing letter group must not run into a lower-case word (45-QĐ/TWabc).
    while let Some(&g) = groups.as_slice().last() {
        let next = text[g.end..].chars().next();
        if !g.digits && next.is_some_and(crate::normalize::is_letter) {
            groups.pop();
        } else {
            break;
        }
    }
    groups
}

/// Where the small letters at `at` end when they belong to a document code
/// whose part so far holds `capitals` capitals: before the code's next part
/// (`08-QĐi/TW`, `TTr-UBND`), or one letter at its end after two capitals or
/// more (`01/CT-TTg`, the Prime Minister), or a small letter and a capital
/// ending the code (`862-CV/ThU`, a city's party committee). `None` when
/// they are ordinary text (`5-Ngày`).
pub(crate) fn code_letters_end(text: &str, at: usize, capitals: usize) -> Option<usize> {
    let run = at
        + text[at..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(text.len() - at, |(p, _)| p);
    let next_part = matches!(text.as_bytes().get(run), Some(b'/' | b'-'))
        && text[run + 1..]
            .chars()
            .next()
            .is_some_and(|c| crate::normalize::is_upper(c) || c.is_ascii_digit());
    let last = capitals >= 2
        && text[at..run].chars().count() == 1
        && !text[run..].starts_with(|c: char| c.is_alphanumeric());
    // (`862-CV/ThU`, Thành ủy: a small letter, then a capital that ends it.)
    let mixed = text[at..run].chars().count() == 2
        && text[at..run].ends_with(crate::normalize::is_upper)
        && !text[run..].starts_with(|c: char| c.is_alphanumeric());
    (run > at && capitals > 0 && (next_part || last || mixed)).then_some(run)
}

/// `1.488`, `5.279`, `46.265`, `1.234.567`, `65,8`, `62,06`, `1.234,5`:
/// `.` groups thousands (three digits each), `,` marks decimals.
fn is_vietnamese_number(groups: &[Group], seps: &[u8]) -> bool {
    let comma = seps.iter().position(|&s| s == b',');
    let (int_seps, dec) = match comma {
        Some(p) if p == seps.len() - 1 => (&seps[..p], true),
        Some(_) => return false,
        None => (seps, false),
    };
    if int_seps.iter().any(|&s| s != b'.') {
        return false;
    }
    let int_groups = &groups[..int_seps.len() + 1];
    let thousands_ok = int_groups[0].end - int_groups[0].start <= 3
        && int_groups[1..].iter().all(|g| g.end - g.start == 3);
    // 3.5 is read as a decimal by the numbers module; it is still one token.
    let short_decimal = !dec && int_seps.len() == 1 && groups[1].end - groups[1].start != 3;
    thousands_ok || short_decimal || (dec && int_seps.is_empty())
}

fn valid_day(d: u32) -> bool {
    (1..=31).contains(&d)
}

fn valid_month(m: u32) -> bool {
    (1..=12).contains(&m)
}

fn is_year(y: u32, len: usize) -> bool {
    len == 4 && (1900..=2100).contains(&y)
}

/// `2020 - 2025` and `2020 – 2025`: a year, a spaced dash, a later year.
fn year_range_with_spaces(text: &str, start: usize, end: usize) -> Option<usize> {
    let first: u32 = text[start..end].parse().ok()?;
    if !is_year(first, end - start) {
        return None;
    }
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(' ');
    let dash = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let after = trimmed[dash.len_utf8()..].trim_start_matches(' ');
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let second: u32 = after[..digits].parse().ok()?;
    let next = after[digits..].chars().next();
    if !is_year(second, digits) || second < first || next.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(text.len() - after.len() + digits)
}

/// When a blob is no known shape, the token is its first number: the
/// leading digits with any Vietnamese thousands/decimal groups.
fn number_prefix_end(text: &str, start: usize, first_group_end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = first_group_end;
    // 1.488-1.500 → "1.488": extend over ".ddd" groups and one ",d+".
    loop {
        match (bytes.get(end), bytes.get(end + 1)) {
            (Some(b'.'), Some(d)) if d.is_ascii_digit() => {
                let n = bytes[end + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if n != 3 {
                    break;
                }
                end += 1 + n;
            }
            (Some(b','), Some(d)) if d.is_ascii_digit() => {
                let n = bytes[end + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                end += 1 + n;
                break;
            }
            _ => break,
        }
    }
    end.max(start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (TokenKind, &str) {
        let (k, e) = classify(text, 0, false);
        (k, &text[..e])
    }

    #[test]
    fn table() {
        use TokenKind::*;
        let cases = [
            ("1.488 đảng viên", Number, "1.488"),
            ("65,8%", Number, "65,8"),
            ("5.279.", Number, "5.279"),
            ("46.265,5 ha", Number, "46.265,5"),
            ("3.5 triệu", Number, "3.5"),
            ("20,6% so", Number, "20,6"),
            ("31/12/2022,", Date, "31/12/2022"),
            ("12/05/2017 (GMT", Date, "12/05/2017"),
            ("01-11-2011", Date, "01-11-2011"),
            ("27-11 vừa qua", Date, "27-11"),
            ("9/2022", Date, "9/2022"),
            ("2021-2025 kết", YearRange, "2021-2025"),
            ("2020 - 2025", YearRange, "2020 - 2025"),
            ("2015 – 2020.", YearRange, "2015 – 2020"),
            ("1090/2023 của", DocumentNumber, "1090/2023"),
            ("45-QĐ/TW", DocumentNumber, "45-QĐ/TW"),
            ("11/NQ-HĐND,", DocumentNumber, "11/NQ-HĐND"),
            ("06-CT/TW ngày", DocumentNumber, "06-CT/TW"),
            ("15/2019/NĐ-CP", DocumentNumber, "15/2019/NĐ-CP"),
            ("08-QĐi/TW ngày", DocumentNumber, "08-QĐi/TW"),
            ("01/CT-TTg ngày", DocumentNumber, "01/CT-TTg"),
            ("01/CT-TTgx", DocumentNumber, "01/CT"),
            ("01/CT-Tg.", DocumentNumber, "01/CT"),
            ("12/TTr-UBND,", DocumentNumber, "12/TTr-UBND"),
            ("862-CV/ThU ngày", DocumentNumber, "862-CV/ThU"),
            ("45-QĐ/TWabc", DocumentNumber, "45-QĐ"),
            ("08:47,", Clock, "08:47"),
            ("2-3 lớp", Number, "2"),
            ("11/15 chỉ tiêu", Number, "11"),
            ("2022.", Number, "2022"),
            ("2025 - 2020", Number, "2025"),
            ("7 ", Number, "7"),
        ];
        for (text, kind, want) in cases {
            assert_eq!(one(text), (kind, want), "{text}");
        }
    }

    #[test]
    fn blobs_of_more_than_eight_groups() {
        // As read before the groups were kept in place (the same answers).
        use TokenKind::*;
        let cases = [
            ("1.2.3.4.5.6.7.8.9.10 x", Number, "1"),
            (
                "1.234.567.890.123.456.789.012.345,5 đồng",
                Number,
                "1.234.567.890.123.456.789.012.345,5",
            ),
            (
                "1-2-3-4-5-6-7-8-9-QĐ/TW",
                DocumentNumber,
                "1-2-3-4-5-6-7-8-9-QĐ/TW",
            ),
            ("1/2/3/4/5/6/7/8/9/10/11", Number, "1"),
            (
                "12-AB-CD-EF-GH-IJ-KL-MN-OP-QR abc",
                DocumentNumber,
                "12-AB-CD-EF-GH-IJ-KL-MN-OP-QR",
            ),
            (
                "12-AB-CD-EF-GH-IJ-KL-MN-OP-QRabc",
                DocumentNumber,
                "12-AB-CD-EF-GH-IJ-KL-MN-OP",
            ),
            ("1:2:3:4:5:6:7:8:9", Number, "1"),
            ("1,234,567,890,123", Number, "1,234"),
        ];
        for (text, kind, want) in cases {
            assert_eq!(one(text), (kind, want), "{text}");
        }
    }

    #[test]
    fn small_spills_to_the_heap_in_order() {
        let mut small: Small<usize> = Small::default();
        for n in 0..20 {
            small.push(n);
            assert_eq!(small.as_slice(), (0..=n).collect::<Vec<_>>().as_slice());
        }
        for n in (0..20).rev() {
            small.pop();
            assert_eq!(small.as_slice(), (0..n).collect::<Vec<_>>().as_slice());
        }
        small.pop();
        assert!(small.as_slice().is_empty());
    }

    #[test]
    fn bare_day_month_needs_ngay() {
        assert_eq!(classify("6/7 vừa qua", 0, true).0, TokenKind::Date);
        assert_eq!(classify("6/7 vừa qua", 0, false).0, TokenKind::Number);
    }
}
