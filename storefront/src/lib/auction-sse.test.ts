import { describe, expect, it } from "vitest"
import { sseMessage, sseReader, type SseEvent } from "./auction-sse"

function read(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = []
  const push = sseReader((event) => events.push(event))
  for (const chunk of chunks) push(chunk)
  return events
}

describe("sseReader", () => {
  it("reads named events, whatever the chunks' boundaries", () => {
    const stream = 'event: state\ndata: {"a":1}\n\nevent: ping\ndata: {"server_time":"t"}\n\n'
    const whole = read([stream])
    expect(whole).toEqual([
      { event: "state", data: '{"a":1}' },
      { event: "ping", data: '{"server_time":"t"}' },
    ])
    expect(read(stream.split(""))).toEqual(whole)
    expect(read([stream.slice(0, 9), stream.slice(9, 30), stream.slice(30)])).toEqual(whole)
  })

  it("joins data lines, skips comments and events without data, reads CRLF", () => {
    expect(read([": keep-alive\n\n", "data: a\r\ndata: b\r\n\r\n", "event: empty\n\n", "id: 3\nevent: x\ndata:c\n\n"])).toEqual([
      { event: "message", data: "a\nb" },
      { event: "x", data: "c" },
    ])
  })

  it("keeps an unfinished event until it ends", () => {
    expect(read(["event: state\ndata: {}\n"])).toEqual([])
  })
})

describe("sseMessage", () => {
  it("writes one event that the reader reads back", () => {
    const text = sseMessage("state", { price: "2.600,00 MAD", lines: "a\nb" })
    expect(text).toBe('event: state\ndata: {"price":"2.600,00 MAD","lines":"a\\nb"}\n\n')
    expect(read([text])).toEqual([{ event: "state", data: '{"price":"2.600,00 MAD","lines":"a\\nb"}' }])
  })
})
