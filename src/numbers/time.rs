//! Time expressions: dates, years, periods, clock times, weekdays, zones.

use super::text::{
    byte_at, char_at, digits_end, lower_eq, match_phrase, next_word, range_connector, skip_spaces,
};
use super::{Clock, DateParts, Kind, NumericMatch};

/// Earliest and latest year read as a year.
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// Small ASCII integer at `start..end` (at most 4 digits).
pub(crate) fn small_int(text: &str, start: usize, end: usize) -> Option<u32> {
    if end <= start || end - start > 4 {
        return None;
    }
    text.get(start..end)?.parse().ok()
}

/// `sep` at `i` followed by a digit.
fn sep_digit(text: &str, i: usize, seps: &[u8]) -> bool {
    seps.contains(&byte_at(text, i)) && byte_at(text, i + 1).is_ascii_digit()
}

pub(crate) fn is_year(text: &str, start: usize, end: usize) -> Option<i32> {
    if end - start != 4 {
        return None;
    }
    small_int(text, start, end)
        .filter(|y| YEARS.contains(y))
        .and_then(|y| i32::try_from(y).ok())
}

fn valid_day_month(d: u32, m: u32) -> bool {
    (1..=31).contains(&d) && (1..=12).contains(&m)
}

/// A date match with `parts` over `span`.
pub(crate) fn date_match(span: std::ops::Range<usize>, parts: DateParts) -> NumericMatch {
    let mut m = NumericMatch::new(Kind::Date, span);
    m.date = Some(parts);
    m
}

/// `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy` (one separator kind).
pub(crate) fn full_date(text: &str, start: usize) -> Option<(DateParts, usize)> {
    let d_end = digits_end(text, start);
    let sep = byte_at(text, d_end);
    if !matches!(sep, b'/' | b'-' | b'.') || !byte_at(text, d_end + 1).is_ascii_digit() {
        return None;
    }
    let m_end = digits_end(text, d_end + 1);
    if byte_at(text, m_end) != sep || !byte_at(text, m_end + 1).is_ascii_digit() {
        return None;
    }
    let y_end = digits_end(text, m_end + 1);
    let (d, m) = (
        small_int(text, start, d_end)?,
        small_int(text, d_end + 1, m_end)?,
    );
    let y = is_year(text, m_end + 1, y_end)?;
    if d_end - start > 2
        || m_end - d_end > 3
        || !valid_day_month(d, m)
        || sep_digit(text, y_end, b"-.")
        || byte_at(text, y_end) == b'/'
    {
        return None;
    }
    let parts = DateParts {
        year: Some(y),
        month: Some(m as u8),
        day: Some(d as u8),
    };
    Some((parts, y_end))
}

/// ISO `yyyy-mm-dd` or `yyyy-mm` (page metadata such as `date 2020-08`).
pub(crate) fn iso_date(text: &str, start: usize) -> Option<(DateParts, usize)> {
    let y_end = digits_end(text, start);
    let year = is_year(text, start, y_end)?;
    if byte_at(text, y_end) != b'-' || digits_end(text, y_end + 1) != y_end + 3 {
        return None;
    }
    let month = small_int(text, y_end + 1, y_end + 3).filter(|m| (1..=12).contains(m))?;
    let mut parts = DateParts {
        year: Some(year),
        month: Some(month as u8),
        day: None,
    };
    let mut end = y_end + 3;
    if byte_at(text, end) == b'-' && digits_end(text, end + 1) == end + 3 {
        let day = small_int(text, end + 1, end + 3).filter(|d| (1..=31).contains(d))?;
        parts.day = Some(day as u8);
        end += 3;
    }
    (!sep_digit(text, end, b"-/.")).then_some((parts, end))
}

