//! The lexer and parser on any bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| journey_robust::parse_bytes(data));
