import { expect, type APIRequestContext } from "@playwright/test"

/** The e2e stack's backend (see `tiwizi-services e2e-stack`). */
export const backend = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"

/** The seeded demo accounts' shared password. */
export const demoPassword = "tiwizi-demo"

/** The `authorization` header of a token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` }
}

/** The admin API's token for the demo staff account. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${backend}/auth/user/emailpass`, { data: { email: "admin@tiwizi.local", password: demoPassword } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).token
}

/** A cooperative member's token for the `/vendor` API. */
export async function memberToken(request: APIRequestContext, email: string, password = demoPassword): Promise<string> {
  const response = await request.post(`${backend}/auth/cooperative_member/emailpass`, { data: { email, password } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).token
}
