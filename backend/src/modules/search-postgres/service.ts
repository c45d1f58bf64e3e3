import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { closestWithinTypos, queryWords, typoBudget } from "@tiwizi/search-text"
import { TEXT_SEARCH_LANGUAGE } from "./text-search-config"
import { keywordTsQuerySql, mapFacetResult, normalizeFacetRequests } from "@medusajs/search-postgres/dist/utils"
import { facetsSql } from "./facets"
import { fieldsToDrop, finishDocumentsSql, refuseDroppedFieldReads } from "./hidden-fields"
import { addRankColumnSql, rankingFields, rankVectorSql, RANK_COLUMN } from "./rank-vector"
import { addWordsSql, candidatesSql, VOCABULARY_TABLE } from "./vocabulary"

type Dependencies = ConstructorParameters<typeof PostgresSearchService>[0]
type Options = NonNullable<ConstructorParameters<typeof PostgresSearchService>[1]>

const WORDS_PER_STATEMENT = 500

/**
 * Medusa's PostgreSQL search provider (GIN-indexed `tsvector`s, facets, filters, sorts), with
 * our languages: documents and queries share one text search configuration that stems French
 * and Arabic (`text-search-config.ts`), queries are read in the search normal form without stop
 * words, and typos are corrected against the index's own vocabulary before the query runs, by
 * Meilisearch's rule (1 typo from 5 letters, 2 from 9). The stock provider's typo tolerance
 * compares the query with every document's text instead, which is both looser and slower.
 *
 * At scale: results rank on a small vector of titles and key terms (`rank-vector.ts`), and each
 * stored JSON copy of a document keeps only what it is read for (`hidden-fields.ts`), which made
 * broad queries at 10,000 products ten times faster.
 */
export default class TiwiziPostgresSearchService extends PostgresSearchService {
  static identifier = "tiwizi-postgres"

  constructor(dependencies: Dependencies, options: Options = {}) {
    super(dependencies, { ...options, language: TEXT_SEARCH_LANGUAGE })
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    const catalog = await this.getCatalog(input.index)
    const ids = [...new Set(input.documents.map((document) => String(document[input.definition.primary_key])))]
    const rankVector = rankVectorSql(this.tsConfig_, rankingFields(input.definition))
    const drop = fieldsToDrop(input.definition)
    for (let start = 0; catalog && start < ids.length; start += WORDS_PER_STATEMENT) {
      const chunk = ids.slice(start, start + WORDS_PER_STATEMENT)
      await this.manager_.execute(addWordsSql(catalog.table_name, chunk), [input.index, ...chunk])
      await this.manager_.execute(finishDocumentsSql(catalog.table_name, rankVector, drop, chunk.length), chunk)
    }
    return task
  }

  protected async createDocumentTable(...args: Parameters<PostgresSearchService["createDocumentTable"]>): Promise<void> {
    await super.createDocumentTable(...args)
    const [table, , manager] = args
    await manager.execute(addRankColumnSql(table))
  }

  /**
   * Runs a text query's statements on the full-text index, and the hits and the total on two
   * connections at once. PostgreSQL prices reading a row's search vector as free, but it is
   * stored out of line: scanning the table and testing each vector read them all (40 ms at
   * 10,000 products), where the index reads none. Hits and total each read every match, so in
   * parallel they take half as long.
   */
  protected async executeQuery(
    parts: Parameters<PostgresSearchService["executeQuery"]>[0],
  ): ReturnType<PostgresSearchService["executeQuery"]> {
    const byIndex = this.textQuery_
      ? {
          ...parts,
          prelude: async (manager: Parameters<NonNullable<typeof parts.prelude>>[0]) => {
            await parts.prelude?.(manager)
            await manager.execute("SET LOCAL enable_seqscan = off")
          },
        }
      : parts
    if (!parts.count || parts.take === 0) return super.executeQuery(byIndex)
    const [hits, total] = await Promise.all([
      super.executeQuery({ ...byIndex, count: false }),
      super.executeQuery({ ...byIndex, take: 0 }),
    ])
    return { hitRows: hits.hitRows, count: total.count }
  }

