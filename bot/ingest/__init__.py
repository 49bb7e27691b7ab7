"""Ingestion: a report's text -> candidate facts with their verbatim sentence, for an admin
to approve. Reader comments, navigation and boilerplate are not facts."""
