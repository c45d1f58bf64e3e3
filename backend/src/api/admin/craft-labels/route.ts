import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { categories, dyes, materials, techniques } from "@tiwizi/crafts"

const frenchByCode = (entries: readonly { code: string; label: { fr: string } }[]) =>
  Object.fromEntries(entries.map(({ code, label }) => [code, label.fr]))

/**
 * `GET /admin/craft-labels`: the French names of the craft codes provenance and categories store
 * (techniques, materials, dyes, category handles), for the admin pages. Served by the backend,
 * which owns `@tiwizi/crafts`: the admin's Vite build cannot bundle that CommonJS workspace package.
 */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json({
    techniques: frenchByCode(techniques),
    materials: frenchByCode(materials),
    dyes: frenchByCode(dyes),
    categories: Object.fromEntries(categories.map(({ handle, label }) => [handle, label.fr])),
  })
}
