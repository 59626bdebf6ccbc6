//! The journey under the cursor, which the map preview draws.

use journey_diagnostics::FileId;
use journey_model::JourneyId;

use crate::snapshot::Snapshot;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JourneyAt {
    pub id: JourneyId,
    pub name: String,
    pub label: Option<String>,
}

impl Snapshot {
    /// The journey whose declaration contains `offset`.
    pub fn journey_at(&self, file: FileId, offset: u32) -> Option<JourneyAt> {
        let model = self.model();
        let index = model.journeys.iter().position(|journey| {
            let decl = self.symbol(journey.symbol).decl;
            decl.file == file && decl.span.contains(offset as usize)
        })?;
        let journey = &model.journeys[index];
        Some(JourneyAt {
            id: JourneyId(index as u32),
            name: journey.name.to_string(),
            label: journey.label.as_deref().map(str::to_owned),
        })
    }
}
