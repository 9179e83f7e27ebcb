//! Any bytes: decoding (BOMs, UTF-8, detected legacy encodings) and the HTML reader never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((text, _)) = newsgraph::decode::decode(data) {
        let page = newsgraph::html::parse(&text);
        assert!(page.text.len() <= text.len() * 4 + 64);
    }
});
