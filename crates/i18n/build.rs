//! Generates the list of Fluent files under `locales/<lang>/*.ftl`, so a
//! new catalogue file is picked up without editing the crate.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in ["en", "fr"] {
        let folder = root.join(lang);
        println!("cargo:rerun-if-changed={}", folder.display());
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .expect("locales/<lang> exists")
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let variant = if lang == "en" { "En" } else { "Fr" };
            entries.push(format!(
                "(Lang::{variant}, include_str!({:?}))",
                file.display().to_string()
            ));
        }
    }
    let mut code = String::from("const SOURCES: &[(Lang, &str)] = &[\n");
    for entry in entries {
        let _ = writeln!(code, "    {entry},");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("sources.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
