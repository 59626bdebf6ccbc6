# Diagnostics. Arguments called kind, expected, found, first and place hold
# a key such as "person"; the formatter replaces it with the kind-* message.

## Kinds of declarations and values

kind-top = the top level of a file
kind-workspace = workspace
kind-person = person
kind-team = team
kind-committee = committee
kind-facet = facet
kind-facet_value = facet value
kind-persona = persona
kind-channel = channel
kind-kpi = KPI
kind-insight = insight
kind-journey = journey
kind-phase = phase
kind-stage = stage
kind-step = step
kind-touchpoint = touchpoint
kind-pain = pain point
kind-gain = gain
kind-opportunity = opportunity
kind-solution = solution
kind-kpi_value = KPI value
kind-evidence = evidence
kind-frontstage = frontstage action
kind-backstage = backstage action
kind-support = support process
kind-name = name
kind-path = path
kind-string = string
kind-number = number
kind-percentage = percentage
kind-measure = number or percentage
kind-date = date
kind-cadence = cadence
kind-list = list
kind-keyword = keyword
kind-member = person or team
kind-person_list = list of persons
kind-member_list = list of persons and teams

## Syntax

syntax-expected = expected { $expected }, found { $found }
syntax-unexpected = unexpected { $found }
syntax-missing-value = missing value after `{ $key }:`
syntax-missing-comma = missing `,` after this list item
syntax-invalid-list-item = this cannot be a list item
syntax-unterminated-string = unterminated string
syntax-unterminated-comment = unterminated block comment
syntax-unclosed = missing closing `{ $delimiter }`
syntax-invalid-character = invalid character { $text }
syntax-nesting-too-deep = nesting deeper than { $max } levels
syntax-invalid-escape = invalid escape `{ $escape }`
syntax-property-at-top-level = property `{ $key }` outside any declaration
syntax-stray-block = block without a declaration
help-unterminated-string = add the closing `"` on the same line, or use `"""` for text over several lines
help-unterminated-triple-string = add the closing `"""`
help-unterminated-comment = add the closing `*/`
help-unclosed = add `{ $delimiter }` where the block ends
help-invalid-character = remove it, or put the text inside a string
help-nesting-too-deep = journeys nest a handful of levels; check for unbalanced braces or brackets
settings-invalid = invalid journey.toml: { $reason }
settings-invalid-today = `today` must be a date written YYYY-MM-DD
settings-invalid-max-depth = `max_depth` must be a whole number of at least 1
settings-invalid-emotion = `emotion.min` must be lower than `emotion.max`
settings-unknown-lint = unknown lint `{ $name }`
settings-not-a-lint = { $code } reports input that cannot be compiled; its severity cannot change
settings-invalid-level = invalid lint level `{ $level }`: use error, warning, info or allow
help-settings = the keys are today, max_depth, [emotion] min and max, [lints] and [report] fail_on
help-settings-lints = name a lint by its code (J0501) or its name (missing_owner); `journey check --list-codes` lists them

## Declarations and properties

unknown-declaration = `{ $keyword }` cannot be declared in { $place }
help-declaration-top-level-only = `{ $keyword }` is declared at the top level of a file
help-declaration-belongs-in = `{ $keyword }` belongs in: { $places }
help-declaration-belongs-in-nested = `{ $keyword }` belongs in: { $places }; if the block above ends here, its closing `{"}"}` is missing
help-declaration-allowed = allowed here: { $keywords }
missing-name = `{ $keyword }` needs a name
help-missing-name = write a name after the keyword: `{ $keyword } my_name "Label"`
unexpected-name = `{ $keyword }` takes no name
help-unexpected-name = remove the name, or put the text in a string label
missing-label = `{ $keyword }` has no label
unknown-property = unknown { $kind } property `{ $key }`
help-allowed-properties = allowed properties: { $keys }
help-no-properties = { $kind } declarations take no properties
duplicate-property = property `{ $key }` is set twice
duplicate-property-first = first set here
duplicate-workspace = the workspace is declared twice
duplicate-workspace-first = first declared here
invalid-value = expected { $expected }, found { $found }
unknown-keyword-value = unknown value `{ $value }`
help-keyword-values = use one of: { $allowed }
invalid-date = `{ $date }` is not a date of the calendar
help-invalid-date = write dates as YYYY-MM-DD with a real month and day
person-without-at = `{ $name }` refers to a person without `@`
help-person-without-at = write `@{ $name }`
help-did-you-mean = did you mean `{ $suggestion }`?
fix-replace = replace with `{ $suggestion }`

## Names

unknown-reference = unknown { $kind } `{ $name }`
help-declare = declare it: `{ $keyword } { $name } "…"`
help-name-pain = `for:` names pain points of this journey; give the pain a name: `pain my_pain "…"`
unknown-facet-value = `{ $name }` is not a value of facet `{ $facet }`
facet-declared-here = facet declared here
duplicate-name = `{ $name }` is declared twice
duplicate-name-label = second declaration
duplicate-name-first = { $first } first declared here
help-duplicate-name = top-level names share one namespace across all files; rename one of them
wrong-kind = expected { $expected }, found { $kind } `{ $name }`
not-a-person = `{ $key }` needs a person, found { $kind } `{ $name }`
help-not-a-person = `@` refers to persons; declare the person with `person`
declared-here = { $kind } declared here
unused-declaration = { $kind } `{ $name }` is never used
help-unused = remove it, or refer to it from a journey

## Framework

