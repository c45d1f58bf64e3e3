import { describe, expect, it, vi } from "vitest"
import { isRetryable, retryDelay, uploadTries, withRetry, type UploadOutcome } from "./listing-retry"

const noWait = () => Promise.resolve()

describe("the upload retry policy", () => {
  it("waits longer before each new try", () => {
    expect([1, 2, 3].map(retryDelay)).toEqual([1000, 3000, 9000])
  })

  it("tries again after a dropped connection, a timeout or a server failure, never after a refusal", () => {
    expect(isRetryable({ kind: "network" })).toBe(true)
    expect(isRetryable({ kind: "timeout" })).toBe(true)
    expect(isRetryable({ kind: "aborted" })).toBe(true)
    expect(isRetryable({ kind: "refused", status: 502, body: null })).toBe(true)
    expect(isRetryable({ kind: "refused", status: 429, body: null })).toBe(true)
    expect(isRetryable({ kind: "refused", status: 400, body: null })).toBe(false)
    expect(isRetryable({ kind: "refused", status: 401, body: null })).toBe(false)
    expect(isRetryable({ kind: "done", value: 1 })).toBe(false)
  })

  it("succeeds on the try after a cut, saying it tries again", async () => {
    const outcomes: UploadOutcome<string>[] = [{ kind: "network" }, { kind: "done", value: "url" }]
    const send = vi.fn(async () => outcomes.shift()!)
    const onRetry = vi.fn()
    const wait = vi.fn(noWait)
    expect(await withRetry(send, { wait, onRetry })).toEqual({ kind: "done", value: "url" })
    expect(send).toHaveBeenCalledTimes(2)
    expect(onRetry).toHaveBeenCalledWith(2)
    expect(wait).toHaveBeenCalledWith(1000)
  })

  it(`stops after ${uploadTries} tries and hands back the last failure`, async () => {
    const send = vi.fn(async (): Promise<UploadOutcome<string>> => ({ kind: "refused", status: 503, body: null }))
    expect(await withRetry(send, { wait: noWait })).toEqual({ kind: "refused", status: 503, body: null })
    expect(send).toHaveBeenCalledTimes(uploadTries)
  })

  it("does not try again what was refused", async () => {
    const send = vi.fn(async (): Promise<UploadOutcome<string>> => ({ kind: "refused", status: 400, body: { message: "files: not a photo" } }))
    await withRetry(send, { wait: noWait })
    expect(send).toHaveBeenCalledTimes(1)
  })
})
