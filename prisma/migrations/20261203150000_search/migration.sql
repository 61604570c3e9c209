-- Search (issue 14): trigram indexes make names and titles findable with typos; full-text indexes
-- ('simple' configuration: no language's stemming, since members write in English and Chinese)
-- cover the longer texts. The embedded database (PGlite) loads the same pg_trgm extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "User_displayName_trgm_idx" ON "User" USING gin ("displayName" gin_trgm_ops);
CREATE INDEX "User_username_trgm_idx" ON "User" USING gin ("username" gin_trgm_ops);
CREATE INDEX "User_bio_fts_idx" ON "User" USING gin (to_tsvector('simple', "bio"));

CREATE INDEX "Club_name_trgm_idx" ON "Club" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Club_description_fts_idx" ON "Club" USING gin (to_tsvector('simple', "description"));

CREATE INDEX "Room_title_trgm_idx" ON "Room" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Room_description_fts_idx" ON "Room" USING gin (to_tsvector('simple', "description"));
