"""Actors stage: persons, organizations and states, in-article coreference, and the
office-holder knowledge base (``kb``) and gazetteers (``countries``) it relies on."""
