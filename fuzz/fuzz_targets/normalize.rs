//! Normalization, folding and tokenizing of arbitrary text: no panic,
//! idempotent normalization, spans on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tintuc::normalize::{fold, Normalizer, ToneStyle};
use tintuc::tokenize::{sentences, Tokenizer};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for style in [ToneStyle::Traditional, ToneStyle::New, ToneStyle::Keep] {
        let n = Normalizer::new().style(style).normalize(&text);
        let again = Normalizer::new().style(style).normalize(n.text());
        assert_eq!(again.text(), n.text());
        let tokens = Tokenizer::new().tokenize(&n);
        for t in &tokens {
            assert_eq!(&text[t.span.clone()], t.text);
        }
        let _ = sentences(&tokens, n.text());
    }
    let f = fold(&text);
    let r = f.to_original(0..f.text().len());
    assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    // Every folded character maps to a slice of the input, in order.
    let mut last = 0;
    for (k, c) in f.text().char_indices() {
        let o = f.to_original(k..k + c.len_utf8());
        assert!(o.start >= last && o.start <= o.end && o.end <= text.len());
        assert!(text.get(o.clone()).is_some());
        last = o.start;
    }
});
