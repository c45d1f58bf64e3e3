import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TiwiziPostgresSearchService from "./service"

/** Medusa's PostgreSQL search provider, taught to read our languages (see `service.ts`). */
export default ModuleProvider(Modules.SEARCH, { services: [TiwiziPostgresSearchService] })
