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
use tintuc::numbers::scan_normalized;

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
    while let Some(arg) = args.next().map_err(|e| e.to_string())? {
        match arg {
            lexopt::Arg::Short('h') | lexopt::Arg::Long("help") => {
                println!("usage: numbers < text\nPrints one JSON object per numeric match (offsets into the original input).");
                return Ok(());
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
    let input = String::from_utf8(bytes)
        .map_err(|e| format!("stdin is not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to()))?;
    let normalized = normalize(&input);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for m in scan_normalized(&normalized) {
        let mut json = serde_json::to_value(&m).map_err(|e| e.to_string())?;
        if let serde_json::Value::Object(map) = &mut json {
            let text = input.get(m.span.clone()).unwrap_or_default();
            map.insert("text".into(), text.into());
        }
        writeln!(out, "{json}").map_err(|e| format!("cannot write: {e}"))?;
    }
    Ok(())
}
