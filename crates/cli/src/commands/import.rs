//! `journey import mermaid`: Mermaid journey diagrams into a `.journey`
//! file. When the output lands in an existing workspace, the generated
//! names avoid the workspace's own, its personas and lead are reused, and
//! the result is checked together with the workspace before it is written.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use journey_diagnostics::{Diagnostic, FileId, Message, Severity};
use journey_i18n::Lang;
use journey_interop::mermaid::{ImportError, ImportOptions, Imported, InputKind};
use journey_model::{ParsedFile, Settings, Today, TodaySource, analyze};
use journey_workspace::{LoadError, SourceMap};

use crate::Status;
use crate::cli::{ImportArgs, ImportFormat, MermaidImportArgs};
use crate::commands::output::write_text;
use crate::diagnostics::{stderr_color, write_human};
use crate::session::report_error;

pub fn run(lang: Lang, args: ImportArgs) -> Status {
    match args.format {
        ImportFormat::Mermaid(args) => match mermaid(lang, &args) {
            Ok(()) => Status::Clean,
            Err(status) => status,
        },
    }
}

fn mermaid(lang: Lang, args: &MermaidImportArgs) -> Result<(), Status> {
    let text = read_input(lang, &args.file)?;
    if let Some(out) = args.out.as_deref().filter(|out| out.exists() && !args.force) {
        report_error(
            lang,
            &Message::new("interop-output-exists").arg("path", out.display().to_string()),
        );
        return Err(Status::UsageOrIo);
    }
    let target = Target::find(lang, args.out.as_deref())?;
    let input_name = args.file.display().to_string();
    let options = target.options(lang, &args.file);
    let kind = InputKind::from_path(&input_name);
    let imported = match journey_interop::mermaid::import(&text, kind, &options) {
        Ok(imported) => imported,
        Err(ImportError::NoJourneyDiagram) => {
            report_error(lang, &Message::new("interop-no-diagram").arg("path", input_name));
            return Err(Status::UsageOrIo);
        }
    };
    print_notices(lang, &input_name, &imported);
    target.verify(lang, &imported.source)?;
    write_text(lang, args.out.as_deref(), &imported.source)?;
    if let Some(out) = &args.out {
        let message = Message::new("interop-imported")
            .arg("count", imported.journeys.len())
            .arg("path", out.display().to_string());
        eprintln!("{}", journey_i18n::format(lang, &message));
    }
    Ok(())
}

