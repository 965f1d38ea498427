//! Prints the normalized text of stdin.
//!
//! ```text
//! cargo run --release --example normalize < corpus/000_e0b8034322abc72e.txt
//! cargo run --release --example normalize -- --style new   # hoà, thuỷ
//! cargo run --release --example normalize -- --style keep  # placement as written
//! cargo run --release --example normalize -- --fold        # matching key
//! ```
mod common;

use std::io::Write;
use std::process::ExitCode;

use tintuc::normalize::{fold, Normalizer, ToneStyle};

const USAGE: &str = "usage: normalize [--style traditional|new|keep] [--fold] < INPUT";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("normalize: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut style = ToneStyle::Traditional;
    let mut folded = false;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("style") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                style = v.string().map_err(|e| e.to_string())?.parse()?;
            }
            Long("fold") => folded = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    let doc = common::read_stdin("stdin").map_err(|e| e.to_string())?;
    let out = if folded {
        fold(&doc.text).into_string()
    } else {
        Normalizer::new()
            .style(style)
            .normalize(&doc.text)
            .text()
            .to_string()
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Err(e) => common::stdout_error(e).map_or(Ok(()), Err),
        Ok(()) => Ok(()),
    }
}
