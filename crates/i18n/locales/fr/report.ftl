# Le rapport de gouvernance (`journey report`, report.md et report.html), son
# aide en ligne de commande et ses messages d’échec (fail-on).

## Ligne de commande

cli-report-about = Écrire le rapport de gouvernance d’un espace de travail en Markdown, HTML ou JSON
cli-report-format = Format du rapport : md, html ou json (par défaut : selon l’extension de --out, sinon md)
cli-report-out = Écrire le rapport dans FICHIER au lieu de la sortie standard
cli-report-fail_on = Sortir avec le code 1 quand l’une de ces conditions est remplie ; séparées par des virgules ou répétées (par défaut : [report] fail_on dans journey.toml)
report-breach = condition d’échec `{ $condition }` remplie : { $details }
report-breach-names = condition d’échec `{ $condition }` remplie : { $details } ({ $names })
report-breach-overdue = { $count ->
    [one] { $count } revue est en retard
   *[other] { $count } revues sont en retard
  }
report-breach-no-owner = { $count ->
    [one] { $count } parcours n’a pas de propriétaire
   *[other] { $count } parcours n’ont pas de propriétaire
  }
report-breach-unowned-committee = { $count ->
    [one] { $count } comité n’a pas de propriétaire
   *[other] { $count } comités n’ont pas de propriétaire
  }
report-breach-never-reviewed = { $count ->
    [one] { $count } parcours validé n’a jamais été revu
   *[other] { $count } parcours validés n’ont jamais été revus
  }
report-breach-pain-without-opportunity = { $count ->
    [one] { $count } irritant n’a pas d’opportunité
   *[other] { $count } irritants n’ont pas d’opportunité
  }
report-breach-error = { $count ->
    [one] l’espace de travail a { $count } erreur
   *[other] l’espace de travail a { $count } erreurs
  }
report-breach-warning = { $count ->
    [one] l’espace de travail a { $count } avertissement ou erreur
   *[other] l’espace de travail a { $count } avertissements ou erreurs
  }
report-settings-unknown-condition = condition de rapport inconnue `{ $value }` dans `fail_on`
report-settings-help-conditions = utilisez l’une de : { $conditions }

## Titre et synthèse

report-title = Rapport de gouvernance des parcours
report-title-workspace = Rapport de gouvernance des parcours : { $workspace }
report-as-of = Chiffres au { $date } ({ $origin }).
report-date-origin-flag = date fixée par --today
report-date-origin-settings = date fixée dans journey.toml
report-date-origin-clock = date du jour selon l’horloge du système
report-diagnostics = L’atlas compte { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
  }, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
  } et { $infos ->
    [one] { $infos } information
   *[other] { $infos } informations
  } ; pour les voir, lancez
report-diagnostics-errors = Les parties de l’atlas en erreur peuvent manquer dans ces chiffres.
report-figure-journeys = Parcours
report-figure-without-owner = Parcours sans propriétaire
report-figure-overdue = Revues en retard
report-figure-pains = Irritants
report-figure-pains-without-opportunity = Irritants sans opportunité
report-figure-open-opportunities = Opportunités ouvertes
report-figure-kpis-behind = KPI sous la cible
report-atlas-caption = Le cadre des parcours : chaque parcours sous l’étape ou l’action qu’il détaille, coloré selon son statut de cartographie.
report-contents = Sommaire
report-footer = Produit par journey à partir des sources de l’atlas. Modifiez les fichiers .journey, pas ce rapport.
report-more-rows = { $count ->
    [one] { $count } entrée de plus figure dans les rapports HTML et JSON.
   *[other] { $count } entrées de plus figurent dans les rapports HTML et JSON.
  }

## Titres des sections

report-section-overview = Vue d’ensemble de l’atlas
report-section-ownership = Responsabilités
report-section-refinement = Affinage
report-section-experience = Expérience
report-section-opportunities = Opportunités
report-section-kpis = Indicateurs (KPI)
report-section-future = État actuel et état cible
report-section-maps = Cartes des parcours

## Colonnes des tableaux

report-col-level = Niveau
report-col-status = Statut
report-col-journeys = Parcours
report-col-journey = Parcours
report-col-no-value = Sans valeur
report-col-owner = Propriétaire
report-col-role = Rôle
report-col-committee = Comité
report-col-committees = Comités
report-col-meets = Se réunit
report-col-open-opportunities = Opportunités ouvertes
report-col-last-review = Dernière revue
report-col-cadence = Cadence
report-col-due = Échéance
report-col-days-overdue = Jours de retard
report-col-days-left = Jours restants
report-col-step = Action
report-col-stage = Étape
report-col-emotion = Ressenti
report-col-severity = Gravité
report-col-pain = Irritant
report-col-where = Où
report-col-evidence = Preuves
report-col-opportunities = Opportunités
report-col-rank = Rang
report-col-opportunity = Opportunité
report-col-impact = Impact
report-col-effort = Effort
report-col-score = Score
report-col-kpi = KPI
report-col-target = Cible
report-col-actual = Réel
report-col-gap = Écart

