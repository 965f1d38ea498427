//! Input handling shared by the command-line examples: read stdin or files
//! and directories, report what cannot be read, and keep going.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input document: its id (file stem, or `stdin`) and its text.
#[derive(Debug)]
pub struct Doc {
    pub id: String,
    pub path: String,
    pub text: String,
}

/// Why an input could not be used.
#[derive(Debug)]
pub struct InputError {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Decodes bytes as UTF-8, naming the first bad byte.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError {
        path: path.to_string(),
        reason: format!(
            "not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

/// Reads all of stdin.
pub fn read_stdin(id: &str) -> Result<Doc, InputError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| InputError {
            path: "stdin".into(),
            reason: e.to_string(),
        })?;
    Ok(Doc {
        id: id.to_string(),
        path: "-".into(),
        text: decode("stdin", bytes)?,
    })
}

/// Expands the arguments into the list of files to read, in order: a file
/// stays itself, a directory gives its `.txt` files (recursively, sorted),
/// `-` is stdin. Paths that do not exist are reported as errors.
pub fn expand(args: &[String]) -> Vec<Result<PathBuf, InputError>> {
    let mut out = Vec::new();
    for a in args {
        let p = Path::new(a);
        if a == "-" || p.is_file() {
            out.push(Ok(p.to_path_buf()));
        } else if p.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(p, &mut files) {
                out.push(Err(InputError {
                    path: a.clone(),
                    reason: e.to_string(),
                }));
            }
            files.sort();
            out.extend(files.into_iter().map(Ok));
        } else {
            out.push(Err(InputError {
                path: a.clone(),
                reason: "no such file or directory".into(),
            }));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads one file (or stdin for `-`) as a document.
pub fn read(path: &Path, stdin_id: &str) -> Result<Doc, InputError> {
    if path.as_os_str() == "-" {
        return read_stdin(stdin_id);
    }
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| InputError {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    Ok(Doc {
        id: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| shown.clone()),
        text: decode(&shown, bytes)?,
        path: shown,
    })
}

/// What a failed write to stdout means: a closed pipe (`| head`) is a normal
/// end, anything else an error.
pub fn stdout_error(e: std::io::Error) -> Option<String> {
    (e.kind() != std::io::ErrorKind::BrokenPipe).then(|| format!("stdout: {e}"))
}
