//! Loading and checking a workspace for a command: the steps every command
//! that reads `.journey` files shares.

use journey_diagnostics::{Diagnostic, Message, Severity};
use journey_i18n::Lang;
use journey_model::date::parse_date;
use journey_model::{Analysis, Today, TodaySource, analyze_texts};
use journey_workspace::{SourceMap, Workspace};

use crate::Status;
use crate::cli::{Deny, WorkspaceArgs};

/// A checked workspace.
pub struct Checked {
    pub workspace: Workspace,
    pub analysis: Analysis,
}

impl Checked {
    /// The sources with paths relative to the workspace root, as exports use them.
    pub fn sources(&self) -> &SourceMap {
        &self.workspace.sources
    }

    /// The sources with paths as seen from the current folder, for messages.
    pub fn display_sources(&self) -> SourceMap {
        self.workspace.sources.with_root(&self.workspace.root)
    }

    /// The exit status the diagnostics call for.
    pub fn status(&self, deny: Option<Deny>) -> Status {
        let failing = if deny.is_some() {
            Severity::Warning
        } else {
            Severity::Error
        };
        if self
            .analysis
            .diagnostics
            .iter()
            .any(|diagnostic| diagnostic.severity >= failing)
        {
            Status::Failed
        } else {
            Status::Clean
        }
    }
}

/// Prints a localised error line to stderr.
pub fn report_error(lang: Lang, message: &Message) {
    let prefix = journey_i18n::text(lang, "cli-error-prefix");
    let space = crate::diagnostics::colon_space(lang);
    eprintln!("{prefix}{space}: {}", journey_i18n::format(lang, message));
}

/// Loads and checks the workspace, or reports why it cannot be read.
pub fn check(lang: Lang, args: &WorkspaceArgs) -> Result<Checked, Status> {
    let workspace = journey_workspace::load(&args.path).map_err(|error| {
        report_error(lang, &error.message());
        Status::UsageOrIo
    })?;
    let today = resolve_today(lang, args.today.as_deref(), &workspace)?;
    let _span = tracing::info_span!("analyze", files = workspace.files.len()).entered();
    let mut analysis = analyze_texts(&workspace.files, &workspace.settings, today);
    let mut diagnostics: Vec<Diagnostic> = workspace.diagnostics.clone();
    diagnostics.append(&mut analysis.diagnostics);
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    analysis.diagnostics = diagnostics;
    Ok(Checked { workspace, analysis })
}

/// Picks the date for overdue reviews: `--today`, then journey.toml, then the clock.
fn resolve_today(lang: Lang, flag: Option<&str>, workspace: &Workspace) -> Result<Today, Status> {
    if let Some(text) = flag {
        return match parse_date(text) {
            Some(date) => Ok(Today {
                date,
                source: TodaySource::Flag,
            }),
            None => {
                report_error(lang, &Message::new("cli-invalid-today").arg("value", text));
                Err(Status::UsageOrIo)
            }
        };
    }
    if let Some(date) = workspace.settings.today {
        return Ok(Today {
            date,
            source: TodaySource::Settings,
        });
    }
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    Ok(Today {
        date: now.date(),
        source: TodaySource::Clock,
    })
}