## Vue d’ensemble

report-by-level = Parcours par niveau
report-by-status = Parcours par statut de cartographie
report-level = N{ $level }
report-level-unknown = Inconnu (chaîne de parents rompue)
report-facet-heading = { $facet } : statut de cartographie
report-row-total = Total
report-row-mapped = Cartographiés ou validés
report-coverage-note = Un parcours qui a plusieurs valeurs compte une fois dans chacune. « Cartographiés ou validés » est la part des parcours de la colonne dont le statut est cartographié ou validé.
report-status-planned = Prévu
report-status-draft = Brouillon
report-status-mapped = Cartographié
report-status-validated = Validé
report-status-archived = Archivé
report-status-none = Sans statut

## Responsabilités

report-no-owner-heading = Parcours sans propriétaire
report-owners-heading = Propriétaires et leur charge
report-committees-heading = Comités et leur charge
report-committees-without-owner-heading = Comités sans propriétaire
report-no-owner = sans propriétaire

## Affinage

report-overdue-heading = Revues en retard
report-due-soon-heading = Revues à faire dans les { $days } jours
report-never-reviewed-heading = Parcours validés jamais revus
report-cadence-weekly = chaque semaine
report-cadence-monthly = chaque mois
report-cadence-quarterly = chaque trimestre
report-cadence-yearly = chaque année
report-cadence-days = { $count ->
    [one] chaque jour
   *[other] tous les { $count } jours
  }
report-cadence-weeks = { $count ->
    [one] chaque semaine
   *[other] toutes les { $count } semaines
  }
report-cadence-months = { $count ->
    [one] chaque mois
   *[other] tous les { $count } mois
  }

## Expérience

report-lowest-steps-heading = Actions au ressenti le plus bas
report-lowest-steps-note = Actions dont le ressenti est sous le milieu de l’échelle ({ $min } à { $max }), du plus bas au plus haut, { $count } au plus.
report-pains-heading = Irritants par gravité
report-pains-without-opportunity-heading = Irritants sans opportunité
report-severity-low = Faible
report-severity-medium = Moyenne
report-severity-high = Élevée
report-severity-critical = Critique
report-severity-none = Sans gravité
report-insight-qualitative = qualitatif
report-insight-quantitative = quantitatif
report-none = aucune
report-whole-journey = tout le parcours

## Opportunités et KPI

report-opportunities-note = Opportunités ouvertes classées par score = impact ÷ effort, où faible, moyen et élevé valent 1, 2 et 3 (de 0,33 à 3). À score égal, l’impact le plus fort passe devant, puis l’identifiant du parcours, puis la position dans le parcours ; les opportunités sans impact ou sans effort viennent en dernier.
report-closed-heading = Réalisées ou abandonnées
report-weight-low = Faible
report-weight-medium = Moyen
report-weight-high = Élevé
report-weight-none = —
report-opportunity-status-idea = Idée
report-opportunity-status-planned = Prévue
report-opportunity-status-in-progress = En cours
report-opportunity-status-done = Réalisée
report-opportunity-status-dropped = Abandonnée
report-opportunity-status-none = Sans statut
report-kpis-note = Valeurs de KPI qui ont une cible et une valeur réelle, de la plus éloignée de sa cible à la plus proche (en proportion de la cible). L’écart est ce qui manque à la valeur réelle pour atteindre la cible dans le sens que le KPI préfère (better: higher ou lower) ; l’écart entre deux pourcentages est en points.
report-gap-met = cible atteinte
report-gap-short = { $gap } à rattraper
report-points = { $value } pts

## État actuel et état cible

report-future-heading = { $future } remplace { $current }
report-stages-added = Étapes ajoutées
report-stages-removed = Étapes retirées
report-pains-resolved = Irritants résolus
report-pains-remaining = Irritants toujours présents
report-pains-new = Nouveaux irritants
report-kpi-targets = Cibles des KPI
report-no-target = pas de cible
# Entre un libellé et sa valeur dans une liste, avec une espace insécable.
report-colon = {"\u00A0: "}
report-future-no-change = Mêmes étapes, irritants et cibles de KPI que l’état actuel.
