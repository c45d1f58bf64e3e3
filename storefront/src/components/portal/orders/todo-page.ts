/** One page of parts as the backend answers it. */
type Page<T> = { orders: T[]; count: number }
type Range = { limit: number; offset: number }

/**
 * One page of what is still to do: the new parts (to accept) first, then the accepted ones (to
 * send), counted together. The backend filters on one status at a time, so the page is cut from
 * the two lists, `list` asking each: the accepted ones start where the new ones end.
 */
export async function toDoPage<T>(list: (status: "new" | "accepted", range: Range) => Promise<Page<T>>, { limit, offset }: Range): Promise<Page<T>> {
  const fresh = await list("new", { limit, offset })
  const room = limit - fresh.orders.length
  // With no room left, one row is still asked for, only to learn how many are accepted.
  const accepted = await list("accepted", { limit: Math.max(room, 1), offset: Math.max(0, offset - fresh.count) })
  return { orders: [...fresh.orders, ...(room > 0 ? accepted.orders : [])], count: fresh.count + accepted.count }
}
