-- Product titles in Spanish, Portuguese (Brazil), German and Arabic. NULL (a catalogue seeded
-- before these columns) reads as the English title.
ALTER TABLE products ADD COLUMN title_es TEXT;
ALTER TABLE products ADD COLUMN title_pt_br TEXT;
ALTER TABLE products ADD COLUMN title_de TEXT;
ALTER TABLE products ADD COLUMN title_ar TEXT;
