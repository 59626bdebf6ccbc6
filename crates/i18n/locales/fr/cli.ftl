# Messages et aide de la ligne de commande.

cli-error-prefix = erreur
severity-error = erreur
severity-warning = avertissement
severity-info = info
cli-help-label = Aide
cli-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
  }, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
  }, { $infos ->
    [one] { $infos } info
   *[other] { $infos } infos
  } dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
  }
cli-invalid-today = --today `{ $value }` invalide : écrivez la date au format AAAA-MM-JJ
cli-build-failed = la compilation s’est arrêtée à cause des erreurs ci-dessus ; aucun fichier n’a été écrit
cli-write-failed = impossible d’écrire { $path } : { $reason }
cli-wrote = fichier écrit : { $path }
load-not-found = { $path } n’existe pas
load-not-journey-file = { $path } n’est pas un fichier .journey ; indiquez le dossier de l’espace de travail ou un fichier .journey qu’il contient
load-no-files = aucun fichier .journey dans { $path } ; créez-en un, ou lancez `journey init`
load-too-many-files = { $path } contient { $count } fichiers .journey, au-delà des { $max } autorisés
load-io = impossible de lire { $path } : { $reason }
invalid-utf8 = UTF-8 invalide à l’octet { $offset }
help-invalid-utf8 = enregistrez le fichier en UTF-8
file-too-large = le fichier fait { $size } octets, au-delà des { $max } octets autorisés
help-file-too-large = répartissez son contenu entre plusieurs fichiers .journey

## Textes d’aide : cli-COMMANDE-about, cli-COMMANDE-ARGUMENT, ou cli-ARGUMENT pour les arguments communs.

cli-journey-about = Les parcours clients sous forme de code : vérifier, compiler et exporter des atlas de parcours
cli-lang = Langue des messages : en ou fr (par défaut : JOURNEY_LANG, puis la langue du système)
cli-check-about = Vérifier un espace de travail et afficher ses diagnostics
cli-build-about = Vérifier un espace de travail et écrire model.json et les autres sorties
cli-schema-about = Afficher le schéma JSON de model.json
cli-path = Dossier de l’espace de travail, ou un fichier qu’il contient
cli-today = Date de référence pour les revues en retard, au format AAAA-MM-JJ (par défaut : journey.toml, puis l’horloge du système)
cli-format = Format de sortie
cli-deny = Échouer aussi sur les avertissements
cli-list_codes = Lister tous les codes de diagnostic et quitter
cli-out = Dossier de sortie
cli-spans = Ajouter à model.json la position dans le source de chaque déclaration
