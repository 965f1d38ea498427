//! Print the terms and names found in stdin, one JSON object per line.
//!
//! ```text
//! cargo run --example terms -- [--lexicon FILE]... < article.txt
//! ```
//!
//! Each line has `kind` (`term`, `place`, `organisation`, `person`), `text`, `start`,
//! `end` (byte offsets into the original input); a term adds `concept`, `category` and
//! `canonical`; a place or organisation adds `name` and `canonical` (its unit); a person
//! adds `name` and `role` (or null). Exit status: 0 on success, 1 when a lexicon file
//! cannot be loaded, 2 on a usage error or input that is not UTF-8.
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{json, Value};
use tintuc::lexicon::Lexicon;
use tintuc::matcher::{Match, MatchKind, TermMatcher};

fn parse_args() -> Result<Vec<PathBuf>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut lexicons = Vec::new();
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("lexicon") | Short('l') => lexicons.push(PathBuf::from(parser.value()?)),
            Long("help") | Short('h') => {
                println!("usage: terms [--lexicon FILE]... < input.txt");
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(lexicons)
}

fn to_json(m: &Match, input: &str) -> Value {
    let kind = match m.kind {
        MatchKind::Term => "term",
        MatchKind::Place => "place",
        MatchKind::Organisation => "organisation",
        MatchKind::Person => "person",
    };
    let mut v =
        json!({ "kind": kind, "text": m.text(input), "start": m.span.start, "end": m.span.end });
    match m.kind {
        MatchKind::Term => {
            v["concept"] = json!(m.concept_id());
            v["category"] = json!(m.category());
            v["canonical"] = json!(m.canonical());
            if m.learned {
                v["expansion"] = json!(m.expansion);
            }
        }
        MatchKind::Place | MatchKind::Organisation => {
            v["name"] = json!(m.name_text(input));
            v["canonical"] = json!(m.canonical());
            if m.expansion.is_some() {
                v["expansion"] = json!(m.expansion);
            }
        }
        MatchKind::Person => {
            v["name"] = json!(m.name_text(input));
            v["role"] = json!(m.role_text(input));
        }
    }
    v
}

fn main() -> ExitCode {
    let paths = match parse_args() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("terms: {e}\nusage: terms [--lexicon FILE]... < input.txt");
            return ExitCode::from(2);
        }
    };
    let mut builder = TermMatcher::builder(Lexicon::default());
    for path in &paths {
        match Lexicon::from_path(path) {
            Ok(lexicon) => builder = builder.lexicon(lexicon),
            Err(e) => {
                eprintln!("terms: cannot load lexicon {e}");
                return ExitCode::from(1);
            }
        }
    }
    let matcher = match builder.build() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("terms: {e}");
            return ExitCode::from(1);
        }
    };
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("terms: cannot read stdin: {e}");
        return ExitCode::from(2);
    }
    let input = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "terms: stdin is not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            );
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for m in matcher.find(&input).iter() {
        if writeln!(out, "{}", to_json(m, &input)).is_err() {
            return ExitCode::SUCCESS; // closed pipe
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}
