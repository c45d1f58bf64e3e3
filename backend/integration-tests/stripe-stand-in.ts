import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll } from "vitest"

/** A PaymentIntent as the stand-in keeps it: the fields `@medusajs/payment-stripe` reads. */
export type StandInIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: "requires_payment_method" | "requires_action" | "requires_capture" | "succeeded" | "canceled"
  capture_method: "automatic" | "manual"
  client_secret: string
  customer: string | null
  metadata: Record<string, string>
  next_action: { type: "use_stripe_sdk" } | null
  payment_method: { id: string; object: "payment_method"; type: "card"; card: { brand: string; last4: string } } | null
  last_payment_error: null
  created: number
  livemode: false
}

/** One request the provider made, as the stand-in understood it. */
export type StandInCall = { method: string; path: string; body: Record<string, unknown>; idempotencyKey?: string; unrouted?: boolean }

type Form = Record<string, unknown>
type Reply = { status: number; body: unknown }

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)

/**
 * Reads a body the Stripe SDK form-encodes with `qs` (`metadata[session_id]=…`, `expand[0]=…`)
 * back into the object it was built from.
 */
function parseForm(text: string): Form {
  const form: Form = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const path = key.split(/[[\]]+/).filter(Boolean)
    let node = form
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value
      else node = (node[segment] ??= {}) as Form
    })
  }
  return form
}

const stripeError = (status: number, code: string, message: string, extra: object = {}): Reply => ({
  status,
  body: { error: { type: "invalid_request_error", code, message, ...extra } },
})

const expanded = (intent: StandInIntent, form: Form) =>
  Object.values((form.expand as Form | undefined) ?? {}).includes("payment_method")
    ? intent
    : { ...intent, payment_method: intent.payment_method?.id ?? null }

/**
 * A local stand-in for the few Stripe API endpoints Medusa's Stripe provider calls
 * (payment intents, refunds, customers), for tests on machines that cannot reach Stripe. It keeps
 * payment intents in memory, moves them through the statuses a card payment takes, honours
 * idempotency keys like Stripe, and records every call so tests can count them. The shopper's
 * side (confirming the card, passing 3-D Secure) is simulated by `confirmCard` and
 * `completeThreeDSecure`; `event` builds the webhook event Stripe would send.
 */
