//! Extracts facts from articles and writes them as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- corpus/ > facts.jsonl
//! cargo run --release --example extract -- --threads 2 a.txt dir/ -
//! cat article.txt | cargo run --release --example extract -- --doc-id my-article -
//! cargo run --release --example extract -- --words corpus/   # terms at word boundaries
//! cargo run --release --example extract -- --keep-lines pdf_text/   # no line joined
//! ```
//!
//! Each PATH is a `.txt` file, a directory (its `.txt` files, recursively,
//! sorted) or `-` for stdin. One fact per line, documents in input order,
//! the `article` fact first. Documents are read and processed a batch at a
//! time, so memory stays bounded whatever the number of files. A file that
//! cannot be read or is not UTF-8 is reported on stderr with its path and
//! the reason, the others are still processed, and the exit code is 1.
mod common;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;
use tintuc::extract::{Extractor, Fact};

const USAGE: &str = "usage: extract [--threads N] [--doc-id ID] [--words] [--keep-lines] PATH...";

/// Documents per batch, and bytes per batch: whichever is reached first.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    paths: Vec<String>,
    threads: Option<usize>,
    doc_id: String,
    words: bool,
    /// Read every line as it is: no line break of hard-wrapped text joined.
    keep_lines: bool,
}

fn args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut out = Args {
        paths: Vec::new(),
        threads: None,
        doc_id: "stdin".into(),
        words: false,
        keep_lines: false,
    };
    let mut parser = lexopt::Parser::from_env();
    let err = |e: lexopt::Error| e.to_string();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Long("threads") | Short('j') => {
                let n: usize = parser.value().map_err(err)?.parse().map_err(err)?;
                if n == 0 {
                    return Err("--threads must be at least 1".into());
                }
                out.threads = Some(n);
            }
            Long("doc-id") => out.doc_id = parser.value().map_err(err)?.string().map_err(err)?,
            Long("words") => out.words = true,
            Long("keep-lines") => out.keep_lines = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(None);
            }
            Value(v) => out.paths.push(v.string().map_err(err)?),
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    if out.paths.is_empty() {
        return Err(format!("no input given\n{USAGE}"));
    }
    Ok(Some(out))
}

fn run() -> Result<bool, String> {
    let Some(args) = args()? else { return Ok(true) };
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| e.to_string())?;
    }
    let extractor = Extractor::builder()
        .words(args.words)
        .join_wrapped_lines(!args.keep_lines)
        .build()
        .map_err(|e| e.to_string())?;
    let files = common::expand(&args.paths);
    let progress = (files.len() > 1 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {per_sec} {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut ok = true;
    let mut batch: Vec<PathBuf> = Vec::new();
    let mut batch_bytes = 0;
    let mut pending = files.into_iter().peekable();
    while pending.peek().is_some() || !batch.is_empty() {
        // Fill a batch of readable paths; report the others at once.
        while let Some(next) =
            pending.next_if(|_| batch.len() < BATCH_DOCS && batch_bytes < BATCH_BYTES)
        {
            match next {
                Ok(path) => {
                    batch_bytes += std::fs::metadata(&path).map_or(0, |m| m.len() as usize);
                    batch.push(path);
                }
                Err(e) => {
                    eprintln!("extract: {e}");
                    ok = false;
                }
            }
        }
        let results: Vec<_> = batch
            .par_iter()
            .map(|path| {
                common::read(path, &args.doc_id).map(|doc| {
                    let facts = extractor.extract(&doc.text);
                    (doc.id, facts)
                })
            })
            .collect();
        for result in results {
            match result {
                Ok((id, facts)) => {
                    for body in facts {
                        let fact = Fact {
                            doc: id.clone(),
                            body,
                        };
                        let line = serde_json::to_string(&fact).map_err(|e| e.to_string())?;
                        if let Err(e) = writeln!(out, "{line}") {
                            return common::stdout_error(e).map_or(Ok(ok), Err);
                        }
                    }
                }
                Err(e) => {
                    if let Some(bar) = &progress {
                        bar.suspend(|| eprintln!("extract: {e}"));
                    } else {
                        eprintln!("extract: {e}");
                    }
                    ok = false;
                }
            }
            if let Some(bar) = &progress {
                bar.inc(1);
            }
        }
        batch.clear();
        batch_bytes = 0;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Err(e) = out.flush() {
        return common::stdout_error(e).map_or(Ok(ok), Err);
    }
    Ok(ok)
}
