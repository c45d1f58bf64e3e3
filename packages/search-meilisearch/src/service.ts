import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { Meilisearch, MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type IndexObject } from "meilisearch"
import { encodeDocument } from "./documents"
import { invalidData, meili } from "./errors"
import { leafFields, type FieldMap } from "./fields"
import { compileFilter } from "./filters"
import { planSearch } from "./search-plan"
import { compileSettings } from "./settings"
import { enqueuedTask, settledTask } from "./tasks"
import type { MeilisearchLimits, MeilisearchProviderOptions } from "./types"

const DEFAULTS = { maxTotalHits: 100_000, maxValuesPerFacet: 1_000, taskTimeoutMs: 120_000 }
// Polls a waited-on task this often; Meilisearch's client would poll every 50 ms.
const TASK_POLL_MS = 100

/** What this process knows of a physical index: enough to delete by id or by typed filter. */
type IndexSchema = { primaryKey: string; fields?: FieldMap }

/**
 * The Meilisearch provider of Medusa's Search Module. It turns index definitions into complete
 * Meilisearch settings, writes documents with dates as epoch milliseconds, and answers each
 * search with one multi-search round trip. Queries are normalised exactly like our documents
 * (`@tiwizi/search-text`), so it finds what the PostgreSQL provider finds; what Meilisearch cannot
 * answer exactly throws rather than returning something close.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected client_: Meilisearch
  protected limits_: MeilisearchLimits
  protected taskTimeoutMs_: number
  // Physical index → schema, learnt from the definitions this process handles. Deletes arrive
  // with an index name only.
  protected schemas_ = new Map<string, IndexSchema>()

  constructor(_container: Record<string, unknown>, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        'The Meilisearch search provider needs a "host" option, such as http://127.0.0.1:7700 (MEILISEARCH_HOST)',
      )
    }
    this.client_ = new Meilisearch({ host: options.host, apiKey: options.apiKey })
    this.limits_ = {
      maxTotalHits: options.maxTotalHits ?? DEFAULTS.maxTotalHits,
      maxValuesPerFacet: options.maxValuesPerFacet ?? DEFAULTS.maxValuesPerFacet,
    }
    this.taskTimeoutMs_ = options.taskTimeoutMs ?? DEFAULTS.taskTimeoutMs
  }

  protected learn(index: string, definition: SearchTypes.ResolvedSearchIndexDefinition): void {
    this.schemas_.set(index, { primaryKey: definition.primary_key, fields: leafFields(definition.fields) })
  }

  protected async schemaOf(index: string): Promise<IndexSchema> {
    const known = this.schemas_.get(index)
    if (known) return known
    const primaryKey = (await meili(() => this.client_.index(index).fetchPrimaryKey())) ?? "id"
    return { primaryKey }
  }

  /** Waits for a structural write and throws with Meilisearch's reason if it did not go through. */
  protected async settle(write: () => EnqueuedTaskPromise, what: string) {
    const task = await meili(() => write().waitTask({ timeout: this.taskTimeoutMs_, interval: TASK_POLL_MS }))
    if (task.status !== "succeeded") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not ${what}: ${task.error?.message ?? task.status}`)
    }
    return task
  }

  protected async rawIndex(index: string): Promise<IndexObject | undefined> {
    try {
      return await meili(() => this.client_.getRawIndex(index))
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return undefined
      throw error
    }
  }

  /**
   * Creates the index with the definition's primary key, or recreates it when it holds another
   * one (Meilisearch cannot change it once documents exist); the module only points this at an
   * index it is about to seed, so nothing serving reads is lost.
   */
  protected async ensureIndex(uid: string, primaryKey: string): Promise<void> {
    const existing = await this.rawIndex(uid)
    if (existing?.primaryKey === primaryKey) return
    if (existing && existing.primaryKey == null) {
      await this.settle(() => this.client_.updateIndex(uid, { primaryKey }), `set the primary key of index "${uid}"`)
      return
    }
    if (existing) await this.settle(() => this.client_.deleteIndex(uid), `drop index "${uid}" to change its primary key`)
    await this.settle(() => this.client_.createIndex(uid, { primaryKey }), `create index "${uid}"`)
  }

  /**
   * Creates or updates the index and waits until its settings apply, so a definition Meilisearch
   * rejects fails the migration at startup instead of the first search.
   */
  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = compileSettings(index, this.limits_)
    const uid = index.physical_name
    await this.ensureIndex(uid, index.primary_key)
    const task = await this.settle(() => this.client_.index(uid).updateSettings(settings), `apply the settings of index "${uid}"`)
    this.learn(uid, index)
    return settledTask(task, uid)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.schemas_.delete(index)
    if (!(await this.rawIndex(index))) return { index, status: "succeeded" }
    return enqueuedTask(await meili(() => this.client_.deleteIndex(index)), index)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await meili(() => this.client_.getStats())
    const indexes: IndexObject[] = []
    for (let offset = 0; ; offset += 100) {
      const page = await meili(() => this.client_.getRawIndexes({ offset, limit: 100 }))
      indexes.push(...page.results)
      if (indexes.length >= page.total || !page.results.length) break
    }
    return indexes.map((index) => ({
      name: index.uid,
      provider: MeilisearchSearchService.identifier,
      document_count: stats.indexes[index.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(index.createdAt),
      updated_at: new Date(index.updatedAt),
    }))
  }

  async upsertDocuments({ index, definition, documents }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    this.learn(index, definition)
    if (!documents.length) return { index, status: "succeeded" }
    const encoded = documents.map((document) => encodeDocument(document, definition.fields))
    return enqueuedTask(await meili(() => this.client_.index(index).addDocuments(encoded, { primaryKey: definition.primary_key })), index)
  }

  /** Deletes by id through Meilisearch's batch delete, anything else through a compiled filter. */
  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const schema = await this.schemaOf(index)
    const target = this.client_.index(index)
    const ids = extractPrimaryKeyFilter(filters, { primary_key: schema.primaryKey })
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      return enqueuedTask(await meili(() => target.deleteDocuments(ids)), index)
    }
    const filter = compileFilter(filters, schema.fields)
    if (!filter) throw invalidData(`Deleting from search index "${index}" needs filters that select documents; use clearIndex to empty it`)
    return enqueuedTask(await meili(() => target.deleteDocuments({ filter })), index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return enqueuedTask(await meili(() => this.client_.index(index).deleteAllDocuments()), index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query of every search, facet counts included, in one multi-search round trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const plans = inputs.map((input) => {
      this.learn(input.index.physical_name, input.index)
      return planSearch(input, this.limits_)
    })
    const { results } = await meili(() => this.client_.multiSearch({ queries: plans.flatMap((plan) => plan.queries) }))
    let offset = 0
    return plans.map((plan) => {
      const responses = results.slice(offset, offset + plan.queries.length)
      offset += plan.queries.length
      return plan.assemble(responses)
    })
  }

  /** Waits until Meilisearch has applied a write; the module calls it before activating a seed. */
  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.id === undefined) return task
    const timeout = options?.timeout_ms ?? this.taskTimeoutMs_
    try {
      const settled = await meili(() => this.client_.tasks.waitForTask(Number(task.id), { timeout, interval: TASK_POLL_MS }))
      return settledTask(settled, task.index)
    } catch (error) {
      if (!(error instanceof MeilisearchTaskTimeOutError)) throw error
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch task ${task.id} on "${task.index}" did not finish within ${timeout} ms`)
    }
  }
}
