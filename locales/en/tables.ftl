# Words every table builder shares (analysis/tables/common.py).

# What the marks after a share mean (the survey tables' value status).
tables-status-note = † printed, but the article leaves the year ambiguous; we infer it.  * not printed; implied by the printed shares closing to 100.

## Hyphenation of table cells: the letters the syllable rule counts as vowels, and the
## letters a line may not break before. English: none (the browser's business).
tables-hyphenation-vowels = {""}
tables-hyphenation-no-break-before = {""}
# The glossary's "where" for a term of the edition's own writing, not of the article.
tables-glossary-edition = this edition
# The glossary's "where" for a term only public records name (not the article).
tables-glossary-public = public records
