//! Numbers, quantities and time expressions in Vietnamese news text.
//!
//! The [`Scanner`] walks normalized text (see [`crate::normalize`]) once and
//! returns every numeric expression as a typed [`NumericMatch`]: what it is
//! ([`Kind`]), what it is worth (exact [`Decimal`] values, dates, clock times),
//! how approximate the text says it is ([`Approx`]) and where it is (byte
//! spans). The extractor then looks at the words around each match.
//!
//! ```
//! use tintuc::numbers::{scan, Approx, Kind};
//!
//! let text = "Năm 2022, huyện kết nạp hơn 3.700 đảng viên, đạt 62,06% kế hoạch.";
//! let found = scan(text);
//! assert_eq!(found.len(), 3);
//!
//! assert_eq!(found[0].kind, Kind::Year);
//! assert_eq!(found[0].date.unwrap().year, Some(2022));
//!
//! assert_eq!(found[1].kind, Kind::Number);
//! assert_eq!(found[1].value.unwrap().as_int(), Some(3700));
//! assert_eq!(found[1].approx, Approx::MoreThan);
//! assert_eq!(&text[found[1].span.clone()], "3.700");
//! assert_eq!(&text[found[1].approx_span.clone().unwrap()], "hơn");
//!
//! assert_eq!(found[2].kind, Kind::Percent);
//! assert_eq!(found[2].value.unwrap().to_string(), "62.06");
//! ```
//!
//! # What is read, and the choices made
//!
//! **Digits.** `.` groups thousands and `,` is the decimal mark (`1.488` =
//! 1488, `65,8` = 65.8). A single `,` is always a decimal mark, so `1,500`
//! is 1.5 as a Vietnamese reader takes it; English style is accepted only
//! where the Vietnamese reading is impossible (`3.5`, `1,234,567`). See the
//! table in the `digits` source file.
//!
//! **Words.** `hai mươi lăm` = 25, `một trăm linh năm` = 105, `mười lăm` =
//! 15, `hai mươi mốt` = 21, `ba mươi tư` = 34, `một triệu rưỡi` = 1 500 000.
//! Multipliers join digits too: `2 triệu`, `1,5 tỷ`, `530 tỷ` (the span
//! covers the multiplier). `hàng chục / trăm / nghìn / triệu` is 10 / 100 /
//! 1000 / 10⁶ with [`Approx::About`] (here the cue `hàng` is inside the span). Many numeral words are also ordinary
//! words (`một số` = some, `năm` = year, `ba` and `mười` in names, `tư` in
//! `tư tưởng`), so a word numeral is read only when it is really a number:
//!
//! * a phrase of two words or more (`hai mươi`, `ba trăm`, `năm nghìn`), or
//! * a single digit word (`một` … `chín`, `mười`) directly followed by a unit
//!   noun from a short list (`đảng viên`, `chi bộ`, `người`, `lớp`, `năm`,
//!   `tháng`, `ngày`, `lần`, `xã`, `thôn`, `bản`, …), by `%` or `phần trăm`,
//!   or by a range whose other side is such a number (`hai đến ba lớp`);
//! * never right before digits (`năm 2022` is a year cue, not 5);
//! * and never when Title-case in mid-sentence (`ông Ba`, `Hai Bà Trưng`),
//!   nor `năm` after `những`/`các`/`mỗi`/`hằng`/`hàng`/`cuối`/`đầu`/`trong`;
//! * `tư`, `mốt`, `lăm` are read only inside a numeral (`hai mươi tư`).
//!
//! **Approximation** ([`Approx`]) comes from the cue just before the number
//! (`hơn`, `trên`, `ngoài` → more than; `ít nhất`, `tối thiểu` → at least;
//! `khoảng`, `gần`, `chừng`, `xấp xỉ` → about; `dưới`, `chưa đến` → less than;
//! `tối đa`, `không quá` → at most) or from `trở lên` / `trở xuống` up to
//! seven words after it in the same clause (`từ 110 đảng viên mới trở lên`),
//! unless a `từ` of its own comes first (`83,8% có trình độ từ cao đẳng trở
//! lên` leaves 83,8% exact).
//! Because only the word right before a number counts, the prepositions in
//! `trên địa bàn` or `ngoài nhà nước` never become cues. **The match span
//! covers the number expression only**; the cue's span is in
//! [`NumericMatch::approx_span`], so the extractor can take either.
//!
//! **Ranges** `từ 2 đến 3`, `2 đến 3`, `90 - 100`, `90–100`, `7% - 10%` are
//! one match with [`NumericMatch::value_max`]; the right side must not be
//! smaller than the left, otherwise it is no range.
//!
//! **Slashes.** `a/b` after a date cue (`ngày`, `sáng`, `chiều`, `tối`,
//! `hôm`…) is a day and month; `m/yyyy` is a month; after `số` or a document
//! type (`Quyết định 1090/2023`) it is a document number; otherwise, when
//! `a ≤ b`, it is a [`Kind::Fraction`] of a whole (`63/68 đảng bộ`: value 63,
//! total 68); when `a > b` and it is a valid day and month (`27/11`), a date.
//! `d-m` is a date after a date cue, or when it cannot be a range because it
//! goes down (`27-11`, `30-4`); otherwise `2-3` is a range. `d.m` is a date
//! only after a date cue (`Sáng 14.8`).
//!
//! **Years.** A four-digit number written without a separator between 1900
//! and 2100 is a [`Kind::Year`] (Vietnamese writes counts above a thousand
//! with `.`: `2.016 đảng viên`), unless it carries `%` or a multiplier;
//! `2021-2025`, `2020 – 2025` and `năm 2017 đến năm 2018` are a
//! [`Kind::Period`], as are `6 tháng đầu năm 2018` (January–June) and
//! `9 tháng năm 2021`.
//!
//! **Identifiers.** Document numbers (`45-QĐ/TW`, `11/NQ-HĐND`,
//! `15/2019/NĐ-CP`, `số 1090/2023`), ordinals (`lần thứ 4`, `khóa XII`,
//! `Đại hội XI`, `Trung ương 4`, `thứ hai` outside dates) and phone numbers
//! (a leading `0` or `+84` and 9–11 digits, groups joined by space, `.`, `-`)
//! are matched so the extractor does not count them.
//!
//! **Time.** Dates `31/12/2022`, `01-11-2011`, `12.05.2017`, `28 tháng 11
//! năm 2021`, a weekday before a date (`Thứ Sáu, 12/05/2017`, included in the
//! span, ISO number in [`NumericMatch::weekday`]), clock times `08:47`,
//! `02:54 AM`, `14h30`, `lúc 14 giờ`; `(GMT+7)` sets
//! [`NumericMatch::timezone`] on the match just before it on the same line.
//!
//! **Overflow.** Values are exact up to `i128` (`999999999999999999999 tỷ`
//! is read exactly). A value beyond that (`99999999999999999999999999999 tỷ
//! tỷ`) or with more than 18 decimals is never reported as a wrong number:
//! the match is kept with `value: None` and [`NumericMatch::overflow`] set.
//!
//! **Cost.** SIMD passes find the trigger words (the Teddy searcher of
//! `aho-corasick`, or its DFA where the CPU lacks SIMD) and a sixteen-bytes-
//! at-a-time loop finds digits; expressions are read only at those anchors,
//! with hand-written byte scanners (no regex, no allocation but the output).
//! `cargo bench --bench numbers`: about 340 MiB/s on the seed corpus and
//! 1.2 GiB/s on text without numbers (on a shared two-core machine).
//!
//! **Case.** Trigger words are found in lower case, with a capital, or in
//! all capitals (`MỘT`, `ĐẠI HỘI XI`); only a Title-case numeral word in
//! mid-sentence is taken for a name.

