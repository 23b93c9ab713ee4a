"""Stage 3, build: classified lines in, drafts out (a `BuildContext` holding sections and task drafts).

levels decides which numbering is the task level; tables finds plans printed as tables; machine runs
the state machine whose transition table (state × event → handler) is the whole dispatch; the
handlers live in front_matter and body, the state in context, the mutable drafts in drafts.
"""
