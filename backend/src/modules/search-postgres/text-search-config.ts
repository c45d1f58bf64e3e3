/**
 * The PostgreSQL text search configuration our documents and queries are parsed with, as
 * `medusa_search_tiwizi` (the provider's `language` is `tiwizi`). Texts reach PostgreSQL in
 * the search normal form (`@tiwizi/search-text`: Latin accents folded, Arabic letters unified),
 * so every Latin word is ASCII and goes to the French Snowball stemmer (which also reduces
 * English plurals), and every other word is Arabic and goes to the Arabic one, which strips the
 * article and attached prepositions (الزربيه, بالصوف → زرب, صوف). One configuration for all
 * three languages keeps one index and one query per search.
 */
export const TEXT_SEARCH_LANGUAGE = "tiwizi"

export const createTextSearchConfigSql = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_${TEXT_SEARCH_LANGUAGE}') THEN
    CREATE TEXT SEARCH CONFIGURATION medusa_search_${TEXT_SEARCH_LANGUAGE} (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION medusa_search_${TEXT_SEARCH_LANGUAGE}
      ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH french_stem;
    ALTER TEXT SEARCH CONFIGURATION medusa_search_${TEXT_SEARCH_LANGUAGE}
      ALTER MAPPING FOR word, hword, hword_part WITH arabic_stem;
  END IF;
END
$$;
`
