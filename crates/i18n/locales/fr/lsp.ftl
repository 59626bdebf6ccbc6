# Messages du serveur de langage.

lsp-format-syntax-errors = le fichier n'a pas été mis en forme car il contient { $count ->
    [one] une erreur de syntaxe ; corrigez-la
   *[other] { $count } erreurs de syntaxe ; corrigez-les
  } d'abord
lsp-format-content-changed = le fichier n'a pas été mis en forme : le formateur en aurait changé le contenu, ce qui est un bogue de journey fmt ; merci de le signaler
lsp-runtime-failed = impossible de démarrer le serveur de langage : { $reason }

## Texte d'aide de la commande.

cli-lsp-about = Lancer le serveur de langage sur l'entrée et la sortie standard, pour les éditeurs comme VS Code
