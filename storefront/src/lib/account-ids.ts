/**
 * Whether a value from a URL or a form is a Medusa id of the given kind (`order_01J…`,
 * `cuaddr_01J…`). Ids end up in backend paths: anything else (slashes, dots) never gets there.
 */
export function isResourceId(value: unknown, prefix: "order" | "cuaddr"): value is string {
  return typeof value === "string" && new RegExp(`^${prefix}_[0-9A-Za-z]{10,40}$`).test(value)
}
