//! Runs the extractor on articles and scores its facts against gold files
//! by the rules of FACTS.md, printing the same lines as the reference
//! scorer `score.py`.
//!
//! ```text
//! cargo run --release --example evaluate -- --gold corpus/gold corpus/
//! cargo run --release --example evaluate -- --gold ../shared/dev/gold ../shared/dev/articles --details
//! cargo run --release --example evaluate -- --gold corpus/gold --predictions facts.jsonl
//! cargo run --release --example evaluate -- --gold corpus/gold corpus/ \
//!     --gate quantity=0.95,strict=0.85,people=0.9,documents=0.9,article=0.9
//! ```
//!
//! `--details` lists every miss, spurious fact and wrong attribute; `--json`
//! prints the summary as JSON; `--gate` fails (exit code 1) when a figure
//! is below its floor: `quantity`, `strict` (quantity F1), `people`,
//! `documents` (F1), `title`, `published`, `author`, or `article` (all three).
mod common;
#[path = "common/score.rs"]
mod score;

use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;
use serde_json::Value;
use tintuc::extract::{Extractor, Fact};

const USAGE: &str = "usage: evaluate --gold DIR (PATH... | --predictions FACTS.jsonl) [--details] [--json] [--gate NAME=MIN,...]";

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    gold: PathBuf,
    predictions: Option<PathBuf>,
    paths: Vec<String>,
    details: bool,
    json: bool,
    gates: Vec<(String, f64)>,
}

fn args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let err = |e: lexopt::Error| e.to_string();
    let (mut gold, mut predictions, mut paths) = (None, None, Vec::new());
    let (mut details, mut json, mut gates) = (false, false, Vec::new());
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Long("gold") => gold = Some(parser.value().map_err(err)?.into()),
            Long("predictions") => predictions = Some(parser.value().map_err(err)?.into()),
            Long("details") => details = true,
            Long("json") => json = true,
            Long("gate") => {
                let spec = parser.value().map_err(err)?.string().map_err(err)?;
                for part in spec.split(',').filter(|p| !p.is_empty()) {
                    let (name, min) = part
                        .split_once('=')
                        .ok_or_else(|| format!("--gate {part:?}: expected NAME=MIN"))?;
                    let min: f64 = min
                        .parse()
                        .map_err(|_| format!("--gate {part:?}: {min:?} is not a number"))?;
                    gates.push((name.to_string(), min));
                }
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(None);
            }
            Value(v) => paths.push(v.string().map_err(err)?),
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    let gold = gold.ok_or_else(|| format!("--gold DIR is required\n{USAGE}"))?;
    if predictions.is_some() != paths.is_empty() {
        return Err(format!(
            "give either article PATHs or --predictions\n{USAGE}"
        ));
    }
    Ok(Some(Args {
        gold,
        predictions,
        paths,
        details,
        json,
        gates,
    }))
}

/// Facts of the articles at `paths`, as JSON values, documents in order.
fn extract(paths: &[String]) -> (Vec<Value>, bool) {
    let extractor = Extractor::new();
    let mut ok = true;
    let mut files = Vec::new();
    for p in common::expand(paths) {
        match p {
            Ok(p) => files.push(p),
            Err(e) => {
                eprintln!("evaluate: {e}");
                ok = false;
            }
        }
    }
    let results: Vec<_> = files
        .par_iter()
        .map(|p| common::read(p, "stdin").map(|d| (d.id, extractor.extract(&d.text))))
        .collect();
    let mut facts = Vec::new();
    for r in results {
        match r {
            Ok((id, bodies)) => facts.extend(bodies.into_iter().filter_map(|body| {
                serde_json::to_value(Fact {
                    doc: id.clone(),
                    body,
                })
                .ok()
            })),
            Err(e) => {
                eprintln!("evaluate: {e}");
                ok = false;
            }
        }
    }
    (facts, ok)
}

fn run() -> Result<bool, String> {
    let Some(args) = args()? else { return Ok(true) };
    let golds = score::read_gold(&args.gold)?;
    let (preds, mut ok) = match &args.predictions {
        Some(path) => {
            let shown = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| format!("{shown}: {e}"))?;
            let text = common::decode(&shown, bytes).map_err(|e| e.to_string())?;
            (score::parse_predictions(&shown, &text)?, true)
        }
        None => extract(&args.paths),
    };
    let report = score::score(&golds, &preds, args.details);
    if args.json {
        println!("{}", report.to_json());
    } else {
        print!("{}", report.render());
    }
    let s = report.summary();
    for (name, min) in &args.gates {
        let got = match name.as_str() {
            "quantity" => s.quantity.2,
            "strict" => s.strict.2,
            "people" => s.people.2,
            "documents" => s.documents.2,
            "title" => s.title,
            "published" => s.published,
            "author" => s.author,
            "article" => s.title.min(s.published).min(s.author),
            _ => return Err(format!("--gate: unknown figure {name:?}")),
        };
        if got < *min {
            eprintln!("evaluate: gate failed: {name} {got:.3} < {min}");
            ok = false;
        }
    }
    Ok(ok)
}
