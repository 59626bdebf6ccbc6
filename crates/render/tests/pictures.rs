//! Every picture of the example and the fixtures is well-formed XML,
//! renders through resvg, is deterministic, refers to nothing on the
//! network, and shows only the lanes that have content.

mod common;

use journey_i18n::Lang;
use journey_model::JourneyId;

#[test]
fn every_picture_is_well_formed_and_renders() {
    for (model_name, model) in common::all_models() {
        for lang in Lang::ALL {
            for (name, svg) in common::pictures(&model, lang) {
                let document =
                    roxmltree::Document::parse(&svg).unwrap_or_else(|error| panic!("{model_name} {name}: {error}"));
                assert_eq!(document.root_element().tag_name().name(), "svg");
                // The words differ between languages, not the drawing: rasterise one.
                if lang == Lang::En {
                    let png =
                        journey_render::svg_to_png(&svg).unwrap_or_else(|error| panic!("{model_name} {name}: {error}"));
                    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{model_name} {name}");
                } else {
                    journey_render::parse_svg(&svg).unwrap_or_else(|error| panic!("{model_name} {name}: {error}"));
                }
            }
        }
    }
}

#[test]
fn pictures_are_deterministic() {
    let first = common::pictures(&common::northwind(), Lang::En);
    let second = common::pictures(&common::northwind(), Lang::En);
    assert_eq!(first, second);
    let svg = &first[0].1;
    assert_eq!(
        journey_render::svg_to_png(svg).unwrap(),
        journey_render::svg_to_png(svg).unwrap()
    );
}

