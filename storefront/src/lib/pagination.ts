/**
 * The page asked for in `?page=`: a positive whole number, else 1. Listings take limit/offset
 * from it (`offset = (page - 1) * limit`) so the URL stays short and readable.
 */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1
  return Math.max(1, Number(raw))
}

/** The offset of a page for the backend's `offset` parameter. */
export function offsetOf(page: number, limit: number): number {
  return (page - 1) * limit
}

/** Number of pages for `count` items, at least 1 so an empty listing still has its page. */
export function pageCount(count: number, limit: number): number {
  return Math.max(1, Math.ceil(count / limit))
}
