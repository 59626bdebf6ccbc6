# `journey fmt` : mise en forme canonique des fichiers .journey.

cli-fmt-about = Mettre en forme les fichiers .journey selon la présentation canonique
cli-fmt-paths = Fichiers ou dossiers à mettre en forme : un dossier désigne tous les fichiers .journey qu’il contient, et - lit l’entrée standard et écrit sur la sortie standard
cli-fmt-check = Ne modifier aucun fichier : lister les fichiers qui ne sont pas mis en forme, et terminer avec le code 1 s’il y en a
fmt-stdin-name = <entrée standard>
fmt-stdin-alone = - (l’entrée standard) ne peut pas être combiné avec d’autres chemins ; mettez en forme l’entrée standard seule
fmt-invalid-utf8 = { $path } n’a pas été mis en forme : UTF-8 invalide à l’octet { $offset } ; enregistrez le fichier en UTF-8
fmt-syntax-errors = { $path } n’a pas été mis en forme car il contient { $count ->
    [one] une erreur de syntaxe
   *[other] { $count } erreurs de syntaxe
  } ; { $count ->
    [one] corrigez-la
   *[other] corrigez-les
  } puis relancez `journey fmt`
fmt-content-changed = { $path } n’a pas été mis en forme : la mise en forme en aurait changé le contenu, ce qui est un bogue de journey fmt ; signalez-le en joignant ce fichier
fmt-summary = { $changed ->
    [one] { $changed } fichier mis en forme
   *[other] { $changed } fichiers mis en forme
  }, { $unchanged } déjà en forme
fmt-check-passed = { $count ->
    [one] { $count } fichier est en forme
   *[other] { $count } fichiers sont en forme
  }
fmt-check-failed = { $count ->
    [one] 1 fichier n’est pas en forme ; lancez `journey fmt` pour le mettre en forme
   *[other] { $count } fichiers ne sont pas en forme ; lancez `journey fmt` pour les mettre en forme
  }
fmt-rejected = { $count ->
    [one] { $count } fichier n’a pas été mis en forme à cause des erreurs ci-dessus
   *[other] { $count } fichiers n’ont pas été mis en forme à cause des erreurs ci-dessus
  }
