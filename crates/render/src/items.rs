//! One card per item of a journey: steps, touchpoints, pains and gains,
//! opportunities, KPI values and blueprint lane items.

use journey_model::{KpiValue, LaneItem, Measure, Model, Moment, Opportunity, Step, Touchpoint};

use crate::card::{Bar, Card};
use crate::names;
use crate::svg::num;
use crate::theme::{self, TagStyle};
use crate::url::safe_href;
use crate::words::{Words, s};

pub fn step(step: &Step, width: f64) -> Card {
    let mut card = Card::new(width, theme::STEP);
    card.text(&names::labelled(&step.label, &step.name), theme::BODY_BOLD, theme::INK);
    if let Some(description) = &step.description {
        card.text(description, theme::SMALL, theme::MUTED);
    }
    card
}

pub fn touchpoint(model: &Model, touchpoint: &Touchpoint, width: f64) -> Card {
    let mut card = Card::new(width, theme::TOUCHPOINT);
    let label = touchpoint
        .label
        .clone()
        .or_else(|| touchpoint.name.clone())
        .unwrap_or_default();
    card.text(&label, theme::BODY, theme::INK);
    if let Some(channel) = touchpoint.channel {
        card.tags(&[(names::channel(model, channel), theme::TOUCHPOINT.tag)], None);
    }
    card
}

/// Builds the card of a pain (`pain` true) or a gain, with its severity as a
/// stripe, a tag and pips, and links to the insights behind it.
pub fn moment(model: &Model, words: Words, moment: &Moment, pain: bool, width: f64) -> Card {
    let style = if pain { theme::PAIN } else { theme::GAIN };
    let (stripe, rank) = theme::severity(pain, moment.severity.as_deref());
    let mut card = Card::new(width, style).stripe(stripe);
    if let Some(severity) = &moment.severity {
        let level = words.keyword("severity", severity);
        let tag = words.with("render-severity", &[("level", s(level))]);
        card.tags(&[(tag, style.tag)], Some((rank, 4, style.tag.text)));
    }
    card.text(
        &moment.label.clone().or_else(|| moment.name.clone()).unwrap_or_default(),
        theme::BODY,
        theme::INK,
    );
    for insight in &moment.insights {
        let text = words.with("render-evidence", &[("insight", s(names::insight(model, *insight)))]);
        let href = model.insights[insight.index()]
            .url
            .as_deref()
            .and_then(safe_href)
            .map(str::to_owned);
        let color = if href.is_some() { theme::LINK } else { theme::MUTED };
        card.link(&text, theme::SMALL, color, href);
    }
    card
}

pub fn opportunity(model: &Model, words: Words, opportunity: &Opportunity, width: f64) -> Card {
    let mut card = Card::new(width, theme::OPPORTUNITY);
    card.text(
        &opportunity
            .label
            .clone()
            .or_else(|| opportunity.name.clone())
            .unwrap_or_default(),
        theme::BODY,
        theme::INK,
    );
    let tag = theme::OPPORTUNITY.tag;
    let mut tags = Vec::new();
    if let Some(impact) = &opportunity.impact {
        tags.push((
            words.with("render-impact", &[("level", s(words.keyword("level", impact)))]),
            tag,
        ));
    }
    if let Some(effort) = &opportunity.effort {
        tags.push((
            words.with("render-effort", &[("level", s(words.keyword("level", effort)))]),
            tag,
        ));
    }
    if let Some(status) = &opportunity.status {
        tags.push((words.keyword("opportunity", status), theme::NEUTRAL));
    }
    card.tags(&tags, None);
    if let Some(owner) = opportunity.owner {
        card.text(
            &words.with("render-owner", &[("person", s(names::person(model, owner)))]),
            theme::SMALL,
            theme::MUTED,
        );
    }
    for solution in &opportunity.solutions {
        let mut label = solution
            .label
            .as_deref()
            .or(solution.name.as_deref())
            .unwrap_or_default()
            .to_owned();
        if let Some(status) = &solution.status {
            label = format!("{label} ({})", words.keyword("opportunity", status));
        }
        card.text(
            &words.with("render-solution", &[("solution", s(label))]),
            theme::SMALL,
            theme::MUTED,
        );
    }
    card
}

