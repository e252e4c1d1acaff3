"""How front matter writes a value's bound ("~600000000", ">15", "<=3000000000") and how a reader
reads it: the claim's own sentence and the site's pages say the same words."""

BOUND_WORDS = {"~": "about", ">": "more than", "<": "less than", ">=": "at least", "<=": "up to"}
