import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import Stripe from "stripe"
import { afterEach, beforeAll, expect, it } from "vitest"
import { demoAccounts } from "../../src/scripts/seed/accounts"
import { products } from "../../src/scripts/seed/catalogue"
import { seedShop } from "../../src/scripts/seed/index"
import { useStripeStandIn } from "../stripe-stand-in"
import { staffLogin } from "./admin-helpers"
import { checkoutCart, startPayment } from "./checkout-helpers"
import { attempt, bearer, type Api, type Response } from "./vendor-helpers"

const carpet = products.find((p) => p.category.startsWith("tapis") && p.oneOfAKind && p.variants.length === 1)!
const webhookSecret = "whsec_tiwizi_stand_in"
const frenchAddress = {
  first_name: "Claire",
  last_name: "Martin",
  address_1: "12 rue de la République",
  city: "Lyon",
  postal_code: "69002",
  country_code: "fr",
  phone: "+33612345678",
}

// The stand-in must be listening, and Stripe switched on and pointed at it, before Medusa loads
// medusa-config.ts.
const stripe = useStripeStandIn(webhookSecret)
// The stand-in answers only what the provider is known to call: anything else is a gap in it.
afterEach(() => expect(stripe().unrouted()).toEqual([]))

/**
 * Resolves once Medusa has run its process-payment workflow `count` times, that is acted on
 * `count` webhooks. Subscribe before delivering them. Medusa processes a webhook 5 s after it
 * answered it (so the shopper's own cart completion wins the race); its `webhook_delay` option
 * would shorten that, but Medusa 2.21.2's hook route reads it from a property the payment
 * module never sets, so each batch of deliveries here waits those 5 s.
 */
function webhooksProcessed(container: MedusaContainer, count: number): Promise<void> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const subscriberId = `stripe-spec-${Math.random()}`
  let finished = 0
  return new Promise((resolve) => {
    void engine.subscribe({
      workflowId: processPaymentWorkflowId,
      subscriberId,
      subscriber: (event: { eventType: string }) => {
        if (event.eventType !== "onFinish" || ++finished < count) return
        void engine.unsubscribe({ workflowId: processPaymentWorkflowId, subscriberOrId: subscriberId })
        resolve()
      },
    })
  })
}

/** The body of a successful response; a failure shows the API's answer. */
async function ok(request: Promise<Response>) {
  const response = await attempt(request)
  expect(response.status, JSON.stringify(response.data)).toBe(200)
  return response.data
}

