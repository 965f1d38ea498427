//! Cited documents: `Quyết định số 1090/2023 của Ban Thường vụ Huyện ủy`,
//! `Nghị quyết 08-NQ/TU ngày 3-7-2012 của Tỉnh ủy Điện Biên`,
//! `Nghị quyết Đại hội XI`, `Nghị quyết Trung ương 4 (khóa XII)`.
//!
//! A document type from the lexicon starts a citation; a number (after
//! `số`), a date (after `ngày`), an issuer (after `của`) or a proper name
//! may follow. Generic mentions (`xây dựng nghị quyết của Đảng`, `theo kế
//! hoạch`) have none of these, or are written in lower case with no number,
//! and are not citations.

use std::collections::HashMap;
use std::ops::Range;

use crate::lexicon::{Category, Lexicon};
use crate::tokenize::{Token, TokenKind};

/// The document types of the fact contract (FACTS.md), in the spelling it uses.
const CONTRACT_TYPES: [&str; 12] = [
    "Quyết định",
    "Nghị quyết",
    "Quy định",
    "Chỉ thị",
    "Hướng dẫn",
    "Kết luận",
    "Kế hoạch",
    "Thông tri",
    "Đề án",
    "Công văn",
    "Thông báo",
    "Điều lệ",
];

/// Types cited by a name rather than a number (`Nghị quyết Đại hội XI`).
const NAMED_TYPES: [&str; 4] = ["Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định"];

/// Lower-case words that may stand inside an issuer's or a document's name.
const NAME_WORDS: [&str; 29] = [
    "vụ",
    "ủy",
    "uỷ",
    "bộ",
    "khối",
    "các",
    "cơ",
    "quan",
    "tỉnh",
    "huyện",
    "xã",
    "thành",
    "phố",
    "thị",
    "trấn",
    "chính",
    "trị",
    "hành",
    "chấp",
    "thường",
    "trực",
    "khóa",
    "khoá",
    "lần",
    "thứ",
    "đại",
    "biểu",
    "toàn",
    "quốc",
];

/// Words that end a name even right after a capitalised word.
const STOP_WORDS: [&str; 22] = [
    "về", "của", "đề", "đã", "và", "với", "để", "trong", "ngày", "theo", "tại", "cho", "có", "là",
    "được", "nhằm", "thì", "khi", "đến", "từ", "số", "nay",
];

/// A citation found in the normalized text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Citation {
    pub doc_type: &'static str,
    pub number: Option<Range<usize>>,
    pub name: Option<Range<usize>>,
    pub issuer: Option<Range<usize>>,
    /// ISO date.
    pub date: Option<String>,
    /// The whole citation, normalized text.
    pub range: Range<usize>,
}

/// Finds citations; built once from the lexicon's document types.
#[derive(Clone, Debug)]
pub(crate) struct Citations {
    /// Folded form (space-separated syllables) → contract type, and the
    /// starts of longer forms (see [`Key`]): one look-up a word tells
    /// whether to read on.
    keys: HashMap<String, Key>,
    longest: usize,
}

/// What a folded run of words is among the forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    /// Its type, when it is a form.
    kind: Option<&'static str>,
    /// Whether it and a space start a longer form.
    longer: bool,
}

impl Citations {
    pub(crate) fn new(lexicon: &Lexicon) -> Self {
        let mut forms = HashMap::new();
        for c in lexicon
            .concepts()
            .iter()
            .filter(|c| c.category == Category::DocumentType)
        {
            let canonical = crate::normalize::fold(&c.canonical).into_string();
            // "Điều lệ Đảng" is the type "Điều lệ" of the contract.
            let Some(&kind) = CONTRACT_TYPES.iter().find(|t| {
                let t = crate::normalize::fold(t).into_string();
                canonical == t || canonical.starts_with(&format!("{t} "))
            }) else {
                continue;
            };
            for form in c.forms() {
                // Abbreviations (NQ, QĐ) stand inside document numbers, not before them.
                if form.chars().any(char::is_lowercase) {
                    forms.insert(crate::normalize::fold(form).into_string(), kind);
                }
            }
        }
        let longest = forms
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(0);
        let mut keys: HashMap<String, Key> = HashMap::new();
        for (form, &kind) in &forms {
            let blank = Key {
                kind: None,
                longer: false,
            };
            keys.entry(form.clone()).or_insert(blank).kind = Some(kind);
            for (k, _) in form.match_indices(' ') {
                keys.entry(form[..k].to_string()).or_insert(blank).longer = true;
            }
        }
        Citations { keys, longest }
    }

