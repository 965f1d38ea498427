//! The domain lexicon: terms of party-building work and Vietnamese administration.
//!
//! A [`Lexicon`] is a list of [`Concept`]s. Each concept has a stable id, a
//! [`Category`], a canonical Vietnamese form, variants (other spellings and
//! abbreviations) and an English gloss. The lexicon is *data*: the default one is
//! compiled in from the TSV files under `src/lexicon/data/`, and more can be loaded at
//! run time with [`Lexicon::from_tsv`], [`Lexicon::from_path`] and [`Lexicon::extend`].
//!
//! # File format
//!
//! UTF-8 text, one concept per line, five TAB-separated columns:
//!
//! ```text
//! # concept_id        category      canonical            variants                          gloss_en
//! org.to_chuc_co_so_dang  organisation  tổ chức cơ sở đảng  tổ chức cơ sở|TCCSĐ|TCCS đảng|TCCS  grassroots party organisation
//! ```
//!
//! * `concept_id`: ASCII letters, digits, `.`, `_` and `-`; unique within a file.
//! * `category`: one of the [`Category`] names in snake case (`organisation`,
//!   `admin_unit`, …).
//! * `canonical`: the Vietnamese form reported in matches. It is normalized to NFC with
//!   traditional tone placement (`ủy`, `hòa`) when loaded, and is itself matched.
//! * `variants`: `|`-separated extra forms, possibly empty. A variant with no lower-case
//!   letter (`TCCSĐ`, `UBND`) is an *abbreviation*: it only matches text written without
//!   lower-case letters, so `UBND` never matches the syllables `ubnd` in running text.
//! * `gloss_en`: an English gloss, free text.
//!
//! Blank lines and lines starting with `#` are ignored. Trailing empty columns may be
//! left out (a line with three columns has no variants and no gloss).
//!
//! ```
//! use tintuc::lexicon::{Category, Lexicon};
//!
//! let mut lexicon = Lexicon::default();
//! assert!(lexicon.get("org.chi_bo").is_some());
//!
//! let extra = Lexicon::from_tsv("coop.htx\torganisation\thợp tác xã\tHTX\tcooperative\n")?;
//! lexicon.extend(extra);
//! let coop = lexicon.get("coop.htx").unwrap();
//! assert_eq!(coop.category, Category::Organisation);
//! assert_eq!(coop.variants, vec!["HTX".to_string()]);
//! # Ok::<(), tintuc::lexicon::LexiconError>(())
//! ```
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::normalize::Normalizer;

/// What kind of thing a concept names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Party, state and mass organisations and their organs (đảng bộ, chi bộ, Huyện ủy, UBND).
    Organisation,
    /// Categories of people that get counted (đảng viên, quần chúng ưu tú, học viên).
    People,
    /// Offices held by a person (Bí thư, Phó Chủ tịch, Trưởng ban).
    Role,
    /// Actions of party work (kết nạp, chuyển sinh hoạt, khai trừ).
    Event,
    /// Results of the annual quality assessment (hoàn thành tốt nhiệm vụ, yếu kém).
    Assessment,
    /// What a figure is measured against (kế hoạch, chỉ tiêu, tổng số).
    Reference,
    /// Administrative units (tỉnh, huyện, xã, thôn, bản).
    AdminUnit,
    /// The 54 ethnic groups of Vietnam (dân tộc Mông, người Dao).
    Ethnicity,
    /// Types of party and state documents (Nghị quyết, Quyết định, Điều lệ Đảng).
    DocumentType,
    /// Honorifics written before a name (Đồng chí, Ông, Bà).
    Honorific,
    /// Relation cues for percentages and changes (đạt, vượt, chiếm, tăng).
    Relation,
    /// Target cues that mark a figure as a goal (phấn đấu, giao, đề ra).
    Target,
    /// Reporting verbs that end a role written after a name (cho biết, khẳng định).
    Speech,
    /// Other counted units (lớp, lượt, hộ, người).
    Unit,
    /// Vietnamese family names. Not matched as terms; used to recognise people.
    Surname,
    /// Ordinary words listed so that a shorter term does not match inside them
    /// (`xã hội` keeps `xã` from matching).
    Other,
}

impl Category {
    /// All categories, in declaration order.
    pub const ALL: [Category; 16] = [
        Category::Organisation,
        Category::People,
        Category::Role,
        Category::Event,
        Category::Assessment,
        Category::Reference,
        Category::AdminUnit,
        Category::Ethnicity,
        Category::DocumentType,
        Category::Honorific,
        Category::Relation,
        Category::Target,
        Category::Speech,
        Category::Unit,
        Category::Surname,
        Category::Other,
    ];

