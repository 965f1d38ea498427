//! Prints one JSON object per token (or per sentence) of the input.
//!
//! ```text
//! cargo run --release --example tokenize < corpus/000_e0b8034322abc72e.txt
//! cargo run --release --example tokenize -- --sentences corpus/
//! cargo run --release --example tokenize -- --words < corpus/000_e0b8034322abc72e.txt
//! ```
//!
//! `--words` prints one object per word instead: the syllables grouped by
//! the [segmenter](tintuc::segment), with `syllables` counting them.
//!
//! With no path, reads stdin. Each path is a `.txt` file, a directory (its
//! `.txt` files, sorted) or `-` for stdin; with paths, every object carries
//! `doc`, the file stem. A file that cannot be read is reported on stderr,
//! the others are still processed, and the exit code is 1.
mod common;

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use serde_json::json;
use tintuc::normalize::Normalizer;
use tintuc::segment::Segmenter;
use tintuc::tokenize::{sentences, Tokenizer};

const USAGE: &str = "usage: tokenize [--sentences | --words] [PATH...]";

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("tokenize: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<bool, String> {
    use lexopt::prelude::*;
    let mut by_sentence = false;
    let mut by_word = false;
    let mut paths = Vec::new();
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("sentences") => by_sentence = true,
            Long("words") => by_word = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(true);
            }
            Value(v) => paths.push(v.string().map_err(|e| e.to_string())?),
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    if by_sentence && by_word {
        return Err(format!(
            "--sentences and --words exclude each other\n{USAGE}"
        ));
    }
    let with_doc = !paths.is_empty();
    if paths.is_empty() {
        paths.push("-".to_string());
    }
    let normalizer = Normalizer::new();
    let tokenizer = Tokenizer::new();
    let segmenter = Segmenter::shared();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut ok = true;
    for path in common::expand(&paths) {
        let doc = match path.and_then(|p| common::read(&p, "stdin")) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("tokenize: {e}");
                ok = false;
                continue;
            }
        };
        let n = normalizer.normalize(&doc.text);
        let tokens = tokenizer.tokenize(&n);
        let mut write = |mut v: serde_json::Value| {
            if with_doc {
                v["doc"] = json!(doc.id);
            }
            writeln!(out, "{v}")
        };
        let written: std::io::Result<()> = if by_sentence {
            sentences(&tokens, n.text()).iter().try_for_each(|s| {
                write(json!({
                    "text": &doc.text[s.span.clone()],
                    "start": s.span.start,
                    "end": s.span.end,
                    "tokens": s.tokens.len(),
                }))
            })
        } else if by_word {
            segmenter
                .segment_tokens(&n, &tokens)
                .iter()
                .try_for_each(|w| {
                    write(json!({
                        "kind": w.kind,
                        "text": w.text,
                        "start": w.span.start,
                        "end": w.span.end,
                        "norm": w.norm,
                        "syllables": w.syllables(),
                    }))
                })
        } else {
            tokens.iter().try_for_each(|t| {
                write(json!({
                    "kind": t.kind,
                    "text": t.text,
                    "start": t.span.start,
                    "end": t.span.end,
                    "norm": t.norm,
                    "fold": t.fold(),
                }))
            })
        };
        if let Err(e) = written.and_then(|_| out.flush()) {
            return common::stdout_error(e).map_or(Ok(ok), Err);
        }
    }
    Ok(ok)
}
