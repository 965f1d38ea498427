//! Writes the synthetic corpus the benchmarks use: the seed articles'
//! paragraphs shuffled with a fixed seed, in four spellings in turn (as
//! written, NFD, 2018 tone placement, without diacritics).
//!
//! ```text
//! cargo run --release --example synthetic_corpus -- --bytes 20000000 > /tmp/synthetic.txt
//! cargo run --release --example synthetic_corpus -- --bytes 1000000000 --dir /tmp/gb --file-bytes 8000
//! ```
//!
//! With `--dir`, the text is cut into article-sized files (`--file-bytes`,
//! at paragraph breaks) named `000000001.txt`, … so that `extract` can be
//! run over a directory of any size.
#[path = "../benches/common/mod.rs"]
mod bench_common;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: synthetic_corpus [--bytes N] [--dir DIR [--file-bytes N]]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synthetic_corpus: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let err = |e: lexopt::Error| e.to_string();
    let (mut bytes, mut dir, mut file_bytes) = (20_000_000usize, None::<PathBuf>, 8_000usize);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Long("bytes") => bytes = parser.value().map_err(err)?.parse().map_err(err)?,
            Long("dir") => dir = Some(parser.value().map_err(err)?.into()),
            Long("file-bytes") => file_bytes = parser.value().map_err(err)?.parse().map_err(err)?,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    let Some(dir) = dir else {
        let text = bench_common::synthetic_corpus(bytes);
        return match std::io::stdout().lock().write_all(text.as_bytes()) {
            // A closed pipe (`| head`) is a normal end.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
            _ => Ok(()),
        };
    };
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // Generate in slices of 16 MB so memory stays small for a corpus of any size.
    let (mut written, mut n) = (0usize, 0usize);
    while written < bytes {
        let slice = bench_common::synthetic_corpus((16 << 20).min(bytes - written).max(1));
        let mut file = String::new();
        for para in slice.split_inclusive('\n') {
            file.push_str(para);
            if file.len() >= file_bytes {
                n += 1;
                let path = dir.join(format!("{n:09}.txt"));
                std::fs::write(&path, &file).map_err(|e| format!("{}: {e}", path.display()))?;
                written += file.len();
                file.clear();
            }
        }
        written += file.len();
        if !file.is_empty() {
            n += 1;
            let path = dir.join(format!("{n:09}.txt"));
            std::fs::write(&path, &file).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    eprintln!("{n} files, {written} bytes in {}", dir.display());
    Ok(())
}
