# Command-line messages and help.

cli-error-prefix = error
severity-error = error
severity-warning = warning
severity-info = info
cli-help-label = Help
cli-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  }, { $infos ->
    [one] 1 info
   *[other] { $infos } infos
  } in { $files ->
    [one] 1 file
   *[other] { $files } files
  }
cli-invalid-today = invalid --today `{ $value }`: write the date as YYYY-MM-DD
cli-build-failed = the build stopped because of the errors above; no output was written
cli-write-failed = cannot write { $path }: { $reason }
cli-wrote = wrote { $path }
load-not-found = { $path } does not exist
load-not-journey-file = { $path } is not a .journey file; give a workspace folder or a .journey file inside it
load-no-files = no .journey file in { $path }; create one, or run `journey init`
load-too-many-files = { $path } holds { $count } .journey files, more than the { $max } allowed
load-io = cannot read { $path }: { $reason }
invalid-utf8 = invalid UTF-8 at byte { $offset }
help-invalid-utf8 = save the file as UTF-8
file-too-large = the file is { $size } bytes, more than the { $max } bytes allowed
help-file-too-large = split it into several .journey files

## Help texts: cli-COMMAND-about, cli-COMMAND-ARGUMENT, or cli-ARGUMENT for shared ones.

cli-journey-about = Customer journeys as code: check, build and export journey atlases
cli-lang = Language of messages: en or fr (default: JOURNEY_LANG, then the system locale)
cli-check-about = Check a workspace and print its diagnostics
cli-build-about = Check a workspace and write model.json and the other outputs
cli-schema-about = Print the JSON Schema of model.json
cli-path = Workspace folder, or a file inside it
cli-today = Date used for overdue reviews, YYYY-MM-DD (default: journey.toml, then the system clock)
cli-format = Output format
cli-deny = Fail on warnings too
cli-list_codes = List every diagnostic code and exit
cli-out = Output folder
cli-spans = Add the source position of each declaration to model.json
