//! Prints every numeric expression of the text on stdin, one JSON object a line.
//!
//! ```text
//! echo "Năm 2022 kết nạp hơn 3.700 đảng viên" | cargo run --release --example numbers
//! ```
//!
//! Offsets are bytes of the ORIGINAL input. `--normalized` prints offsets
//! into the normalized text instead.

use std::io::{Read, Write};
use std::process::ExitCode;

use tintuc::normalize::normalize;
use tintuc::numbers::{scan, scan_normalized};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("numbers: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = lexopt::Parser::from_env();
    let mut normalized_offsets = false;
    while let Some(arg) = args.next().map_err(|e| e.to_string())? {
        match arg {
            lexopt::Arg::Long("normalized") => normalized_offsets = true,
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => {
                println!(
                    "usage: numbers [--normalized] < text\n\
                     Prints one JSON object per numeric match; offsets are bytes of the\n\
                     original input, or of the normalized text with --normalized."
                );
                return Ok(());
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    let input = String::from_utf8(bytes).map_err(|e| {
        format!(
            "stdin is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let normalized = normalize(&input);
    let (found, source) = if normalized_offsets {
        (scan(normalized.text()), normalized.text())
    } else {
        (scan_normalized(&normalized), input.as_str())
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for m in found {
        let mut json = serde_json::to_value(&m).map_err(|e| e.to_string())?;
        if let serde_json::Value::Object(map) = &mut json {
            map.insert("text".into(), m.text(source).into());
        }
        writeln!(out, "{json}").map_err(|e| format!("cannot write: {e}"))?;
    }
    Ok(())
}
