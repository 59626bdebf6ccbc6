//! Dates and review cadences.

use time::{Date, Month};

/// Parses a `YYYY-MM-DD` date, rejecting days the calendar does not have
/// and any other shape (`2026-1-1`, `+2026-01-01`).
pub fn parse_date(text: &str) -> Option<Date> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(index, byte)| {
            if index == 4 || index == 7 {
                byte == b'-'
            } else {
                byte.is_ascii_digit()
            }
        });
    if !shaped {
        return None;
    }
    let mut parts = text.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// How often something is reviewed or meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Days(u32),
    Weeks(u32),
    Months(u32),
}

impl Cadence {
    /// Reads a named cadence (`quarterly`).
    pub fn from_word(word: &str) -> Option<Cadence> {
        match word {
            "weekly" => Some(Cadence::Weeks(1)),
            "monthly" => Some(Cadence::Months(1)),
            "quarterly" => Some(Cadence::Months(3)),
            "yearly" => Some(Cadence::Months(12)),
            _ => None,
        }
    }

    /// Reads `every N days|weeks|months`.
    pub fn every(count: u32, unit: &str) -> Option<Cadence> {
        match unit {
            "day" | "days" => Some(Cadence::Days(count)),
            "week" | "weeks" => Some(Cadence::Weeks(count)),
            "month" | "months" => Some(Cadence::Months(count)),
            _ => None,
        }
    }

    /// The date one period after `from`. Adding months keeps the day of the
    /// month, clamped to the month's length (31 January plus one month is 28
    /// or 29 February).
    pub fn next_after(self, from: Date) -> Date {
        match self {
            Cadence::Days(days) => from.saturating_add(time::Duration::days(i64::from(days))),
            Cadence::Weeks(weeks) => from.saturating_add(time::Duration::weeks(i64::from(weeks))),
            Cadence::Months(months) => add_months(from, months),
        }
    }

    /// Describes the cadence as written in the language (`quarterly`, `every 45 days`).
    pub fn describe(self) -> String {
        match self {
            Cadence::Weeks(1) => "weekly".into(),
            Cadence::Months(1) => "monthly".into(),
            Cadence::Months(3) => "quarterly".into(),
            Cadence::Months(12) => "yearly".into(),
            Cadence::Days(count) => format!("every {count} days"),
            Cadence::Weeks(count) => format!("every {count} weeks"),
            Cadence::Months(count) => format!("every {count} months"),
        }
    }
}

fn add_months(from: Date, months: u32) -> Date {
    let total = from.year() as i64 * 12 + (u8::from(from.month()) as i64 - 1) + months as i64;
    let year = (total.div_euclid(12)) as i32;
    let month = Month::try_from((total.rem_euclid(12) + 1) as u8).expect("month in 1..=12");
    let day = from.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    #[test]
    fn parses_only_real_days() {
        assert!(parse_date("2028-02-29").is_some());
        assert!(parse_date("2026-02-29").is_none());
        assert!(parse_date("2026-13-01").is_none());
        assert!(parse_date("2026-04-31").is_none());
    }

    #[test]
    fn parses_only_the_written_shape() {
        assert!(parse_date("2026-01-01").is_some());
        for text in [
            "2026-1-1",
            "2026-01-1",
            "+2026-01-01",
            "2026-01-01 ",
            "02026-01-01",
            "2026/01/01",
            "",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(Cadence::Months(1).next_after(date("2026-01-31")), date("2026-02-28"));
        assert_eq!(Cadence::Months(1).next_after(date("2028-01-31")), date("2028-02-29"));
        assert_eq!(Cadence::Months(3).next_after(date("2026-11-30")), date("2027-02-28"));
        assert_eq!(Cadence::Months(12).next_after(date("2028-02-29")), date("2029-02-28"));
    }

    #[test]
    fn days_and_weeks_cross_year_end() {
        assert_eq!(Cadence::Days(45).next_after(date("2026-12-01")), date("2027-01-15"));
        assert_eq!(Cadence::Weeks(1).next_after(date("2026-12-28")), date("2027-01-04"));
    }
}