    /// The snake-case name used in lexicon files and JSON (`admin_unit`).
    pub fn name(self) -> &'static str {
        match self {
            Category::Organisation => "organisation",
            Category::People => "people",
            Category::Role => "role",
            Category::Event => "event",
            Category::Assessment => "assessment",
            Category::Reference => "reference",
            Category::AdminUnit => "admin_unit",
            Category::Ethnicity => "ethnicity",
            Category::DocumentType => "document_type",
            Category::Honorific => "honorific",
            Category::Relation => "relation",
            Category::Target => "target",
            Category::Speech => "speech",
            Category::Unit => "unit",
            Category::Surname => "surname",
            Category::Other => "other",
        }
    }

    /// Parse a snake-case category name.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One lexicon entry: a concept with its written forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    /// Stable id (`org.chi_bo`).
    pub id: String,
    /// What kind of thing it names.
    pub category: Category,
    /// Canonical Vietnamese form, NFC with traditional tone placement (`đảng ủy`).
    pub canonical: String,
    /// Other forms and abbreviations, as written in the lexicon file.
    pub variants: Vec<String>,
    /// English gloss.
    pub gloss: String,
}

impl Concept {
    /// The canonical form followed by the variants.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.canonical.as_str()).chain(self.variants.iter().map(String::as_str))
    }
}

/// Whether a written form is an abbreviation: letters, none of them lower case, at least two.
pub(crate) fn is_abbreviation(form: &str) -> bool {
    form.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !form.chars().any(char::is_lowercase)
}

/// The provinces and centrally-run cities of Viet Nam, before and after
/// the 2025 mergers (`data/provinces.txt`): each as written and as its
/// folded words, spaced and padded with spaces (` an giang `).
pub(crate) fn provinces() -> &'static [(String, &'static str)] {
    static PROVINCES: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    PROVINCES.get_or_init(|| {
        include_str!("data/provinces.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|name| (crate::normalize::fold_words(name), name))
            .collect()
    })
}

/// Why a lexicon could not be loaded.
#[derive(Debug)]
pub enum LexiconError {
    /// A line of a lexicon file is malformed.
    Parse {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file parsed with errors; the path and the parse error.
    File {
        /// The file.
        path: PathBuf,
        /// The parse error (always [`LexiconError::Parse`]).
        source: Box<LexiconError>,
    },
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LexiconError::Parse { line, message } => write!(f, "line {line}: {message}"),
            LexiconError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            LexiconError::File { path, source } => write!(f, "{}: {source}", path.display()),
        }
    }
}

impl std::error::Error for LexiconError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LexiconError::Io { source, .. } => Some(source),
            LexiconError::File { source, .. } => Some(source.as_ref()),
            LexiconError::Parse { .. } => None,
        }
    }
}

/// The default lexicon files, compiled into the crate.
const DEFAULT_FILES: &[(&str, &str)] = &[
    ("organisations.tsv", include_str!("data/organisations.tsv")),
    ("people.tsv", include_str!("data/people.tsv")),
    ("roles.tsv", include_str!("data/roles.tsv")),
    ("events.tsv", include_str!("data/events.tsv")),
    ("assessments.tsv", include_str!("data/assessments.tsv")),
    ("references.tsv", include_str!("data/references.tsv")),
    ("admin_units.tsv", include_str!("data/admin_units.tsv")),
    ("ethnic_groups.tsv", include_str!("data/ethnic_groups.tsv")),
    (
        "document_types.tsv",
        include_str!("data/document_types.tsv"),
    ),
    ("honorifics.tsv", include_str!("data/honorifics.tsv")),
    ("cues.tsv", include_str!("data/cues.tsv")),
    ("units.tsv", include_str!("data/units.tsv")),
    ("surnames.tsv", include_str!("data/surnames.tsv")),
    ("other.tsv", include_str!("data/other.tsv")),
    ("fields.tsv", include_str!("data/fields.tsv")),
];

/// A set of concepts, in load order. Cheap to clone (concepts are shared).
#[derive(Clone, Debug)]
pub struct Lexicon {
    concepts: Vec<Arc<Concept>>,
    by_id: HashMap<String, usize>,
}

