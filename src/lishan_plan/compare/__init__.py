"""After the pipeline, compare: two `Notice`s in, a `DiffReport` out (what changed, task by task).

match pairs the tasks of the old and the new notice (same id and similar text first, then the best
overall assignment by text similarity); changes reads each pair and the registry into changes; formats
renders the report as text, markdown, JSON or CSV.
"""
