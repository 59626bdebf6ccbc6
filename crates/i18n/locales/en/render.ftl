# Words drawn in the SVG maps: lane titles, tags, legends.

render-map-title = { $journey }: journey map
render-blueprint-title = { $journey }: service blueprint
render-atlas-title = Journey atlas
render-atlas-title-of = { $workspace }: journey atlas
render-atlas-page-title = Journey atlas: { $journey }
render-atlas-summary = { $journeys ->
    [one] 1 journey
   *[other] { $journeys } journeys
  }
render-atlas-back = ‹ Back to the parent page
render-atlas-more = { $count ->
    [one] + 1 more journey ›
   *[other] + { $count } more journeys ›
  }
render-atlas-step = via step: { $step }
render-atlas-stages-hidden = { $count ->
    [one] + 1 stage
   *[other] + { $count } stages
  }

render-legend = Legend
render-legend-zooms = zooms into a stage

render-lane-steps = Steps
render-lane-touchpoints = Touchpoints
render-lane-emotion = Emotion
render-lane-pains = Pain points
render-lane-gains = Gains
render-lane-opportunities = Opportunities
render-lane-kpis = KPIs
render-lane-evidence = Physical evidence
render-lane-customer = Customer actions
render-lane-frontstage = Frontstage
render-lane-backstage = Backstage
render-lane-support = Support processes
render-line-interaction = Line of interaction
render-line-visibility = Line of visibility
render-line-internal = Line of internal interaction

render-level = L{ $level }
render-owner = Owner: { $person }
render-no-owner = No owner
render-committee = Committee: { $committee }
render-persona = Persona: { $persona }
render-reviewed = Reviewed { $date }
render-overdue = { $days ->
    [one] Review overdue by 1 day
   *[other] Review overdue by { $days } days
  }
render-future-of = Future state of: { $journey }
render-parent = Zooms into: { $journey } › { $stage }
render-impact = Impact: { $level }
render-effort = Effort: { $level }
render-severity = Severity: { $level }
render-evidence = Evidence: { $insight }
render-solution = Solution: { $solution }
render-team = Team: { $team }
render-actual = Actual { $value }
render-target = Target { $value }
render-on-target = On target
render-off-target = Off target
render-no-data = No data yet
render-stage-kpi = Stage: { $stage }

render-status-planned = Planned
render-status-draft = Draft
render-status-mapped = Mapped
render-status-validated = Validated
render-status-archived = Archived
render-status-none = No status

render-severity-low = low
render-severity-medium = medium
render-severity-high = high
render-severity-critical = critical

render-opportunity-idea = Idea
render-opportunity-planned = Planned
render-opportunity-in_progress = In progress
render-opportunity-done = Done
render-opportunity-dropped = Dropped

render-level-low = low
render-level-medium = medium
render-level-high = high

# The `journey build --png` flag and its failure.
cli-build-png = Also write a PNG beside each SVG (maps, blueprints, atlas)
render-png-failed = cannot draw { $path } as a PNG: { $reason }
