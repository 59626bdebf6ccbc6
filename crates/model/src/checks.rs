//! Checks on values and governance, run on the built model.

use journey_diagnostics::{
    COMMITTEE_WITHOUT_OWNER, Diagnostic, EMOTION_OUT_OF_SCALE, EMPTY_STAGE, KPI_UNITS_DIFFER, MISSING_OWNER, Message,
    OPPORTUNITY_WITHOUT_OWNER, PAIN_WITHOUT_OPPORTUNITY, PERCENT_OVER_100, REVIEW_OVERDUE, REVIEWED_IN_FUTURE,
    TARGET_WITHOUT_ACTUAL, UNUSED_DECLARATION, VALIDATED_NOT_REVIEWED,
};

use crate::date::format_date;
use crate::ir::{KpiValue, Opportunity, SymbolId, Today};
use crate::lower::Lowerer;
use crate::schema::DeclKind;
use crate::settings::Settings;

impl Lowerer {
    pub fn check_values(&mut self, settings: &Settings) {
        let (min, max) = (settings.emotion_min, settings.emotion_max);
        let mut emotions = Vec::new();
        let mut kpis = Vec::new();
        for journey in &self.model.journeys {
            kpis.extend(journey.kpis.iter().cloned());
            for stage in &journey.stages {
                kpis.extend(stage.kpis.iter().cloned());
                for step in &stage.steps {
                    kpis.extend(step.kpis.iter().cloned());
                    if let Some(emotion) = step.emotion {
                        emotions.push((step.symbol, emotion));
                    }
                }
            }
        }
        for (symbol, emotion) in emotions {
            if emotion < min || emotion > max {
                let at = self
                    .value_span(symbol, "emotion")
                    .expect("a resolved value has its span");
                let message = Message::new("emotion-out-of-scale")
                    .arg("value", emotion)
                    .arg("min", min)
                    .arg("max", max);
                self.diagnostics.push(
                    Diagnostic::new(&EMOTION_OUT_OF_SCALE, at, message).with_help(Message::new("help-emotion-scale")),
                );
            }
        }
        for kpi in kpis {
            self.check_kpi_value(&kpi);
        }
    }

    fn check_kpi_value(&mut self, kpi: &KpiValue) {
        for (key, measure) in [("target", kpi.target), ("actual", kpi.actual)] {
            let Some(measure) = measure else { continue };
            if measure.percent && !(0.0..=100.0).contains(&measure.value) {
                let at = self.value_span(kpi.symbol, key).expect("a resolved value has its span");
                let message = Message::new("percentage-out-of-range").arg("value", measure.value);
                self.diagnostics.push(Diagnostic::new(&PERCENT_OVER_100, at, message));
            }
        }
        let missing = match (kpi.target, kpi.actual) {
            (Some(_), None) => Some(("target", "actual")),
            (None, Some(_)) => Some(("actual", "target")),
            _ => None,
        };
        if let Some((present, absent)) = missing {
            let at = self
                .value_span(kpi.symbol, present)
                .expect("a resolved value has its span");
            let name = self.symbol(kpi.symbol).name.clone().unwrap_or_default();
            let message = Message::new("incomplete-kpi")
                .arg("name", name)
                .arg("present", present)
                .arg("absent", absent);
            self.diagnostics.push(
                Diagnostic::new(&TARGET_WITHOUT_ACTUAL, at, message)
                    .with_help(Message::new("help-incomplete-kpi").arg("absent", absent)),
            );
        }
        // A gap between a percentage and a plain number means nothing.
        let mixed = match (kpi.target, kpi.actual) {
            (Some(target), Some(actual)) if target.percent != actual.percent => Some(target.percent),
            _ => None,
        };
        if let Some(target_is_percent) = mixed {
            let (percent, number) = if target_is_percent {
                ("target", "actual")
            } else {
                ("actual", "target")
            };
            let at = self
                .value_span(kpi.symbol, number)
                .expect("a resolved value has its span");
            let percent_at = self
                .value_span(kpi.symbol, percent)
                .expect("a resolved value has its span");
            let name = self.symbol(kpi.symbol).name.clone().unwrap_or_default();
            let message = Message::new("kpi-units-differ")
                .arg("name", name)
                .arg("percent", percent)
                .arg("number", number);
            self.diagnostics.push(
                Diagnostic::new(&KPI_UNITS_DIFFER, at, message)
                    .with_related(percent_at, Message::new("kpi-units-differ-percent").arg("key", percent))
                    .with_help(Message::new("help-kpi-units-differ")),
            );
        }
    }

