"""warta's search library: reading, analysis, entities and the index.

Kept import-light on purpose: the TUI imports from here before its first frame, so Whoosh,
Sastrawi and the tagger are loaded only by the modules that need them.
"""
