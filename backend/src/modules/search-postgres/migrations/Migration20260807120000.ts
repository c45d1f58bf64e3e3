/**
 * Medusa's PostgreSQL search provider's own migration (pg_trgm, unaccent, its catalog table),
 * which runs only for a provider registered from its package: ours extends it, so runs it too.
 */
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
