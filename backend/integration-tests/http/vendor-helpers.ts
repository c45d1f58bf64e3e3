import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { expect } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"

/** The axios instance `medusaIntegrationTestRunner` gives a suite. */
export type Api = {
  get: (url: string, config?: object) => Promise<Response>
  post: (url: string, body?: unknown, config?: object) => Promise<Response>
  delete: (url: string, config?: object) => Promise<Response>
}
export type Response = { status: number; data: any; headers: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any

export const PASSWORD = "tisserande-2024"

/** The response of a request, whether it succeeded or not. */
export function attempt(request: Promise<Response>): Promise<Response> {
  return request.catch((error: { response?: Response }) => {
    if (!error.response) throw error
    return error.response
  })
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Expects a 400 whose message names `field`. */
export function expectInvalid(response: Response, field: string) {
  expect(response.status, JSON.stringify(response.data)).toBe(400)
  expect(response.data.message).toContain(field)
}

/** Logs a cooperative member in with the password and returns their token. */
export async function login(api: Api, email: string, password = PASSWORD): Promise<string> {
  const { data } = await api.post("/auth/cooperative_member/emailpass", { email, password })
  return data.token
}

/** Registers a person and makes them a cooperative member without a cooperative. */
export async function registerMember(api: Api, email: string, names = { first_name: "Itto", last_name: "Amghar" }) {
  const { data: registered } = await api.post("/auth/cooperative_member/emailpass/register", { email, password: PASSWORD })
  const { data } = await api.post("/vendor/members", { email, ...names }, bearer(registered.token))
  return { memberId: data.member.id as string, token: await login(api, email) }
}

/** A complete, valid application; each test changes only what it is about. */
export function application(overrides: Record<string, unknown> = {}) {
  return {
    name: "Coopérative Tighza",
    legal_name: "Coopérative Tighza des tisserandes d'Aghbalou",
    odco_number: "KH-2016-0412",
    region: "Béni Mellal-Khénifra",
    province: "Khénifra",
    commune: "Aghbalou",
    founded_year: 2016,
    member_count: 24,
    women_member_count: 22,
    women_led: true,
    rural: true,
    story: "Vingt-deux tisserandes nouent des tapis zayane en laine de la région.",
    phone: "+212 6 00 00 00 00",
    email: "Contact@Tighza.ma",
    ...overrides,
  }
}

/** Overrides of {@link application} for a second cooperative, in Salé, for tenant isolation tests. */
export const bouregreg = {
  name: "Coopérative Bouregreg",
  legal_name: "Coopérative artisanale Bouregreg",
  odco_number: "RB-2012-0033",
  region: "Rabat-Salé-Kénitra",
  province: "Salé",
  commune: "Salé",
  email: "contact@bouregreg.ma",
}

export const cooperativeService = (container: MedusaContainer) => container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)

/**
 * A member who applied for a cooperative that staff approved (through the module service, as
 * the admin API is tested elsewhere). Other vendor suites start from here.
 */
export async function approvedCooperative(api: Api, container: MedusaContainer, email: string, overrides: Record<string, unknown> = {}) {
  const { memberId, token } = await registerMember(api, email)
  const { data } = await api.post("/vendor/application", application(overrides), bearer(token))
  await cooperativeService(container).changeCooperativeStatus(data.cooperative.id, { status: "approved", decided_by: "user_test" })
  return { memberId, token, cooperativeId: data.cooperative.id as string }
}

/** Records every event of the given names the app emits from now on. */
export function recordEvents(container: MedusaContainer, names: string[]) {
  const events: { name: string; data: Record<string, unknown> }[] = []
  const eventBus = container.resolve(Modules.EVENT_BUS)
  for (const name of names) {
    eventBus.subscribe(name, async (event: { name: string; data: Record<string, unknown> }) => {
      events.push({ name: event.name, data: event.data })
    })
  }
  return events
}

/** Waits for a recorded event that matches, since events are published after the response. */
export async function waitForEvent(
  events: { name: string; data: Record<string, unknown> }[],
  name: string,
  match: (data: Record<string, unknown>) => boolean = () => true,
) {
  for (let tries = 0; tries < 100; tries++) {
    const found = events.find((event) => event.name === name && match(event.data))
    if (found) return found.data
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`no ${name} event was emitted`)
}