impl Lexicon {
    /// An empty lexicon (see [`Lexicon::default_lexicon`] for the built-in one).
    pub fn new() -> Self {
        Lexicon {
            concepts: Vec::new(),
            by_id: HashMap::new(),
        }
    }

    /// The built-in lexicon compiled from `src/lexicon/data/*.tsv`; also what
    /// [`Lexicon::default()`](Default::default) returns.
    pub fn default_lexicon() -> Self {
        let mut lexicon = Lexicon::new();
        for (name, text) in DEFAULT_FILES {
            match Lexicon::from_tsv(text) {
                Ok(part) => lexicon.extend(part),
                // The data files are tested; a broken one is a build mistake.
                Err(e) => unreachable!("built-in lexicon {name}: {e}"),
            }
        }
        lexicon
    }

    /// Parse a lexicon in the TSV format described in the [module docs](self).
    ///
    /// Errors name the 1-based line: a wrong column count, an unknown category, an empty
    /// or duplicate concept id, an empty canonical form.
    ///
    /// ```
    /// use tintuc::lexicon::Lexicon;
    ///
    /// let err = Lexicon::from_tsv("# comment\nx.y\tnot_a_category\tfoo\n").unwrap_err();
    /// assert!(err.to_string().starts_with("line 2:"), "{err}");
    /// ```
    pub fn from_tsv(text: &str) -> Result<Lexicon, LexiconError> {
        let normalizer = Normalizer::new();
        let mut lexicon = Lexicon::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
            if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
                continue;
            }
            let err = |message: String| LexiconError::Parse { line, message };
            let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if cols.len() < 3 || cols.len() > 5 {
                return Err(err(format!(
                    "expected 3 to 5 TAB-separated columns (id, category, canonical, variants, gloss), found {}",
                    cols.len()
                )));
            }
            let id = cols[0];
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            {
                return Err(err(format!(
                    "invalid concept id {id:?} (use ASCII letters, digits, '.', '_', '-')"
                )));
            }
            let category = Category::from_name(cols[1]).ok_or_else(|| {
                let names: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
                err(format!(
                    "unknown category {:?} (expected one of {})",
                    cols[1],
                    names.join(", ")
                ))
            })?;
            let canonical = normalizer.normalize(cols[2]).text().trim().to_string();
            if canonical.is_empty() {
                return Err(err(format!("concept {id}: empty canonical form")));
            }
            let variants: Vec<String> = cols
                .get(3)
                .map(|v| {
                    v.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            let gloss = cols.get(4).map(|g| g.to_string()).unwrap_or_default();
            if lexicon.by_id.contains_key(id) {
                return Err(err(format!("duplicate concept id {id}")));
            }
            lexicon.push(Concept {
                id: id.to_string(),
                category,
                canonical,
                variants,
                gloss,
            });
        }
        Ok(lexicon)
    }

    /// Read and parse a lexicon file. Errors carry the path.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Lexicon, LexiconError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Lexicon::from_tsv(&text).map_err(|e| LexiconError::File {
            path: path.to_path_buf(),
            source: Box::new(e),
        })
    }

    /// Add a concept. A concept with an id already present replaces the old one in place,
    /// so a user lexicon can override a built-in entry.
    pub fn push(&mut self, concept: Concept) {
        self.push_shared(Arc::new(concept));
    }

    fn push_shared(&mut self, concept: Arc<Concept>) {
        match self.by_id.get(&concept.id) {
            Some(&i) => self.concepts[i] = concept,
            None => {
                self.by_id.insert(concept.id.clone(), self.concepts.len());
                self.concepts.push(concept);
            }
        }
    }

    /// Add all concepts of `other` (later definitions of an id win, see [`Lexicon::push`]).
    pub fn extend(&mut self, other: Lexicon) {
        for concept in other.concepts {
            self.push_shared(concept);
        }
    }

    /// Builder form of [`Lexicon::extend`].
    pub fn with(mut self, other: Lexicon) -> Self {
        self.extend(other);
        self
    }

    /// The concept with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Concept>> {
        self.by_id.get(id).map(|&i| &self.concepts[i])
    }

    /// All concepts in load order.
    pub fn concepts(&self) -> &[Arc<Concept>] {
        &self.concepts
    }

    /// Number of concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// Whether there are no concepts.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }
}

impl Default for Lexicon {
    /// The built-in lexicon (same as [`Lexicon::default_lexicon`]).
    fn default() -> Self {
        Lexicon::default_lexicon()
    }
}