parent-cycle = the parents of these journeys form a cycle: { $journeys }
parent-cycle-member = part of the cycle
help-parent-cycle = a journey zooms into a stage of a journey above it; remove one `parent` to break the cycle
parent-not-stage = `{ $path }` does not name a stage or step
help-parent-path = write `parent: { $journey }.stage` or `parent: { $journey }.stage.step`
parent-not-found = `{ $name }` is not a stage or step of `{ $path }`
help-parent-candidates = the candidates are: { $names }
level-mismatch = declared level { $declared }, but `parent` places this journey at level { $level }
help-level-mismatch = correct `level`, or remove it: the level is derived from `parent`
root-with-level = journey `{ $name }` declares level { $declared } but has no parent, so no L0 journey reaches it
help-root-with-level = add `parent:` with the stage this journey zooms into, or remove `level`
unreachable-journey = journey `{ $name }` is not reachable from any L0 journey
help-unreachable = its chain of parents runs into a cycle; fix the cycle
framework-too-deep = this journey is at level L{ $level }, deeper than the { $max } levels allowed
help-framework-too-deep = attach it higher in the framework, or raise `max_depth` in journey.toml

## Values

emotion-out-of-scale = emotion { $value } is outside the scale { $min }..{ $max }
help-emotion-scale = the scale is set by [emotion] min and max in journey.toml
percentage-out-of-range = { $value }% is outside 0% to 100%
incomplete-kpi = KPI `{ $name }` sets `{ $present }` but not `{ $absent }`
help-incomplete-kpi = add `{ $absent }:` so the gap can be measured
kpi-units-differ = KPI `{ $name }` gives `{ $percent }` as a percentage but `{ $number }` as a plain number
kpi-units-differ-percent = `{ $key }` is a percentage
help-kpi-units-differ = write both values as percentages (`62%`) or both as plain numbers, so the gap can be measured
reviewed-in-future = reviewed on { $date }, after today ({ $today }, from the { $source })

## Governance

missing-owner = journey `{ $name }` has no owner
help-add-owner = add `owner: @person`
committee-without-owner = committee `{ $name }` has no owner
validated-never-reviewed = journey `{ $name }` is validated but has never been reviewed
help-validated-never-reviewed = add `reviewed: YYYY-MM-DD` with the date of the last review
review-overdue = the review of `{ $name }` is { $days ->
    [one] 1 day
   *[other] { $days } days
  } overdue: last reviewed { $reviewed }, due { $due } ({ $cadence }); today is { $today } (from { $source })
help-review-overdue = review the journey and update `reviewed:`
pain-without-opportunity = pain point "{ $label }" has no linked opportunity
help-pain-without-opportunity = add an opportunity in the same stage or step, or name the pain in an opportunity's `for:`
opportunity-without-owner = opportunity "{ $label }" has no owner
missing-current-state = `future_of` names `{ $name }`, which is not a journey
help-missing-current-state = `future_of` names the current-state journey that this one replaces
empty-stage = stage `{ $name }` has no steps
help-empty-stage = add steps, or zoom into it from another journey with `parent:`

## Where the date came from

source-flag = the --today flag
source-settings = journey.toml
source-clock = the system clock
kind-end_of_file = end of file
kind-comment = comment

## One-line summaries of each code, for rule lists (SARIF, --list-codes)

rule-syntax-error = The text does not follow the grammar.
rule-unterminated-string = A string or block comment is not closed.
rule-unclosed-delimiter = A `{"{"}` or `[` has no matching closer.
rule-invalid-character = A character that is not part of the language.
rule-nesting-too-deep = Blocks or lists nest deeper than the parser allows.
rule-invalid-utf8 = The file is not valid UTF-8.
rule-invalid-escape = A string contains an unknown escape sequence.
rule-file-too-large = The file or the workspace exceeds a size limit.
rule-invalid-settings = journey.toml cannot be read or holds an invalid value.
rule-text-too-long = A name or a label is longer than the limit.
rule-unknown-declaration = A declaration keyword that is not allowed where it stands.
rule-unknown-property = A property that the declaration does not have.
rule-missing-name = A declaration lacks its name, or has one it does not take.
rule-duplicate-property = The same property is set twice in one block.
rule-invalid-value = A property value of the wrong shape.
rule-unknown-keyword-value = A value that is not one of the allowed words.
rule-duplicate-workspace = More than one workspace block.
rule-missing-label = A declaration has no human-readable label.
rule-unknown-reference = A name that no declaration defines.
rule-duplicate-name = Two declarations share a name.
rule-wrong-kind = A name that refers to the wrong kind of declaration.
rule-unused-declaration = A declaration that nothing refers to.
rule-parent-cycle = Journeys whose parents form a cycle.
rule-parent-not-found = A parent path that does not reach a stage or step.
rule-level-mismatch = A declared level that differs from the derived level.
rule-framework-too-deep = A journey deeper than the allowed number of levels.
rule-unreachable-journey = A journey that no L0 journey reaches.
rule-emotion-out-of-scale = An emotion outside the declared scale.
rule-percentage-over-100 = A percentage outside 0 to 100.
rule-incomplete-kpi = A KPI with a target but no actual value, or the reverse.
rule-invalid-date = A date that does not exist.
rule-reviewed-in-future = A review date after today.
rule-kpi-units-differ = A KPI whose target and actual value mix a percentage and a plain number.
rule-missing-owner = A journey without an owner.
rule-owner-not-person = An owner that is not a person.
rule-committee-without-owner = A committee without an owner.
rule-validated-never-reviewed = A validated journey with no review date.
rule-review-overdue = A journey whose review is overdue against its cadence.
rule-pain-without-opportunity = A pain point that no opportunity addresses.
rule-opportunity-without-owner = An opportunity without an owner.
rule-missing-current-state = A future-state journey whose current state does not exist.
rule-empty-stage = A stage with no steps that no journey zooms into.
