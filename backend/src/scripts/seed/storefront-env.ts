import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"

/**
 * Writes the storefront's connection settings into `storefront/.env.local` (or the file named by
 * TIWIZI_STOREFRONT_ENV_FILE), replacing only these keys and keeping every other line.
 */
export function writeStorefrontEnv(values: Record<string, string>): string {
  const file = process.env.TIWIZI_STOREFRONT_ENV_FILE ?? resolve(__dirname, "../../../../storefront/.env.local")
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : []
  const kept = lines.filter((line) => !Object.keys(values).some((key) => line.startsWith(`${key}=`)))
  const written = Object.entries(values).map(([key, value]) => `${key}=${value}`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, [...kept, ...written].join("\n") + "\n")
  return file
}
