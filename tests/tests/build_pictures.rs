//! `journey build` writes the pictures: a map per journey, a blueprint per
//! journey with blueprint lanes, the atlas, and with `--png` a PNG beside
//! each, under the file names `docs/outputs.md` documents.

use std::fs;
use std::path::Path;

use journey_tests::{examples, journey, repo_root};

fn build(out: &Path, args: &[&str]) {
    let output = journey(&examples().join("northwind"))
        .args(["build", "--out"])
        .arg(out)
        .args(args)
        .output()
        .expect("journey runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

fn files(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("the output folder is readable") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                found.push(
                    path.strip_prefix(root)
                        .expect("inside the root")
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    found.sort();
    found
}

#[test]
fn build_writes_maps_blueprints_and_the_atlas() {
    let out = tempfile::tempdir().expect("a temporary folder");
    build(out.path(), &[]);
    let files = files(out.path());
    for expected in [
        "model.json",
        "atlas.svg",
        "journeys/open_account.svg",
        "journeys/lifecycle.svg",
        "blueprints/open_account.svg",
    ] {
        assert!(
            files.contains(&expected.to_owned()),
            "{expected} is missing from {files:?}"
        );
    }
    assert!(
        !files.contains(&"blueprints/lifecycle.svg".to_owned()),
        "a journey without blueprint lanes has no blueprint"
    );
    assert!(
        !files.iter().any(|file| file.ends_with(".png")),
        "PNGs only come with --png"
    );
    let svg = fs::read_to_string(out.path().join("journeys/open_account.svg")).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(">Touchpoints</text>"));
}

#[test]
fn png_adds_a_picture_beside_each_svg() {
    let out = tempfile::tempdir().expect("a temporary folder");
    build(out.path(), &["--png", "--lang", "fr"]);
    let files = files(out.path());
    let svgs: Vec<&String> = files.iter().filter(|file| file.ends_with(".svg")).collect();
    assert!(svgs.len() > 10);
    for svg in svgs {
        let png = out.path().join(svg.replace(".svg", ".png"));
        let bytes = fs::read(&png).unwrap_or_else(|_| panic!("{} has no PNG", svg));
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    }
    let map = fs::read_to_string(out.path().join("journeys/open_account.svg")).unwrap();
    assert!(map.contains(">Points de contact</text>"), "the maps follow --lang");
}

#[test]
fn outputs_doc_names_every_file() {
    let doc = fs::read_to_string(repo_root().join("docs/outputs.md")).expect("docs/outputs.md exists");
    for name in [
        "model.json",
        "journeys/<id>.svg",
        "blueprints/<id>.svg",
        "atlas.svg",
        "atlas/<id>.svg",
        "--png",
    ] {
        assert!(doc.contains(name), "docs/outputs.md does not mention {name}");
    }
}
