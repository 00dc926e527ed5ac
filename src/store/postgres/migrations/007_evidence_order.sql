-- The evidence of a tally in the order factEvidence reads it (reviewed first, newest published,
-- undated last), so that the first few of a party's thousands of statements come from the index
-- instead of a sort of them all. PostgreSQL puts NULLs first in a descending scan of the
-- ascending index of 001; SQLite puts them last, so its index 009 serves already.
CREATE INDEX declaration_facts_evidence_order ON declaration_facts (declaration, object, property, reviewed DESC, published DESC NULLS LAST);