mod approx;
mod decimal;
mod digits;
mod ident;
#[cfg(test)]
mod reference;
mod scan;
mod text;
mod time;
mod words;

pub(crate) use text::prev_word_in;
pub(crate) use words::scale_exponent;

use std::ops::Range;

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

pub use decimal::{Decimal, ParseDecimalError};
pub use scan::{scan, scan_normalized, Scanner};

/// What a numeric match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A count or measure (`193`, `hơn 3.700`, `2 triệu`, `hai mươi lăm`).
    Number,
    /// A percentage (`65,8%`, `100 %`, `năm mươi phần trăm`).
    Percent,
    /// A part of a whole (`63/68`): `value` of `total`.
    Fraction,
    /// A calendar date, maybe partial (`31/12/2022`, `tháng 9/2022`, `ngày 11/9`).
    Date,
    /// A year (`năm 2016`, `2009`).
    Year,
    /// A span of time (`2021-2025`, `nhiệm kỳ 2020 - 2025`, `6 tháng đầu năm 2018`).
    Period,
    /// A time of day (`08:47`, `14h30`).
    Clock,
    /// The number of a document (`45-QĐ/TW`, `số 1090/2023`).
    DocumentNumber,
    /// An ordinal, written in digits, words or Roman numerals (`lần thứ 4`, `khóa XII`).
    Ordinal,
    /// A telephone number.
    Phone,
}

