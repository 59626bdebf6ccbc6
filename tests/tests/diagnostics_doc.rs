//! Keeps `docs/diagnostics.md` and the code list in step, and runs every
//! example of the page through the real loader and model.
//!
//! The page has one `### J0201 unknown_reference` section per code, with a
//! table row `| severity | yes/no |` and two examples introduced by lines
//! starting `Fails:` and `Fixed:`. Each example is one or more ```journey or
//! ```toml blocks; a first line `// file: NAME` or `# file: NAME` names the
//! block's file. A ```text block is illustration only.

mod check_support;

use check_support::{Checked, check_files};
use journey_diagnostics::{CODES, Severity};
use journey_tests::repo_root;

/// Codes whose failing input cannot be written as text on the page: the
/// test generates it instead.
const GENERATED: &[&str] = &["J0006", "J0008", "J0010"];

#[derive(Debug, Default)]
struct Section {
    id: String,
    name: String,
    /// The line of the heading, for failure messages.
    line: usize,
    severity: Option<String>,
    lint: Option<String>,
    fails: Vec<Block>,
    fixed: Vec<Block>,
}

#[derive(Debug, Clone)]
struct Block {
    language: String,
    text: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Example {
    None,
    Fails,
    Fixed,
}

fn page() -> String {
    let path = repo_root().join("docs/diagnostics.md");
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Splits the page into its code sections.
fn sections(page: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    let mut example = Example::None;
    let mut block: Option<Block> = None;
    for (index, line) in page.lines().enumerate() {
        if let Some(open) = block.as_mut() {
            if line.starts_with("```") {
                let finished = block.take().expect("a block is open");
                if let Some(section) = sections.last_mut() {
                    match example {
                        Example::Fails => section.fails.push(finished),
                        Example::Fixed => section.fixed.push(finished),
                        Example::None => {}
                    }
                }
            } else {
                open.text.push_str(line);
                open.text.push('\n');
            }
            continue;
        }
        if let Some(language) = line.strip_prefix("```") {
            block = Some(Block {
                language: language.trim().to_owned(),
                text: String::new(),
            });
        } else if let Some(heading) = line.strip_prefix("### ") {
            let (id, name) = heading.split_once(' ').unwrap_or((heading, ""));
            sections.push(Section {
                id: id.to_owned(),
                name: name.trim().to_owned(),
                line: index + 1,
                ..Section::default()
            });
            example = Example::None;
        } else if line.starts_with("## ") {
            example = Example::None;
        } else if line.starts_with("Fails:") {
            example = Example::Fails;
        } else if line.starts_with("Fixed:") {
            example = Example::Fixed;
        } else if let Some(section) = sections.last_mut() {
            read_table_row(section, line);
        }
    }
    assert!(block.is_none(), "docs/diagnostics.md ends inside a code block");
    sections
}

/// Reads `| warning | yes |`, the row under the `Default severity | Lint` header.
fn read_table_row(section: &mut Section, line: &str) {
    let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
    if cells.len() == 2 && ["error", "warning", "info"].contains(&cells[0]) {
        section.severity = Some(cells[0].to_owned());
        section.lint = Some(cells[1].to_owned());
    }
}

/// Turns each runnable block of an example into one file.
fn files(blocks: &[Block]) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for block in blocks
        .iter()
        .filter(|block| block.language == "journey" || block.language == "toml")
    {
        let first = block.text.lines().next().unwrap_or_default();
        let named = first
            .strip_prefix("// file: ")
            .or_else(|| first.strip_prefix("# file: "));
        let default = if block.language == "toml" {
            "journey.toml"
        } else {
            "main.journey"
        };
        let name = named.unwrap_or(default).trim().to_owned();
        assert!(
            files.iter().all(|(existing, _)| *existing != name),
            "two blocks of one example are both {name}"
        );
        files.push((name, block.text.clone().into_bytes()));
    }
    // The loader needs a `.journey` file; a settings-only example gets an empty one.
    if !files.is_empty() && !files.iter().any(|(name, _)| name.ends_with(".journey")) {
        files.push(("main.journey".to_owned(), Vec::new()));
    }
    files
}

/// Generates the failing input of a code the page cannot show as text.
fn generated_failing_input(id: &str) -> Vec<(String, Vec<u8>)> {
    match id {
        // `é` in Latin-1.
        "J0006" => vec![(
            "people.journey".to_owned(),
            b"person chloe \"Chlo\xE9 Martin\"\n".to_vec(),
        )],
        "J0008" => {
            let limit = journey_workspace::MAX_FILE_BYTES as usize;
            let mut text = b"// padding\n".repeat(limit / 11 + 1);
            text.truncate(limit + 1);
            vec![("journeys.journey".to_owned(), text)]
        }
        "J0010" => {
            let label = "x".repeat(journey_model::MAX_LABEL_CHARS + 100);
            vec![(
                "people.journey".to_owned(),
                format!("person maya \"{label}\"\n").into_bytes(),
            )]
        }
        other => panic!("{other} has no generated input"),
    }
}

fn describe(checked: &Checked) -> String {
    checked
        .diagnostics
        .iter()
        .map(|diagnostic| {
            let at = checked
                .sources()
                .line_column(diagnostic.primary.at.file, diagnostic.primary.at.span.start);
            let path = checked.sources().path(diagnostic.primary.at.file);
            let message = journey_i18n::format(journey_i18n::Lang::En, &diagnostic.message);
            format!("\n    {path}:{}: {} {message}", at.line, diagnostic.code.id)
        })
        .collect()
}

#[test]
fn page_documents_every_code_in_order() {
    let documented: Vec<String> = sections(&page()).into_iter().map(|section| section.id).collect();
    let codes: Vec<String> = CODES.iter().map(|code| code.id.to_owned()).collect();
    let missing: Vec<&String> = codes.iter().filter(|id| !documented.contains(id)).collect();
    let unknown: Vec<&String> = documented.iter().filter(|id| !codes.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "codes missing from docs/diagnostics.md: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "docs/diagnostics.md documents codes that do not exist: {unknown:?}"
    );
    assert_eq!(
        documented, codes,
        "docs/diagnostics.md lists the codes in another order"
    );
}

#[test]
fn page_states_each_name_severity_and_lint() {
    for section in sections(&page()) {
        let Some(code) = CODES.iter().find(|code| code.id == section.id) else {
            continue;
        };
        let at = format!("docs/diagnostics.md:{} ({})", section.line, section.id);
        assert_eq!(section.name, code.name, "{at}: the heading has the wrong name");
        let severity = match code.default_severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        assert_eq!(
            section.severity.as_deref(),
            Some(severity),
            "{at}: wrong or missing default severity"
        );
        let lint = if code.lint { "yes" } else { "no" };
        assert_eq!(section.lint.as_deref(), Some(lint), "{at}: wrong or missing lint flag");
    }
}

#[test]
fn failing_examples_produce_their_code() {
    let mut failures = String::new();
    for section in sections(&page()) {
        let mut input = files(&section.fails);
        if input.is_empty() {
            assert!(
                GENERATED.contains(&section.id.as_str()),
                "{}: the Fails example has no journey or toml block",
                section.id
            );
            input = generated_failing_input(&section.id);
        }
        let (_dir, checked) = check_files(&input);
        if !checked.codes().contains(&section.id.as_str()) {
            failures.push_str(&format!(
                "\n  {} Fails does not produce it; it produces:{}",
                section.id,
                describe(&checked)
            ));
        }
    }
    assert!(failures.is_empty(), "docs/diagnostics.md:{failures}");
}

#[test]
fn fixed_examples_have_no_code_or_error() {
    let mut failures = String::new();
    for section in sections(&page()) {
        let input = files(&section.fixed);
        assert!(
            !input.is_empty(),
            "{}: the Fixed example has no journey or toml block",
            section.id
        );
        let (_dir, checked) = check_files(&input);
        let still = checked.codes().contains(&section.id.as_str());
        let errors = checked
            .diagnostics
            .iter()
            .any(|diagnostic| diagnostic.severity == Severity::Error);
        if still || errors {
            failures.push_str(&format!("\n  {} Fixed still fails:{}", section.id, describe(&checked)));
        }
    }
    assert!(failures.is_empty(), "docs/diagnostics.md:{failures}");
}
