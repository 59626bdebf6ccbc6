//! Random edit sequences replayed into the editor's document model.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| journey_robust::edit_session(data));
