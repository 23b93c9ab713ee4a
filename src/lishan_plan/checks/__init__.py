"""Stage 5, validate: a `Notice` in, findings and a `Report` out.

rules holds the checks, each a small generator named after the code it emits, over the one
catalogue in diagnostics.py (shared with the builder, which reports structural problems itself).
"""
