//! The language server's keystroke latency: the real `journey lsp` over
//! stdio, driven by a minimal JSON-RPC client. The figure is the time from
//! sending a `textDocument/didChange` to receiving the
//! `textDocument/publishDiagnostics` for that version of the document.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Maximum wait for any one response or notification from the server.
const WAIT: Duration = Duration::from_secs(20);

/// Latencies of the keystrokes, sorted.
pub struct Latencies {
    pub sorted: Vec<Duration>,
    /// From `initialized` to the first diagnostics of the opened document.
    pub first: Duration,
}

impl Latencies {
    pub fn median(&self) -> Duration {
        self.sorted[self.sorted.len() / 2]
    }

    pub fn p95(&self) -> Duration {
        self.sorted[(self.sorted.len() * 95 / 100).min(self.sorted.len() - 1)]
    }

    pub fn max(&self) -> Duration {
        *self.sorted.last().expect("at least one keystroke")
    }
}

/// Opens `file` of the workspace `root` in `journey lsp` with an `x` typed
/// after the name of its first `owner:` reference, which makes the name
/// unknown. Then types `keystrokes` keystrokes, alternately a backspace that
/// resolves the name and the `x` again. Every keystroke changes the
/// diagnostics, so the server publishes them after each.
pub fn keystrokes(journey: &Path, root: &Path, file: &Path, keystrokes: usize) -> Result<Latencies, String> {
    let clean = std::fs::read_to_string(file).map_err(|error| format!("cannot read {}: {error}", file.display()))?;
    let (line, column) = owner_position(&clean).ok_or("the file has no `owner: @` reference to edit")?;
    let text = insert_at(&clean, line, column, "x");
    let server = Server::start(journey, root)?;
    let uri = file_uri(file)?;

    let started = Instant::now();
    server.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "journey", "version": 1, "text": text } }),
    )?;
    // The publication for the disk text, sent after `initialized`, has no
    // version: waiting for version 1 skips it.
    server.wait_diagnostics(&uri, 1)?;
    let first = started.elapsed();

    let mut sorted = Vec::with_capacity(keystrokes);
    for index in 0..keystrokes {
        let version = index as i64 + 2;
        let change = if index % 2 == 0 {
            json!({ "range": range(line, column, line, column + 1), "text": "" })
        } else {
            json!({ "range": range(line, column, line, column), "text": "x" })
        };
        let sent = Instant::now();
        server.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [change] }),
        )?;
        server.wait_diagnostics(&uri, version)?;
        sorted.push(sent.elapsed());
    }
    server.stop();
    sorted.sort();
    Ok(Latencies { sorted, first })
}

/// The line and UTF-16 column just after the first `owner: @name`.
pub(crate) fn owner_position(text: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(number, line)| {
        let start = line.find("owner: @")?;
        let name_end = line[start + 8..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(line.len(), |end| start + 8 + end);
        Some((number, line[..name_end].encode_utf16().count()))
    })
}

/// `text` with `insert` at a line and UTF-16 column.
fn insert_at(text: &str, line: usize, column: usize, insert: &str) -> String {
    let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let line_text = &text[line_start..];
    let mut units = 0;
    let offset = line_text
        .char_indices()
        .find(|(_, c)| {
            let before = units;
            units += c.len_utf16();
            before >= column
        })
        .map_or(line_text.len(), |(offset, _)| offset);
    let at = line_start + offset;
    format!("{}{insert}{}", &text[..at], &text[at..])
}

fn range(start_line: usize, start_column: usize, end_line: usize, end_column: usize) -> Value {
    json!({ "start": { "line": start_line, "character": start_column }, "end": { "line": end_line, "character": end_column } })
}

fn file_uri(path: &Path) -> Result<String, String> {
    let absolute = path
        .canonicalize()
        .map_err(|error| format!("cannot resolve {}: {error}", path.display()))?;
    let text = absolute.to_str().ok_or("the path is not UTF-8")?;
    if text
        .bytes()
        .any(|byte| !(byte.is_ascii_alphanumeric() || b"/-_.".contains(&byte)))
    {
        return Err(format!("{text}: the benchmark only handles plain ASCII paths"));
    }
    Ok(format!("file://{text}"))
}

