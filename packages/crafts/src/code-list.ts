/**
 * Builds a type guard for a fixed list of codes. Validators receive `unknown` from the wire, so
 * the guard checks the runtime type before looking the value up.
 */
export function guardFor<Code extends string>(codes: readonly Code[]): (value: unknown) => value is Code {
  const known = new Set<string>(codes)
  return (value: unknown): value is Code => typeof value === "string" && known.has(value)
}

/**
 * The entry of `list` whose `code` is `code`. Codes reach here from data typed as plain strings
 * (seed files, request bodies already validated), so an unknown code throws instead of returning
 * a half-empty entry.
 */
export function entryOf<Entry extends { code: string }>(list: readonly Entry[], code: string, what: string): Entry {
  const entry = list.find((candidate) => candidate.code === code)
  if (!entry) throw new RangeError(`unknown ${what}: ${code}`)
  return entry
}
