"""Events stage: PLOVER events from the parse (``extract``), their status (``status``),
the trigger lexicon (``lexicon``) and within-article consolidation (``merge``)."""
