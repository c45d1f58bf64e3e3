/**
 * The words each physical index holds, in the search normal form, for typo correction: a query
 * word the index does not know is replaced by the closest known word within its typo budget.
 * A trigram index finds the candidates among tens of thousands of words in a millisecond, which
 * keeps typo-tolerant queries on the index instead of comparing every document.
 */
export const VOCABULARY_TABLE = "tiwizi_search_word"

export const createVocabularySql = [
  `CREATE TABLE IF NOT EXISTS "${VOCABULARY_TABLE}" (
    "index_name" text NOT NULL,
    "word" text NOT NULL,
    CONSTRAINT "${VOCABULARY_TABLE}_pkey" PRIMARY KEY ("index_name", "word")
  )`,
  `CREATE INDEX IF NOT EXISTS "${VOCABULARY_TABLE}_trgm_idx" ON "${VOCABULARY_TABLE}" USING GIN ("word" gin_trgm_ops)`,
]

/** Adds the words of the given documents' searchable text; words are never removed until a rebuild. */
export function addWordsSql(table: string, ids: string[]): string {
  return `INSERT INTO "${VOCABULARY_TABLE}" ("index_name", "word")
    SELECT DISTINCT ?, word FROM "${table}", regexp_split_to_table("search_text", '\\s+') AS word
    WHERE "id" IN (${ids.map(() => "?").join(", ")}) AND length(word) >= 3
    ON CONFLICT DO NOTHING`
}

/** Known words resembling a query word, most alike first (pg_trgm's `%`, similarity ≥ 0.3). */
export const candidatesSql = `SELECT "word" FROM "${VOCABULARY_TABLE}"
  WHERE "index_name" = ? AND "word" % ? ORDER BY similarity("word", ?) DESC, "word" LIMIT 20`