export async function startStripeStandIn() {
  const intents = new Map<string, StandInIntent>()
  const refunds: { id: string; payment_intent: string; amount: number }[] = []
  const calls: StandInCall[] = []
  const idempotent = new Map<string, Reply>()

  const intentOf = (intentId: string) => intents.get(intentId)
  const missing = (what: string) => stripeError(404, "resource_missing", `No such ${what}`)
  // Answered to any endpoint the stand-in does not implement; `unrouted` lists those calls.
  const unrouted = missing("route")

  function createIntent(form: Form): Reply {
    const intentId = id("pi")
    const intent: StandInIntent = {
      id: intentId,
      object: "payment_intent",
      amount: Number(form.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: String(form.currency),
      status: "requires_payment_method",
      capture_method: form.capture_method === "automatic" ? "automatic" : "manual",
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      customer: typeof form.customer === "string" ? form.customer : null,
      metadata: (form.metadata as Record<string, string> | undefined) ?? {},
      next_action: null,
      payment_method: null,
      last_payment_error: null,
      created: now(),
      livemode: false,
    }
    intents.set(intentId, intent)
    return { status: 200, body: expanded(intent, form) }
  }

  function updateIntent(intent: StandInIntent, form: Form): Reply {
    if (intent.status !== "requires_payment_method") {
      return stripeError(400, "payment_intent_unexpected_state", `This PaymentIntent's amount could not be updated because it has a status of ${intent.status}.`, { payment_intent: intent })
    }
    if (form.amount !== undefined) intent.amount = Number(form.amount)
    return { status: 200, body: expanded(intent, form) }
  }

  function captureIntent(intent: StandInIntent, form: Form): Reply {
    if (intent.status !== "requires_capture") {
      return stripeError(400, "payment_intent_unexpected_state", `This PaymentIntent could not be captured because it has a status of ${intent.status}.`, { payment_intent: intent })
    }
    intent.amount_received = form.amount_to_capture ? Number(form.amount_to_capture) : intent.amount_capturable
    intent.amount_capturable = 0
    intent.status = "succeeded"
    return { status: 200, body: expanded(intent, form) }
  }

  function cancelIntent(intent: StandInIntent, form: Form): Reply {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      return stripeError(400, "payment_intent_unexpected_state", `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`, { payment_intent: intent })
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    return { status: 200, body: expanded(intent, form) }
  }

  function refund(form: Form): Reply {
    const intent = intentOf(String(form.payment_intent))
    if (!intent) return missing("payment_intent")
    const refunded = refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
    const amount = form.amount ? Number(form.amount) : intent.amount_received - refunded
    if (intent.status !== "succeeded" || amount > intent.amount_received - refunded) {
      return stripeError(400, "charge_already_refunded", "This charge cannot be refunded beyond what was captured.")
    }
    const created = { id: id("re"), object: "refund", amount, currency: intent.currency, payment_intent: intent.id, status: "succeeded" }
    refunds.push(created)
    return { status: 200, body: created }
  }

  const customer = (customerId: string, form: Form) => ({ id: customerId, object: "customer", email: form.email ?? null, name: form.name ?? null, phone: form.phone ?? null })

  function route(method: string, path: string, form: Form): Reply {
    const [, version, resource, resourceId, action] = path.split("/")
    if (version !== "v1") return unrouted
    if (resource === "payment_intents") {
      if (!resourceId) return method === "POST" ? createIntent(form) : unrouted
      const intent = intentOf(resourceId)
      if (!intent) return missing("payment_intent")
      if (method === "GET" && !action) return { status: 200, body: expanded(intent, form) }
      if (method === "POST" && !action) return updateIntent(intent, form)
      if (method === "POST" && action === "capture") return captureIntent(intent, form)
      if (method === "POST" && action === "cancel") return cancelIntent(intent, form)
    }
    if (resource === "refunds" && method === "POST" && !resourceId) return refund(form)
    if (resource === "customers") {
      if (method === "POST") return { status: 200, body: customer(resourceId ?? id("cus"), form) }
      if (method === "DELETE" && resourceId) return { status: 200, body: { id: resourceId, object: "customer", deleted: true } }
      if (method === "GET" && action === "payment_methods") return { status: 200, body: { object: "list", data: [], has_more: false, url: path } }
    }
    return unrouted
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString()
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in")
    const text = req.method === "GET" || req.method === "DELETE" ? url.search.slice(1) : await readBody(req)
    const form = parseForm(text)
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined
    const call: StandInCall = { method: req.method ?? "GET", path: url.pathname, body: form, idempotencyKey }
    calls.push(call)
    const cacheKey = idempotencyKey && `${req.method} ${url.pathname} ${idempotencyKey}`
    const reply = (cacheKey && idempotent.get(cacheKey)) || route(call.method, url.pathname, form)
    if (cacheKey) idempotent.set(cacheKey, reply)
    call.unrouted = reply === unrouted
    res.writeHead(reply.status, { "content-type": "application/json", "request-id": id("req") })
    res.end(JSON.stringify(reply.body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  /** The intent as it is now; fails the test if the provider never created it. */
  function intent(intentId: string): StandInIntent {
    const found = intentOf(intentId)
    if (!found) throw new Error(`The stand-in holds no payment intent ${intentId}`)
    return found
  }

  return {
    host: "127.0.0.1",
    port,
    calls,
    refunds,
    intent,
    /** Calls to endpoints the stand-in does not implement: a test should see none. */
    unrouted: () => calls.filter((call) => call.unrouted),
    /** The provider's calls to `path`, e.g. `/v1/payment_intents/pi_…/capture`. */
    callsTo: (method: string, path: string) => calls.filter((call) => call.method === method && call.path === path),
    /** The shopper submits a card that asks for 3-D Secure: the intent waits for the bank's challenge. */
    confirmCard(intentId: string) {
      const found = intent(intentId)
      found.payment_method = { id: id("pm"), object: "payment_method", type: "card", card: { brand: "visa", last4: "3155" } }
      found.status = "requires_action"
      found.next_action = { type: "use_stripe_sdk" }
    },
    /** The shopper passes the bank's challenge: the amount is authorized (or charged, for automatic capture). */
    completeThreeDSecure(intentId: string) {
      const found = intent(intentId)
      found.next_action = null
      if (found.capture_method === "manual") {
        found.status = "requires_capture"
        found.amount_capturable = found.amount
      } else {
        found.status = "succeeded"
        found.amount_received = found.amount
      }
    },
    /** The webhook event Stripe would send about the intent, as JSON. */
    event(type: string, intentId: string): string {
      return JSON.stringify({ id: id("evt"), object: "event", api_version: "2024-04-10", created: now(), livemode: false, type, data: { object: intent(intentId) } })
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

/** The running stand-in, as `startStripeStandIn` returns it. */
export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>

/**
 * Runs the stand-in for one test file: starts it and points Medusa's Stripe provider at it
 * before Medusa loads its configuration (a file-level hook runs before the test runner's own),
 * then puts the environment back and stops it. Returns a getter for the running stand-in.
 */
export function useStripeStandIn(webhookSecret = "whsec_tiwizi_stand_in"): () => StripeStandIn {
  let stripe: StripeStandIn | undefined
  const previousEnv: Record<string, string | undefined> = {}
  beforeAll(async () => {
    stripe = await startStripeStandIn()
    const env = {
      STRIPE_API_KEY: "sk_test_tiwizi_stand_in",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_HOST: stripe.host,
      STRIPE_API_PORT: String(stripe.port),
      STRIPE_API_PROTOCOL: "http",
    }
    for (const [key, value] of Object.entries(env)) {
      previousEnv[key] = process.env[key]
      process.env[key] = value
    }
  })
  afterAll(async () => {
    for (const [key, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    await stripe?.close()
  })
  return () => {
    if (!stripe) throw new Error("the Stripe stand-in is not running yet")
    return stripe
  }
}
