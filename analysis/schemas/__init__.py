"""pandera models: the codebook of every raw and processed table.

Each model documents its columns (description, unit in ``metadata``) and its rules; the book's
codebook appendix is rendered from these models, never written by hand.
"""
