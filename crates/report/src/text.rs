//! Localised words and numbers for the report: catalogue lookups, and the
//! way numbers, measures, cadences and keywords read in each language.

use journey_diagnostics::Message;
use journey_i18n::Lang;

use crate::data::{Item, Measure, Named};

/// The report's text in one language.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    pub lang: Lang,
}

impl Text {
    /// Formats a catalogue message that takes no arguments.
    pub fn get(&self, id: &str) -> String {
        journey_i18n::text(self.lang, id)
    }

    pub fn format(&self, message: Message) -> String {
        journey_i18n::format(self.lang, &message)
    }

    /// Translates a keyword of the language (`in_progress`) through the
    /// catalogue (`report-opportunity-status-in-progress`). A missing keyword reads as `none`.
    fn keyword(&self, prefix: &str, keyword: Option<&str>) -> String {
        let key = keyword.unwrap_or("none").replace('_', "-");
        let id = format!("{prefix}-{key}");
        if journey_i18n::has_message(self.lang, &id) {
            self.get(&id)
        } else {
            keyword.unwrap_or_default().to_owned()
        }
    }

    pub fn status(&self, status: Option<&str>) -> String {
        self.keyword("report-status", status)
    }

    pub fn severity(&self, severity: Option<&str>) -> String {
        self.keyword("report-severity", severity)
    }

    /// `low`, `medium` or `high`, for impact and effort.
    pub fn weight(&self, weight: Option<&str>) -> String {
        self.keyword("report-weight", weight)
    }

    pub fn opportunity_status(&self, status: Option<&str>) -> String {
        self.keyword("report-opportunity-status", status)
    }

    /// Says where the date came from: `flag`, `settings` or `clock`.
    pub fn date_origin(&self, origin: &str) -> String {
        self.keyword("report-date-origin", Some(origin))
    }

    /// Formats a level as `L0` (`N0` in French), or the word for an unknown level.
    pub fn level(&self, level: Option<u32>) -> String {
        match level {
            Some(level) => self.format(Message::new("report-level").arg("level", level as usize)),
            None => self.get("report-level-unknown"),
        }
    }

    /// Translates a cadence written in the language (`quarterly`, `every 45 days`).
    pub fn cadence(&self, cadence: &str) -> String {
        if let Some(rest) = cadence.strip_prefix("every ") {
            let mut words = rest.split(' ');
            let count = words.next().and_then(|count| count.parse::<i64>().ok());
            let id = match words.next() {
                Some("days") => "report-cadence-days",
                Some("weeks") => "report-cadence-weeks",
                Some("months") => "report-cadence-months",
                _ => return cadence.to_owned(),
            };
            return match count {
                Some(count) => self.format(Message::new(id).arg("count", count)),
                None => cadence.to_owned(),
            };
        }
        self.keyword("report-cadence", Some(cadence))
    }

    /// Formats a number with at most two decimals and the language's decimal mark.
    pub fn number(&self, value: f64) -> String {
        let mut text = format!("{:.2}", (value * 100.0).round() / 100.0);
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
        if text == "-0" {
            text = "0".to_owned();
        }
        match self.lang {
            Lang::Fr => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// Formats a percentage: `62%` in English, `62 %` with a narrow no-break space in French.
    pub fn percent(&self, value: f64) -> String {
        match self.lang {
            Lang::Fr => format!("{}\u{202f}%", self.number(value)),
            Lang::En => format!("{}%", self.number(value)),
        }
    }

    /// Formats a KPI value with its unit: `62%`, `12 days`, `31`.
    pub fn measure(&self, measure: Measure, unit: Option<&str>) -> String {
        if measure.percent {
            return self.percent(measure.value);
        }
        match unit.filter(|unit| !unit.is_empty() && *unit != "%") {
            Some(unit) => format!("{} {unit}", self.number(measure.value)),
            None => self.number(measure.value),
        }
    }

    /// Formats a KPI gap: in points between percentages, else like [`Text::measure`].
    pub fn gap(&self, gap: f64, percent: bool, unit: Option<&str>) -> String {
        if percent {
            return self.format(Message::new("report-points").arg("value", self.number(gap)));
        }
        self.measure(
            Measure {
                value: gap,
                percent: false,
            },
            unit,
        )
    }
}

/// Returns the label of a named declaration, or its id.
pub fn named(named: &Named) -> String {
    named.display().to_owned()
}

/// Returns the label of a pain or opportunity, or its name.
pub fn item(item: &Item) -> String {
    item.display().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_trim_zeros_and_use_local_mark() {
        let en = Text { lang: Lang::En };
        let fr = Text { lang: Lang::Fr };
        assert_eq!(en.number(2.0), "2");
        assert_eq!(en.number(2.5), "2.5");
        assert_eq!(en.number(1.0 / 3.0), "0.33");
        assert_eq!(en.number(-0.001), "0");
        assert_eq!(fr.number(2.5), "2,5");
        assert_eq!(fr.percent(62.0), "62\u{202f}%");
    }

    #[test]
    fn measures_carry_units() {
        let en = Text { lang: Lang::En };
        assert_eq!(
            en.measure(
                Measure {
                    value: 62.0,
                    percent: true
                },
                Some("%")
            ),
            "62%"
        );
        assert_eq!(
            en.measure(
                Measure {
                    value: 12.0,
                    percent: false
                },
                Some("days")
            ),
            "12 days"
        );
        assert_eq!(
            en.measure(
                Measure {
                    value: 31.0,
                    percent: false
                },
                None
            ),
            "31"
        );
    }
}
