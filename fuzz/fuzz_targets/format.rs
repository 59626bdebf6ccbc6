//! The formatter: formatting a formatted file changes nothing.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| journey_robust::format_is_idempotent(data));
