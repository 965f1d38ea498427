//! The scoring rules of FACTS.md, as the reference scorer `score.py` applies
//! them, over facts as JSON values. The output lines are the same as
//! `score.py`'s, to the character, so the two can be compared directly.
#![allow(dead_code)]

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use serde_json::{json, Map, Value};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Folding as the scorer does it: NFD, no combining marks, đ → d, lower
/// case, anything but ASCII letters, digits and `%` becomes a space.
pub fn fold(v: Option<&Value>) -> String {
    let s = match v {
        None | Some(Value::Null) => return String::new(),
        Some(v) => py_str(v),
    };
    let lowered: String = s
        .nfd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let spaced: String = lowered
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '%' {
                c
            } else {
                ' '
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fold_str(s: &str) -> String {
    fold(Some(&Value::String(s.to_string())))
}

/// Python's `str()` of a JSON value.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr()` of a JSON value, as `json.loads` would build it.
pub fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Number(n) => {
            if n.is_i64() || n.is_u64() {
                n.to_string()
            } else {
                py_float(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(s) => py_repr_str(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn py_float(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
        format!("{f:.1}")
    } else if f.is_finite() && f.abs() >= 1e16 {
        let s = format!("{f:e}");
        // Python writes 1e+16 where Rust writes 1e16.
        match s.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e:0>2}"),
            Some((m, e)) => format!("{m}e-{:0>2}", &e[1..]),
            None => s,
        }
    } else {
        format!("{f}")
    }
}

fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let cp = c as u32;
                let _ = if cp < 0x100 {
                    write!(out, "\\x{cp:02x}")
                } else if cp < 0x10000 {
                    write!(out, "\\u{cp:04x}")
                } else {
                    write!(out, "\\U{cp:08x}")
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character, for the characters news text has.
fn py_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}

fn get<'a>(v: &'a Value, k: &str) -> Option<&'a Value> {
    v.get(k).filter(|x| !x.is_null())
}

/// Python truthiness of a JSON value.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// `x or default` in Python.
fn or<'a>(v: Option<&'a Value>, default: &'a Value) -> &'a Value {
    if truthy(v) {
        v.unwrap_or(default)
    } else {
        default
    }
}

fn contains_words(hay: &Value, needle: &Value) -> bool {
    let (h, n) = (fold(Some(hay)), fold(Some(needle)));
    !n.is_empty() && format!(" {h} ").contains(&format!(" {n} "))
}

fn either_contains(a: &Value, b: &Value) -> bool {
    contains_words(a, b) || contains_words(b, a)
}

fn as_list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(a)) => a.iter().collect(),
        Some(x) => vec![x],
    }
}

fn unit_compatible(gold_units: Option<&Value>, pred_unit: Option<&Value>) -> bool {
    let p: Vec<String> = fold(pred_unit)
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let is_pct = |v: Option<&Value>| v.and_then(Value::as_str) == Some("%");
    for g in as_list(gold_units) {
        let gs: Vec<String> = fold(Some(g))
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let pct = |x: &[String]| x.len() == 1 && x[0] == "%";
        if is_pct(Some(g)) || is_pct(pred_unit) || pct(&gs) || pct(&p) {
            if pct(&gs) && pct(&p) {
                return true;
            }
            continue;
        }
        let k = gs.len().min(p.len()).min(2);
        if k >= 1 && gs[..k] == p[..k] {
            return true;
        }
    }
    false
}

fn as_float(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn same_value(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (as_float(a), as_float(b)) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * 1f64.max(b.abs()),
        _ => false,
    }
}

fn norm_time(t: Option<&Value>) -> Option<Vec<(&'static str, String)>> {
    let t = t.filter(|t| truthy(Some(t)))?;
    let out: Vec<(&str, String)> = ["year", "from", "to", "date"]
        .into_iter()
        .filter_map(|k| get(t, k).map(|v| (k, py_str(v))))
        .collect();
    (!out.is_empty()).then_some(out)
}

