import { describe, expect, it } from "vitest"
import { enqueuedTask, settledTask } from "./tasks"

describe("tasks", () => {
  it("keeps the Meilisearch task uid as the id the module waits on", () => {
    expect(enqueuedTask({ taskUid: 42, indexUid: "product_v1", status: "enqueued", type: "documentAdditionOrUpdate", enqueuedAt: "" }, "product_v1")).toEqual({
      id: "42",
      index: "product_v1",
      status: "enqueued",
    })
  })

  it("reports a failed or canceled task as failed, with Meilisearch's reason", () => {
    const base = { uid: 42, indexUid: "product_v1", type: "settingsUpdate" as const, enqueuedAt: "", batchUid: 1, canceledBy: null, duration: null, startedAt: null, finishedAt: null }
    expect(settledTask({ ...base, status: "succeeded", error: null })).toEqual({ id: "42", index: "product_v1", status: "succeeded" })
    expect(settledTask({ ...base, status: "canceled", error: null })).toEqual({ id: "42", index: "product_v1", status: "failed" })
    expect(
      settledTask({ ...base, status: "failed", error: { message: "Attribute `sku` is not filterable", code: "invalid_document_filter", type: "invalid_request", link: "" } }),
    ).toEqual({ id: "42", index: "product_v1", status: "failed", error: { message: "Attribute `sku` is not filterable", code: "invalid_document_filter" } })
  })
})
