import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createTextSearchConfigSql } from "../text-search-config"
import { createVocabularySql, VOCABULARY_TABLE } from "../vocabulary"

/** Our text search configuration and the vocabulary typo correction reads. */
export class Migration20261129060000 extends Migration {
  async up(): Promise<void> {
    this.addSql(createTextSearchConfigSql)
    for (const sql of createVocabularySql) this.addSql(sql)
  }

  async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "${VOCABULARY_TABLE}"`)
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_tiwizi`)
  }
}
