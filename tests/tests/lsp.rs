//! `journey lsp` over stdio: the handshake, diagnostics of a file on disk,
//! and the exit status. The full client test suite is in `tests/lsp-client`
//! (Node, `vscode-languageserver-protocol`).

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use journey_tests::journey_bin;
use serde_json::{Value, json};

fn frame(message: &Value) -> Vec<u8> {
    let body = message.to_string();
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// Reads one message: its headers, then the body they announce.
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("not an LSP header: {line:?}"));
        if name.eq_ignore_ascii_case("Content-Length") {
            length = Some(value.parse::<usize>().expect("a byte count"));
        }
    }
    let mut body = vec![0; length.expect("a Content-Length header")];
    reader.read_exact(&mut body).ok()?;
    Some(serde_json::from_slice(&body).expect("the body is JSON"))
}

#[test]
fn lsp_publishes_and_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.journey"), "journey a \"A\" { owner: @nobody }\n").unwrap();
    let root = format!("file://{}", dir.path().display());

    let mut child = Command::new(journey_bin())
        .arg("lsp")
        .current_dir(dir.path())
        .env("JOURNEY_LANG", "en")
        .env_remove("JOURNEY_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let mut output = BufReader::new(child.stdout.take().unwrap());

    let initialize = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"capabilities": {}, "workspaceFolders": [{"uri": root, "name": "w"}]}});
    input.write_all(&frame(&initialize)).unwrap();
    let answer = read_message(&mut output).unwrap();
    assert_eq!(answer["id"], 1);
    assert_eq!(answer["result"]["capabilities"]["positionEncoding"], "utf-16");

    input
        .write_all(&frame(
            &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        ))
        .unwrap();
    let published = read_message(&mut output).unwrap();
    assert_eq!(published["method"], "textDocument/publishDiagnostics");
    assert!(published["params"]["uri"].as_str().unwrap().ends_with("/a.journey"));
    assert_eq!(published["params"]["diagnostics"][0]["code"], "J0201");

    input
        .write_all(&frame(&json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})))
        .unwrap();
    assert_eq!(read_message(&mut output).unwrap()["id"], 2);
    input
        .write_all(&frame(&json!({"jsonrpc": "2.0", "method": "exit"})))
        .unwrap();

    // The client keeps stdin open: the server must exit on its own.
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(read_message(&mut output), None, "nothing follows on stdout");
    drop(input);
}