/// How exact the text says a number is (the `approx` of FACTS.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// No cue.
    #[default]
    Exact,
    /// `hơn`, `trên`, `ngoài` (more than).
    MoreThan,
    /// `ít nhất`, `tối thiểu`, `… trở lên` (at least).
    AtLeast,
    /// `khoảng`, `gần`, `chừng`, `xấp xỉ`, `hàng nghìn` (about).
    About,
    /// `dưới`, `chưa đến` (less than).
    LessThan,
    /// `tối đa`, `không quá`, `… trở xuống` (at most).
    AtMost,
}

/// A possibly partial calendar date; a year alone is `{year}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DateParts {
    /// Year (`năm`).
    pub year: Option<i32>,
    /// Month 1–12 (`tháng`).
    pub month: Option<u8>,
    /// Day of month 1–31 (`ngày`).
    pub day: Option<u8>,
}

impl DateParts {
    /// A year alone.
    pub fn year(year: i32) -> Self {
        Self {
            year: Some(year),
            ..Self::default()
        }
    }
}

impl Serialize for DateParts {
    /// A year alone as a JSON integer (`2021`, as in FACTS.md `time.from`),
    /// otherwise an ISO-like string: `2022-12-31`, `2022-09`, `--12-31` when
    /// the year is missing.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.year, self.month, self.day) {
            (Some(y), None, None) => serializer.serialize_i32(y),
            (y, m, d) => {
                let mut s = y.map_or_else(|| "-".to_string(), |y| format!("{y:04}"));
                if let Some(m) = m {
                    s.push_str(&format!("-{m:02}"));
                }
                if let Some(d) = d {
                    s.push_str(&format!("-{d:02}"));
                }
                serializer.serialize_str(&s)
            }
        }
    }
}

/// A time of day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Clock {
    /// Hour 0–24 (`giờ`).
    pub hour: u8,
    /// Minute 0–59 (`phút`).
    pub minute: u8,
    /// Second 0–59, when written.
    pub second: Option<u8>,
}

