import { MedusaError } from "@medusajs/framework/utils"

/** Changes to one record, named by its id. */
export type ById<Data> = Data & { id?: string }
/** The same changes to every record a filter selects. */
export type BySelector<Data> = { selector: Record<string, unknown>; data: Data }
/** The shapes MedusaService's generated `update<Models>` accepts. */
export type UpdateInput<Data> = ById<Data> | ById<Data>[] | BySelector<Data> | BySelector<Data>[]

function hasSelector<Data>(item: ById<Data> | BySelector<Data>): item is BySelector<Data> {
  return "selector" in item
}

/**
 * Every record an update would touch, merged with its changes, so rules that span several fields
 * can be checked before anything is written. Ids that match nothing are left out: the update
 * itself then answers NOT_FOUND.
 */
export async function mergeWithCurrent<Current extends { id: string }, Data>(
  input: UpdateInput<Data>,
  list: (filters: Record<string, unknown>) => Promise<Current[]>,
): Promise<(Current & Data)[]> {
  const items: (ById<Data> | BySelector<Data>)[] = Array.isArray(input) ? input : [input]
  const merged: (Current & Data)[] = []
  const byId = items.filter((item): item is ById<Data> => !hasSelector(item))
  if (byId.some((item) => !item.id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "id is required to update a record")
  }
  if (byId.length) {
    const current = new Map((await list({ id: byId.map((item) => item.id) })).map((record) => [record.id, record]))
    for (const item of byId) {
      const record = current.get(item.id!)
      if (record) merged.push({ ...record, ...item })
    }
  }
  for (const item of items.filter(hasSelector)) {
    for (const record of await list(item.selector)) merged.push({ ...record, ...item.data })
  }
  return merged
}
