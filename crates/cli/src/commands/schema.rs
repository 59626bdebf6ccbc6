//! `journey schema`: print the JSON Schema of `model.json`.

use std::io::Write;

use crate::Status;

pub fn run() -> Status {
    let _ = std::io::stdout().lock().write_all(journey_export::schema().as_bytes());
    Status::Clean
}
