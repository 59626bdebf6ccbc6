//! Colours, type sizes and spacing shared by every picture. Every text
//! colour reaches the WCAG AA contrast ratio (4.5:1) on the background it
//! is drawn on, and the tests check the ratio on real output.

use crate::svg::Paint;
use crate::text::Font;

pub const INK: &str = "#0f172a";
pub const MUTED: &str = "#475569";
pub const ON_DARK: &str = "#ffffff";
pub const ON_DARK_MUTED: &str = "#e2e8f0";
pub const LINK: &str = "#1d4ed8";
pub const WARNING: &str = "#9a3412";

pub const GRID: &str = "#e2e8f0";
pub const RULE: &str = "#94a3b8";
pub const LANE_HEAD: Paint = Paint::fill("#f1f5f9");
pub const ROW_ALT: Paint = Paint::fill("#f8fafc");
pub const STAGE_HEAD: Paint = Paint::fill("#334155");
pub const PHASE_HEAD: Paint = Paint::fill("#e2e8f0");

pub const TITLE: Font = Font::bold(22.0);
pub const HEADING: Font = Font::bold(14.0);
pub const BODY: Font = Font::regular(12.0);
pub const BODY_BOLD: Font = Font::bold(12.0);
pub const SMALL: Font = Font::regular(11.0);
pub const TAG: Font = Font::bold(10.0);

pub const MARGIN: f64 = 24.0;
pub const CARD_PAD: f64 = 8.0;
pub const CARD_GAP: f64 = 8.0;
pub const CELL_PAD: f64 = 8.0;

/// The look of a card: its box and the colours of its tags.
#[derive(Debug, Clone, Copy)]
pub struct CardStyle {
    pub paint: Paint,
    pub tag: TagStyle,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TagStyle {
    pub fill: &'static str,
    pub text: &'static str,
}

const fn card(fill: &'static str, stroke: &'static str, tag_fill: &'static str, tag_text: &'static str) -> CardStyle {
    CardStyle {
        paint: Paint::outlined(fill, stroke).rounded(6.0),
        tag: TagStyle {
            fill: tag_fill,
            text: tag_text,
        },
    }
}

/// A borderless card on the page background, for headers.
pub const PLAIN: CardStyle = CardStyle {
    paint: Paint::fill("#ffffff"),
    tag: NEUTRAL,
};
pub const STEP: CardStyle = card("#ffffff", "#94a3b8", "#f1f5f9", "#334155");
pub const TOUCHPOINT: CardStyle = card("#f5f3ff", "#a78bfa", "#ede9fe", "#5b21b6");
pub const PAIN: CardStyle = card("#fef2f2", "#fca5a5", "#fee2e2", "#991b1b");
pub const GAIN: CardStyle = card("#f0fdf4", "#86efac", "#dcfce7", "#166534");
pub const OPPORTUNITY: CardStyle = card("#eff6ff", "#93c5fd", "#dbeafe", "#1e40af");
pub const KPI: CardStyle = card("#ffffff", "#cbd5e1", "#f1f5f9", "#334155");
pub const EVIDENCE: CardStyle = card("#fefce8", "#eab308", "#fef9c3", "#854d0e");
pub const FRONTSTAGE: CardStyle = card("#ecfeff", "#22d3ee", "#cffafe", "#155e75");
pub const BACKSTAGE: CardStyle = card("#f8fafc", "#94a3b8", "#e2e8f0", "#334155");
pub const SUPPORT: CardStyle = card("#fafaf9", "#a8a29e", "#e7e5e4", "#44403c");

pub const ON_TARGET: TagStyle = TagStyle {
    fill: "#dcfce7",
    text: "#166534",
};
pub const OFF_TARGET: TagStyle = TagStyle {
    fill: "#fee2e2",
    text: "#991b1b",
};
pub const NO_DATA: TagStyle = TagStyle {
    fill: "#f1f5f9",
    text: "#475569",
};
pub const OVERDUE: TagStyle = TagStyle {
    fill: "#ffedd5",
    text: "#9a3412",
};
pub const NEUTRAL: TagStyle = TagStyle {
    fill: "#e2e8f0",
    text: "#334155",
};

/// Returns the stripe colour and pip count of a pain or gain by severity.
pub fn severity(pain: bool, severity: Option<&str>) -> (&'static str, usize) {
    let rank = match severity {
        Some("low") => 1,
        Some("medium") => 2,
        Some("high") => 3,
        Some("critical") => 4,
        _ => 0,
    };
    let pains = ["#cbd5e1", "#fdba74", "#f97316", "#dc2626", "#7f1d1d"];
    let gains = ["#cbd5e1", "#86efac", "#22c55e", "#15803d", "#14532d"];
    (if pain { pains[rank] } else { gains[rank] }, rank)
}

/// Returns the look of a journey by mapping status: fill, outline and dash.
/// The status is also written as a tag, so colour is never the only cue.
pub fn status(status: Option<&str>) -> Paint {
    match status {
        Some("planned") => Paint::outlined("#f1f5f9", "#64748b").dashed("6 4"),
        Some("draft") => Paint::outlined("#fef3c7", "#b45309"),
        Some("mapped") => Paint::outlined("#dbeafe", "#1d4ed8"),
        Some("validated") => Paint::outlined("#dcfce7", "#15803d"),
        Some("archived") => Paint::outlined("#e5e7eb", "#6b7280").dashed("2 3"),
        _ => Paint::outlined("#ffffff", "#94a3b8").dashed("2 3"),
    }
}

/// Every mapping status in legend order; `None` is a journey without one.
pub const STATUSES: [Option<&str>; 6] = [
    Some("planned"),
    Some("draft"),
    Some("mapped"),
    Some("validated"),
    Some("archived"),
    None,
];

/// Returns the colour of an emotion point: red below zero, green above,
/// grey at zero.
pub fn emotion(value: f64) -> &'static str {
    if value < 0.0 {
        "#dc2626"
    } else if value > 0.0 {
        "#16a34a"
    } else {
        "#64748b"
    }
}

/// Computes the WCAG contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

fn luminance(color: &str) -> f64 {
    let channel = |index: usize| {
        let value = f64::from(u8::from_str_radix(&color[1 + 2 * index..3 + 2 * index], 16).unwrap_or(0)) / 255.0;
        if value <= 0.03928 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_ratios() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    }
}
