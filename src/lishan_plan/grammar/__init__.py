"""The grammar every stage shares: words and phrases, not lines. Imports nothing but the model and spans.

vocabulary (labels, verbs, column names), labels (label patterns), text (squeezing, script), numerals,
deadlines, units (splitting lists, deriving names), roles (role brackets, labelled values, verb
clauses, notes about later tasks, prose), owners (leaders or units a heading names).
"""
