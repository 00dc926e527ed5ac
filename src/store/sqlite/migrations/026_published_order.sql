-- Documents newest published first, undated last, as `accord docs` and the Documents page list
-- them: read from this index instead of a sort of every document (the sample flag in it, for
-- lists without the samples).
CREATE INDEX documents_published_order ON documents ((published IS NULL), published DESC, seq DESC, sample);