pub fn kpi(model: &Model, words: Words, value: &KpiValue, width: f64) -> Card {
    let mut card = Card::new(width, theme::KPI);
    let (name, unit, lower_is_better) = match value.kpi {
        Some(id) => {
            let kpi = &model.kpis[id.index()];
            (
                names::kpi(model, id),
                kpi.unit.clone(),
                kpi.better.as_deref() == Some("lower"),
            )
        }
        None => (names::symbol(model, value.symbol), None, false),
    };
    card.text(&name, theme::BODY_BOLD, theme::INK);
    let figures: Vec<String> = [("render-actual", value.actual), ("render-target", value.target)]
        .into_iter()
        .filter_map(|(id, measure)| {
            measure.map(|measure| words.with(id, &[("value", s(measure_text(measure, unit.as_deref())))]))
        })
        .collect();
    if !figures.is_empty() {
        card.text(&figures.join(" · "), theme::SMALL, theme::INK);
    }
    let (actual, target) = (value.actual.map(|m| m.value), value.target.map(|m| m.value));
    let verdict = verdict(actual, target, lower_is_better);
    if actual.is_some() || target.is_some() {
        let percent = value.actual.or(value.target).is_some_and(|m| m.percent);
        let scale = if percent {
            100.0
        } else {
            actual.unwrap_or(0.0).max(target.unwrap_or(0.0)) * 1.25
        };
        let color = if verdict == Some(true) { "#15803d" } else { "#b91c1c" };
        card.bar(Bar {
            actual,
            target,
            scale,
            color: if verdict.is_none() { "#64748b" } else { color },
        });
    }
    let (text, style) = match verdict {
        Some(true) => (words.get("on-target"), theme::ON_TARGET),
        Some(false) => (words.get("off-target"), theme::OFF_TARGET),
        None => (words.get("no-data"), theme::NO_DATA),
    };
    card.tags(&[(text, style)], None);
    card
}

/// Tells whether the actual value meets the target; `None` without both.
fn verdict(actual: Option<f64>, target: Option<f64>, lower_is_better: bool) -> Option<bool> {
    let (actual, target) = (actual?, target?);
    Some(if lower_is_better {
        actual <= target
    } else {
        actual >= target
    })
}

/// Writes a measure with its unit: `62%`, `12 days`, `31`.
pub fn measure_text(measure: Measure, unit: Option<&str>) -> String {
    let value = if (measure.value - measure.value.round()).abs() < 1e-9 {
        format!("{}", measure.value.round() as i64)
    } else {
        let text = format!("{:.2}", measure.value);
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    match (measure.percent, unit) {
        (true, _) => format!("{value}%"),
        (false, Some(unit)) if unit != "%" => format!("{value} {unit}"),
        (false, Some(_)) => format!("{value}%"),
        (false, None) => value,
    }
}

/// Builds the card of a blueprint lane item with its team.
pub fn lane_item(model: &Model, item: &LaneItem, style: theme::CardStyle, width: f64) -> Card {
    let mut card = Card::new(width, style);
    card.text(item.label.as_deref().unwrap_or_default(), theme::BODY, theme::INK);
    if let Some(team) = item.team {
        card.tags(&[(names::team(model, team), style.tag)], None);
    }
    card
}

/// Builds a tag in the colours of a journey's mapping status.
pub fn status_tag(words: Words, status: Option<&str>) -> (String, TagStyle) {
    let text = words.keyword("status", status.unwrap_or("none"));
    (
        text,
        TagStyle {
            fill: theme::status(status).fill,
            text: theme::INK,
        },
    )
}

/// Writes an emotion value as on the curve: `+2`, `0`, `−1.5`.
pub fn emotion_text(value: f64) -> String {
    let text = num(value.abs());
    if value > 0.0 {
        format!("+{text}")
    } else if value < 0.0 {
        format!("\u{2212}{text}")
    } else {
        text
    }
}
