# `journey fmt`: formatting .journey files in the canonical layout.

cli-fmt-about = Format .journey files in the canonical layout
cli-fmt-paths = Files or folders to format: a folder means every .journey file below it, and - reads standard input and writes standard output
cli-fmt-check = Change no file: list the files that are not formatted, and exit with status 1 if there are any
fmt-stdin-name = <standard input>
fmt-stdin-alone = - (standard input) cannot be combined with other paths; format standard input on its own
fmt-invalid-utf8 = { $path } was not formatted: invalid UTF-8 at byte { $offset }; save the file as UTF-8
fmt-syntax-errors = { $path } was not formatted because it has { $count ->
    [one] a syntax error
   *[other] { $count } syntax errors
  }; fix { $count ->
    [one] it
   *[other] them
  } and run `journey fmt` again
fmt-content-changed = { $path } was not formatted: the formatter would have changed its content, which is a bug in journey fmt; please report it with this file
fmt-summary = { $changed ->
    [one] 1 file formatted
   *[other] { $changed } files formatted
  }, { $unchanged } already formatted
fmt-check-passed = { $count ->
    [one] 1 file is formatted
   *[other] { $count } files are formatted
  }
fmt-check-failed = { $count ->
    [one] 1 file is not formatted; run `journey fmt` to format it
   *[other] { $count } files are not formatted; run `journey fmt` to format them
  }
fmt-rejected = { $count ->
    [one] 1 file was not formatted because of the errors above
   *[other] { $count } files were not formatted because of the errors above
  }
