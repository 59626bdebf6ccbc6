# Limits on the size of names and labels.

limits-name-too-long = this { $keyword } name is { $length } characters long, more than the { $max } allowed
limits-label-too-long = this { $keyword } label is { $length } characters long, more than the { $max } allowed; the rest is ignored
limits-help-name-too-long = choose a short name; the label can say more
limits-help-label-too-long = keep the label short and move the rest to a `description:`
