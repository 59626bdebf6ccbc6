//! Writing a command's text output: to standard output, or to a file that
//! is replaced in one rename, so a failed write leaves no partial file.

use std::io::Write;
use std::path::Path;

use journey_diagnostics::Message;
use journey_i18n::Lang;

use crate::Status;
use crate::session::report_error;

/// Writes `text` to `out`, or to standard output without one.
pub fn write_text(lang: Lang, out: Option<&Path>, text: &str) -> Result<(), Status> {
    let Some(path) = out else {
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
        return Ok(());
    };
    write_file(path, text.as_bytes()).map_err(|error| {
        let message = Message::new("cli-write-failed")
            .arg("path", path.display().to_string())
            .arg("reason", error.to_string());
        report_error(lang, &message);
        Status::UsageOrIo
    })
}

/// Writes to a temporary file beside `path`, then renames it over `path`.
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(bytes)?;
    // A temporary file is created readable by its owner only; the result
    // keeps the mode of the file it replaces, or gets the usual 0644.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |metadata| metadata.permissions().mode());
        file.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}