/// A running `journey lsp` with a thread that reads its messages.
struct Server {
    child: Child,
    input: Arc<Mutex<ChildStdin>>,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Server {
    fn start(journey: &Path, root: &Path) -> Result<Self, String> {
        let mut child = Command::new(journey)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| format!("cannot start {} lsp: {error}", journey.display()))?;
        let input = Arc::new(Mutex::new(child.stdin.take().expect("piped stdin")));
        let output = child.stdout.take().expect("piped stdout");
        let (sender, messages) = channel();
        let replies = input.clone();
        std::thread::spawn(move || read_messages(output, &replies, &sender));
        let mut server = Server {
            child,
            input,
            messages,
            next_id: 1,
        };
        server.initialize(root)?;
        Ok(server)
    }

    fn initialize(&mut self, root: &Path) -> Result<(), String> {
        let root_uri = file_uri(root)?;
        let params = json!({
            "processId": std::process::id(),
            "rootUri": root_uri,
            "workspaceFolders": [{ "uri": root_uri, "name": "bench" }],
            "capabilities": { "general": { "positionEncodings": ["utf-16"] } },
        });
        let id = self.request("initialize", params)?;
        self.wait_for(|message| message["id"] == id)?;
        self.notify("initialized", json!({}))
    }

    fn send(&self, message: &Value) -> Result<(), String> {
        write_message(
            &mut *self.input.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
            message,
        )
    }

    fn request(&mut self, method: &str, params: Value) -> Result<i64, String> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }))?;
        Ok(id)
    }

    fn notify(&self, method: &str, params: Value) -> Result<(), String> {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }))
    }

    /// Waits for the diagnostics of `version` of the document, or of a later
    /// version when the server analysed several changes at once.
    fn wait_diagnostics(&self, uri: &str, version: i64) -> Result<(), String> {
        self.wait_for(|message| {
            let params = &message["params"];
            message["method"] == "textDocument/publishDiagnostics"
                && params["uri"] == uri
                && params["version"].as_i64().is_some_and(|sent| sent >= version)
        })
        .map_err(|error| format!("{error} with the diagnostics of version {version}"))
    }

    fn wait_for(&self, wanted: impl Fn(&Value) -> bool) -> Result<(), String> {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(message) if wanted(&message) => return Ok(()),
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    return Err(format!(
                        "the language server did not respond within {} s",
                        WAIT.as_secs()
                    ));
                }
                Err(RecvTimeoutError::Disconnected) => return Err("the language server closed its output".to_owned()),
            }
        }
    }

    /// Sends `shutdown` and `exit`, and stops the process if it lingers.
    fn stop(mut self) {
        if let Ok(id) = self.request("shutdown", Value::Null) {
            let _ = self.wait_for(|message| message["id"] == id);
        }
        let _ = self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn write_message(output: &mut impl Write, message: &Value) -> Result<(), String> {
    let body = message.to_string();
    write!(output, "Content-Length: {}\r\n\r\n{body}", body.len())
        .and_then(|()| output.flush())
        .map_err(|error| format!("cannot write to the language server: {error}"))
}

/// Reads framed messages until the server closes its output. Requests from
/// the server (registrations, refreshes) get a null result at
/// once, as a client that accepts them does.
fn read_messages(output: impl Read, replies: &Mutex<ChildStdin>, sender: &std::sync::mpsc::Sender<Value>) {
    let mut reader = BufReader::new(output);
    while let Some(message) = read_message(&mut reader) {
        if message.get("method").is_some() && message.get("id").is_some() {
            let reply = json!({ "jsonrpc": "2.0", "id": message["id"], "result": null });
            let _ = write_message(
                &mut *replies.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
                &reply,
            );
        }
        if sender.send(message).is_err() {
            return;
        }
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some(value) = header.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}
