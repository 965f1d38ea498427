//! The Rust scorer (examples/common/score.rs, behind the `evaluate`
//! example) prints exactly what the reference `score.py` prints, on
//! predictions made from the gold files with deterministic mistakes.
//! Needs `python3` and the project's `../shared` folder; skips otherwise.

#[path = "../examples/common/score.rs"]
mod score;

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

const SCORER: &str = "../shared/eval/score.py";

/// Predictions that get some facts right, some attributes wrong, miss some
/// and invent others.
fn perturbed(golds: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for (d, g) in golds.iter().enumerate() {
        let doc = g["doc"].clone();
        for (k, q) in g["quantities"].as_array().into_iter().flatten().enumerate() {
            let mut p = q.clone();
            p["doc"] = doc.clone();
            p["kind"] = json!("quantity");
            if let Some(list) = q["unit"].as_array() {
                p["unit"] = list[k % list.len()].clone();
            }
            match (k + d) % 6 {
                0 => continue,
                1 => {
                    p["subject"] = json!("Đảng bộ huyện Khác");
                    p["approx"] = json!("about");
                }
                2 => p["value"] = json!(q["value"].as_f64().unwrap_or(0.0) + 1.0),
                3 => {
                    p["time"] = json!({"year": 1999});
                    p["relation"] = json!("giảm");
                    p["event"] = Value::Null;
                }
                _ => {}
            }
            out.push(p);
        }
        out.push(json!({"doc": doc, "kind": "quantity", "value": 7.5, "unit": "%", "text": "7,5% 'x' \u{a0}"}));
        out.push(json!({"doc": doc, "kind": "quantity", "value": 12, "unit": "đảng viên", "text": "12 đảng viên"}));
        for (k, person) in g["people"].as_array().into_iter().flatten().enumerate() {
            let mut p = person.clone();
            p["doc"] = doc.clone();
            p["kind"] = json!("person_role");
            if k % 2 == 1 {
                p["role"] = json!("Chủ tịch UBND");
            }
            out.push(p);
        }
        out.push(json!({"doc": doc, "kind": "person_role", "name": "Người Lạ", "role": null}));
        for (k, x) in g["documents"].as_array().into_iter().flatten().enumerate() {
            if k % 3 == 2 {
                continue;
            }
            let mut p = x.clone();
            p["doc"] = doc.clone();
            p["kind"] = json!("document_ref");
            p["text"] = json!(format!(
                "{} số {}",
                x["doc_type"].as_str().unwrap_or(""),
                x["number"]
            ));
            out.push(p);
        }
        let mut a = g["article"].clone();
        a["doc"] = doc.clone();
        a["kind"] = json!("article");
        if d % 2 == 1 {
            a["author"] = json!("Ai Đó");
            a["published"] = Value::Null;
        }
        out.push(a);
    }
    out.push(json!({"doc": "no_such_doc", "kind": "quantity", "value": 1, "unit": "bản"}));
    out
}

fn python_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn compare_on(gold_dir: &Path) {
    let golds = score::read_gold(gold_dir).expect("gold files parse");
    assert!(!golds.is_empty(), "no gold files in {}", gold_dir.display());
    let preds = perturbed(&golds);
    let jsonl: String = preds.iter().map(|p| format!("{p}\n")).collect();
    let file = std::env::temp_dir().join(format!(
        "tintuc-scorer-{}-{}.jsonl",
        std::process::id(),
        gold_dir.to_string_lossy().replace(['/', '.'], "_")
    ));
    std::fs::write(&file, &jsonl).unwrap();
    for details in [false, true] {
        let mut cmd = Command::new("python3");
        cmd.arg(SCORER).arg(gold_dir).arg(&file);
        if details {
            cmd.arg("--details");
        }
        let out = cmd.output().expect("score.py runs");
        assert!(
            out.status.success(),
            "score.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let python = String::from_utf8(out.stdout).unwrap();
        let parsed = score::parse_predictions("preds", &jsonl).unwrap();
        let rust = score::score(&golds, &parsed, details).render();
        assert_eq!(rust, python, "details={details} on {}", gold_dir.display());
        assert!(python.contains("quantity        P"));
    }
    let _ = std::fs::remove_file(&file);
}

#[test]
fn same_figures_and_notes_as_score_py() {
    if !Path::new(SCORER).exists() || !python_available() {
        eprintln!("skipped: needs python3 and {SCORER} (the project's shared folder)");
        return;
    }
    compare_on(Path::new("corpus/gold"));
    let dev = Path::new("../shared/dev/gold");
    if dev.exists() {
        compare_on(dev);
    } else {
        eprintln!("note: ../shared/dev/gold absent, compared on the seed gold only");
    }
}

#[test]
fn perfect_predictions_score_one() {
    let golds = score::read_gold(Path::new("corpus/gold")).unwrap();
    let mut preds = Vec::new();
    for g in &golds {
        for q in g["quantities"].as_array().unwrap() {
            let mut p = q.clone();
            p["doc"] = g["doc"].clone();
            p["kind"] = json!("quantity");
            if let Some(list) = q["unit"].as_array() {
                p["unit"] = list[0].clone();
            }
            preds.push(p);
        }
        for (list, kind) in [("people", "person_role"), ("documents", "document_ref")] {
            for x in g[list].as_array().unwrap() {
                let mut p = x.clone();
                p["doc"] = g["doc"].clone();
                p["kind"] = json!(kind);
                preds.push(p);
            }
        }
        let mut a = g["article"].clone();
        a["doc"] = g["doc"].clone();
        a["kind"] = json!("article");
        preds.push(a);
    }
    let report = score::score(&golds, &preds, true);
    let s = report.summary();
    assert_eq!(s.quantity.2, 1.0, "{}", report.render());
    assert_eq!(s.strict.2, 1.0);
    assert_eq!(
        (s.people.2, s.documents.2, s.title, s.published, s.author),
        (1.0, 1.0, 1.0, 1.0, 1.0)
    );
    assert!(report.notes.is_empty(), "{:?}", report.notes);
}
