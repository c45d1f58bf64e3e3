/** Options of the Meilisearch provider, as passed in `medusa-config.ts`. */
export type MeilisearchProviderOptions = {
  /** The server's URL, such as `http://127.0.0.1:7700`. */
  host: string
  /** A key allowed to manage indexes, documents, settings and tasks. */
  apiKey?: string
  /**
   * The most documents a query can count or page through (Meilisearch's `maxTotalHits`). Counts
   * and range facets are exact up to it; an exact count that reaches it throws rather than
   * reporting the cap as the total. Defaults to 100,000, the catalogue size we design for.
   */
  maxTotalHits?: number
  /**
   * The most distinct values a value facet can report (Meilisearch's `maxValuesPerFacet`).
   * Defaults to 1,000: cooperatives, categories and materials stay well below it.
   */
  maxValuesPerFacet?: number
  /** How long to wait for a Meilisearch task before giving up, in ms. Defaults to 120,000. */
  taskTimeoutMs?: number
}

/** The limits compiled into every index and checked on every result. */
export type MeilisearchLimits = {
  maxTotalHits: number
  maxValuesPerFacet: number
}