#[test]
fn nothing_refers_to_the_network() {
    for (model_name, model) in common::all_models() {
        for (name, svg) in common::pictures(&model, Lang::En) {
            let document = roxmltree::Document::parse(&svg).unwrap();
            for node in document.descendants().filter(roxmltree::Node::is_element) {
                let tag = node.tag_name().name();
                assert!(
                    !["image", "script", "style", "foreignObject", "use", "feImage"].contains(&tag),
                    "{model_name} {name}: <{tag}>"
                );
                for attribute in node.attributes() {
                    if attribute.name() == "href" {
                        let href = attribute.value();
                        let relative = !href.contains(':') && !href.starts_with("//");
                        assert!(
                            relative || href.starts_with("https://") || href.starts_with("http://"),
                            "{model_name} {name}: {href}"
                        );
                        assert_eq!(tag, "a", "{model_name} {name}: href on <{tag}>");
                    } else {
                        assert!(
                            !attribute.value().contains("url("),
                            "{model_name} {name}: {}",
                            attribute.value()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn links_between_atlas_pages_and_maps_resolve() {
    let model = common::northwind();
    let outputs = journey_render::outputs(&model, Lang::En, journey_render::Raster::None).unwrap();
    let paths: Vec<&str> = outputs.iter().map(|file| file.path.as_str()).collect();
    for file in outputs.iter().filter(|file| file.path.starts_with("atlas")) {
        let svg = String::from_utf8(file.bytes.clone()).unwrap();
        let document = roxmltree::Document::parse(&svg).unwrap();
        let folder = std::path::Path::new(&file.path).parent().unwrap();
        for href in document.descendants().filter_map(|node| node.attribute("href")) {
            let target = normalize(&folder.join(href));
            assert!(
                paths.contains(&target.as_str()),
                "{} links to missing {target}",
                file.path
            );
        }
    }
}

fn normalize(path: &std::path::Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

fn texts_of(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).unwrap();
    document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .map(|node| node.text().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn empty_lanes_are_left_out() {
    let model = common::northwind();
    let discover = model
        .journeys
        .iter()
        .position(|journey| journey.name == "discover_offers")
        .unwrap();
    let texts = texts_of(&journey_render::journey_map_svg(
        &model,
        JourneyId(discover as u32),
        Lang::En,
    ));
    for present in ["Steps", "Touchpoints", "Emotion"] {
        assert!(
            texts.iter().any(|text| text == present),
            "{present} is missing: {texts:?}"
        );
    }
    for absent in ["Pain points", "Gains", "Opportunities", "KPIs"] {
        assert!(!texts.iter().any(|text| text == absent), "{absent} should be left out");
    }
    assert!(journey_render::blueprint_svg(&model, JourneyId(discover as u32), Lang::En).is_none());
}

#[test]
fn maps_show_every_lane_with_content() {
    let model = common::northwind();
    let open = model
        .journeys
        .iter()
        .position(|journey| journey.name == "open_account")
        .unwrap() as u32;
    let texts = texts_of(&journey_render::journey_map_svg(&model, JourneyId(open), Lang::En));
    for lane in [
        "Steps",
        "Touchpoints",
        "Emotion",
        "Pain points",
        "Gains",
        "Opportunities",
        "KPIs",
        "Before the visit",
        "Apply",
    ] {
        assert!(texts.iter().any(|text| text == lane), "{lane} is missing");
    }
    assert!(
        texts.iter().any(|text| text == "Website"),
        "touchpoints show their channel"
    );
    assert!(
        texts.iter().any(|text| text == "Severity: high"),
        "pains show their severity"
    );
    assert!(
        texts.iter().any(|text| text.contains("62%") && text.contains("80%")),
        "KPIs show actual and target"
    );
    assert!(
        texts.iter().any(|text| text == "\u{2212}1"),
        "the emotion curve writes its values"
    );

    let blueprint = texts_of(&journey_render::blueprint_svg(&model, JourneyId(open), Lang::En).unwrap());
    for lane in [
        "Physical evidence",
        "Customer actions",
        "Frontstage",
        "Backstage",
        "Support processes",
    ] {
        assert!(
            blueprint.iter().any(|text| text == lane),
            "{lane} is missing from the blueprint"
        );
    }
    for line in [
        "Line of interaction",
        "Line of visibility",
        "Line of internal interaction",
    ] {
        assert!(
            blueprint.iter().any(|text| text == line),
            "{line} is missing from the blueprint"
        );
    }
}

#[test]
fn fixed_words_follow_the_language() {
    let model = common::northwind();
    let open = model
        .journeys
        .iter()
        .position(|journey| journey.name == "open_account")
        .unwrap() as u32;
    let texts = texts_of(&journey_render::journey_map_svg(&model, JourneyId(open), Lang::Fr));
    for lane in [
        "Points de contact",
        "Ressenti",
        "Irritants",
        "Opportunités",
        "Indicateurs",
        "Cartographié",
    ] {
        assert!(texts.iter().any(|text| text == lane), "{lane} is missing");
    }
    let atlas = texts_of(&journey_render::atlas_svg(&model, Lang::Fr));
    assert!(atlas.iter().any(|text| text == "Légende"));
    assert!(atlas.iter().any(|text| text.starts_with("Validé (")));
}

#[test]
fn atlas_shows_status_as_text() {
    let model = common::northwind();
    let svg = journey_render::atlas_svg(&model, Lang::En);
    let texts = texts_of(&svg);
    for status in ["Validated", "Mapped", "Draft", "Planned"] {
        assert!(
            texts.iter().filter(|text| *text == status).count() >= 1,
            "{status} tag is missing"
        );
    }
    for journey in &model.journeys {
        let label = journey.label.clone().unwrap();
        assert!(
            texts.iter().any(|text| label.starts_with(text.as_str())),
            "{label} is missing from the atlas"
        );
    }
    assert!(texts.iter().any(|text| text == "Owner: Omar Haddad"));
}

#[test]
fn degenerate_models_still_draw() {
    let cases = [
        "person ana \"Ana\"\n",
        "person ana \"Ana\"\njourney bare \"No stages at all\" { owner: @ana }\n",
        "journey a \"A\" { parent: b.s  stage s \"S\" }\njourney b \"B\" { parent: a.s  stage s \"S\" }\n",
    ];
    for text in cases {
        let file = journey_model::ParsedFile::new(journey_diagnostics::FileId(0), "case.journey", text);
        let model = journey_model::analyze(&[file], &journey_model::Settings::default(), common::today()).model;
        for (name, svg) in common::pictures(&model, Lang::En) {
            roxmltree::Document::parse(&svg).unwrap_or_else(|error| panic!("{text}: {name}: {error}"));
            journey_render::svg_to_png(&svg).unwrap_or_else(|error| panic!("{text}: {name}: {error}"));
        }
        let atlas = texts_of(&journey_render::atlas_svg(&model, Lang::En));
        for journey in &model.journeys {
            assert!(
                atlas.iter().any(|text| Some(text.as_str()) == journey.label.as_deref()),
                "{} is missing from the atlas",
                journey.name
            );
        }
    }
}
