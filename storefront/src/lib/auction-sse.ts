/** One server-sent event: its name (`message` when unnamed) and its data lines joined. */
export type SseEvent = { event: string; data: string }

/**
 * Reads a `text/event-stream` as it arrives, chunk by chunk (a chunk may end anywhere, even
 * inside a line), and hands each complete event to `onEvent`. Comments (`: keep-alive`) and
 * fields other than `event` and `data` are skipped; an event without data is no event.
 */
export function sseReader(onEvent: (event: SseEvent) => void): (chunk: string) => void {
  let buffer = ""
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, "\n")
    let end = buffer.indexOf("\n\n")
    while (end !== -1) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      let event = "message"
      const data: string[] = []
      for (const line of block.split("\n")) {
        const colon = line.indexOf(":")
        if (colon === 0) continue
        const field = colon === -1 ? line : line.slice(0, colon)
        const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "")
        if (field === "event") event = value
        else if (field === "data") data.push(value)
      }
      if (data.length > 0) onEvent({ event, data: data.join("\n") })
      end = buffer.indexOf("\n\n")
    }
  }
}

/** One event in the `text/event-stream` format; `data` is sent as JSON on one line. */
export function sseMessage(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}
