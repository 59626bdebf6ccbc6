# Limites de taille des noms et des libellés.

limits-name-too-long = ce nom de { $keyword } compte { $length } caractères, plus que les { $max } permis
limits-label-too-long = ce libellé de { $keyword } compte { $length } caractères, plus que les { $max } permis ; la suite est ignorée
limits-help-name-too-long = choisissez un nom court ; le libellé peut en dire plus
limits-help-label-too-long = gardez un libellé court et placez le reste dans une `description:`
