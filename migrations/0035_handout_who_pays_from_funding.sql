-- The client handout's "who pays" now comes from the funding lines (0017) for the client's own
-- situation, in plain words, so the fixed 'who_pays' handout texts are no longer used. The
-- handout texts are part of the in-memory knowledge base from now on (export, import, version).
DELETE FROM handout_texts WHERE field = 'who_pays';
