"""Stage 2, lines: text in, classified lines out (`Document` of `Line` records).

normalize folds widths, punctuation and script one character for one (offsets stay those of the
text); patterns is the ordered table of line kinds, a real sample line above each; classify gives
every line its kind, named groups and table cells; layout finds a PDF page width and running headers.
"""
