//! The whole check on one to three files and a `journey.toml`, separated by NUL bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| journey_robust::check_files(data));