    /// Governance checks, and the derived review dates and emotion averages.
    pub fn check_governance(&mut self, today: Today) {
        let default_review = self.model.workspace.as_ref().and_then(|workspace| workspace.review);
        let mut zoomed_into = rustc_hash::FxHashSet::default();
        for journey in &self.model.journeys {
            if let Some(anchor) = journey.parent {
                zoomed_into.insert((anchor.journey, anchor.stage));
            }
        }

        for index in 0..self.model.journeys.len() {
            self.derive_journey(index, default_review, today);
            self.check_journey(index, today, &zoomed_into);
        }

        let committees: Vec<(SymbolId, bool)> = self
            .model
            .committees
            .iter()
            .map(|committee| (committee.symbol, committee.owner.is_none()))
            .collect();
        for (symbol, missing_owner) in committees {
            let has_owner_property = self.wrote(symbol, "owner");
            if missing_owner && !has_owner_property {
                let name = self.symbol(symbol).name.clone().unwrap_or_default();
                let at = self.symbol(symbol).name_span;
                let message = Message::new("committee-without-owner").arg("name", name);
                self.diagnostics.push(
                    Diagnostic::new(&COMMITTEE_WITHOUT_OWNER, at, message).with_help(Message::new("help-add-owner")),
                );
            }
        }
        self.check_unused();
    }

    fn derive_journey(&mut self, index: usize, default_review: Option<crate::date::Cadence>, today: Today) {
        let journey = &mut self.model.journeys[index];
        journey.review = journey.review.or(default_review);
        if let (Some(reviewed), Some(cadence)) = (journey.reviewed, journey.review) {
            let due = cadence.next_after(reviewed);
            journey.next_review = Some(due);
            let late = (today.date - due).whole_days();
            journey.overdue_days = (late > 0).then_some(late);
        }
        let mut all = Vec::new();
        for stage in &mut journey.stages {
            let emotions: Vec<f64> = stage.steps.iter().filter_map(|step| step.emotion).collect();
            stage.emotion_average = average(&emotions);
            all.extend(emotions);
        }
        journey.emotion_average = average(&all);
    }