/** Posts a webhook the way Stripe does, signed with the endpoint's secret unless told otherwise. */
function deliver(api: Api, payload: string, signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret })) {
  return attempt(api.post("/hooks/payment/stripe_stripe", payload, { headers: { "content-type": "application/json", "stripe-signature": signature } }))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let eurRegionId: string

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [carpet])
      headers = { "x-publishable-api-key": publishableKey }
      const { data } = await api.get("/store/regions?fields=id,currency_code", { headers })
      eurRegionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "eur").id
    })

    /**
     * A customer in France puts the carpet in a cart, chooses international express and opens a
     * card payment: Medusa creates the PaymentIntent at the stand-in.
     */
    async function cardCheckout(customer?: { token: string; email: string }) {
      const auth = { headers: customer ? { ...headers, authorization: `Bearer ${customer.token}` } : headers }
      const product = await ok(api.get(`/store/products?handle=${carpet.handle}&fields=*variants`, { headers }))
      const items = [{ variant_id: product.products[0].variants[0].id, quantity: 1 }]
      const email = customer?.email ?? "claire.martin@example.fr"
      const cartId = await checkoutCart(api, auth, { regionId: eurRegionId, items, email, address: frenchAddress })
      const collection = await startPayment(api, auth, cartId, "pp_stripe_stripe")
      const { cart } = await ok(api.get(`/store/carts/${cartId}?fields=+total,*shipping_methods`, auth))
      return { cart, session: collection.payment_sessions[0] }
    }

    const ordersOfCart = async (cartId: string) => {
      const query = getContainer().resolve("query")
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link: { order_id: string }) => link.order_id)
    }

    const adminOrder = async (token: string, orderId: string) =>
      (await ok(api.get(`/admin/orders/${orderId}?fields=id,total,currency_code,payment_status,*payment_collections.payments.captures,*payment_collections.payments.refunds`, bearer(token)))).order

    it("opens a card payment in euros that carries what the storefront needs", async () => {
      const { cart, session } = await cardCheckout()
      expect(cart.total).toBe(carpet.variants[0].prices.eur + cart.shipping_methods[0].amount)
      expect(session.provider_id).toBe("pp_stripe_stripe")
      const intent = stripe().intent(session.data.id)
      expect(intent).toMatchObject({ amount: Math.round(cart.total * 100), currency: "eur", status: "requires_payment_method", capture_method: "manual" })
      expect(intent.metadata.session_id).toBe(session.id)
      expect(session.data.client_secret).toBe(intent.client_secret)
    })

    it("takes the card after 3-D Secure: one order, authorized, captured once however often Stripe repeats itself", async () => {
      const { cart, session } = await cardCheckout()
      const intentId: string = session.data.id

      // The bank's challenge is still open: no order yet, and the intent stays open for it.
      stripe().confirmCard(intentId)
      const early = await attempt(api.post(`/store/carts/${cart.id}/complete`, {}, { headers }))
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("was not authorized")
      expect(await ordersOfCart(cart.id)).toEqual([])
      expect(stripe().intent(intentId).status).toBe("requires_action")

      stripe().completeThreeDSecure(intentId)
      const completed = await ok(api.post(`/store/carts/${cart.id}/complete`, {}, { headers }))
      expect(completed.type).toBe("order")
      expect(completed.order.total).toBe(cart.total)
      const { token } = await staffLogin(api, getContainer())
      const authorized = await adminOrder(token, completed.order.id)
      expect(authorized).toMatchObject({ currency_code: "eur", payment_status: "authorized", total: cart.total })

      // Stripe reports the authorization, twice: it changes nothing.
      const authorizedEvent = stripe().event("payment_intent.amount_capturable_updated", intentId)
      const acted = webhooksProcessed(getContainer(), 2)
      expect((await deliver(api, authorizedEvent)).status).toBe(200)
      expect((await deliver(api, authorizedEvent)).status).toBe(200)
      await acted
      expect(await ordersOfCart(cart.id)).toEqual([completed.order.id])
      expect((await adminOrder(token, completed.order.id)).payment_status).toBe("authorized")

      // Staff capture when the carpet ships; Stripe then reports the charge, twice.
      const payment = authorized.payment_collections[0].payments[0]
      await ok(api.post(`/admin/payments/${payment.id}/capture`, {}, bearer(token)))
      expect(stripe().intent(intentId).status).toBe("succeeded")
      const succeededEvent = stripe().event("payment_intent.succeeded", intentId)
      const settled = webhooksProcessed(getContainer(), 2)
      expect((await deliver(api, succeededEvent)).status).toBe(200)
      expect((await deliver(api, succeededEvent)).status).toBe(200)
      await settled

      const captured = await adminOrder(token, completed.order.id)
      expect(captured.payment_status).toBe("captured")
      expect(captured.payment_collections[0].payments[0].captures).toHaveLength(1)
      expect(stripe().callsTo("POST", `/v1/payment_intents/${intentId}/capture`)).toHaveLength(1)
      expect(await ordersOfCart(cart.id)).toEqual([completed.order.id])

      // A refund goes back to Stripe against the same intent.
      await ok(api.post(`/admin/payments/${payment.id}/refund`, { amount: 50 }, bearer(token)))
      expect(stripe().refunds).toEqual([expect.objectContaining({ payment_intent: intentId, amount: 5000 })])
    })

    it("completes the order from Stripe's webhook when the shopper's browser never comes back, once", async () => {
      const login = await ok(api.post("/auth/customer/emailpass", { email: demoAccounts.customer, password: demoAccounts.password }))
      const { cart, session } = await cardCheckout({ token: login.token, email: demoAccounts.customer })
      const intent = stripe().intent(session.data.id)
      expect(intent.customer).toMatch(/^cus_/)
      stripe().confirmCard(intent.id)
      stripe().completeThreeDSecure(intent.id)

      const authorizedEvent = stripe().event("payment_intent.amount_capturable_updated", intent.id)
      const acted = webhooksProcessed(getContainer(), 2)
      expect((await deliver(api, authorizedEvent)).status).toBe(200)
      expect((await deliver(api, authorizedEvent)).status).toBe(200)
      await acted

      const orders = await ordersOfCart(cart.id)
      expect(orders).toHaveLength(1)
      const { token } = await staffLogin(api, getContainer())
      expect(await adminOrder(token, orders[0])).toMatchObject({ payment_status: "authorized", total: cart.total })
      expect(stripe().callsTo("POST", `/v1/payment_intents/${intent.id}/capture`)).toHaveLength(0)
    })

    it("refuses a webhook whose signature does not match, before anything is queued", async () => {
      const { cart, session } = await cardCheckout()
      stripe().confirmCard(session.data.id)
      stripe().completeThreeDSecure(session.data.id)
      const payload = stripe().event("payment_intent.amount_capturable_updated", session.data.id)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const queued: unknown[] = []
      const countQueued = async (event: unknown) => void queued.push(event)
      eventBus.subscribe(PaymentWebhookEvents.WebhookReceived, countQueued, { subscriberId: "stripe-spec-queued" })

      const forged = await deliver(api, payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" }))
      expect(forged.status).toBe(400)
      expect(forged.data.message).toBe("Invalid Stripe webhook signature")
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret })
      const tampered = await deliver(api, payload.replace(`"amount":${stripe().intent(session.data.id).amount}`, '"amount":1'), signature)
      expect(tampered.status).toBe(400)
      const unsigned = await attempt(api.post("/hooks/payment/stripe_stripe", payload, { headers: { "content-type": "application/json" } }))
      expect(unsigned.status).toBe(400)
      expect(unsigned.data.message).toBe("Missing Stripe webhook signature")

      // The same event, properly signed, is queued and acted on; it is the only one that was.
      const acted = webhooksProcessed(getContainer(), 1)
      expect((await deliver(api, payload, signature)).status).toBe(200)
      await acted
      eventBus.unsubscribe(PaymentWebhookEvents.WebhookReceived, countQueued, { subscriberId: "stripe-spec-queued" })
      expect(queued).toHaveLength(1)
      expect(await ordersOfCart(cart.id)).toHaveLength(1)
    })
  },
})
