import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** The repository's root: this file is compiled to infra/embedded/dist/paths.js. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
export const backendDir = join(repoRoot, "backend")
export const storefrontDir = join(repoRoot, "storefront")
/** Local state that is never committed: database files (or links to them), logs, reports. */
export const dataDir = join(repoRoot, ".data")
export const reportsDir = join(repoRoot, ".reports")