/// `d/m`, `d-m` or `d.m` with one of `seps`, both parts one or two digits,
/// not followed by another part.
pub(crate) fn day_month(text: &str, start: usize, seps: &[u8]) -> Option<(DateParts, usize)> {
    let d_end = digits_end(text, start);
    if !sep_digit(text, d_end, seps) || d_end - start > 2 {
        return None;
    }
    let m_end = digits_end(text, d_end + 1);
    if m_end - d_end > 3 || sep_digit(text, m_end, b"/-.,") {
        return None;
    }
    let (d, m) = (
        small_int(text, start, d_end)?,
        small_int(text, d_end + 1, m_end)?,
    );
    let parts = DateParts {
        year: None,
        month: Some(m as u8),
        day: Some(d as u8),
    };
    valid_day_month(d, m).then_some((parts, m_end))
}

/// ` năm yyyy` after a month or a day (`tháng 11 năm 2021`): year and end.
pub(crate) fn year_after(text: &str, pos: usize) -> Option<(i32, usize)> {
    let after = match_phrase(text, pos, "năm")?;
    let y_start = skip_spaces(text, after);
    let y_end = digits_end(text, y_start);
    Some((is_year(text, y_start, y_end)?, y_end))
}

/// `28 tháng 11 [năm 2021]`: the day `day` at `start..day_end`.
pub(crate) fn day_month_words(
    text: &str,
    start: usize,
    day: u32,
    day_end: usize,
) -> Option<NumericMatch> {
    let after = match_phrase(text, day_end, "tháng")?;
    let m_start = skip_spaces(text, after);
    let m_end = digits_end(text, m_start);
    let month = small_int(text, m_start, m_end)?;
    if !valid_day_month(day, month) || m_start == after {
        return None;
    }
    let mut parts = DateParts {
        year: None,
        month: Some(month as u8),
        day: Some(day as u8),
    };
    let mut end = m_end;
    if let Some((y, e)) = year_after(text, m_end) {
        parts.year = Some(y);
        end = e;
    }
    Some(date_match(start..end, parts))
}

/// `6 tháng đầu năm 2018`, `9 tháng năm 2021`, `6 tháng cuối năm 2020`:
/// a period of `months` months within a year.
pub(crate) fn months_of_year(
    text: &str,
    start: usize,
    months: u32,
    n_end: usize,
) -> Option<NumericMatch> {
    if !(1..=12).contains(&months) {
        return None;
    }
    let after = match_phrase(text, n_end, "tháng")?;
    let (first, at) = if let Some(e) = match_phrase(text, after, "đầu") {
        (1, e)
    } else if let Some(e) = match_phrase(text, after, "cuối") {
        (13 - months, e)
    } else {
        (1, after)
    };
    let (year, end) = year_after(text, at)?;
    let mut m = NumericMatch::new(Kind::Period, start..end);
    m.from = Some(DateParts {
        year: Some(year),
        month: Some(first as u8),
        day: None,
    });
    m.to = Some(DateParts {
        year: Some(year),
        month: Some((first + months - 1) as u8),
        day: None,
    });
    Some(m)
}

/// `2021-2025`, `2020 – 2025`, `2017 đến năm 2018`: a period of years.
pub(crate) fn year_period(text: &str, start: usize) -> Option<NumericMatch> {
    let y1_end = digits_end(text, start);
    let y1 = is_year(text, start, y1_end)?;
    let mut q = skip_spaces(text, range_connector(text, y1_end)?);
    // `từ năm 2020 đến hết tháng 9/2022`, `đến cuối năm 2023`.
    if let Some(e) = ["hết", "cuối"]
        .iter()
        .find_map(|w| match_phrase(text, q, w))
    {
        q = skip_spaces(text, e);
    }
    if let Some(e) = match_phrase(text, q, "năm") {
        q = skip_spaces(text, e);
    } else if let Some(e) = match_phrase(text, q, "tháng") {
        // `từ năm 2021 đến tháng 10/2023`: the years of the span.
        let m = skip_spaces(text, e);
        let m_end = digits_end(text, m);
        small_int(text, m, m_end).filter(|n| (1..=12).contains(n))?;
        q = match byte_at(text, m_end) {
            b'/' | b'-' => m_end + 1,
            _ => skip_spaces(text, match_phrase(text, skip_spaces(text, m_end), "năm")?),
        };
    } else if let Some(e) = match_phrase(text, q, "quý") {
        // `từ năm 2021 đến hết quý I/2024`: the years of the span.
        let k = skip_spaces(text, e);
        let n = text.as_bytes()[k..]
            .iter()
            .take_while(|b| matches!(b, b'I' | b'V' | b'1'..=b'4'))
            .count();
        if !(1..=3).contains(&n) {
            return None;
        }
        q = match byte_at(text, k + n) {
            b'/' | b'-' => k + n + 1,
            _ => skip_spaces(text, match_phrase(text, skip_spaces(text, k + n), "năm")?),
        };
    }
    let y2_end = digits_end(text, q);
    let y2 = is_year(text, q, y2_end)?;
    if y2 < y1 || sep_digit(text, y2_end, b"/-.,") {
        return None;
    }
    let mut m = NumericMatch::new(Kind::Period, start..y2_end);
    m.from = Some(DateParts::year(y1));
    m.to = Some(DateParts::year(y2));
    Some(m)
}