/// Attribute name → right?, for each attribute the gold fact states.
fn quantity_checks(g: &Value, p: &Value) -> Vec<(&'static str, bool)> {
    let exact = json!("exact");
    let actual = json!("actual");
    let empty = json!("");
    let mut c = vec![
        (
            "approx",
            or(g.get("approx"), &exact) == or(p.get("approx"), &exact),
        ),
        (
            "modality",
            or(g.get("modality"), &actual) == or(p.get("modality"), &actual),
        ),
    ];
    let (gmax, pmax) = (get(g, "value_max"), get(p, "value_max"));
    c.push((
        "value_max",
        (gmax.is_none() && pmax.is_none()) || (gmax.is_some() && same_value(gmax, pmax)),
    ));
    if truthy(g.get("subject")) {
        c.push((
            "subject",
            contains_words(or(p.get("subject"), &empty), &g["subject"]),
        ));
    }
    if truthy(g.get("time")) {
        c.push(("time", norm_time(g.get("time")) == norm_time(p.get("time"))));
    }
    if truthy(g.get("event")) {
        c.push((
            "event",
            either_contains(or(p.get("event"), &empty), &g["event"]),
        ));
    }
    if get(g, "total").is_some() {
        c.push(("total", same_value(get(g, "total"), get(p, "total"))));
    }
    if truthy(g.get("relation")) {
        c.push((
            "relation",
            fold(g.get("relation")) == fold(p.get("relation")),
        ));
    }
    if truthy(g.get("reference")) {
        c.push((
            "reference",
            either_contains(or(p.get("reference"), &empty), &g["reference"]),
        ));
    }
    c
}

type Checks = Vec<(&'static str, bool)>;

/// Greedy one-to-one matching: candidate pairs ranked by how many attributes agree.
fn match_pairs(
    golds: &[&Value],
    preds: &[&Value],
    candidate: impl Fn(&Value, &Value) -> bool,
    checks: impl Fn(&Value, &Value) -> Checks,
) -> Vec<(usize, usize, Checks)> {
    let mut pairs = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            if candidate(g, p) {
                let c = checks(g, p);
                let agree = c.iter().filter(|(_, ok)| *ok).count();
                pairs.push((agree, i, j, c));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_p) = (vec![false; golds.len()], vec![false; preds.len()]);
    let mut out = Vec::new();
    for (_, i, j, c) in pairs {
        if used_g[i] || used_p[j] {
            continue;
        }
        used_g[i] = true;
        used_p[j] = true;
        out.push((i, j, c));
    }
    out
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Counts of one scoring run.
#[derive(Default, Debug, Clone)]
pub struct Tally {
    pub q_tp: usize,
    pub q_fp: usize,
    pub q_fn: usize,
    pub q_strict: usize,
    pub p_tp: usize,
    pub p_fp: usize,
    pub p_fn: usize,
    pub p_role: usize,
    pub d_tp: usize,
    pub d_fp: usize,
    pub d_fn: usize,
    pub a_docs: usize,
    pub a_title: usize,
    pub a_published: usize,
    pub a_author: usize,
}

/// The result of scoring: counts, per-attribute accuracy, notes.
pub struct Report {
    pub tally: Tally,
    /// Attribute → (right, checked), sorted by name.
    pub attributes: Vec<(String, usize, usize)>,
    pub notes: Vec<String>,
    /// Documents with predictions but no gold file.
    pub extra: usize,
}

/// The headline figures.
pub struct Summary {
    pub quantity: (f64, f64, f64),
    pub strict: (f64, f64, f64),
    pub people: (f64, f64, f64),
    pub role_accuracy: f64,
    pub documents: (f64, f64, f64),
    pub title: f64,
    pub published: f64,
    pub author: f64,
}

/// Reads the gold files of a directory (`*.json`, sorted by name).
pub fn read_gold(dir: &Path) -> Result<Vec<Value>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", f.display()))
        })
        .collect()
}

/// Parses JSON Lines of predicted facts.
pub fn parse_predictions(name: &str, text: &str) -> Result<Vec<Value>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l.trim()).map_err(|e| format!("{name}:{}: not JSON: {e}", n + 1))
        })
        .collect()
}