    /// The citations among `tokens` (of the normalized `text`).
    #[cfg(test)]
    pub(crate) fn find(&self, text: &str, tokens: &[Token<'_>]) -> Vec<Citation> {
        let mut out = Vec::new();
        self.find_at(text, tokens, 0..tokens.len(), &mut out);
        out
    }

    /// The citations that start at the token indices `starts` (in order)
    /// of `tokens` (one line), added to `out` unless already there.
    pub(crate) fn find_at(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        starts: impl IntoIterator<Item = usize>,
        out: &mut Vec<Citation>,
    ) {
        let mut key = String::new();
        let mut next_free = 0;
        for i in starts {
            if i < next_free {
                continue;
            }
            let Some((kind, after)) = self.type_at(tokens, &mut key, i) else {
                continue;
            };
            let capital = tokens[i]
                .norm
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            next_free = after;
            let Some(first) = parse(tokens, i, after, kind, capital) else {
                continue;
            };
            let group = coordinated(tokens, first, kind, capital);
            for c in group {
                let same = |o: &Citation| {
                    o.doc_type == c.doc_type
                        && o.number.as_ref().map(|r| &text[r.clone()])
                            == c.number.as_ref().map(|r| &text[r.clone()])
                        && o.name.as_ref().map(|r| &text[r.clone()])
                            == c.name.as_ref().map(|r| &text[r.clone()])
                };
                if !out.iter().any(same) {
                    out.push(c);
                }
            }
        }
    }

    /// The longest document type whose words start at token `i`.
    fn type_at(
        &self,
        tokens: &[Token<'_>],
        key: &mut String,
        i: usize,
    ) -> Option<(&'static str, usize)> {
        key.clear();
        let mut best = None;
        for (k, t) in tokens.iter().enumerate().skip(i).take(self.longest) {
            if t.kind != TokenKind::Word {
                break;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            crate::normalize::fold_into(key, t.norm);
            // (Each longer run is this one, a space and more: once this is
            // neither a form nor the start of one, none after it is a form.)
            if key.is_empty() {
                continue;
            }
            let Some(found) = self.keys.get(key.as_str()) else {
                break;
            };
            if let Some(kind) = found.kind {
                best = Some((kind, k + 1));
            }
            if !found.longer {
                break;
            }
        }
        best
    }

    /// [`Citations::type_at`] as it was, reading every word up to the
    /// longest form: the reference of the tests.
    #[cfg(test)]
    fn type_at_reading_all(
        &self,
        tokens: &[Token<'_>],
        key: &mut String,
        i: usize,
    ) -> Option<(&'static str, usize)> {
        key.clear();
        let mut best = None;
        for (k, t) in tokens.iter().enumerate().skip(i).take(self.longest) {
            if t.kind != TokenKind::Word {
                break;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            crate::normalize::fold_into(key, t.norm);
            if let Some(kind) = self.keys.get(key.as_str()).and_then(|f| f.kind) {
                best = Some((kind, k + 1));
            }
        }
        best
    }
}

fn is_capitalised(t: &Token<'_>) -> bool {
    t.norm.chars().next().is_some_and(char::is_uppercase)
}

/// `04/11/2021`, `3-7-2012` → ISO.
fn iso_date(s: &str) -> Option<String> {
    let parts: Vec<u32> = s
        .split(['/', '-', '.'])
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts[..] {
        [d, m, y] if (1..=31).contains(&d) && (1..=12).contains(&m) && y >= 1900 => {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// A run of name words from token `i`: capitalised words, numbers, Roman
/// numerals, a few lower-case words of organisation names, and a bracketed
/// part such as `(khóa XII)`. Returns the end token index.
fn name_run(tokens: &[Token<'_>], i: usize, max: usize) -> usize {
    let mut j = i;
    let mut depth = 0usize;
    while j < tokens.len() && j - i < max {
        let t = &tokens[j];
        let ok = match t.kind {
            TokenKind::Word | TokenKind::Abbreviation => {
                let lower = t.norm.to_lowercase();
                // Only the first syllable of a word is capitalised: Đại hội, Trung ương.
                let continues = j > i
                    && is_capitalised(&tokens[j - 1])
                    && !STOP_WORDS.contains(&lower.as_str());
                is_capitalised(t) || continues || NAME_WORDS.contains(&lower.as_str())
            }
            TokenKind::Number => true,
            TokenKind::Punctuation if t.norm == "(" && j > i => {
                depth += 1;
                true
            }
            TokenKind::Punctuation if t.norm == ")" && depth > 0 => {
                depth -= 1;
                true
            }
            _ => false,
        };
        if !ok {
            break;
        }
        j += 1;
    }
    // Never end inside brackets or on a lower-case word.
    while j > i && (depth > 0 || !ends_name(&tokens[j - 1])) {
        if tokens[j - 1].norm == "(" {
            depth = depth.saturating_sub(1);
        }
        j -= 1;
    }
    j
}

fn ends_name(t: &Token<'_>) -> bool {
    // (`… lần thứ` before a number in words is cut back to the name.)
    (t.kind != TokenKind::Punctuation || t.norm == ")")
        && !matches!(t.norm.to_lowercase().as_str(), "lần" | "thứ")
}

/// `Quy định số 24-QĐ/TW và 22-QĐ/TW của Ban Chấp hành Trung ương`: the
/// citation `first` and those of the coded numbers joined to its number by
/// `và` or a comma, each of the same type; the issuer named after the last
/// is that of those before it that name none.
fn coordinated(
    tokens: &[Token<'_>],
    first: Citation,
    kind: &'static str,
    capital: bool,
) -> Vec<Citation> {
    let mut group = vec![first];
    // The code between `-` and `/` (`QĐ` of `24-QĐ/TW`).
    let code = |t: &Token<'_>| {
        t.norm
            .split_once('-')
            .and_then(|(_, r)| r.split_once('/'))
            .map(|(c, _)| c.to_string())
    };
    let at = |pos: usize| tokens.partition_point(|t| t.norm_span.start < pos);
    // Each after the last one's number and date (`24-QĐ/TW ngày 30/7/2021 và
    // số 22-QĐ/TW …`); an issuer ends the list.
    while let Some(last) = group.last().filter(|c| c.issuer.is_none()) {
        let Some(number) = last.number.clone() else {
            break;
        };
        let k = at(last.range.end);
        let joins = tokens.get(k).is_some_and(|t| {
            t.norm == "," || (t.kind == TokenKind::Word && crate::normalize::folds_to(t.norm, "va"))
        });
        let so = tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && crate::normalize::folds_to(t.norm, "so"));
        let n = k + 1 + usize::from(so);
        let coded = tokens
            .get(n)
            .is_some_and(|t| t.kind == TokenKind::DocumentNumber);
        if !joins || !coded {
            break;
        }
        // Of the same kind: `Chỉ thị số 05-CT/TW và 28-HD/TU` joins a
        // guidance, not a second directive.
        let first_code = tokens.get(at(number.start)).and_then(code);
        if first_code.is_some() && first_code != code(&tokens[n]) {
            break;
        }
        match parse(tokens, n, n, kind, capital) {
            Some(next) => group.push(next),
            None => break,
        }
    }
    if let Some(issuer) = group.last().and_then(|c| c.issuer.clone()) {
        for c in group.iter_mut().filter(|c| c.issuer.is_none()) {
            c.issuer = Some(issuer.clone());
        }
    }
    group
}

fn parse(
    tokens: &[Token<'_>],
    start: usize,
    after: usize,
    kind: &'static str,
    capital: bool,
) -> Option<Citation> {
    let mut j = after;
    let mut end = tokens[after - 1].norm_span.end;
    let mut number = None;
    let mut name = None;
    let mut issuer = None;
    let mut date = None;
    let word = |k: usize, w: &str| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && crate::normalize::folds_to(t.norm, w))
    };
    // (`Nghị quyết chuyên đề số 08-NQ/ĐU`: a word or two of its kind, in
    // small letters, before `số` and a document's number.)
    let qualified = (1..=2).find(|&n| {
        (j..j + n).all(|k| {
            tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && t.norm.starts_with(char::is_lowercase)
            })
        }) && word(j + n, "so")
            && tokens
                .get(j + n + 1)
                .is_some_and(|t| t.kind == TokenKind::DocumentNumber)
    });
    j += qualified.unwrap_or(0);
    let has_so = word(j, "so");
    if has_so {
        j += 1;
    }
    if let Some(t) = tokens.get(j) {
        // `Kết luận 21 của Trung ương`: a capitalised type and a plain
        // number with what a citation goes on with (`của`, `ngày`, `về`).
        // Not a length (`Kế hoạch 90 ngày của …`: `ngày` with no date after
        // it) nor a year (`Nghị quyết 2023 của Đảng ủy xã`).
        let dated =
            word(j + 1, "ngay") && tokens.get(j + 2).is_some_and(|d| d.kind == TokenKind::Date);
        let year = t.norm.len() == 4 && (t.norm.starts_with("19") || t.norm.starts_with("20"));
        let cited_on =
            || capital && !year && (dated || ["cua", "ve"].iter().any(|w| word(j + 1, w)));
        let numbered = match t.kind {
            TokenKind::DocumentNumber => true,
            TokenKind::Number => {
                t.norm.bytes().all(|b| b.is_ascii_digit()) && (has_so || cited_on())
            }
            _ => false,
        };
        if numbered {
            number = Some(t.norm_span.clone());
            end = t.norm_span.end;
            j += 1;
        }
    }
    if number.is_none() && NAMED_TYPES.contains(&kind) && capital {
        if let Some(t) = tokens.get(j).filter(|t| {
            // (`Nghị quyết TW4 khóa XII`: the committee abbreviated.)
            matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) && is_capitalised(t)
        }) {
            let e = name_run(tokens, j, 12);
            if e > j {
                name = Some(t.norm_span.start..tokens[e - 1].norm_span.end);
                end = tokens[e - 1].norm_span.end;
                j = e;
            }
        }
    }
    if word(j, "ngay") && tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Date) {
        date = iso_date(tokens[j + 1].norm);
        end = tokens[j + 1].norm_span.end;
        j += 2;
    }
    if word(j, "cua") && tokens.get(j + 1).is_some_and(is_capitalised) {
        let e = name_run(tokens, j + 1, 10);
        if e > j + 1 {
            issuer = Some(tokens[j + 1].norm_span.start..tokens[e - 1].norm_span.end);
            end = tokens[e - 1].norm_span.end;
        }
    }
    // Without a number, only a capitalised resolution, directive or
    // conclusion with a name or an issuer is a citation.
    let cited = number.is_some()
        || (capital && NAMED_TYPES.contains(&kind) && (name.is_some() || issuer.is_some()));
    cited.then(|| Citation {
        doc_type: kind,
        number,
        name,
        issuer,
        date,
        range: tokens[start].norm_span.start..end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::tokenize::Tokenizer;

    /// (type, number, name, issuer, date) of a citation.
    type Found = (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    /// The document type at each token, read word by word with the keys
    /// (stopping where no form goes on), is the one read up to the longest
    /// form, on real pages and on runs of every form's words.
    #[test]
    fn type_at_stops_as_reading_all() {
        let citations = Citations::new(&crate::lexicon::Lexicon::default());
        let mut texts = crate::seed_articles();
        let forms: Vec<String> = (citations.keys.iter())
            .filter(|(_, f)| f.kind.is_some())
            .map(|(form, _)| form.clone())
            .collect();
        texts.push(forms.join(" "));
        texts.push(forms.join(", ").to_uppercase());
        texts.push(format!("x\u{200B} {} \u{200B}", forms.join(" \u{AD} ")));
        let (mut a, mut b) = (String::new(), String::new());
        for text in &texts {
            let n = normalize(text);
            let tokens = Tokenizer::new().tokenize(&n);
            for i in 0..tokens.len() {
                assert_eq!(
                    citations.type_at(&tokens, &mut a, i),
                    citations.type_at_reading_all(&tokens, &mut b, i),
                    "{text:?} {i}"
                );
            }
        }
    }

    fn cite(input: &str) -> Vec<Found> {
        let n = normalize(input);
        let tokens = Tokenizer::new().tokenize(&n);
        let t = n.text();
        let get = |r: &Option<Range<usize>>| r.clone().map(|r| t[r].to_string());
        Citations::new(&Lexicon::default())
            .find(t, &tokens)
            .into_iter()
            .map(|c| {
                (
                    c.doc_type.to_string(),
                    get(&c.number),
                    get(&c.name),
                    get(&c.issuer),
                    c.date,
                )
            })
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn numbered_citations() {
        assert_eq!(
            cite("theo Quyết định sô 1090/2023 của Ban Thường vụ Huyện ủy “về giao chỉ tiêu”"),
            vec![(
                "Quyết định".into(),
                s("1090/2023"),
                None,
                s("Ban Thường vụ Huyện ủy"),
                None
            )]
        );
        assert_eq!(
            cite("Thực hiện Nghị quyết 08-NQ/TU ngày 3-7-2012 của Tỉnh ủy Điện Biên về “Xây dựng”"),
            vec![(
                "Nghị quyết".into(),
                s("08-NQ/TU"),
                None,
                s("Tỉnh ủy Điện Biên"),
                s("2012-07-03")
            )]
        );
        assert_eq!(
            cite("đã công bố Quyết định số 2319 của Bộ Chính trị về việc"),
            vec![(
                "Quyết định".into(),
                s("2319"),
                None,
                s("Bộ Chính trị"),
                None
            )]
        );
        // No `số`: a capitalised type, a plain number and what a citation
        // goes on with.
        assert_eq!(
            cite("Thực hiện Kết luận 21 của Trung ương, Thông báo 145 ngày 3/4/2023"),
            vec![
                ("Kết luận".into(), s("21"), None, s("Trung ương"), None),
                ("Thông báo".into(), s("145"), None, None, s("2023-04-03")),
            ]
        );
        assert!(cite("đã kết luận 9 tổ chức đảng vi phạm").is_empty());
        // A length or a year after the type is no number.
        assert!(cite("triển khai Kế hoạch 90 ngày của Ban Thường vụ Huyện ủy").is_empty());
        assert!(cite("Nghị quyết 2023 của Đảng ủy xã")
            .iter()
            .all(|c| c.1.is_none()));
        let two = cite("Thực hiện Quyết định số 1777-QĐ/HU và quyết định số 1778-QĐ/HU ngày 05/8/2024 của Huyện ủy Phú Giáo về việc");
        assert_eq!(two.len(), 2);
        assert_eq!(two[1].1, s("1778-QĐ/HU"));
        assert_eq!(two[1].4, s("2024-08-05"));
        // Numbers joined to the first: each a citation of its type, with
        // the issuer named after the last.
        let issuer = s("Ban Chấp hành Trung ương");
        assert_eq!(
            cite("thực hiện các Quy định số 24-QĐ/TW và 22-QĐ/TW của Ban Chấp hành Trung ương"),
            vec![
                ("Quy định".into(), s("24-QĐ/TW"), None, issuer.clone(), None),
                ("Quy định".into(), s("22-QĐ/TW"), None, issuer, None),
            ]
        );
        // With their dates, and `số` again.
        let two = cite("theo Quy định số 24-QĐ/TW ngày 30/7/2021 và 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra");
        assert_eq!((two.len(), two[1].4.as_deref()), (2, Some("2021-07-28")));
        assert_eq!(cite("theo Quy định số 24-QĐ/TW và số 22-QĐ/TW").len(), 2);
        // Not a number of another kind, nor a plain number after `và`.
        assert_eq!(
            cite("Thực hiện Chỉ thị số 05-CT/TW và 28-HD/TU của Tỉnh ủy").len(),
            1
        );
        assert_eq!(cite("Quyết định số 1090/2023 và 5 văn bản khác").len(), 1);
        // A state document's code (`TTg`, the Prime Minister).
        assert_eq!(
            cite("Thực hiện Chỉ thị số 01/CT-TTg ngày 9/1/2015 của Thủ tướng Chính phủ"),
            vec![(
                "Chỉ thị".into(),
                s("01/CT-TTg"),
                None,
                s("Thủ tướng Chính phủ"),
                s("2015-01-09")
            )]
        );
        // `Thông báo kết luận` is a notice.
        assert_eq!(
            cite("Thực hiện Thông báo kết luận số 127-TB/TU của Tỉnh ủy")[0].0,
            "Thông báo"
        );
        // A word or two of its kind before `số` and a document's number;
        // not a plain number after other words.
        assert_eq!(
            cite("Đảng ủy ban hành Nghị quyết chuyên đề số 08-NQ/ĐU ngày 15/3/2022 về phát triển đảng viên"),
            vec![(
                "Nghị quyết".into(),
                s("08-NQ/ĐU"),
                None,
                None,
                s("2022-03-15")
            )]
        );
        assert!(cite("theo nghị quyết đại hội số 5 đảng viên").is_empty());
    }

    #[test]
    fn named_citations() {
        assert_eq!(
            cite("đạt 108% chỉ tiêu Nghị quyết Đại hội XI đề ra."),
            vec![("Nghị quyết".into(), None, s("Đại hội XI"), None, None)]
        );
        // A congress's number (`lần thứ XIII`).
        assert_eq!(
            cite("Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XIII, nhiệm kỳ 2020 - 2025"),
            vec![(
                "Nghị quyết".into(),
                None,
                s("Đại hội Đảng bộ huyện lần thứ XIII"),
                None,
                None
            )]
        );
        // The formal name of a congress.
        assert_eq!(
            cite("Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")[0].2,
            s("Đại hội đại biểu toàn quốc lần thứ XIII")
        );
        // The committee abbreviated.
        assert_eq!(
            cite("quán triệt Nghị quyết TW4 khóa XII, Đảng bộ"),
            vec![("Nghị quyết".into(), None, s("TW4 khóa XII"), None, None)]
        );
        assert_eq!(
            cite("gắn với Nghị quyết Trung ương 4 (khóa XII) “về tăng cường”"),
            vec![(
                "Nghị quyết".into(),
                None,
                s("Trung ương 4 (khóa XII)"),
                None,
                None
            )]
        );
        assert_eq!(
            cite("vượt gần 30% chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện khóa 18 đề ra."),
            vec![(
                "Nghị quyết".into(),
                None,
                s("Đại hội Đảng bộ huyện khóa 18"),
                None,
                None
            )]
        );
    }

    #[test]
    fn generic_mentions_are_not_citations() {
        assert!(cite("việc đổi mới nâng cao chất lượng xây dựng nghị quyết của Đảng").is_empty());
        assert!(cite("việc chấp hành nghị quyết và điều lệ của Đảng").is_empty());
        assert!(cite("theo quy định của Điều lệ Đảng.").is_empty());
        assert!(cite("xây dựng kế hoạch tạo nguồn").is_empty());
        assert!(cite("Ban Thường vụ Huyện ủy đã có nghị quyết chuyên đề").is_empty());
    }
}
