# Messages of the language server.

lsp-format-syntax-errors = the file was not formatted because it has { $count ->
    [one] a syntax error
   *[other] { $count } syntax errors
  }; fix { $count ->
    [one] it
   *[other] them
  } first
lsp-format-content-changed = the file was not formatted: the formatter would have changed its content, which is a bug in journey fmt; please report it
lsp-runtime-failed = cannot start the language server: { $reason }

## Help text of the command.

cli-lsp-about = Run the language server on standard input and output, for editors such as VS Code
