"""Stage 4, finish: drafts in, the `Notice` out.

tasks turns task drafts into model tasks (roles reads their values into units, leaders, deadlines);
header resolves the front matter into `Meta`; conventions finds and applies lead conventions;
notice carries notes forward, applies heading owners, assigns ids and closes container spans.
"""
