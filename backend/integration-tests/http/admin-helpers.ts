import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { expect } from "vitest"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { attempt, bearer, type Api, type Response } from "./vendor-helpers"

/**
 * The seeded staff user (`admin@tiwizi.local`), logged in through Medusa's own
 * `/auth/user/emailpass` route as Medusa Admin does, with the user's id to check who decided.
 */
export async function staffLogin(api: Api, container: MedusaContainer) {
  const { data } = await api.post("/auth/user/emailpass", { email: demoAccounts.staff, password: demoAccounts.password })
  const [user] = await container.resolve(Modules.USER).listUsers({ email: demoAccounts.staff }, { select: ["id"] })
  return { token: data.token as string, userId: user.id }
}

/** Expects every one of `requests` to be refused as unauthenticated, whatever the route would do. */
export async function expectAllUnauthorized(requests: Promise<Response>[]) {
  for (const response of await Promise.all(requests.map(attempt))) {
    expect(response.status, JSON.stringify(response.data)).toBe(401)
  }
}

/** Sends every admin route of `routes` with the given headers (none, or another actor's token). */
export function callAll(api: Api, routes: [method: "get" | "post", url: string, body?: unknown][], token?: string) {
  const config = token ? bearer(token) : {}
  return routes.map(([method, url, body]) => (method === "get" ? api.get(url, config) : api.post(url, body ?? {}, config)))
}
