//! The catalogue of diagnostic codes. Codes are stable: a code is never
//! reused for another meaning, and `docs/diagnostics.md` documents each one
//! (a test keeps the two in step).

/// How serious a diagnostic is. The order is from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A diagnostic code: its stable id, its lint name and its default severity.
///
/// A *lint* is a code whose severity `journey.toml` may change or silence;
/// the other codes report input that cannot be compiled and stay errors.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    pub id: &'static str,
    pub name: &'static str,
    pub default_severity: Severity,
    pub lint: bool,
}

/// The address of the repository's `docs/` folder; each code's section is an
/// anchor of `diagnostics.md` under it.
// NOTE: the project has no published home yet, so this is the address the
// repository is expected at. Change it here when the docs move.
pub const DOCS_BASE_URL: &str = "https://github.com/journey-cx/journey/blob/main/docs";

impl Code {
    /// Builds the anchor of the code's section in `docs/diagnostics.md`: the
    /// heading `### J0501 missing_owner` is anchored `j0501-missing_owner`.
    pub fn docs_anchor(&self) -> String {
        format!("{}-{}", self.id.to_ascii_lowercase(), self.name)
    }

    /// Builds the documentation link of the code.
    pub fn docs_url(&self) -> String {
        format!("{DOCS_BASE_URL}/diagnostics.md#{}", self.docs_anchor())
    }

    /// The Fluent message id of the code's one-line summary, shown in rule lists.
    pub fn summary_id(&self) -> String {
        format!("rule-{}", self.name.replace('_', "-"))
    }
}

macro_rules! codes {
    ($($konst:ident = $id:literal, $name:literal, $severity:ident, $lint:literal;)*) => {
        $(pub const $konst: Code = Code {
            id: $id,
            name: $name,
            default_severity: Severity::$severity,
            lint: $lint,
        };)*

        /// Every code, in id order.
        pub const CODES: &[&Code] = &[$(&$konst),*];
    };
}

codes! {
    // Input that cannot be read or parsed.
    SYNTAX = "J0001", "syntax_error", Error, false;
    UNTERMINATED_STRING = "J0002", "unterminated_string", Error, false;
    UNCLOSED_DELIMITER = "J0003", "unclosed_delimiter", Error, false;
    INVALID_CHARACTER = "J0004", "invalid_character", Error, false;
    NESTING_TOO_DEEP = "J0005", "nesting_too_deep", Error, false;
    INVALID_UTF8 = "J0006", "invalid_utf8", Error, false;
    INVALID_ESCAPE = "J0007", "invalid_escape", Error, false;
    FILE_TOO_LARGE = "J0008", "file_too_large", Error, false;
    INVALID_SETTINGS = "J0009", "invalid_settings", Error, false;
    TEXT_TOO_LONG = "J0010", "text_too_long", Error, false;

    // Declarations and properties in the wrong place or of the wrong shape.
    UNKNOWN_DECLARATION = "J0101", "unknown_declaration", Error, false;
    UNKNOWN_PROPERTY = "J0102", "unknown_property", Error, false;
    MISSING_NAME = "J0103", "missing_name", Error, false;
    DUPLICATE_PROPERTY = "J0104", "duplicate_property", Error, false;
    INVALID_VALUE = "J0105", "invalid_value", Error, false;
    UNKNOWN_KEYWORD_VALUE = "J0106", "unknown_keyword_value", Error, false;
    DUPLICATE_WORKSPACE = "J0107", "duplicate_workspace", Error, false;
    MISSING_LABEL = "J0108", "missing_label", Warning, true;

    // Names.
    UNKNOWN_REFERENCE = "J0201", "unknown_reference", Error, false;
    DUPLICATE_NAME = "J0202", "duplicate_name", Error, false;
    WRONG_KIND = "J0203", "wrong_kind", Error, false;
    UNUSED_DECLARATION = "J0204", "unused_declaration", Warning, true;

    // The journey framework.
    PARENT_CYCLE = "J0301", "parent_cycle", Error, false;
    PARENT_NOT_STAGE = "J0302", "parent_not_found", Error, false;
    LEVEL_MISMATCH = "J0303", "level_mismatch", Warning, true;
    TOO_DEEP = "J0304", "framework_too_deep", Warning, true;
    UNREACHABLE_JOURNEY = "J0305", "unreachable_journey", Warning, true;

    // Values.
    EMOTION_OUT_OF_SCALE = "J0401", "emotion_out_of_scale", Error, false;
    PERCENT_OVER_100 = "J0402", "percentage_over_100", Error, false;
    TARGET_WITHOUT_ACTUAL = "J0403", "incomplete_kpi", Warning, true;
    INVALID_DATE = "J0404", "invalid_date", Error, false;
    REVIEWED_IN_FUTURE = "J0405", "reviewed_in_future", Warning, true;
    KPI_UNITS_DIFFER = "J0406", "kpi_units_differ", Error, false;

    // Governance.
    MISSING_OWNER = "J0501", "missing_owner", Warning, true;
    OWNER_NOT_PERSON = "J0502", "owner_not_person", Error, false;
    COMMITTEE_WITHOUT_OWNER = "J0503", "committee_without_owner", Warning, true;
    VALIDATED_NOT_REVIEWED = "J0504", "validated_never_reviewed", Warning, true;
    REVIEW_OVERDUE = "J0505", "review_overdue", Warning, true;
    PAIN_WITHOUT_OPPORTUNITY = "J0506", "pain_without_opportunity", Info, true;
    OPPORTUNITY_WITHOUT_OWNER = "J0507", "opportunity_without_owner", Warning, true;
    MISSING_CURRENT_STATE = "J0508", "missing_current_state", Error, false;
    EMPTY_STAGE = "J0509", "empty_stage", Warning, true;
}

/// Finds a code by its id (`J0501`) or its lint name (`missing_owner`).
pub fn code_by_id_or_name(key: &str) -> Option<&'static Code> {
    CODES
        .iter()
        .copied()
        .find(|code| code.id.eq_ignore_ascii_case(key) || code.name == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_sorted() {
        for pair in CODES.windows(2) {
            assert!(pair[0].id < pair[1].id, "{} is not before {}", pair[0].id, pair[1].id);
        }
        let mut names: Vec<_> = CODES.iter().map(|code| code.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), CODES.len(), "two codes share a name");
    }

    #[test]
    fn lookup_by_id_and_name() {
        assert_eq!(code_by_id_or_name("J0501").map(|c| c.name), Some("missing_owner"));
        assert_eq!(code_by_id_or_name("missing_owner").map(|c| c.id), Some("J0501"));
        assert!(code_by_id_or_name("nothing").is_none());
    }
}
