//! `journey.toml`: the workspace settings, read from text the caller loaded.

use std::collections::{BTreeMap, HashMap};

use journey_diagnostics::{
    CODES, Code, Diagnostic, FileId, FileSpan, INVALID_SETTINGS, Message, Severity, Span, code_by_id_or_name,
};
use serde::Deserialize;
use time::Date;

use crate::date::parse_date;
use crate::suggest::closest;

/// What a lint reports as, after `journey.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintLevel {
    Allow,
    Report(Severity),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The date for overdue reviews, when `journey.toml` sets one.
    pub today: Option<Date>,
    /// How many framework levels are allowed: 3 allows L0, L1 and L2.
    pub max_depth: u32,
    pub emotion_min: f64,
    pub emotion_max: f64,
    /// Severity overrides by code id.
    pub lints: HashMap<&'static str, LintLevel>,
    /// The conditions that make `journey report` fail (`[report] fail_on`),
    /// each one of [`FAIL_ON_CONDITIONS`].
    pub report_fail_on: Vec<String>,
}

/// The names `[report] fail_on` accepts; `journey-report` gives each its meaning.
pub const FAIL_ON_CONDITIONS: &[&str] = &[
    "overdue",
    "no-owner",
    "unowned-committee",
    "never-reviewed",
    "pain-without-opportunity",
    "error",
    "warning",
];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            today: None,
            max_depth: 3,
            emotion_min: -2.0,
            emotion_max: 2.0,
            lints: HashMap::new(),
            report_fail_on: Vec::new(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    today: Option<toml::Spanned<String>>,
    max_depth: Option<toml::Spanned<i64>>,
    emotion: Option<RawEmotion>,
    #[serde(default)]
    lints: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
    report: Option<RawReport>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    #[serde(default)]
    fail_on: Vec<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEmotion {
    min: toml::Spanned<f64>,
    max: toml::Spanned<f64>,
}

impl Settings {
    /// Reads `journey.toml`. Problems become diagnostics on `file`, and the
    /// settings that could be read still apply.
    pub fn parse(file: FileId, text: &str) -> (Settings, Vec<Diagnostic>) {
        let mut settings = Settings::default();
        let mut diagnostics = Vec::new();
        let error = |span: std::ops::Range<usize>, message: Message| {
            Diagnostic::new(&INVALID_SETTINGS, FileSpan::new(file, Span::from(span)), message)
        };

        let raw: RawSettings = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(problem) => {
                let span = problem.span().unwrap_or(0..0);
                let message = Message::new("settings-invalid").arg("reason", problem.message().trim());
                diagnostics.push(error(span, message).with_help(Message::new("help-settings")));
                return (settings, diagnostics);
            }
        };

        if let Some(today) = raw.today {
            match parse_date(today.get_ref()) {
                Some(date) => settings.today = Some(date),
                None => diagnostics.push(error(today.span(), Message::new("settings-invalid-today"))),
            }
        }
        if let Some(depth) = raw.max_depth {
            match u32::try_from(*depth.get_ref()) {
                Ok(value) if value >= 1 => settings.max_depth = value,
                _ => diagnostics.push(error(depth.span(), Message::new("settings-invalid-max-depth"))),
            }
        }
        if let Some(emotion) = raw.emotion {
            if emotion.min.get_ref() < emotion.max.get_ref() {
                settings.emotion_min = *emotion.min.get_ref();
                settings.emotion_max = *emotion.max.get_ref();
            } else {
                diagnostics.push(error(emotion.min.span(), Message::new("settings-invalid-emotion")));
            }
        }
        for (key, level) in raw.lints {
            let code: Option<&'static Code> = code_by_id_or_name(key.get_ref());
            let Some(code) = code else {
                let message = Message::new("settings-unknown-lint").arg("name", key.get_ref().as_str());
                let lint_names = CODES.iter().filter(|code| code.lint).map(|code| code.name);
                let help = match closest(key.get_ref(), lint_names) {
                    Some(name) => Message::new("help-did-you-mean").arg("suggestion", name),
                    None => Message::new("help-settings-lints"),
                };
                diagnostics.push(error(key.span(), message).with_help(help));
                continue;
            };
            if !code.lint {
                let message = Message::new("settings-not-a-lint").arg("code", code.id);
                diagnostics.push(error(key.span(), message));
                continue;
            }
            let parsed = match level.get_ref().as_str() {
                "allow" => Some(LintLevel::Allow),
                "info" => Some(LintLevel::Report(Severity::Info)),
                "warning" | "warn" => Some(LintLevel::Report(Severity::Warning)),
                "error" | "deny" => Some(LintLevel::Report(Severity::Error)),
                _ => None,
            };
            match parsed {
                Some(parsed) => {
                    settings.lints.insert(code.id, parsed);
                }
                None => {
                    let message = Message::new("settings-invalid-level").arg("level", level.get_ref().as_str());
                    diagnostics.push(error(level.span(), message));
                }
            }
        }
        for condition in raw.report.map(|report| report.fail_on).unwrap_or_default() {
            if FAIL_ON_CONDITIONS.contains(&condition.get_ref().as_str()) {
                settings.report_fail_on.push(condition.get_ref().clone());
            } else {
                let message =
                    Message::new("report-settings-unknown-condition").arg("value", condition.get_ref().as_str());
                let help =
                    Message::new("report-settings-help-conditions").arg("conditions", FAIL_ON_CONDITIONS.join(", "));
                diagnostics.push(error(condition.span(), message).with_help(help));
            }
        }
        (settings, diagnostics)
    }

    /// Applies the lint overrides; `None` means the diagnostic is silenced.
    pub fn severity_of(&self, code: &Code) -> Option<Severity> {
        match self.lints.get(code.id) {
            Some(LintLevel::Allow) => None,
            Some(LintLevel::Report(severity)) => Some(*severity),
            None => Some(code.default_severity),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let text = "today = \"2026-12-01\"\nmax_depth = 4\n[emotion]\nmin = -3\nmax = 3\n[lints]\nmissing_owner = \"error\"\nJ0506 = \"allow\"\n";
        let (settings, diagnostics) = Settings::parse(FileId(0), text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(settings.today, parse_date("2026-12-01"));
        assert_eq!(settings.max_depth, 4);
        assert_eq!((settings.emotion_min, settings.emotion_max), (-3.0, 3.0));
        assert_eq!(settings.lints.get("J0501"), Some(&LintLevel::Report(Severity::Error)));
        assert_eq!(settings.lints.get("J0506"), Some(&LintLevel::Allow));
    }

    #[test]
    fn reads_report_fail_on() {
        let text = "[report]\nfail_on = [\"overdue\", \"no-owner\", \"overdu\"]\n";
        let (settings, diagnostics) = Settings::parse(FileId(0), text);
        assert_eq!(settings.report_fail_on, vec!["overdue", "no-owner"]);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].message.id, "report-settings-unknown-condition");
        assert_eq!(&text[diagnostics[0].primary.at.span.range()], "\"overdu\"");
    }

    #[test]
    fn rejects_unknown_report_key() {
        let (_, diagnostics) = Settings::parse(FileId(0), "[report]\nfail = [\"overdue\"]\n");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code.id, "J0009");
    }

    #[test]
    fn reports_unknown_key_with_span() {
        let text = "todya = \"2026-12-01\"\n";
        let (_, diagnostics) = Settings::parse(FileId(0), text);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code.id, "J0009");
        assert_eq!(&text[diagnostics[0].primary.at.span.range()], "todya");
    }

    #[test]
    fn rejects_unknown_lint_and_level() {
        let text = "[lints]\nno_such_lint = \"error\"\nmissing_owner = \"loud\"\nunknown_reference = \"allow\"\n";
        let (_, diagnostics) = Settings::parse(FileId(0), text);
        let ids: Vec<_> = diagnostics.iter().map(|d| d.message.id).collect();
        assert_eq!(
            ids,
            vec!["settings-invalid-level", "settings-unknown-lint", "settings-not-a-lint"]
        );
    }

    #[test]
    fn suggests_a_close_lint_name() {
        let text = "[lints]\nmissing_ownr = \"error\"\n";
        let (_, diagnostics) = Settings::parse(FileId(0), text);
        let help = diagnostics[0].help.as_ref().expect("a help line");
        assert_eq!(help.id, "help-did-you-mean");
        assert_eq!(
            help.get("suggestion"),
            Some(&journey_diagnostics::Arg::Str("missing_owner".into()))
        );
    }
}
