//! Table-driven cases for `tintuc::numbers`, from `tests/data/numbers.tsv`.
//!
//! Each line: a sentence, then one tab-separated column per expected match,
//! `kind|text|fields`, in order. The list is exhaustive: a sentence must give
//! exactly these matches. Fields: `v` value, `max` value_max, `total`,
//! `approx` (checked on every quantity, `exact` when absent), `cue` the text
//! of the approximation cue, `y`/`m`/`d` date fields, `from`/`to` period ends
//! (`2021` or `2012-03-05`), `h`/`min`/`s` clock, `wd` ISO weekday, `tz`
//! offset in minutes, `overflow`.

use tintuc::numbers::{scan, Approx, DateParts, Decimal, Kind, NumericMatch};

fn kind(name: &str) -> Kind {
    match name {
        "number" => Kind::Number,
        "percent" => Kind::Percent,
        "fraction" => Kind::Fraction,
        "date" => Kind::Date,
        "year" => Kind::Year,
        "period" => Kind::Period,
        "clock" => Kind::Clock,
        "document_number" => Kind::DocumentNumber,
        "ordinal" => Kind::Ordinal,
        "phone" => Kind::Phone,
        other => panic!("unknown kind {other}"),
    }
}

fn approx(name: &str) -> Approx {
    match name {
        "exact" => Approx::Exact,
        "more_than" => Approx::MoreThan,
        "at_least" => Approx::AtLeast,
        "about" => Approx::About,
        "less_than" => Approx::LessThan,
        "at_most" => Approx::AtMost,
        other => panic!("unknown approx {other}"),
    }
}

fn decimal(s: &str) -> Decimal {
    s.parse().unwrap_or_else(|_| panic!("bad decimal {s}"))
}

fn date_parts(s: &str) -> DateParts {
    let mut parts = s.split('-').map(|p| p.parse::<u32>().expect("date part"));
    DateParts {
        year: parts.next().map(|y| y as i32),
        month: parts.next().map(|m| m as u8),
        day: parts.next().map(|d| d as u8),
    }
}

/// Differences between one expected column and the match found.
fn check(sentence: &str, expected: &str, found: &NumericMatch) -> Vec<String> {
    let mut errors = Vec::new();
    let mut cols = expected.splitn(3, '|');
    let (k, text, fields) = (
        cols.next().unwrap_or(""),
        cols.next().unwrap_or(""),
        cols.next().unwrap_or(""),
    );
    if found.kind != kind(k) {
        errors.push(format!("kind {:?} != {k}", found.kind));
    }
    if found.text(sentence) != text {
        errors.push(format!("text {:?} != {text:?}", found.text(sentence)));
    }
    let mut want_approx = Approx::Exact;
    let (mut want_max, mut want_total) = (None, None);
    let mut date = DateParts::default();
    let mut has_date = false;
    for field in fields.split_whitespace() {
        let (key, val) = field.split_once('=').unwrap_or((field, ""));
        let ok = match key {
            "v" => found.value == Some(decimal(val)),
            "max" => {
                want_max = Some(decimal(val));
                true
            }
            "total" => {
                want_total = Some(decimal(val));
                true
            }
            "approx" => {
                want_approx = approx(val);
                true
            }
            "cue" => {
                found.approx_span.clone().map(|r| &sentence[r])
                    == Some(val.replace('_', " ").as_str())
            }
            "y" | "m" | "d" => {
                has_date = true;
                let n: u32 = val.parse().expect("number");
                match key {
                    "y" => date.year = Some(n as i32),
                    "m" => date.month = Some(n as u8),
                    _ => date.day = Some(n as u8),
                }
                true
            }
            "from" => found.from == Some(date_parts(val)),
            "to" => found.to == Some(date_parts(val)),
            "h" => found.clock.map(|c| c.hour.to_string()) == Some(val.into()),
            "min" => found.clock.map(|c| c.minute.to_string()) == Some(val.into()),
            "s" => found.clock.and_then(|c| c.second).map(|s| s.to_string()) == Some(val.into()),
            "wd" => found.weekday.map(|w| w.to_string()) == Some(val.into()),
            "tz" => found.timezone.map(|t| t.to_string()) == Some(val.into()),
            "overflow" => found.overflow && found.value.is_none(),
            other => panic!("unknown field {other}"),
        };
        if !ok {
            errors.push(format!("field {field} does not hold in {found:?}"));
        }
    }
    if found.value_max != want_max {
        errors.push(format!("value_max {:?} != {want_max:?}", found.value_max));
    }
    if found.total != want_total {
        errors.push(format!("total {:?} != {want_total:?}", found.total));
    }
    if found.is_quantity() && found.approx != want_approx {
        errors.push(format!("approx {:?} != {want_approx:?}", found.approx));
    }
    if has_date && found.date != Some(date) {
        errors.push(format!("date {:?} != {date:?}", found.date));
    }
    errors
}

#[test]
fn table() {
    let data = include_str!("data/numbers.tsv");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (line_no, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        cases += 1;
        let mut cols = line.split('\t');
        let sentence = cols.next().unwrap_or("");
        let expected: Vec<&str> = cols.filter(|c| !c.is_empty()).collect();
        let found = scan(sentence);
        let mut errors = Vec::new();
        if found.len() != expected.len() {
            errors.push(format!(
                "{} matches, expected {}: {:?}",
                found.len(),
                expected.len(),
                found
                    .iter()
                    .map(|m| (m.kind, m.text(sentence)))
                    .collect::<Vec<_>>()
            ));
        } else {
            for (e, f) in expected.iter().zip(&found) {
                errors.extend(check(sentence, e, f));
            }
        }
        if !errors.is_empty() {
            failures.push(format!(
                "line {}: {sentence}\n    {}",
                line_no + 1,
                errors.join("\n    ")
            ));
        }
    }
    assert!(cases >= 250, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_are_sorted_and_disjoint_on_the_corpus() {
    for entry in std::fs::read_dir("corpus").expect("corpus dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("read");
            let found = scan(&text);
            assert!(!found.is_empty(), "{path:?}");
            for pair in found.windows(2) {
                assert!(pair[0].span.end <= pair[1].span.start, "{path:?}: {pair:?}");
            }
        }
    }
}

#[test]
fn spans_map_back_to_the_original_input() {
    use tintuc::normalize::normalize;
    // Decomposed letters, a no-break space, the new tone placement and CRLF.
    let input = "Đa\u{0300}ng uỷ\u{a0}kết nạp hơn 1.488 đảng viên, đạt 65,8%\r\nThứ Sáu, 12/05/2017 (GMT+7)";
    let normalized = normalize(input);
    let found = tintuc::numbers::scan_normalized(&normalized);
    let texts: Vec<&str> = found.iter().map(|m| &input[m.span.clone()]).collect();
    assert_eq!(texts, ["1.488", "65,8%", "Thứ Sáu, 12/05/2017"]);
    assert_eq!(found[0].approx_span.clone().map(|r| &input[r]), Some("hơn"));
    assert_eq!(found[2].timezone, Some(420));
}

#[test]
fn scanner_is_shareable_and_serializes_flat() {
    fn shareable<T: Send + Sync>() {}
    shareable::<tintuc::numbers::Scanner>();
    let found = scan("đạt 62,06%, giai đoạn 2021-2025");
    let json = serde_json::to_string(&found).expect("serialize");
    assert_eq!(
        json,
        r#"[{"kind":"percent","start":7,"end":13,"value":62.06,"approx":"exact"},{"kind":"period","start":28,"end":37,"from":2021,"to":2025}]"#
    );
}
