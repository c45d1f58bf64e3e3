import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

export { MeilisearchSearchService } from "./service"
export type { MeilisearchProviderOptions } from "./types"
export { compileSettings, RANKING_RULES } from "./settings"
export { compileFilter } from "./filters"
export { compileSort } from "./sort"
export { queryText } from "./query-text"
export { planSearch } from "./search-plan"
export { encodeDocument, decodeDocument } from "./documents"

/** The Meilisearch provider for Medusa's Search Module, registered as `meilisearch`. */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchService] })
