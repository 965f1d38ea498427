//! Trains a word segmentation model from a CoNLL-U treebank.
//!
//! ```text
//! cargo run --release --example train_segmenter -- \
//!     ../shared/data/ud-vi-vtb/vi_vtb-ud-train.conllu \
//!     --dev ../shared/data/ud-vi-vtb/vi_vtb-ud-dev.conllu \
//!     -o src/segment/model/vtb.bin
//! ```
//!
//! Training sentences come from the positional arguments (several files are
//! concatenated). With a dev split, the epoch with the best dev word F1 is
//! kept (early stopping); without one, the last epoch. The dev split is
//! `--dev FILE`, or else the file beside the first training file with
//! `-train.` replaced by `-dev.` when there is one (`--no-dev` to train
//! without), so that
//! `cargo run --release --example train_segmenter -- ../shared/data/ud-vi-vtb/vi_vtb-ud-train.conllu -o FILE`
//! writes the shipped model byte for byte. Progress goes to stderr.
//!
//! The dictionary features see the multi-syllable words of the training
//! data and a word list: by default the one shipped at
//! `src/segment/model/words.txt` (from pyvi 0.1.1, MIT; see
//! `src/segment/model/NOTICE`), built into this example; `--words FILE`
//! reads another one (one word a line, syllables separated by spaces) and
//! `--no-words` uses none. `--lexicon` adds the forms of the default lexicon.
use std::process::ExitCode;

use tintuc::segment::train::{
    dev_split_beside, read_conllu, read_word_list, train, GoldSentence, TrainOptions,
};

const USAGE: &str = "usage: train_segmenter TRAIN.conllu... [--dev DEV.conllu] \
[--no-dev] [--epochs N] [--patience N] [--folds N] [--seed N] [--words FILE | --no-words] [--lexicon] \
-o MODEL";

/// The shipped word list (pyvi 0.1.1, MIT).
const WORDS: &str = include_str!("../src/segment/model/words.txt");

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_segmenter: {e}");
            ExitCode::from(2)
        }
    }
}

fn read(path: &str) -> Result<Vec<GoldSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(read_conllu(&text))
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut options = TrainOptions::default();
    let mut inputs = Vec::new();
    let mut dev_path = None;
    let mut no_dev = false;
    let mut output = None;
    let mut word_list: Option<String> = None;
    let mut parser = lexopt::Parser::from_env();
    let num = |p: &mut lexopt::Parser| -> Result<u64, String> {
        let v = p.value().map_err(|e| e.to_string())?;
        v.parse::<u64>().map_err(|e| e.to_string())
    };
    let text = |p: &mut lexopt::Parser| -> Result<String, String> {
        let v = p.value().map_err(|e| e.to_string())?;
        v.string().map_err(|e| e.to_string())
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("dev") => dev_path = Some(text(&mut parser)?),
            Long("no-dev") => no_dev = true,
            Short('o') | Long("output") => output = Some(text(&mut parser)?),
            Long("epochs") => options.epochs = num(&mut parser)? as usize,
            Long("patience") => options.patience = num(&mut parser)? as usize,
            Long("folds") => options.folds = num(&mut parser)? as usize,
            Long("seed") => options.seed = num(&mut parser)?,
            Long("lexicon") => options.lexicon = true,
            Long("no-lexicon") => options.lexicon = false,
            Long("words") => {
                let path = text(&mut parser)?;
                word_list =
                    Some(std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?);
            }
            Long("no-words") => word_list = Some(String::new()),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Value(v) => inputs.push(v.string().map_err(|e| e.to_string())?),
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    options
        .words
        .extend(read_word_list(word_list.as_deref().unwrap_or(WORDS)));
    let output = output.ok_or_else(|| format!("no output file (-o)\n{USAGE}"))?;
    if inputs.is_empty() {
        return Err(format!("no training file\n{USAGE}"));
    }
    let mut sentences = Vec::new();
    for path in &inputs {
        sentences.extend(read(path)?);
    }
    if dev_path.is_none() && !no_dev {
        dev_path = dev_split_beside(&inputs).map(|p| p.display().to_string());
        if let Some(p) = &dev_path {
            eprintln!("dev split found beside the training file: {p} (--no-dev to train without)");
        }
    }
    let dev = dev_path.as_deref().map(read).transpose()?;
    eprintln!(
        "training on {} sentences, {} words in the word list{}",
        sentences.len(),
        options.words.len(),
        dev.as_ref().map_or(String::new(), |d| format!(
            ", tuning on {} dev sentences",
            d.len()
        ))
    );
    let started = std::time::Instant::now();
    let model = train(&sentences, dev.as_deref(), &options, |r| {
        let dev = r.dev.map_or(String::new(), |s| {
            format!(
                "  dev P {:.2} R {:.2} F1 {:.2}",
                100.0 * s.precision(),
                100.0 * s.recall(),
                100.0 * s.f1()
            )
        });
        eprintln!(
            "epoch {:2}: {} mistakes in {} decisions{dev}",
            r.epoch, r.mistakes, r.decisions
        );
    });
    let bytes = model.to_bytes();
    std::fs::write(&output, &bytes).map_err(|e| format!("{output}: {e}"))?;
    let info = model.info();
    eprintln!(
        "kept epoch {} (dev F1 {:.2}), {} features, {} dictionary words, {} bytes -> {output} in {:.1?}",
        info.epochs,
        f64::from(info.dev_f1) / 100.0,
        model.feature_count(),
        info.dictionary_words,
        bytes.len(),
        started.elapsed()
    );
    Ok(())
}
