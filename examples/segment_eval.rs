//! Word precision, recall and F1 of the segmenter on CoNLL-U files.
//!
//! ```text
//! cargo run --release --example segment_eval -- ../shared/data/ud-vi-vtb/vi_vtb-ud-test.conllu
//! cargo run --release --example segment_eval -- --model my.bin --baseline spaces FILE.conllu
//! ```
//!
//! For each sentence the `# text` line goes in; whitespace is removed from
//! the gold words and from the predicted words, every word becomes a (start,
//! end) span over the whitespace-free text, and a predicted word counts as
//! right when its span equals a gold span; micro-averaged over each file.
//! `--model` evaluates a model file instead of the shipped one.
use std::process::ExitCode;

use tintuc::segment::train::{evaluate, read_conllu};
use tintuc::segment::{Model, Segmenter};

const USAGE: &str = "usage: segment_eval [--model MODEL] [--show N] FILE.conllu...";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("segment_eval: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut paths = Vec::new();
    let mut model_path = None;
    let mut show = 0usize;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("model") => {
                model_path = Some(
                    parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|e| e.to_string())?,
                )
            }
            Long("show") => {
                show = parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .parse::<usize>()
                    .map_err(|e| e.to_string())?
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Value(v) => paths.push(v.string().map_err(|e| e.to_string())?),
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    if paths.is_empty() {
        return Err(USAGE.to_string());
    }
    let segmenter = match &model_path {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?;
            Segmenter::with_model(Model::from_bytes(&bytes).map_err(|e| format!("{p}: {e}"))?)
        }
        None => Segmenter::new(),
    };
    for path in &paths {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        let sentences = read_conllu(&text);
        let s = evaluate(&segmenter, &sentences);
        println!(
            "{path}: {} sentences, {} gold words, {} predicted, {} correct: precision {:.2} recall {:.2} F1 {:.2}",
            sentences.len() - s.mismatched,
            s.gold,
            s.predicted,
            s.correct,
            100.0 * s.precision(),
            100.0 * s.recall(),
            100.0 * s.f1()
        );
        // The first sentences with a wrong word: gold | predicted, words joined by '_'.
        for sentence in sentences
            .iter()
            .filter(|s| {
                let scores = evaluate(&segmenter, std::slice::from_ref(*s));
                scores.correct != scores.gold || scores.correct != scores.predicted
            })
            .take(show)
        {
            let n = tintuc::normalize::normalize(&sentence.text);
            let predicted: Vec<String> = segmenter
                .segment(&n)
                .iter()
                .map(|w| w.text.split_whitespace().collect::<Vec<_>>().join("_"))
                .collect();
            let gold: Vec<String> = sentence.words.iter().map(|w| w.replace(' ', "_")).collect();
            println!("gold: {}\npred: {}\n", gold.join(" "), predicted.join(" "));
        }
        if s.mismatched > 0 {
            eprintln!(
                "{path}: {} sentences skipped (text does not spell the words)",
                s.mismatched
            );
        }
    }
    Ok(())
}
