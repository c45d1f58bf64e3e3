import pg from "pg"

/** Throws `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

/** Runs one statement on the database at `url` and returns its rows. */
export async function sql<Row = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as Row[]
  } finally {
    await client.end()
  }
}

/** Rows of `table` not soft-deleted. */
export async function countRows(url: string, table: string): Promise<number> {
  const [row] = await sql<{ n: number }>(url, `select count(*)::int as n from "${table}" where deleted_at is null`)
  return row.n
}

/** Waits until `probe` returns a value (not undefined), polling every `everyMs`, or throws `what`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what} (waited ${timeoutMs / 1000} s)`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
