//! Scores extracted facts against gold files by the rules of FACTS.md,
//! printing the same lines as the reference scorer `score.py`.
//!
//! ```text
//! cargo run --release --example evaluate -- --gold corpus/gold --predictions facts.jsonl [--details] [--json]
//! ```
mod common;
#[path = "common/score.rs"]
mod score;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: evaluate --gold DIR --predictions FACTS.jsonl [--details] [--json]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut gold: Option<PathBuf> = None;
    let mut predictions: Option<PathBuf> = None;
    let (mut details, mut as_json) = (false, false);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("gold") => gold = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("predictions") => {
                predictions = Some(parser.value().map_err(|e| e.to_string())?.into())
            }
            Long("details") => details = true,
            Long("json") => as_json = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    let gold = gold.ok_or_else(|| format!("--gold DIR is required\n{USAGE}"))?;
    let predictions =
        predictions.ok_or_else(|| format!("--predictions FILE is required\n{USAGE}"))?;
    let golds = score::read_gold(&gold)?;
    let shown = predictions.display().to_string();
    let bytes = std::fs::read(&predictions).map_err(|e| format!("{shown}: {e}"))?;
    let text = common::decode(&shown, bytes).map_err(|e| e.to_string())?;
    let preds = score::parse_predictions(&shown, &text)?;
    let report = score::score(&golds, &preds, details);
    if as_json {
        println!("{}", report.to_json());
    } else {
        print!("{}", report.render());
    }
    Ok(())
}