fn doc_key(v: Option<&Value>) -> Option<String> {
    v.filter(|v| !v.is_null()).map(py_str)
}

/// Scores predicted facts against gold documents.
pub fn score(golds: &[Value], preds: &[Value], details: bool) -> Report {
    let mut by_doc: HashMap<Option<String>, Vec<&Value>> = HashMap::new();
    for p in preds {
        by_doc.entry(doc_key(p.get("doc"))).or_default().push(p);
    }
    // Later gold files with the same doc replace earlier ones, keeping the first position.
    let mut order: Vec<String> = Vec::new();
    let mut gold_by_doc: HashMap<String, &Value> = HashMap::new();
    for g in golds {
        let key = doc_key(g.get("doc")).unwrap_or_default();
        if gold_by_doc.insert(key.clone(), g).is_none() {
            order.push(key);
        }
    }
    let mut t = Tally::default();
    let mut attr: Vec<(String, usize, usize)> = Vec::new();
    let mut notes = Vec::new();
    let empty = json!("");
    let no_preds: Vec<&Value> = Vec::new();
    for doc in &order {
        let g = gold_by_doc[doc];
        let ps = by_doc.get(&Some(doc.clone())).unwrap_or(&no_preds);
        let of_kind = |k: &str| -> Vec<&Value> {
            ps.iter()
                .copied()
                .filter(|p| p.get("kind").and_then(Value::as_str) == Some(k))
                .collect()
        };
        let gold_list = |k: &str| -> Vec<&Value> {
            g.get(k)
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
                .unwrap_or_default()
        };
        let optional = |v: &Value| truthy(v.get("optional"));
        let text_of = |v: &Value| py_repr(v.get("text").unwrap_or(&Value::Null));
        // quantities
        let gq = gold_list("quantities");
        let pq = of_kind("quantity");
        let m = match_pairs(
            &gq,
            &pq,
            |a, b| {
                same_value(a.get("value"), b.get("value"))
                    && unit_compatible(a.get("unit"), b.get("unit"))
            },
            quantity_checks,
        );
        let mut matched_g = BTreeSet::new();
        let mut matched_p = BTreeSet::new();
        for (i, j, _) in &m {
            matched_g.insert(*i);
            matched_p.insert(*j);
        }
        for (i, j, c) in &m {
            if optional(gq[*i]) {
                continue;
            }
            t.q_tp += 1;
            if c.iter().all(|(_, ok)| *ok) {
                t.q_strict += 1;
            }
            for (k, ok) in c {
                let slot = match attr.iter().position(|(name, _, _)| name == k) {
                    Some(p) => p,
                    None => {
                        attr.push((k.to_string(), 0, 0));
                        attr.len() - 1
                    }
                };
                attr[slot].1 += usize::from(*ok);
                attr[slot].2 += 1;
                if !ok && details {
                    notes.push(format!(
                        "{doc}: attribute {k} wrong for {}: gold {} got {}",
                        text_of(gq[*i]),
                        py_repr(gq[*i].get(*k).unwrap_or(&Value::Null)),
                        py_repr(pq[*j].get(*k).unwrap_or(&Value::Null)),
                    ));
                }
            }
        }
        for (i, q) in gq.iter().enumerate() {
            if !matched_g.contains(&i) && !optional(q) {
                t.q_fn += 1;
                if details {
                    notes.push(format!(
                        "{doc}: missed {} {} ({})",
                        py_str(q.get("value").unwrap_or(&Value::Null)),
                        py_str(q.get("unit").unwrap_or(&Value::Null)),
                        text_of(q)
                    ));
                }
            }
        }
        for (j, p) in pq.iter().enumerate() {
            if !matched_p.contains(&j) {
                t.q_fp += 1;
                if details {
                    notes.push(format!(
                        "{doc}: spurious {} {} ({})",
                        py_str(p.get("value").unwrap_or(&Value::Null)),
                        py_repr(p.get("unit").unwrap_or(&Value::Null)),
                        text_of(p)
                    ));
                }
            }
        }
        // people
        let gp = gold_list("people");
        let pp = of_kind("person_role");
        let m = match_pairs(
            &gp,
            &pp,
            |a, b| fold(a.get("name")) == fold(b.get("name")),
            |a, b| {
                vec![(
                    "role",
                    either_contains(or(b.get("role"), &empty), or(a.get("role"), &empty)),
                )]
            },
        );
        let mg: BTreeSet<usize> = m.iter().map(|(i, _, _)| *i).collect();
        let mp: BTreeSet<usize> = m.iter().map(|(_, j, _)| *j).collect();
        for (i, j, c) in &m {
            if optional(gp[*i]) {
                continue;
            }
            t.p_tp += 1;
            t.p_role += usize::from(c[0].1);
            if details && !c[0].1 {
                notes.push(format!(
                    "{doc}: role of {}: gold {} got {}",
                    py_str(&gp[*i]["name"]),
                    py_repr(gp[*i].get("role").unwrap_or(&Value::Null)),
                    py_repr(pp[*j].get("role").unwrap_or(&Value::Null)),
                ));
            }
        }
        t.p_fn += gp
            .iter()
            .enumerate()
            .filter(|(i, x)| !mg.contains(i) && !optional(x))
            .count();
        t.p_fp += (0..pp.len()).filter(|j| !mp.contains(j)).count();
        if details {
            for (i, x) in gp.iter().enumerate() {
                if !mg.contains(&i) && !optional(x) {
                    notes.push(format!("{doc}: missed person {}", py_str(&x["name"])));
                }
            }
            for j in (0..pp.len()).filter(|j| !mp.contains(j)) {
                notes.push(format!(
                    "{doc}: spurious person {}",
                    py_repr(pp[j].get("name").unwrap_or(&Value::Null))
                ));
            }
        }
        // documents
        let gd = gold_list("documents");
        let pd = of_kind("document_ref");
        let doc_match = |a: &Value, b: &Value| -> bool {
            if fold(a.get("doc_type")) != fold(b.get("doc_type")) {
                return false;
            }
            if truthy(a.get("number")) {
                return fold(a.get("number")) == fold(b.get("number"));
            }
            let name_or_text = or(b.get("name"), or(b.get("text"), &empty));
            if truthy(a.get("name")) {
                return either_contains(name_or_text, &a["name"]);
            }
            if truthy(a.get("issuer")) {
                return either_contains(
                    or(b.get("issuer"), or(b.get("text"), &empty)),
                    &a["issuer"],
                );
            }
            true
        };
        let m = match_pairs(&gd, &pd, doc_match, |_, _| Vec::new());
        let mg: BTreeSet<usize> = m.iter().map(|(i, _, _)| *i).collect();
        let mp: BTreeSet<usize> = m.iter().map(|(_, j, _)| *j).collect();
        t.d_tp += m.iter().filter(|(i, _, _)| !optional(gd[*i])).count();
        t.d_fn += gd
            .iter()
            .enumerate()
            .filter(|(i, x)| !mg.contains(i) && !optional(x))
            .count();
        t.d_fp += (0..pd.len()).filter(|j| !mp.contains(j)).count();
        if details {
            for (i, x) in gd.iter().enumerate() {
                if !mg.contains(&i) && !optional(x) {
                    notes.push(format!("{doc}: missed document {}", py_repr(x)));
                }
            }
            for j in (0..pd.len()).filter(|j| !mp.contains(j)) {
                notes.push(format!(
                    "{doc}: spurious document {}",
                    py_repr(pd[j].get("text").unwrap_or(&Value::Null))
                ));
            }
        }
        // article metadata
        if let Some(ga) = g.get("article").filter(|a| truthy(Some(a))) {
            let none = Value::Object(Map::new());
            let pa = ps
                .iter()
                .copied()
                .find(|p| p.get("kind").and_then(Value::as_str) == Some("article"))
                .unwrap_or(&none);
            t.a_docs += 1;
            t.a_title += usize::from(fold(ga.get("title")) == fold(pa.get("title")));
            let published = |v: &Value| v.get("published").filter(|x| truthy(Some(x))).cloned();
            t.a_published += usize::from(published(ga) == published(pa));
            t.a_author += usize::from(fold(ga.get("author")) == fold(pa.get("author")));
        }
    }
    let gold_docs: BTreeSet<&String> = order.iter().collect();
    let extra = by_doc
        .keys()
        .filter(|k| k.as_ref().is_some_and(|k| !gold_docs.contains(k)))
        .count();
    attr.sort_by(|a, b| a.0.cmp(&b.0));
    Report {
        tally: t,
        attributes: attr,
        notes,
        extra,
    }
}