/// `3/2013 đến tháng 5/2014` (from the month and year at `start..end`, of
/// year `y1`): the years of a span from one month to a month of a later year.
pub(crate) fn month_period(text: &str, start: usize, end: usize, y1: i32) -> Option<NumericMatch> {
    let mut q = skip_spaces(text, range_connector(text, end)?);
    for word in ["hết", "cuối", "tháng"] {
        if let Some(e) = match_phrase(text, q, word) {
            q = skip_spaces(text, e);
        }
    }
    let m_end = digits_end(text, q);
    small_int(text, q, m_end).filter(|n| (1..=12).contains(n))?;
    if byte_at(text, m_end) != b'/' {
        return None;
    }
    let y2_end = digits_end(text, m_end + 1);
    let y2 = is_year(text, m_end + 1, y2_end)?;
    if y2 <= y1 || sep_digit(text, y2_end, b"/-.,") {
        return None;
    }
    let mut m = NumericMatch::new(Kind::Period, start..y2_end);
    m.from = Some(DateParts::year(y1));
    m.to = Some(DateParts::year(y2));
    Some(m)
}

/// `08:47`, `16:22:50`, `02:54 AM`, `14h30`, `8h`.
pub(crate) fn clock_digits(text: &str, start: usize) -> Option<NumericMatch> {
    let h_end = digits_end(text, start);
    if h_end - start > 2 {
        return None;
    }
    let mut hour = small_int(text, start, h_end)?;
    let (minute, second, mut end) = match byte_at(text, h_end) {
        b':' => {
            let m_end = digits_end(text, h_end + 1);
            if m_end - h_end != 3 {
                return None;
            }
            let minute = small_int(text, h_end + 1, m_end)?;
            if byte_at(text, m_end) == b':' && digits_end(text, m_end + 1) == m_end + 3 {
                (
                    minute,
                    Some(small_int(text, m_end + 1, m_end + 3)?),
                    m_end + 3,
                )
            } else {
                (minute, None, m_end)
            }
        }
        b'h' | b'g' => {
            let m_end = digits_end(text, h_end + 1);
            let minute = if m_end == h_end + 1 {
                0
            } else {
                small_int(text, h_end + 1, m_end)?
            };
            if m_end - h_end > 3 || char_at(text, m_end).is_some_and(char::is_alphanumeric) {
                return None;
            }
            (minute, None, m_end)
        }
        _ => return None,
    };
    if byte_at(text, end).is_ascii_digit() || byte_at(text, end) == b':' {
        return None;
    }
    // AM / PM after a space.
    if let Some(w) = next_word(text, end) {
        let word = &text[w.clone()];
        let pm = lower_eq(word, "pm");
        if (pm || lower_eq(word, "am")) && w.start <= end + 1 && hour <= 12 {
            hour = match (pm, hour) {
                (true, h) if h < 12 => h + 12,
                (false, 12) => 0,
                (_, h) => h,
            };
            end = w.end;
        }
    }
    if hour > 24 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    let mut m = NumericMatch::new(Kind::Clock, start..end);
    m.clock = Some(Clock {
        hour: hour as u8,
        minute: minute as u8,
        second: second.map(|s| s as u8),
    });
    Some(m)
}

