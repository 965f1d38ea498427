//! The fact model of FACTS.md, as serde types.
//!
//! A [`Fact`] serializes to exactly one JSON object of the contract:
//! `doc`, `kind`, then the fields of its kind, with `span` as `[start, end]`
//! byte offsets into the original input and `text` the original text there.

use std::ops::Range;

use serde::{Deserialize, Serialize, Serializer};

pub use crate::numbers::Approx;

/// One fact, with the id of the document it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// The document id (a file's stem).
    pub doc: String,
    /// What the fact says.
    #[serde(flatten)]
    pub body: FactBody,
}

/// The four kinds of fact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FactBody {
    /// A number that counts or measures something.
    Quantity(Quantity),
    /// A named person and the office given with the name.
    PersonRole(PersonRole),
    /// A cited party or state document.
    DocumentRef(DocumentRef),
    /// The article's metadata; one per document.
    Article(Article),
}

impl FactBody {
    /// The span of the fact in the original input, if it has one.
    pub fn span(&self) -> Option<Range<usize>> {
        let s = match self {
            FactBody::Quantity(q) => q.span,
            FactBody::PersonRole(p) => p.span,
            FactBody::DocumentRef(d) => d.span,
            FactBody::Article(_) => return None,
        };
        Some(s[0]..s[1])
    }
}

/// Whether a quantity is what happened or what is aimed at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// What is or was (the default).
    #[default]
    Actual,
    /// A goal or plan (`phấn đấu`, `mục tiêu`, `chỉ tiêu đề ra`, `giao`).
    Target,
}

/// When a quantity holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TimeRef {
    /// A day: `{"date": "2022-12-31"}`.
    Date {
        /// ISO date.
        date: String,
    },
    /// A span of years: `{"from": 2021, "to": 2025}`.
    Period {
        /// First year.
        from: i32,
        /// Last year.
        to: i32,
    },
    /// A year: `{"year": 2016}`.
    Year {
        /// The year.
        year: i32,
    },
}

/// A number that counts or measures something.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number, Vietnamese notation resolved (`1.488` → 1488).
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// Upper bound of a range.
    #[serde(serialize_with = "opt_number")]
    pub value_max: Option<f64>,
    /// The whole in an `A/B` count.
    #[serde(serialize_with = "opt_number")]
    pub total: Option<f64>,
    /// How exact the number is.
    pub approx: Approx,
    /// What is counted, as written, lower case (`đảng viên mới`, `%`).
    pub unit: String,
    /// The action the number belongs to (`kết nạp`).
    pub event: Option<String>,
    /// For a percentage or change: `đạt`, `vượt`, `chiếm`, `tăng`, `giảm`, `bằng`.
    pub relation: Option<String>,
    /// What a percentage or change is measured against (`kế hoạch`).
    pub reference: Option<String>,
    /// Actual or target.
    pub modality: Modality,
    /// When the number holds.
    pub time: Option<TimeRef>,
    /// The organisation or place the number is about, as written.
    pub subject: Option<String>,
    /// `[start, end]` byte offsets into the original input.
    pub span: [usize; 2],
    /// The original text of `span`.
    pub text: String,
}

/// A named person and the office given with the name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRole {
    /// The name, without honorific (`Phạm Thị Phúc`).
    pub name: String,
    /// The office as written (`Bí thư Huyện ủy Lâm Hà`); the extractor emits
    /// only people named with one, so it is `None` only in facts built by hand.
    pub role: Option<String>,
    /// `[start, end]` byte offsets into the original input.
    pub span: [usize; 2],
    /// The original text of `span`.
    pub text: String,
}

/// A cited party or state document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    /// `Quyết định`, `Nghị quyết`, `Quy định`, `Chỉ thị`, `Hướng dẫn`, `Kết luận`,
    /// `Kế hoạch`, `Thông tri`, `Đề án`, `Công văn`, `Thông báo`, `Điều lệ`.
    pub doc_type: String,
    /// `1090/2023`, `45-QĐ/TW`.
    pub number: Option<String>,
    /// What follows when there is no number (`Đại hội XI`).
    pub name: Option<String>,
    /// Who issued it (`Ban Thường vụ Huyện ủy`).
    pub issuer: Option<String>,
    /// ISO date.
    pub date: Option<String>,
    /// `[start, end]` byte offsets into the original input.
    pub span: [usize; 2],
    /// The original text of `span`.
    pub text: String,
}

/// The article's metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// ISO 8601 with offset where the page gives a time, a date alone otherwise.
    pub published: Option<String>,
    /// The byline.
    pub author: Option<String>,
    /// Where the article comes from (`baolangson.vn`).
    pub source: Option<String>,
}

/// Whole numbers print without a fraction (`1488`, not `1488.0`).
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}