  /**
   * Every facet in one statement (`facets.ts`), on the full-text index when the search matches
   * text (see `executeQuery`).
   */
  protected async resolveFacets(
    input: Parameters<PostgresSearchService["resolveFacets"]>[0],
  ): ReturnType<PostgresSearchService["resolveFacets"]> {
    const requests = normalizeFacetRequests(input.requests, input.plan)
    if (!requests.length) return undefined
    const { sql, params } = facetsSql({ table: input.table, scope: input.scopeWhere, requests, plan: input.plan })
    // The text match is the provider's only `@@` predicate.
    const matchesText = !!input.scopeWhere?.sql.includes("@@")
    const [row]: { facets: Record<string, Record<string, unknown>[]> }[] = matchesText
      ? await this.withTransaction(async (manager) => {
          await manager.execute("SET LOCAL enable_seqscan = off")
          return manager.execute(sql, params)
        })
      : await this.manager_.execute(sql, params)
    return Object.fromEntries(requests.map((request, position) => [request.field, mapFacetResult(request, row.facets[String(position)])]))
  }

  /**
   * Whether the query being built matches text: set by `keywordFragments` and read by
   * `executeQuery`, which the provider calls right after it with no `await` between, so
   * concurrent searches cannot interleave here.
   */
  private textQuery_ = false

  /** Matching as the provider does it, on the full search vector; ranking on the small one (`rank-vector.ts`). */
  protected keywordFragments(...args: Parameters<PostgresSearchService["keywordFragments"]>): ReturnType<PostgresSearchService["keywordFragments"]> {
    const fragments = super.keywordFragments(...args)
    const q = fragments.q
    this.textQuery_ = !!q
    if (!q) return fragments
    const tsquery = keywordTsQuerySql(this.tsConfig_, args[0].query.search_options?.match_strategy)
    return {
      ...fragments,
      rankSql: (params) => {
        params.push(q)
        return `ts_rank_cd("${RANK_COLUMN}", ${tsquery})`
      },
    }
  }

  async clearIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await super.clearIndex(input)
    await this.forgetWords(input.index)
    return task
  }

  async deleteIndex(input: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await super.deleteIndex(input)
    await this.forgetWords(input.index)
    return task
  }

  /**
   * Runs the query as read by `readQuery`. `metadata.query` is the corrected query when a word
   * was corrected, so the shop can say "results for khenifra" under "khnifra".
   */
  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    refuseDroppedFieldReads(input)
    const { q, corrected } = await this.readQuery(input)
    const result = await super.search({
      ...input,
      q,
      search_options: { ...input.search_options, typo_tolerance: false },
    })
    return { ...result, metadata: { ...result.metadata, query: corrected ? q : input.q } }
  }

  private async readQuery(input: SearchTypes.ProviderSearchQuery): Promise<{ q?: string; corrected: boolean }> {
    const terms = queryWords(input.q ?? "")
    // Nothing searchable in the normal form ("?!"): left as typed, it matches nothing.
    if (!terms.length) return { q: input.q, corrected: false }
    const options = input.search_options ?? {}
    const typos = !!options.typo_tolerance && (input.index.settings.typo_tolerance?.enabled ?? true)
    const catalog = typos ? await this.getCatalog(input.index.physical_name) : null
    if (!catalog) return { q: terms.join(" "), corrected: false }

    const typeahead = options.match_strategy === "last"
    const read = await Promise.all(
      terms.map(async (term, position) => {
        // While typing, the last word is a prefix, not a misspelling.
        if (typoBudget(term) === 0 || (typeahead && position === terms.length - 1)) return term
        if (await this.isIndexed(catalog.table_name, term)) return term
        const rows: { word: string }[] = await this.manager_.execute(candidatesSql, [input.index.physical_name, term, term])
        return closestWithinTypos(term, rows.map((row) => row.word)) ?? term
      }),
    )
    return { q: read.join(" "), corrected: read.some((word, i) => word !== terms[i]) }
  }

  /** Whether some document holds the word (after stemming, so "tapis" and "laines" count). */
  private async isIndexed(table: string, word: string): Promise<boolean> {
    const rows = await this.manager_.execute(
      `SELECT 1 FROM "${table}" WHERE "search_vector" @@ plainto_tsquery('${this.tsConfig_}', ?) LIMIT 1`,
      [word],
    )
    return rows.length > 0
  }

  private async forgetWords(index: string): Promise<void> {
    await this.manager_.execute(`DELETE FROM "${VOCABULARY_TABLE}" WHERE "index_name" = ?`, [index])
  }
}
