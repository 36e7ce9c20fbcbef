"""Table builders (great-tables). Each takes validated processed frames and returns a GT."""
