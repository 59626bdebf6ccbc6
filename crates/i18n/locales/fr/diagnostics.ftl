# Diagnostics. Les arguments kind, expected, found, first et place contiennent
# une clé comme « person » ; le formateur la remplace par le message kind-*.
# Ces mots s’emploient sans article (« de type { $kind } ») pour éviter
# les accords en genre.

## Types de déclarations et de valeurs

kind-top = niveau supérieur d’un fichier
kind-workspace = espace de travail
kind-person = personne
kind-team = équipe
kind-committee = comité
kind-facet = facette
kind-facet_value = valeur de facette
kind-persona = persona
kind-channel = canal
kind-kpi = indicateur (KPI)
kind-insight = insight
kind-journey = parcours
kind-phase = phase
kind-stage = étape
kind-step = action
kind-touchpoint = point de contact
kind-pain = irritant
kind-gain = gain
kind-opportunity = opportunité
kind-solution = solution
kind-kpi_value = valeur d’indicateur
kind-evidence = preuve physique
kind-frontstage = action visible (front-office)
kind-backstage = action invisible (back-office)
kind-support = processus de support
kind-name = nom
kind-path = chemin
kind-string = chaîne
kind-number = nombre
kind-percentage = pourcentage
kind-measure = nombre ou pourcentage
kind-date = date
kind-cadence = cadence
kind-list = liste
kind-keyword = mot-clé
kind-member = personne ou équipe
kind-person_list = liste de personnes
kind-member_list = liste de personnes et d’équipes

## Syntaxe

syntax-expected = attendu : { $expected } ; trouvé : { $found }
syntax-unexpected = élément inattendu : { $found }
syntax-missing-value = valeur manquante après `{ $key }:`
syntax-missing-comma = virgule manquante après cet élément de liste
syntax-invalid-list-item = ceci ne peut pas être un élément de liste
syntax-unterminated-string = chaîne non terminée
syntax-unterminated-comment = commentaire de bloc non terminé
syntax-unclosed = il manque le `{ $delimiter }` fermant
syntax-invalid-character = caractère invalide { $text }
syntax-nesting-too-deep = imbrication de plus de { $max } niveaux
syntax-invalid-escape = séquence d’échappement invalide `{ $escape }`
syntax-property-at-top-level = propriété `{ $key }` en dehors de toute déclaration
syntax-stray-block = bloc sans déclaration
help-unterminated-string = ajoutez le `"` fermant sur la même ligne, ou utilisez `"""` pour un texte sur plusieurs lignes
help-unterminated-triple-string = ajoutez le `"""` fermant
help-unterminated-comment = ajoutez le `*/` fermant
help-unclosed = ajoutez `{ $delimiter }` là où le bloc se termine
help-invalid-character = supprimez-le, ou placez le texte dans une chaîne
help-nesting-too-deep = les parcours ne s’imbriquent que sur quelques niveaux ; vérifiez les accolades et les crochets non appariés
settings-invalid = journey.toml invalide : { $reason }
settings-invalid-today = `today` doit être une date au format AAAA-MM-JJ
settings-invalid-max-depth = `max_depth` doit être un nombre entier supérieur ou égal à 1
settings-invalid-emotion = `emotion.min` doit être inférieur à `emotion.max`
settings-unknown-lint = lint inconnu `{ $name }`
settings-not-a-lint = { $code } signale une entrée impossible à compiler ; sa sévérité ne peut pas changer
settings-invalid-level = niveau de lint `{ $level }` invalide : utilisez error, warning, info ou allow
help-settings = les clés sont today, max_depth, [emotion] min et max, [lints] et [report] fail_on
help-settings-lints = désignez un lint par son code (J0501) ou par son nom (missing_owner) ; `journey check --list-codes` les liste tous

## Déclarations et propriétés

unknown-declaration = `{ $keyword }` ne peut pas être déclaré dans ce contexte : { $place }
help-declaration-top-level-only = `{ $keyword }` se déclare au niveau supérieur d’un fichier
help-declaration-belongs-in = `{ $keyword }` se déclare dans : { $places }
help-declaration-belongs-in-nested = `{ $keyword }` se déclare dans : { $places } ; si le bloc précédent se termine ici, il manque son `{"}"}` fermant
help-declaration-allowed = déclarations permises ici : { $keywords }
missing-name = `{ $keyword }` doit avoir un nom
help-missing-name = écrivez un nom après le mot-clé : `{ $keyword } mon_nom "Libellé"`
unexpected-name = `{ $keyword }` ne prend pas de nom
help-unexpected-name = supprimez le nom, ou mettez le texte dans un libellé entre guillemets
missing-label = `{ $keyword }` n’a pas de libellé
unknown-property = propriété inconnue `{ $key }` pour une déclaration de type { $kind }
help-allowed-properties = propriétés permises : { $keys }
help-no-properties = une déclaration de type { $kind } ne prend aucune propriété
duplicate-property = la propriété `{ $key }` est définie deux fois
duplicate-property-first = première définition ici
duplicate-workspace = l’espace de travail est déclaré deux fois
duplicate-workspace-first = première déclaration ici
invalid-value = attendu : { $expected } ; trouvé : { $found }
unknown-keyword-value = valeur inconnue `{ $value }`
help-keyword-values = utilisez l’une de ces valeurs : { $allowed }
invalid-date = `{ $date }` n’est pas une date du calendrier
help-invalid-date = écrivez les dates au format AAAA-MM-JJ, avec un mois et un jour qui existent
person-without-at = `{ $name }` désigne une personne sans `@`
help-person-without-at = écrivez `@{ $name }`
help-did-you-mean = vouliez-vous dire `{ $suggestion }` ?
fix-replace = remplacer par `{ $suggestion }`