/// `14 giờ [30 [phút]]` after `lúc` / `vào` (the caller checks the cue).
pub(crate) fn clock_words(
    text: &str,
    start: usize,
    hour: u32,
    h_end: usize,
) -> Option<NumericMatch> {
    if hour > 24 {
        return None;
    }
    let mut end = match_phrase(text, h_end, "giờ")?;
    let mut minute = 0;
    let m_start = skip_spaces(text, end);
    let m_end = digits_end(text, m_start);
    if m_end > m_start && m_end - m_start <= 2 {
        if let Some(min) = small_int(text, m_start, m_end).filter(|m| *m < 60) {
            minute = min;
            end = match_phrase(text, m_end, "phút").unwrap_or(m_end);
        }
    }
    let mut m = NumericMatch::new(Kind::Clock, start..end);
    m.clock = Some(Clock {
        hour: hour as u8,
        minute: minute as u8,
        second: None,
    });
    Some(m)
}

/// After `GMT`/`UTC` ending at `pos`: `+7`, `+07:00`, `-5`: minutes and end.
pub(crate) fn zone_offset(text: &str, pos: usize) -> Option<(i16, usize)> {
    let p = skip_spaces(text, pos);
    let sign: i16 = match byte_at(text, p) {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let h_end = digits_end(text, p + 1);
    let hours = small_int(text, p + 1, h_end).filter(|h| *h <= 14 && h_end - p - 1 <= 2)?;
    let (minutes, end) = if byte_at(text, h_end) == b':' && digits_end(text, h_end + 1) == h_end + 3
    {
        (small_int(text, h_end + 1, h_end + 3)?, h_end + 3)
    } else {
        (0, h_end)
    };
    let total = i16::try_from(hours * 60 + minutes).ok()?;
    Some((sign * total, end))
}

/// The weekday word after `Thứ` (`Hai` … `Bảy`, or `2` … `7`): ISO number.
pub(crate) fn weekday_from_ordinal(n: u32) -> Option<u8> {
    (2..=7).contains(&n).then(|| (n - 1) as u8)
}

/// A date right after a weekday: `, 12/05/2017`, ` ngày 10/12/2018`, ` - 17/12`.
pub(crate) fn date_after_weekday(text: &str, pos: usize) -> Option<(DateParts, usize)> {
    let mut p = skip_spaces(text, pos);
    if matches!(byte_at(text, p), b',' | b'-' | b'|') {
        p = skip_spaces(text, p + 1);
    }
    if let Some(e) = match_phrase(text, p, "ngày") {
        p = skip_spaces(text, e);
    }
    if !byte_at(text, p).is_ascii_digit() {
        return None;
    }
    full_date(text, p).or_else(|| day_month(text, p, b"/-."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_clocks() {
        let (d, end) = full_date("31/12/2022,", 0).unwrap();
        assert_eq!(
            (d.year, d.month, d.day, end),
            (Some(2022), Some(12), Some(31), 10)
        );
        assert!(full_date("32/12/2022", 0).is_none());
        assert!(full_date("1/2/2023/ABC", 0).is_none());
        assert_eq!(day_month("27-11 ", 0, b"-").unwrap().0.day, Some(27));
        let c = clock_digits("02:54 PM", 0).unwrap();
        assert_eq!((c.clock.unwrap().hour, c.span.end), (14, 8));
        assert!(clock_digits("25:00", 0).is_none());
        assert_eq!(zone_offset("+7)", 0), Some((420, 2)));
        let p = year_period("2020 – 2025.", 0).unwrap();
        assert_eq!(p.to, Some(DateParts::year(2025)));
    }
}
