//! The atlas of a generated thousand-journey workspace: split into pages
//! that each stay within the budget, laid out in columns, every journey on
//! a page, every page link resolving. Its speed is measured by
//! `examples/atlas_bench.rs`.

mod common;

use std::collections::BTreeSet;

use journey_diagnostics::FileId;
use journey_i18n::Lang;
use journey_model::{ParsedFile, Settings, analyze};

#[test]
fn atlas_of_a_thousand_journeys_splits_into_pages() {
    let generated = journey_gen::generate(&journey_gen::Config::journeys(7, 1000));
    let files: Vec<ParsedFile> = generated
        .journey_files()
        .enumerate()
        .map(|(index, file)| ParsedFile::new(FileId(index as u32), file.path.clone(), file.text.as_str()))
        .collect();
    let model = analyze(&files, &Settings::default(), common::today()).model;
    assert!(model.journeys.len() >= 1000);

    let pages = journey_render::atlas_pages(&model, Lang::En);
    assert!(pages.len() > 1, "a thousand journeys do not fit on one page");
    let paths: BTreeSet<&str> = pages.iter().map(|page| page.path.as_str()).collect();
    let mut seen = BTreeSet::new();
    for page in &pages {
        assert_eq!(
            page.layout,
            journey_render::AtlasLayout::Columns,
            "{}: rows of dozens of journeys are too wide for a layered graph",
            page.path
        );
        let document = roxmltree::Document::parse(&page.svg).unwrap();
        let journeys: Vec<&str> = document
            .descendants()
            .filter_map(|node| node.attribute("id"))
            .filter_map(|id| id.split_once("-journey-").map(|(_, index)| index))
            .collect();
        assert!(
            journeys.len() <= journey_render::PAGE_BUDGET + 1,
            "{} shows {} journeys",
            page.path,
            journeys.len()
        );
        seen.extend(journeys.iter().map(|index| index.to_string()));
        let folder = if page.path.contains('/') { "atlas/" } else { "" };
        for href in document.descendants().filter_map(|node| node.attribute("href")) {
            if href.starts_with("journeys/") || href.starts_with("../journeys/") {
                continue;
            }
            let target = match href.strip_prefix("../") {
                Some(rest) => rest.to_owned(),
                None => format!("{folder}{href}"),
            };
            assert!(
                paths.contains(target.as_str()),
                "{} links to missing page {target}",
                page.path
            );
        }
    }
    assert_eq!(seen.len(), model.journeys.len(), "every journey is on some page");
}
