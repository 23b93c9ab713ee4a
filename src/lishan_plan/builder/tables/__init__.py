"""Tables inside the build stage: find (header rows, row renderings), cells (cell geometry and the
best-fit placing of a row's cells), rows (table rows into task drafts)."""
