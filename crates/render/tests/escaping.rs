//! Hostile labels come out as the text they are: escaped, never markup,
//! and links with other schemes than http(s) are dropped.

mod common;

use journey_i18n::Lang;

#[test]
fn hostile_labels_show_literally() {
    let model = common::fixture("hostile.journey");
    for (name, svg) in common::pictures(&model, Lang::En) {
        let document = roxmltree::Document::parse(&svg).unwrap_or_else(|error| panic!("{name}: {error}"));
        for node in document.descendants().filter(roxmltree::Node::is_element) {
            let tag = node.tag_name().name();
            assert!(
                ["svg", "title", "g", "rect", "text", "line", "path", "circle", "a"].contains(&tag),
                "{name}: injected <{tag}>"
            );
            for attribute in node.attributes() {
                assert!(
                    !attribute.name().starts_with("on"),
                    "{name}: injected attribute {}",
                    attribute.name()
                );
            }
        }
        let texts: String = document
            .descendants()
            .filter_map(|node| node.text())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!svg.contains("<script"), "{name}: raw <script> in the output");
        assert!(!svg.contains("javascript:"), "{name}: javascript link kept");
        assert!(!svg.contains("data:text"), "{name}: data link kept");
        if name == "map hostile" {
            for literal in [
                "<script>alert(1)</script>",
                "A & B \"quoted\"",
                "<tspan>x</tspan>",
                "&lt;already escaped&gt;",
                "<b>Score</b>",
            ] {
                assert!(texts.contains(literal), "{name}: {literal:?} does not show literally");
            }
        }
    }
}

#[test]
fn titles_and_ids_are_escaped_too() {
    let model = common::fixture("hostile.journey");
    let svg = journey_render::atlas_svg(&model, Lang::En);
    let document = roxmltree::Document::parse(&svg).unwrap();
    let title = document.descendants().find(|node| node.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("<svg onload=alert(1)>: journey atlas"));
    for node in document.descendants() {
        if let Some(id) = node.attribute("id") {
            assert!(
                id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{id}"
            );
        }
    }
}
