"""The accounting year's name as the rules spell it: one alternation, so every pattern that reads "fiscal" also reads
the "financial year" of British, Indian, Malaysian, Australian and South African usage.

"financial" stands for "fiscal" only before "year": elsewhere it is an adjective of its own ("financial results",
"financial services"), and "financial 2027" is not said."""

FISCAL = r"(?:fiscal|financial(?=[\s-]+year\b))"
