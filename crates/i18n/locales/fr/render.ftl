# Mots dessinés dans les cartes SVG : titres de couloirs, étiquettes, légendes.

render-map-title = { $journey } : carte du parcours
render-blueprint-title = { $journey } : plan de service
render-atlas-title = Atlas des parcours
render-atlas-title-of = { $workspace } : atlas des parcours
render-atlas-page-title = Atlas des parcours : { $journey }
render-atlas-summary = { $journeys ->
    [one] 1 parcours
   *[other] { $journeys } parcours
  }
render-atlas-back = ‹ Retour à la page parente
render-atlas-more = { $count ->
    [one] + 1 autre parcours ›
   *[other] + { $count } autres parcours ›
  }
render-atlas-step = par l’action : { $step }
render-atlas-stages-hidden = { $count ->
    [one] + 1 étape
   *[other] + { $count } étapes
  }

render-legend = Légende
render-legend-zooms = détaille une étape

render-lane-steps = Actions
render-lane-touchpoints = Points de contact
render-lane-emotion = Ressenti
render-lane-pains = Irritants
render-lane-gains = Gains
render-lane-opportunities = Opportunités
render-lane-kpis = Indicateurs
render-lane-evidence = Preuves physiques
render-lane-customer = Actions du client
render-lane-frontstage = Front-office
render-lane-backstage = Back-office
render-lane-support = Processus de support
render-line-interaction = Ligne d’interaction
render-line-visibility = Ligne de visibilité
render-line-internal = Ligne d’interaction interne

render-level = N{ $level }
render-owner = Propriétaire : { $person }
render-no-owner = Sans propriétaire
render-committee = Comité : { $committee }
render-persona = Persona : { $persona }
render-reviewed = Revu le { $date }
render-overdue = { $days ->
    [one] Revue en retard de 1 jour
   *[other] Revue en retard de { $days } jours
  }
render-future-of = État cible de : { $journey }
render-parent = Détaille : { $journey } › { $stage }
render-impact = Impact : { $level }
render-effort = Effort : { $level }
render-severity = Gravité : { $level }
render-evidence = Source : { $insight }
render-solution = Solution : { $solution }
render-team = Équipe : { $team }
render-actual = Réel { $value }
render-target = Cible { $value }
render-on-target = Objectif atteint
render-off-target = Objectif non atteint
render-no-data = Pas encore de données
render-stage-kpi = Étape : { $stage }

render-status-planned = Prévu
render-status-draft = Brouillon
render-status-mapped = Cartographié
render-status-validated = Validé
render-status-archived = Archivé
render-status-none = Sans statut

render-severity-low = faible
render-severity-medium = moyenne
render-severity-high = élevée
render-severity-critical = critique

render-opportunity-idea = Idée
render-opportunity-planned = Prévue
render-opportunity-in_progress = En cours
render-opportunity-done = Réalisée
render-opportunity-dropped = Abandonnée

render-level-low = faible
render-level-medium = moyen
render-level-high = élevé

# L’option `journey build --png` et son échec.
cli-build-png = Écrire aussi un PNG à côté de chaque SVG (cartes, plans de service, atlas)
render-png-failed = impossible de dessiner { $path } en PNG : { $reason }