impl Report {
    /// The headline figures of the report.
    pub fn summary(&self) -> Summary {
        let t = &self.tally;
        let frac = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        Summary {
            quantity: prf(t.q_tp, t.q_fp, t.q_fn),
            strict: prf(
                t.q_strict,
                t.q_fp + t.q_tp - t.q_strict,
                t.q_fn + t.q_tp - t.q_strict,
            ),
            people: prf(t.p_tp, t.p_fp, t.p_fn),
            role_accuracy: frac(t.p_role, t.p_tp),
            documents: prf(t.d_tp, t.d_fp, t.d_fn),
            title: frac(t.a_title, t.a_docs),
            published: frac(t.a_published, t.a_docs),
            author: frac(t.a_author, t.a_docs),
        }
    }

    /// The lines `score.py` prints (the notes first when asked for details).
    pub fn render(&self) -> String {
        let s = self.summary();
        let t = &self.tally;
        let mut out = String::new();
        for n in &self.notes {
            out.push_str(n);
            out.push('\n');
        }
        if self.extra > 0 {
            let _ = writeln!(
                out,
                "(predictions for {} documents with no gold file were not scored)",
                self.extra
            );
        }
        let (qp, qr, qf) = s.quantity;
        let _ = writeln!(
            out,
            "quantity        P {qp:.3}  R {qr:.3}  F1 {qf:.3}   (tp {}, fp {}, fn {})",
            t.q_tp, t.q_fp, t.q_fn
        );
        let (sp, sr, sf) = s.strict;
        let _ = writeln!(
            out,
            "quantity strict P {sp:.3}  R {sr:.3}  F1 {sf:.3}   (every stated attribute right)"
        );
        let attrs: Vec<String> = self
            .attributes
            .iter()
            .map(|(k, ok, n)| format!("{k} {:.2}", *ok as f64 / *n as f64))
            .collect();
        let _ = writeln!(out, "attributes      {}", attrs.join("  "));
        let (pp, pr, pf) = s.people;
        let _ = writeln!(
            out,
            "people          P {pp:.3}  R {pr:.3}  F1 {pf:.3}   role accuracy {:.2}",
            s.role_accuracy
        );
        let (dp, dr, df) = s.documents;
        let _ = writeln!(out, "documents       P {dp:.3}  R {dr:.3}  F1 {df:.3}");
        let _ = writeln!(
            out,
            "article         title {:.2}  published {:.2}  author {:.2}",
            s.title, s.published, s.author
        );
        out
    }

    /// The summary as `score.py --json` prints it.
    pub fn to_json(&self) -> Value {
        let s = self.summary();
        let t = &self.tally;
        let mut attrs = Map::new();
        for (k, ok, n) in &self.attributes {
            attrs.insert(k.clone(), json!(*ok as f64 / *n as f64));
        }
        json!({
            "quantity": {"precision": s.quantity.0, "recall": s.quantity.1, "f1": s.quantity.2, "tp": t.q_tp, "fp": t.q_fp, "fn": t.q_fn},
            "quantity_strict": {"precision": s.strict.0, "recall": s.strict.1, "f1": s.strict.2},
            "attributes": attrs,
            "people": {"precision": s.people.0, "recall": s.people.1, "f1": s.people.2, "role_accuracy": s.role_accuracy},
            "documents": {"precision": s.documents.0, "recall": s.documents.1, "f1": s.documents.2},
            "article": {"title": s.title, "published": s.published, "author": s.author},
        })
    }
}
