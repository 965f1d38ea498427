//! The input handling of the command-line examples (examples/common): what
//! cannot be read is reported with its path and the reason, and the rest is
//! still read, in order.

#[path = "../examples/common/mod.rs"]
mod common;

use std::path::PathBuf;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tintuc-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn directories_expand_to_sorted_txt_files_recursively() {
    let dir = scratch("expand");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for f in ["b.txt", "a.txt", "sub/c.txt", "notes.md"] {
        std::fs::write(dir.join(f), "x").unwrap();
    }
    let args = [dir.display().to_string(), "-".to_string()];
    let got: Vec<String> = common::expand(&args)
        .into_iter()
        .map(|p| {
            p.map(|p| p.display().to_string())
                .unwrap_or_else(|e| e.to_string())
        })
        .collect();
    let d = dir.display();
    assert_eq!(
        got,
        [
            format!("{d}/a.txt"),
            format!("{d}/b.txt"),
            format!("{d}/sub/c.txt"),
            "-".into()
        ]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_path_is_an_error_that_names_it_and_the_rest_goes_on() {
    let dir = scratch("missing");
    std::fs::write(dir.join("ok.txt"), "Có 5 đảng viên.").unwrap();
    let args = [
        dir.join("nope.txt").display().to_string(),
        dir.join("ok.txt").display().to_string(),
    ];
    let got = common::expand(&args);
    assert_eq!(got.len(), 2);
    let err = got[0].as_ref().expect_err("missing file reported");
    assert!(err.to_string().contains("nope.txt") && err.to_string().contains("no such file"));
    let doc = common::read(got[1].as_ref().unwrap(), "stdin").unwrap();
    assert_eq!(
        (doc.id.as_str(), doc.text.as_str()),
        ("ok", "Có 5 đảng viên.")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_utf8_names_the_file_and_the_offset() {
    let dir = scratch("utf8");
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"\xc4\x90\xe1\xba\xa3ng \xff vi\xc3\xaan").unwrap();
    let err = common::read(&path, "stdin").expect_err("not UTF-8");
    let shown = err.to_string();
    assert!(shown.contains("bad.txt"), "{shown}");
    assert!(
        shown.contains("not valid UTF-8") && shown.contains("offset 8"),
        "{shown}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn empty_files_are_documents_too() {
    let dir = scratch("empty");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let doc = common::read(&dir.join("empty.txt"), "stdin").unwrap();
    assert_eq!(doc.text, "");
    std::fs::remove_dir_all(&dir).unwrap();
}