## Noms

unknown-reference = aucune déclaration de type { $kind } ne s’appelle `{ $name }`
help-declare = ajoutez sa déclaration : `{ $keyword } { $name } "…"`
help-name-pain = `for:` désigne des irritants de ce parcours ; donnez un nom à l’irritant : `pain mon_irritant "…"`
unknown-facet-value = `{ $name }` n’est pas une valeur de la facette `{ $facet }`
facet-declared-here = facette déclarée ici
duplicate-name = `{ $name }` est déclaré deux fois
duplicate-name-label = deuxième déclaration
duplicate-name-first = première déclaration ici, de type { $first }
help-duplicate-name = les noms de premier niveau partagent un seul espace de noms pour tous les fichiers ; renommez l’une des deux déclarations
wrong-kind = `{ $name }` est de type { $kind }, pas de type { $expected }
not-a-person = `{ $key }` attend une personne, mais `{ $name }` est de type { $kind }
help-not-a-person = `@` désigne des personnes ; déclarez la personne avec `person`
declared-here = déclaration ici, de type { $kind }
unused-declaration = la déclaration `{ $name }` (de type { $kind }) n’est jamais utilisée
help-unused = supprimez-la, ou faites-y référence depuis un parcours

## Cadre des parcours

parent-cycle = les parents de ces parcours forment un cycle : { $journeys }
parent-cycle-member = fait partie du cycle
help-parent-cycle = un parcours détaille une étape d’un parcours de niveau supérieur ; supprimez un `parent` pour rompre le cycle
parent-not-stage = `{ $path }` ne désigne ni une étape ni une action
help-parent-path = écrivez `parent: { $journey }.étape` ou `parent: { $journey }.étape.action`
parent-not-found = `{ $name }` n’est ni une étape ni une action de `{ $path }`
help-parent-candidates = noms possibles : { $names }
level-mismatch = niveau déclaré { $declared }, mais `parent` place ce parcours au niveau { $level }
help-level-mismatch = corrigez `level`, ou supprimez-le : le niveau se déduit de `parent`
root-with-level = le parcours `{ $name }` déclare le niveau { $declared } mais n’a pas de parent : aucun parcours L0 ne l’atteint
help-root-with-level = ajoutez `parent:` avec l’étape que ce parcours détaille, ou supprimez `level`
unreachable-journey = le parcours `{ $name }` n’est rattaché à aucun parcours L0
help-unreachable = sa chaîne de parents aboutit à un cycle ; corrigez le cycle
framework-too-deep = ce parcours est au niveau L{ $level }, au-delà des { $max } niveaux autorisés
help-framework-too-deep = rattachez-le plus haut dans le cadre des parcours, ou augmentez `max_depth` dans journey.toml

## Valeurs

emotion-out-of-scale = le ressenti { $value } sort de l’échelle { $min }..{ $max }
help-emotion-scale = l’échelle se règle avec [emotion] min et max dans journey.toml
percentage-out-of-range = { $value } % sort de l’intervalle de 0 % à 100 %
incomplete-kpi = l’indicateur `{ $name }` définit `{ $present }` mais pas `{ $absent }`
help-incomplete-kpi = ajoutez `{ $absent }:` pour pouvoir mesurer l’écart
kpi-units-differ = l’indicateur `{ $name }` donne `{ $percent }` en pourcentage mais `{ $number }` en nombre simple
kpi-units-differ-percent = `{ $key }` est un pourcentage
help-kpi-units-differ = écrivez les deux valeurs en pourcentage (`62%`) ou les deux en nombres simples, pour pouvoir mesurer l’écart
reviewed-in-future = revu le { $date }, après aujourd’hui ({ $today }, d’après { $source })

## Gouvernance