    fn check_journey(
        &mut self,
        index: usize,
        today: Today,
        zoomed_into: &rustc_hash::FxHashSet<(crate::ir::JourneyId, usize)>,
    ) {
        // The journeys are moved out while one is checked, since the checks
        // read symbols and push diagnostics: cloning the journey instead
        // cost a tenth of the whole analysis.
        let journeys = std::mem::take(&mut self.model.journeys);
        let journey = &journeys[index];
        let symbol = journey.symbol;
        let name_span = self.symbol(symbol).name_span;
        let has_owner_property = self.wrote(symbol, "owner");

        if journey.owner.is_none() && !has_owner_property {
            let message = Message::new("missing-owner").arg("name", journey.name.as_str());
            self.diagnostics
                .push(Diagnostic::new(&MISSING_OWNER, name_span, message).with_help(Message::new("help-add-owner")));
        }
        // A `reviewed:` that is written but invalid is reported as such, not as missing.
        let has_reviewed_property = self.wrote(symbol, "reviewed");
        if journey.status.as_deref() == Some("validated") && !has_reviewed_property {
            let at = self.value_span(symbol, "status").unwrap_or(name_span);
            let message = Message::new("validated-never-reviewed").arg("name", journey.name.as_str());
            self.diagnostics.push(
                Diagnostic::new(&VALIDATED_NOT_REVIEWED, at, message)
                    .with_help(Message::new("help-validated-never-reviewed")),
            );
        }
        if let Some(reviewed) = journey.reviewed {
            let at = self
                .value_span(symbol, "reviewed")
                .expect("a resolved value has its span");
            if reviewed > today.date {
                let message = Message::new("reviewed-in-future")
                    .arg("date", format_date(reviewed))
                    .arg("today", format_date(today.date))
                    .arg("source", today.source.as_str());
                self.diagnostics.push(Diagnostic::new(&REVIEWED_IN_FUTURE, at, message));
            }
            if let (Some(days), Some(due), Some(cadence)) = (journey.overdue_days, journey.next_review, journey.review)
            {
                let message = Message::new("review-overdue")
                    .arg("name", journey.name.as_str())
                    .arg("days", days)
                    .arg("reviewed", format_date(reviewed))
                    .arg("cadence", cadence.describe())
                    .arg("due", format_date(due))
                    .arg("today", format_date(today.date))
                    .arg("source", today.source.as_str());
                self.diagnostics
                    .push(Diagnostic::new(&REVIEW_OVERDUE, at, message).with_help(Message::new("help-review-overdue")));
            }
        }

        for (stage_index, stage) in journey.stages.iter().enumerate() {
            let zoomed = zoomed_into.contains(&(crate::ir::JourneyId(index as u32), stage_index));
            if stage.steps.is_empty() && !zoomed {
                let message = Message::new("empty-stage").arg("name", stage.name.as_str());
                let at = self.symbol(stage.symbol).name_span;
                self.diagnostics
                    .push(Diagnostic::new(&EMPTY_STAGE, at, message).with_help(Message::new("help-empty-stage")));
            }
        }
        for (_, _, pain) in journey.pains() {
            if pain.addressed_by.is_empty() {
                let at = self.symbol(pain.symbol).name_span;
                let label = pain.label.clone().or(pain.name.clone()).unwrap_or_default();
                let message = Message::new("pain-without-opportunity").arg("label", label);
                self.diagnostics.push(
                    Diagnostic::new(&PAIN_WITHOUT_OPPORTUNITY, at, message)
                        .with_help(Message::new("help-pain-without-opportunity")),
                );
            }
        }
        let opportunities: Vec<&Opportunity> = journey.opportunities().collect();
        for opportunity in opportunities {
            let has_owner_property = self.wrote(opportunity.symbol, "owner");
            if opportunity.owner.is_none() && !has_owner_property {
                let at = self.symbol(opportunity.symbol).name_span;
                let label = opportunity
                    .label
                    .clone()
                    .or(opportunity.name.clone())
                    .unwrap_or_default();
                let message = Message::new("opportunity-without-owner").arg("label", label);
                self.diagnostics.push(
                    Diagnostic::new(&OPPORTUNITY_WITHOUT_OWNER, at, message).with_help(Message::new("help-add-owner")),
                );
            }
        }
        self.model.journeys = journeys;
    }

    /// Reports top-level declarations that nothing refers to. Journeys,
    /// the workspace and facet values are exempt.
    fn check_unused(&mut self) {
        for (index, symbol) in self.model.symbols.iter().enumerate() {
            let checked = matches!(
                symbol.kind,
                DeclKind::Person
                    | DeclKind::Team
                    | DeclKind::Committee
                    | DeclKind::Facet
                    | DeclKind::Persona
                    | DeclKind::Channel
                    | DeclKind::Kpi
                    | DeclKind::Insight
            );
            if !checked || self.used[index] || symbol.name.is_none() {
                continue;
            }
            // A second declaration of a name is already a duplicate error;
            // references resolve to the first, so the second is never "used".
            let shadowed =
                symbol.name.as_ref().and_then(|name| self.globals.get(name)) != Some(&SymbolId(index as u32));
            if shadowed {
                continue;
            }
            let message = Message::new("unused-declaration")
                .arg("kind", symbol.kind.as_str())
                .arg("name", symbol.name.clone().unwrap_or_default());
            self.diagnostics.push(
                Diagnostic::new(&UNUSED_DECLARATION, symbol.name_span, message)
                    .with_help(Message::new("help-unused").arg("kind", symbol.kind.as_str())),
            );
        }
    }
}

fn average(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    // Two decimals keep the export stable and readable.
    Some((mean * 100.0).round() / 100.0)
}
