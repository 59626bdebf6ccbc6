# Interopérabilité : SARIF et annotations GitHub, export et import Mermaid,
# export CSV et `journey init`.

## Diagnostics pour la CI.

interop-help-prefix = aide
interop-note-prefix = note
interop-sarif-rule-help = { $summary } Voir { $url } pour un exemple fautif et sa correction.
interop-sarif-source-root = La racine du dépôt qui contient l'espace de travail des parcours.

## Lecture des diagrammes Mermaid.

interop-mermaid-section-colon = section `{ $section }` : le texte après `:` est ignoré, car Mermaid n'accepte pas `:` dans un nom de section
interop-mermaid-task-without-name = une tâche sans nom avant son `:` est ignorée
interop-mermaid-extra-field = tâche `{ $task }` : le texte après le deuxième `:` est ignoré ; écrivez `nom: note: acteur, acteur`
interop-mermaid-unclosed-description = `accDescr {"{"}` n'est jamais fermé par `{"}"}` ; la suite du diagramme a été lue comme son texte
interop-mermaid-no-tasks = le diagramme n'a aucune tâche, son parcours n'a donc aucune action
interop-mermaid-no-title = le diagramme n'a pas de titre ; le parcours s'appelle « { $title } »
interop-mermaid-empty-section = la section `{ $section }` n'a aucune tâche, `journey check` signalera donc son étape comme vide
interop-mermaid-score-missing = la tâche `{ $task }` n'a pas de note, son action n'a donc pas de ressenti ; écrivez `{ $task }: 3`
interop-mermaid-score-invalid = tâche `{ $task }` : la note `{ $score }` n'est pas un nombre, son action n'a donc pas de ressenti
interop-mermaid-score-clamped = tâche `{ $task }` : la note { $score } sort de l'échelle 1 à 5 de Mermaid et a été lue comme { $clamped }

## Le fichier .journey produit.

interop-import-header = Importé de { $source } par `journey import mermaid`.
interop-import-review = Les valeurs provisoires sont marquées TODO : vérifiez-les, puis retirez les marques.
interop-import-owner-placeholder = propriétaire provisoire ; remplacez-le par la personne responsable de ces parcours.
interop-import-owner-label = Propriétaire du parcours
interop-import-owner-lead = le responsable de l'espace de travail possède ce parcours en attendant un vrai propriétaire.
interop-import-from-line = D'après le diagramme Mermaid de la ligne { $line }.
interop-import-default-stage = Actions
interop-import-step-actors = Acteurs Mermaid de cette action : { $actors }
interop-import-no-score = la tâche Mermaid de la ligne { $line } n'a pas de note utilisable ; ajoutez `emotion:`.

## Le diagramme Mermaid exporté.

interop-export-header = Exporté du parcours `{ $journey }` par `journey export mermaid` ; les notes ramènent l'échelle de ressenti { $min } à { $max } sur 1 à 5.
interop-export-omitted = Mermaid ne peut pas montrer { $list } ; `journey build` les écrit dans model.json.
interop-export-no-emotion = l'action suivante n'a pas de ressenti ; 3 est le milieu neutre
interop-omitted-phases = { $count ->
    [one] 1 phase
   *[other] { $count } phases
  }
interop-omitted-touchpoints = { $count ->
    [one] 1 point de contact
   *[other] { $count } points de contact
  }
interop-omitted-pains = { $count ->
    [one] 1 irritant
   *[other] { $count } irritants
  }
interop-omitted-gains = { $count ->
    [one] 1 gain
   *[other] { $count } gains
  }
interop-omitted-opportunities = { $count ->
    [one] 1 opportunité
   *[other] { $count } opportunités
  }
interop-omitted-kpis = { $count ->
    [one] 1 indicateur
   *[other] { $count } indicateurs
  }
interop-omitted-lanes = { $count ->
    [one] 1 élément du plan de service
   *[other] { $count } éléments du plan de service
  }

## Messages des commandes.

interop-unknown-journey = aucun parcours nommé `{ $name }` dans { $path }
interop-unknown-journey-suggestion = aucun parcours nommé `{ $name }` dans { $path } ; vouliez-vous dire `{ $suggestion }` ?
interop-export-failed = l'export s'est arrêté à cause des erreurs ci-dessus ; rien n'a été écrit
interop-no-diagram = aucun diagramme Mermaid de parcours dans { $path } : un fichier Mermaid doit commencer par `journey`, et un fichier Markdown doit contenir un bloc ```mermaid qui commence ainsi
interop-output-exists = { $path } existe déjà ; ajoutez --force pour le remplacer
interop-imported = { $count ->
    [one] 1 parcours écrit dans { $path }
   *[other] { $count } parcours écrits dans { $path }
  }
interop-import-not-clean = le fichier importé n'est pas valide ; c'est un bogue de `journey import`, merci de le signaler avec le fichier d'entrée
interop-init-exists = { $count ->
    [one] ce fichier existe déjà, rien n'a donc été écrit :
   *[other] ces fichiers existent déjà, rien n'a donc été écrit :
  }
interop-init-not-folder = { $path } existe et n'est pas un dossier
interop-init-created = { $path } créé
interop-init-next = ensuite : lancez `journey check { $dir }`, puis modifiez les fichiers

## Textes d'aide.

cli-export-about = Exporter l'atlas dans un format que d'autres outils lisent
cli-export-mermaid-about = Écrire un parcours sous forme de diagramme Mermaid journey
cli-export-mermaid-journey = Nom du parcours à exporter, par exemple open_account
cli-export-mermaid-out = Fichier à écrire (par défaut : la sortie standard)
cli-export-csv-about = Écrire l'atlas en CSV : une ligne par parcours, ou par action avec --steps
cli-export-csv-steps = Une ligne par action au lieu d'une ligne par parcours
cli-export-csv-out = Fichier à écrire (par défaut : la sortie standard)
cli-export-csv-bom = Commencer par une marque d'ordre des octets UTF-8, dont Excel a besoin pour afficher les accents
cli-export-csv-delimiter = Séparateur de champs
cli-import-about = Convertir en fichiers .journey les diagrammes d'autres outils
cli-import-mermaid-about = Convertir en fichier .journey les diagrammes Mermaid journey d'un fichier .mmd ou Markdown
cli-import-mermaid-file = Fichier Mermaid (.mmd) ou Markdown (.md) à lire
cli-import-mermaid-out = Fichier .journey à écrire (par défaut : la sortie standard)
cli-import-mermaid-force = Remplacer le fichier de sortie s'il existe
cli-init-about = Créer un petit espace de travail commenté et valide
cli-init-dir = Dossier où créer l'espace de travail