missing-owner = le parcours `{ $name }` n’a pas de propriétaire
help-add-owner = ajoutez `owner: @personne`
committee-without-owner = le comité `{ $name }` n’a pas de propriétaire
validated-never-reviewed = le parcours `{ $name }` est validé mais n’a jamais été revu
help-validated-never-reviewed = ajoutez `reviewed: AAAA-MM-JJ` avec la date de la dernière revue
review-overdue = la revue de `{ $name }` a { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } de retard : dernière revue le { $reviewed }, échéance le { $due } ({ $cadence }) ; nous sommes le { $today } (d’après { $source })
help-review-overdue = revoyez le parcours et mettez à jour `reviewed:`
pain-without-opportunity = l’irritant « { $label } » n’est lié à aucune opportunité
help-pain-without-opportunity = ajoutez une opportunité dans la même étape ou action, ou citez l’irritant dans le `for:` d’une opportunité
opportunity-without-owner = l’opportunité « { $label } » n’a pas de propriétaire
missing-current-state = `future_of` désigne `{ $name }`, qui n’est pas un parcours
help-missing-current-state = `future_of` désigne le parcours de l’état actuel que celui-ci remplace
empty-stage = l’étape `{ $name }` n’a aucune action
help-empty-stage = ajoutez des actions, ou détaillez-la depuis un autre parcours avec `parent:`

## Origine de la date du jour

source-flag = l’option --today
source-settings = journey.toml
source-clock = l’horloge du système
kind-end_of_file = fin du fichier
kind-comment = commentaire

## Résumé en une ligne de chaque code, pour les listes de règles (SARIF, --list-codes)

rule-syntax-error = Le texte ne respecte pas la grammaire.
rule-unterminated-string = Une chaîne ou un commentaire de bloc n’est pas fermé.
rule-unclosed-delimiter = Un `{"{"}` ou un `[` n’a pas de fermeture correspondante.
rule-invalid-character = Un caractère qui ne fait pas partie du langage.
rule-nesting-too-deep = Des blocs ou des listes imbriqués plus profondément que l’analyseur ne le permet.
rule-invalid-utf8 = Le fichier n’est pas en UTF-8 valide.
rule-invalid-escape = Une chaîne contient une séquence d’échappement inconnue.
rule-file-too-large = Le fichier ou l’espace de travail dépasse une limite de taille.
rule-invalid-settings = journey.toml est illisible ou contient une valeur invalide.
rule-text-too-long = Un nom ou un libellé dépasse la longueur permise.
rule-unknown-declaration = Un mot-clé de déclaration qui n’est pas permis à cet endroit.
rule-unknown-property = Une propriété que la déclaration n’a pas.
rule-missing-name = Une déclaration sans son nom, ou avec un nom qu’elle ne prend pas.
rule-duplicate-property = La même propriété est définie deux fois dans un bloc.
rule-invalid-value = Une valeur de propriété qui n’a pas la forme attendue.
rule-unknown-keyword-value = Une valeur qui ne fait pas partie des mots permis.
rule-duplicate-workspace = Plus d’un bloc workspace.
rule-missing-label = Une déclaration sans libellé lisible.
rule-unknown-reference = Un nom qu’aucune déclaration ne définit.
rule-duplicate-name = Deux déclarations portent le même nom.
rule-wrong-kind = Un nom qui désigne une déclaration du mauvais type.
rule-unused-declaration = Une déclaration à laquelle rien ne fait référence.
rule-parent-cycle = Des parcours dont les parents forment un cycle.
rule-parent-not-found = Un chemin `parent` qui n’aboutit ni à une étape ni à une action.
rule-level-mismatch = Un niveau déclaré qui diffère du niveau déduit.
rule-framework-too-deep = Un parcours plus profond que le nombre de niveaux permis.
rule-unreachable-journey = Un parcours qu’aucun parcours L0 n’atteint.
rule-emotion-out-of-scale = Un ressenti hors de l’échelle déclarée.
rule-percentage-over-100 = Un pourcentage hors de l’intervalle 0 à 100.
rule-incomplete-kpi = Un indicateur avec une cible mais sans valeur réelle, ou l’inverse.
rule-invalid-date = Une date qui n’existe pas.
rule-reviewed-in-future = Une date de revue postérieure à aujourd’hui.
rule-kpi-units-differ = Un indicateur dont la cible et la valeur réelle mêlent un pourcentage et un nombre simple.
rule-missing-owner = Un parcours sans propriétaire.
rule-owner-not-person = Un propriétaire qui n’est pas une personne.
rule-committee-without-owner = Un comité sans propriétaire.
rule-validated-never-reviewed = Un parcours validé sans date de revue.
rule-review-overdue = Un parcours dont la revue est en retard sur sa cadence.
rule-pain-without-opportunity = Un irritant qu’aucune opportunité ne traite.
rule-opportunity-without-owner = Une opportunité sans propriétaire.
rule-missing-current-state = Un parcours d’état cible dont l’état actuel n’existe pas.
rule-empty-stage = Une étape sans action qu’aucun parcours ne détaille.
