//! Any text read as the language `uk`: extraction never panics, spans stay inside the text,
//! the RDF parses back.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| check::check(newsgraph::lang::Lang::Uk, data));
