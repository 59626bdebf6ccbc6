# Interoperability: SARIF and GitHub annotations, Mermaid export and import,
# CSV export and `journey init`.

## Diagnostics for CI.

interop-help-prefix = help
interop-note-prefix = note
interop-sarif-rule-help = { $summary } See { $url } for a failing and a fixed example.
interop-sarif-source-root = The root of the repository that holds the journey workspace.

## Reading Mermaid diagrams.

interop-mermaid-section-colon = section `{ $section }`: the text after `:` is ignored, because Mermaid does not allow `:` in a section name
interop-mermaid-task-without-name = a task with no name before its `:` is skipped
interop-mermaid-extra-field = task `{ $task }`: the text after the second `:` is ignored; write `name: score: actor, actor`
interop-mermaid-unclosed-description = `accDescr {"{"}` is never closed with `{"}"}`; the rest of the diagram was read as its text
interop-mermaid-no-tasks = the diagram has no task, so its journey has no step
interop-mermaid-no-title = the diagram has no title; the journey is called "{ $title }"
interop-mermaid-empty-section = section `{ $section }` has no task, so `journey check` will report its stage as empty
interop-mermaid-score-missing = task `{ $task }` has no score, so its step has no emotion; write `{ $task }: 3`
interop-mermaid-score-invalid = task `{ $task }`: the score `{ $score }` is not a number, so its step has no emotion
interop-mermaid-score-clamped = task `{ $task }`: the score { $score } is outside Mermaid's 1 to 5 and was read as { $clamped }

## The generated .journey file.

interop-import-header = Imported from { $source } by `journey import mermaid`.
interop-import-review = Generated placeholders are marked TODO: review them, then remove the marks.
interop-import-owner-placeholder = placeholder owner; replace it with the person accountable for these journeys.
interop-import-owner-label = Journey owner
interop-import-owner-lead = the workspace lead owns this journey until a real owner is chosen.
interop-import-from-line = From the Mermaid diagram at line { $line }.
interop-import-default-stage = Steps
interop-import-step-actors = Mermaid actors of this step: { $actors }
interop-import-no-score = the Mermaid task at line { $line } has no usable score; add `emotion:`.

## The exported Mermaid diagram.

interop-export-header = Exported from the journey `{ $journey }` by `journey export mermaid`; scores map the emotion scale { $min } to { $max } onto 1 to 5.
interop-export-omitted = Mermaid cannot show { $list }; `journey build` writes them to model.json.
interop-export-no-emotion = the next step has no emotion; 3 is the neutral middle
interop-omitted-phases = { $count ->
    [one] 1 phase
   *[other] { $count } phases
  }
interop-omitted-touchpoints = { $count ->
    [one] 1 touchpoint
   *[other] { $count } touchpoints
  }
interop-omitted-pains = { $count ->
    [one] 1 pain point
   *[other] { $count } pain points
  }
interop-omitted-gains = { $count ->
    [one] 1 gain
   *[other] { $count } gains
  }
interop-omitted-opportunities = { $count ->
    [one] 1 opportunity
   *[other] { $count } opportunities
  }
interop-omitted-kpis = { $count ->
    [one] 1 KPI
   *[other] { $count } KPIs
  }
interop-omitted-lanes = { $count ->
    [one] 1 blueprint entry
   *[other] { $count } blueprint entries
  }

## Command messages.

interop-unknown-journey = no journey named `{ $name }` in { $path }
interop-unknown-journey-suggestion = no journey named `{ $name }` in { $path }; did you mean `{ $suggestion }`?
interop-export-failed = the export stopped because of the errors above; nothing was written
interop-no-diagram = no Mermaid journey diagram in { $path }: a Mermaid file must start with `journey`, and a Markdown file needs a ```mermaid code block that does
interop-output-exists = { $path } already exists; pass --force to replace it
interop-imported = { $count ->
    [one] wrote 1 journey to { $path }
   *[other] wrote { $count } journeys to { $path }
  }
interop-import-not-clean = the imported source does not check clean; this is a bug in `journey import`, please report it with the input file
interop-init-exists = { $count ->
    [one] this file already exists, so nothing was written:
   *[other] these files already exist, so nothing was written:
  }
interop-init-not-folder = { $path } exists and is not a folder
interop-init-created = created { $path }
interop-init-next = next: run `journey check { $dir }`, then edit the files

## Help texts.

cli-export-about = Export the atlas in a format other tools read
cli-export-mermaid-about = Write one journey as a Mermaid journey diagram
cli-export-mermaid-journey = Name of the journey to export, for example open_account
cli-export-mermaid-out = File to write (default: standard output)
cli-export-csv-about = Write the atlas as CSV: one row per journey, or per step with --steps
cli-export-csv-steps = One row per step instead of one row per journey
cli-export-csv-out = File to write (default: standard output)
cli-export-csv-bom = Start with a UTF-8 byte order mark, which Excel needs to show accents
cli-export-csv-delimiter = Field separator
cli-import-about = Convert diagrams from other tools into .journey files
cli-import-mermaid-about = Convert the Mermaid journey diagrams of a .mmd or Markdown file into a .journey file
cli-import-mermaid-file = Mermaid (.mmd) or Markdown (.md) file to read
cli-import-mermaid-out = .journey file to write (default: standard output)
cli-import-mermaid-force = Replace the output file if it exists
cli-init-about = Create a small commented workspace that checks clean
cli-init-dir = Folder to create the workspace in
