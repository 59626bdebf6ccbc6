//! Diagnostics as a SARIF 2.1.0 log, the format code-scanning services
//! (GitHub code scanning, Azure DevOps, SonarQube…) import.
//!
//! One run with one tool driver, `journey`, whose rules are every
//! diagnostic code. Results point at files relative to the repository root
//! through the `%SRCROOT%` base, and columns count Unicode code points
//! (`columnKind: unicodeCodePoints`), as the source map does.

use std::collections::BTreeMap;

use journey_diagnostics::{CODES, Code, Diagnostic, Severity};
use journey_i18n::{format, text};
use serde_sarif::sarif::{
    ArtifactChange, ArtifactContent, ArtifactLocation, Fix, Location, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, Replacement, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use crate::ci::{CiContext, DOCS_BASE_URL, Located, Position, diagnostic_docs_url};

/// The `$schema` written into the log.
pub const SARIF_SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base id that result paths are relative to: the repository root.
const SOURCE_ROOT: &str = "%SRCROOT%";

/// Builds the SARIF log of `diagnostics` as pretty-printed JSON.
pub fn sarif_log(context: &CiContext, diagnostics: &[Diagnostic]) -> String {
    let results: Vec<SarifResult> = diagnostics
        .iter()
        .map(|diagnostic| result(context, diagnostic))
        .collect();
    let run = Run::builder()
        .tool(tool(context))
        .results(results)
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .original_uri_base_ids(BTreeMap::from([(
            SOURCE_ROOT.to_owned(),
            source_root_description(context),
        )]))
        .build();
    let log = Sarif::builder()
        .schema(SARIF_SCHEMA_URI)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut json = serde_json::to_string_pretty(&log).expect("a SARIF log always serialises");
    json.push('\n');
    json
}

fn source_root_description(context: &CiContext) -> ArtifactLocation {
    let description = text(context.lang, "interop-sarif-source-root");
    ArtifactLocation::builder()
        .description(Message::builder().text(description).build())
        .build()
}

fn tool(context: &CiContext) -> Tool {
    let rules: Vec<ReportingDescriptor> = CODES.iter().map(|code| rule(context, code)).collect();
    let driver = ToolComponent::builder()
        .name("journey")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri(DOCS_BASE_URL)
        .rules(rules)
        .build();
    Tool::builder().driver(driver).build()
}

fn rule(context: &CiContext, code: &Code) -> ReportingDescriptor {
    let summary = text(context.lang, &code.summary_id());
    let url = diagnostic_docs_url(code);
    let help = journey_diagnostics::Message::new("interop-sarif-rule-help")
        .arg("summary", summary.as_str())
        .arg("url", url.as_str());
    let help_text = format(context.lang, &help);
    let help_markdown = format(context.lang, &help.clone().arg("url", format!("[{}]({url})", code.id)));
    let kind = if code.lint { "lint" } else { "error" };
    ReportingDescriptor::builder()
        .id(code.id)
        .name(snake_to_camel(code.name))
        .short_description(MultiformatMessageString::builder().text(summary.clone()).build())
        .full_description(MultiformatMessageString::builder().text(summary).build())
        .help(
            MultiformatMessageString::builder()
                .text(help_text)
                .markdown(help_markdown)
                .build(),
        )
        .help_uri(url)
        .default_configuration(
            ReportingConfiguration::builder()
                .level(serde_json::json!(level(code.default_severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(vec!["journey".to_owned(), kind.to_owned(), code.name.to_owned()])
                .build(),
        )
        .build()
}

/// SARIF recommends rule names in camel case (`missingOwner`).
fn snake_to_camel(name: &str) -> String {
    let mut camel = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            camel.extend(c.to_uppercase());
            upper = false;
        } else {
            camel.push(c);
        }
    }
    camel
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result_level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn result(context: &CiContext, diagnostic: &Diagnostic) -> SarifResult {
    let located = context.locate(diagnostic);
    let rule_index = CODES
        .iter()
        .position(|code| *code == diagnostic.code)
        .expect("every code is in CODES");
    let mut builder_message = located.message.clone();
    if let Some(help) = &located.help {
        let prefix = text(context.lang, "interop-help-prefix");
        builder_message = format!("{builder_message}\n{prefix}: {help}");
    }
    let primary = location(&located.primary, located.label.as_deref(), None);
    let related: Vec<Location> = located
        .related
        .iter()
        .enumerate()
        .map(|(index, (position, message))| location(position, message.as_deref(), Some(index as i64 + 1)))
        .collect();
    let result = SarifResult::builder()
        .rule_id(diagnostic.code.id)
        .rule_index(rule_index as i64)
        .level(result_level(diagnostic.severity))
        .message(Message::builder().text(builder_message).build())
        .locations(vec![primary]);
    match (related.is_empty(), fixes(context, &located)) {
        (true, None) => result.build(),
        (false, None) => result.related_locations(related).build(),
        (true, Some(fixes)) => result.fixes(fixes).build(),
        (false, Some(fixes)) => result.related_locations(related).fixes(fixes).build(),
    }
}

fn artifact(position: &Position) -> ArtifactLocation {
    ArtifactLocation::builder()
        .uri(encode_uri_path(&position.path))
        .uri_base_id(SOURCE_ROOT)
        .build()
}

fn region(position: &Position) -> Region {
    Region::builder()
        .start_line(i64::from(position.line))
        .start_column(i64::from(position.column))
        .end_line(i64::from(position.end_line))
        .end_column(i64::from(position.end_column))
        .build()
}

fn location(position: &Position, message: Option<&str>, id: Option<i64>) -> Location {
    let physical = PhysicalLocation::builder()
        .artifact_location(artifact(position))
        .region(region(position))
        .build();
    let mut location = Location {
        physical_location: Some(physical),
        ..Location::default()
    };
    location.message = message.map(|text| Message::builder().text(text).build());
    location.id = id;
    location
}

/// The diagnostic's machine-applicable fix, grouped by file.
fn fixes(context: &CiContext, located: &Located) -> Option<Vec<Fix>> {
    let fix = located.diagnostic.fix.as_ref()?;
    let mut changes: Vec<(Position, Vec<Replacement>)> = Vec::new();
    for edit in &fix.edits {
        let position = context.position(edit.at);
        let replacement = Replacement::builder()
            .deleted_region(region(&position))
            .inserted_content(ArtifactContent::builder().text(edit.replacement.clone()).build())
            .build();
        match changes.iter_mut().find(|(existing, _)| existing.path == position.path) {
            Some((_, replacements)) => replacements.push(replacement),
            None => changes.push((position, vec![replacement])),
        }
    }
    let artifact_changes: Vec<ArtifactChange> = changes
        .into_iter()
        .map(|(position, replacements)| {
            ArtifactChange::builder()
                .artifact_location(artifact(&position))
                .replacements(replacements)
                .build()
        })
        .collect();
    let description = Message::builder().text(format(context.lang, &fix.title)).build();
    Some(vec![
        Fix::builder()
            .artifact_changes(artifact_changes)
            .description(description)
            .build(),
    ])
}

/// Percent-encodes a relative path for a URI reference: every byte except
/// the unreserved characters of RFC 3986 and `/`.
fn encode_uri_path(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(
            encode_uri_path("journeys/open account.journey"),
            "journeys/open%20account.journey"
        );
        assert_eq!(encode_uri_path("people/chloé.journey"), "people/chlo%C3%A9.journey");
        assert_eq!(encode_uri_path("a/b_c-d~e.journey"), "a/b_c-d~e.journey");
    }

    #[test]
    fn rule_names_are_camel_case() {
        assert_eq!(snake_to_camel("missing_owner"), "missingOwner");
        assert_eq!(snake_to_camel("percentage_over_100"), "percentageOver100");
    }
}
