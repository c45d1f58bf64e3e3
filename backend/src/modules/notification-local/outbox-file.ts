import { existsSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

/**
 * Where the outbox is written when `NOTIFICATIONS_FILE` is not set: `.data/notifications/outbox.jsonl`
 * at the repository's root, the folder every other piece of local state lives in. Medusa runs with
 * `backend/` (or a build below it) as its working directory, so the root is the nearest folder
 * above it holding `turbo.json`; outside the repository it is the working directory itself.
 */
export function defaultOutboxFile(from: string = process.cwd()): string {
  let folder = resolve(from)
  while (!existsSync(join(folder, "turbo.json"))) {
    const parent = dirname(folder)
    if (parent === folder) {
      folder = resolve(from)
      break
    }
    folder = parent
  }
  return join(folder, ".data", "notifications", "outbox.jsonl")
}
