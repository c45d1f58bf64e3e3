import { describe, expect, it } from "vitest"
import { isResourceId } from "./account-ids"

describe("isResourceId", () => {
  it("accepts Medusa ids of the right kind only", () => {
    expect(isResourceId("order_01JABCDEFGHJKMNPQRSTVWXYZ0", "order")).toBe(true)
    expect(isResourceId("cuaddr_01JABCDEFGHJKMNPQRSTVWXYZ0", "cuaddr")).toBe(true)
    expect(isResourceId("cuaddr_01JABCDEFGHJKMNPQRSTVWXYZ0", "order")).toBe(false)
  })

  it("refuses anything that could change a backend path", () => {
    for (const value of ["../../customers/me", "order_01JABC/../x", "order_", "order_01JABCDEFG?x=1", "", undefined, 42]) {
      expect(isResourceId(value, "order"), String(value)).toBe(false)
    }
  })
})