/// One numeric expression found in the text.
///
/// Fields that do not apply to the [`Kind`] are `None`. Spans are byte ranges
/// of the scanned text (or of the original input for [`scan_normalized`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumericMatch {
    /// What the expression is.
    pub kind: Kind,
    /// Byte range of the expression itself (number, multiplier, `%`, range,
    /// date, weekday); approximation cues are outside, see `approx_span`.
    pub span: Range<usize>,
    /// The number (lower bound of a range, part of a fraction, ordinal value).
    pub value: Option<Decimal>,
    /// Upper bound of a range (`90 - 100` → 100).
    pub value_max: Option<Decimal>,
    /// The whole of a fraction (`63/68` → 68).
    pub total: Option<Decimal>,
    /// Approximation given by a cue word.
    pub approx: Approx,
    /// Byte range of the approximation cue (`hơn`, `trở lên`), if any.
    pub approx_span: Option<Range<usize>>,
    /// Date or year fields for [`Kind::Date`] and [`Kind::Year`].
    pub date: Option<DateParts>,
    /// Start of a [`Kind::Period`].
    pub from: Option<DateParts>,
    /// End of a [`Kind::Period`].
    pub to: Option<DateParts>,
    /// Time of day for [`Kind::Clock`].
    pub clock: Option<Clock>,
    /// ISO weekday, 1 = Monday (`Thứ Hai`) … 7 = Sunday (`Chủ nhật`).
    pub weekday: Option<u8>,
    /// Offset from UTC in minutes (`(GMT+7)` → 420).
    pub timezone: Option<i16>,
    /// The value did not fit: `value` is `None` rather than wrong.
    pub overflow: bool,
}

impl NumericMatch {
    /// A match of `kind` over `span` with every other field empty.
    pub fn new(kind: Kind, span: Range<usize>) -> Self {
        Self {
            kind,
            span,
            value: None,
            value_max: None,
            total: None,
            approx: Approx::Exact,
            approx_span: None,
            date: None,
            from: None,
            to: None,
            clock: None,
            weekday: None,
            timezone: None,
            overflow: false,
        }
    }

    /// Whether the match is a count or measure (number, percent, fraction):
    /// the kinds that can become FACTS.md quantities.
    pub fn is_quantity(&self) -> bool {
        matches!(self.kind, Kind::Number | Kind::Percent | Kind::Fraction)
    }

    /// The text of the match in `text` (the string the spans refer to).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or("")
    }
}

impl Serialize for NumericMatch {
    /// A flat object: `kind`, `start`, `end`, then only the fields that apply
    /// (`value`, `value_max`, `total`, `approx`, `approx_start`/`approx_end`,
    /// `year`, `month`, `day`, `from`, `to`, `hour`, `minute`, `second`,
    /// `weekday`, `timezone` as `+07:00`, `overflow`).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        let optional = [
            ("value", self.value),
            ("value_max", self.value_max),
            ("total", self.total),
        ];
        for (key, v) in optional {
            if let Some(v) = v {
                map.serialize_entry(key, &v)?;
            }
        }
        if self.is_quantity() {
            map.serialize_entry("approx", &self.approx)?;
        }
        if let Some(cue) = &self.approx_span {
            map.serialize_entry("approx_start", &cue.start)?;
            map.serialize_entry("approx_end", &cue.end)?;
        }
        if let Some(d) = self.date {
            if let Some(y) = d.year {
                map.serialize_entry("year", &y)?;
            }
            if let Some(m) = d.month {
                map.serialize_entry("month", &m)?;
            }
            if let Some(day) = d.day {
                map.serialize_entry("day", &day)?;
            }
        }
        if let Some(from) = &self.from {
            map.serialize_entry("from", from)?;
        }
        if let Some(to) = &self.to {
            map.serialize_entry("to", to)?;
        }
        if let Some(c) = self.clock {
            map.serialize_entry("hour", &c.hour)?;
            map.serialize_entry("minute", &c.minute)?;
            if let Some(s) = c.second {
                map.serialize_entry("second", &s)?;
            }
        }
        if let Some(w) = self.weekday {
            map.serialize_entry("weekday", &w)?;
        }
        if let Some(tz) = self.timezone {
            let sign = if tz < 0 { '-' } else { '+' };
            let abs = tz.unsigned_abs();
            map.serialize_entry(
                "timezone",
                &format!("{sign}{:02}:{:02}", abs / 60, abs % 60),
            )?;
        }
        if self.overflow {
            map.serialize_entry("overflow", &true)?;
        }
        map.end()
    }
}
