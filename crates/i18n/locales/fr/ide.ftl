# Fonctions de l'éditeur : champs du survol, erreurs de renommage, actions de code, indications en ligne.

ide-help-prefix = aide

## Champs du survol, affichés sous la forme « Champ : valeur ».

ide-hover-field = **{ $name } :** { $value }
ide-hover-owner = Propriétaire
ide-hover-lead = Responsable
ide-hover-review = Cadence de revue
ide-hover-role = Rôle
ide-hover-email = E-mail
ide-hover-owns = Parcours dont il ou elle est propriétaire
ide-hover-members = Membres
ide-hover-meets = Se réunit
ide-hover-values = Valeurs
ide-hover-facet = Facette
ide-hover-goal = Objectif
ide-hover-channel-kind = Type de canal
ide-hover-unit = Unité
ide-hover-better = Meilleur si
ide-hover-insight-kind = Type
ide-hover-source = Source
ide-hover-date = Date
ide-hover-committee = Comité
ide-hover-status = Statut
ide-hover-level = Niveau
ide-hover-level-value = L{ $level }
ide-hover-level-declared = L{ $level } (déclaré : L{ $declared })
ide-hover-level-unknown = inconnu, car la chaîne des parents est rompue ou forme un cycle
ide-hover-parent = Parent
ide-hover-reviewed = Dernière revue
ide-hover-next-review = Prochaine revue
ide-hover-overdue = { $date }, en retard de { $days ->
    [one] 1 jour
   *[other] { $days } jours
  }
ide-hover-future-of = État cible de
ide-hover-journey = Parcours
ide-hover-steps = Actions
ide-hover-emotion = Ressenti
ide-hover-kpi = Indicateur
ide-hover-target = Cible
ide-hover-actual = Réel
ide-hover-channel = Canal
ide-hover-team = Équipe
ide-hover-severity = Gravité
ide-hover-addressed-by = Opportunités qui y répondent
ide-hover-impact = Impact
ide-hover-effort = Effort

## Erreurs de renommage.

ide-rename-nothing = rien à renommer ici : placez le curseur sur le nom d'une déclaration ou sur une référence à celle-ci
ide-rename-keyword = `{ $word }` est un mot-clé du langage et ne peut pas être renommé
ide-rename-built-in = `{ $word }` est une valeur définie par le langage et ne peut pas être renommée
ide-rename-invalid-name = `{ $name }` n'est pas un nom valide : commencez par une lettre ou `_`, puis utilisez des lettres, des chiffres ou `_`
ide-rename-conflict = le nom `{ $name }` est déjà pris dans la même portée (type : { $kind }) ; choisissez un autre nom

## Actions de code.

ide-action-declare = Déclarer `{ $name }` ({ $kind })
ide-action-add-owner = Ajouter `owner: @{ $person }`

## Indications en ligne sur les parcours.

ide-hint-level-root = Niveau L0 : ce parcours n'a pas de parent
ide-hint-level-parent = Niveau L{ $level } : zoome sur `{ $parent }`
