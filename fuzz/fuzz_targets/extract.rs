//! Arbitrary bytes, taken as lossy UTF-8, through `Extractor::extract`:
//! no panic, and every emitted span slices the input.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tintuc::extract::Extractor;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(Extractor::new);
    let text = String::from_utf8_lossy(data);
    for fact in extractor.extract(&text) {
        if let Some(span) = fact.span() {
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
});