fn read_input(lang: Lang, path: &Path) -> Result<String, Status> {
    let io_error = |reason: String| {
        report_error(
            lang,
            &Message::new("load-io")
                .arg("path", path.display().to_string())
                .arg("reason", reason),
        );
        Status::UsageOrIo
    };
    let bytes = std::fs::read(path).map_err(|error| io_error(error.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        io_error(journey_i18n::format(
            lang,
            &Message::new("invalid-utf8").arg("offset", offset),
        ))
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}

fn print_notices(lang: Lang, input: &str, imported: &Imported) {
    let warning = journey_i18n::text(lang, "severity-warning");
    for notice in &imported.notices {
        let message = journey_i18n::format(lang, &notice.message);
        eprintln!("{input}:{}:{}: {warning}: {message}", notice.line, notice.column);
    }
}

/// The workspace the output joins, or an empty one.
struct Target {
    files: Vec<ParsedFile>,
    settings: Settings,
    sources: SourceMap,
    /// The output path relative to the workspace root.
    out_path: String,
}

impl Target {
    /// Finds the workspace of `out`: the nearest folder above it with a
    /// `journey.toml`, else its own folder when that contains `.journey` files.
    fn find(lang: Lang, out: Option<&Path>) -> Result<Target, Status> {
        let empty = |out_path: String| Target {
            files: Vec::new(),
            settings: Settings::default(),
            sources: SourceMap::default(),
            out_path,
        };
        let Some(out) = out else {
            return Ok(empty("imported.journey".to_owned()));
        };
        let out = std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf());
        let file_name = out
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(root) = workspace_root(&out) else {
            return Ok(empty(file_name));
        };
        let out_path = out.strip_prefix(&root).map(to_slash).unwrap_or(file_name);
        match journey_workspace::load(&root) {
            Ok(workspace) => {
                let files = workspace
                    .files
                    .into_iter()
                    .filter(|file| file.path != out_path)
                    .map(|file| file.parse())
                    .collect();
                Ok(Target {
                    files,
                    settings: workspace.settings,
                    sources: workspace.sources,
                    out_path,
                })
            }
            Err(LoadError::NoJourneyFiles(_)) => {
                let text = std::fs::read_to_string(root.join("journey.toml")).unwrap_or_default();
                let (settings, _) = Settings::parse(FileId(0), &text);
                Ok(Target {
                    settings,
                    ..empty(out_path)
                })
            }
            Err(error) => {
                report_error(lang, &error.message());
                Err(Status::UsageOrIo)
            }
        }
    }

    fn options(&self, lang: Lang, input: &Path) -> ImportOptions {
        let stem = input
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut options = ImportOptions::new(lang, input.display().to_string(), stem);
        options.emotion_scale = (self.settings.emotion_min, self.settings.emotion_max);
        if self.files.is_empty() {
            return options;
        }
        let analysis = analyze(&self.files, &self.settings, self.today());
        let model = &analysis.model;
        options.existing_names = model
            .symbols
            .iter()
            .filter(|symbol| symbol.parent.is_none())
            .filter_map(|symbol| symbol.name.as_deref().map(str::to_owned))
            .collect();
        options.personas = model
            .personas
            .iter()
            .map(|persona| {
                (
                    persona.label.as_deref().unwrap_or(&persona.name).to_owned(),
                    persona.name.to_string(),
                )
            })
            .collect();
        options.owner = model
            .workspace
            .as_ref()
            .and_then(|workspace| workspace.lead)
            .map(|lead| model.persons[lead.index()].name.to_string());
        options
    }

    fn today(&self) -> Today {
        match self.settings.today {
            Some(date) => Today {
                date,
                source: TodaySource::Settings,
            },
            None => {
                let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
                Today {
                    date: now.date(),
                    source: TodaySource::Clock,
                }
            }
        }
    }

    /// Checks the generated source with the workspace. Its warnings are
    /// printed; an error means the importer wrote invalid source, so
    /// nothing is written.
    fn verify(mut self, lang: Lang, source: &str) -> Result<(), Status> {
        let today = self.today();
        let id = self.sources.add(self.out_path.clone(), Arc::from(source));
        self.files.push(ParsedFile::new(id, self.out_path.clone(), source));
        let analysis = analyze(&self.files, &self.settings, today);
        let own: Vec<Diagnostic> = analysis
            .diagnostics
            .into_iter()
            .filter(|diagnostic| diagnostic.file() == id || diagnostic.related.iter().any(|label| label.at.file == id))
            .collect();
        if own.is_empty() {
            return Ok(());
        }
        write_human(&mut std::io::stderr().lock(), lang, &self.sources, &own, stderr_color());
        if own.iter().any(|diagnostic| diagnostic.severity == Severity::Error) {
            report_error(lang, &Message::new("interop-import-not-clean"));
            return Err(Status::Failed);
        }
        Ok(())
    }
}

fn workspace_root(out: &Path) -> Option<PathBuf> {
    let folder = out.parent()?;
    if let Some(root) = folder
        .ancestors()
        .find(|ancestor| ancestor.join("journey.toml").is_file())
    {
        return Some(root.to_path_buf());
    }
    let has_journeys = journey_workspace::journey_files(folder).is_ok_and(|files| !files.is_empty());
    has_journeys.then(|| folder.to_path_buf())
}

fn to_slash(path: &Path) -> String {
    path.components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
