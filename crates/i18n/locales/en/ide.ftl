# Editor features: hover fields, rename errors, code actions, inlay hints.

ide-help-prefix = help

## Hover fields, shown as "Field: value".

ide-hover-field = **{ $name }:** { $value }
ide-hover-owner = Owner
ide-hover-lead = Lead
ide-hover-review = Review cadence
ide-hover-role = Role
ide-hover-email = Email
ide-hover-owns = Journeys owned
ide-hover-members = Members
ide-hover-meets = Meets
ide-hover-values = Values
ide-hover-facet = Facet
ide-hover-goal = Goal
ide-hover-channel-kind = Channel kind
ide-hover-unit = Unit
ide-hover-better = Better when
ide-hover-insight-kind = Kind
ide-hover-source = Source
ide-hover-date = Date
ide-hover-committee = Committee
ide-hover-status = Status
ide-hover-level = Level
ide-hover-level-value = L{ $level }
ide-hover-level-declared = L{ $level } (declared: L{ $declared })
ide-hover-level-unknown = unknown, because the parent chain is broken or cyclic
ide-hover-parent = Parent
ide-hover-reviewed = Last reviewed
ide-hover-next-review = Next review
ide-hover-overdue = { $date }, overdue by { $days ->
    [one] 1 day
   *[other] { $days } days
  }
ide-hover-future-of = Future state of
ide-hover-journey = Journey
ide-hover-steps = Steps
ide-hover-emotion = Emotion
ide-hover-kpi = KPI
ide-hover-target = Target
ide-hover-actual = Actual
ide-hover-channel = Channel
ide-hover-team = Team
ide-hover-severity = Severity
ide-hover-addressed-by = Opportunities addressing it
ide-hover-impact = Impact
ide-hover-effort = Effort

## Rename errors.

ide-rename-nothing = nothing to rename here: place the cursor on the name of a declaration or on a reference to one
ide-rename-keyword = `{ $word }` is a keyword of the language and cannot be renamed
ide-rename-built-in = `{ $word }` is a value defined by the language and cannot be renamed
ide-rename-invalid-name = `{ $name }` is not a valid name: start with a letter or `_`, then use letters, digits or `_`
ide-rename-conflict = a { $kind } named `{ $name }` already exists in the same scope; choose another name

## Code actions.

ide-action-declare = Declare { $kind } `{ $name }`
ide-action-add-owner = Add `owner: @{ $person }`

## Inlay hints on journeys.

ide-hint-level-root = Level L0: this journey has no parent
ide-hint-level-parent = Level L{ $level }: zooms into `{ $parent }`
