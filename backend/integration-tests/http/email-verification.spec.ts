import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import jwt from "jsonwebtoken"
import { beforeAll, expect, it } from "vitest"
import { EMAIL_VERIFICATION_MODULE } from "../../src/modules/email-verification"
import type EmailVerificationModuleService from "../../src/modules/email-verification/service"
import { verificationSecret } from "../../src/modules/email-verification/token"
import { CUSTOMER_EMAIL_VERIFICATION } from "../../src/notifications/customer-email-verification"
import { seedShop } from "../../src/scripts/seed/index"
import { staffLogin } from "./admin-helpers"
import { must, readOutbox, waitForEmail } from "./checkout-helpers"
import { attempt, bearer, type Api } from "./vendor-helpers"

// Medusa reads its configuration when the runner starts it, after this module ran: the suite's
// emails go to a file of its own, and links to a storefront address it knows.
const outbox = join(mkdtempSync(join(tmpdir(), "tiwizi-email-verification-")), "outbox.jsonl")
process.env.NOTIFICATIONS_FILE = outbox
process.env.STOREFRONT_URL = "https://tiwizi.test"

const PASSWORD = "laine-de-mrirt-2026"

medusaIntegrationTestRunner({
  testSuite: ({ api: untyped, getContainer }) => {
    const api = untyped as Api
    let store: Record<string, string>

    /** A customer registered as the storefront registers them, in `locale`, with their token. */
    async function register(email: string, locale = "fr") {
      const { data: identity } = await must(api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }), "register")
      const { data } = await must(
        api.post("/store/customers", { email, first_name: "Itto", last_name: "Ouhaddou", metadata: { locale } }, { headers: { ...store, ...bearer(identity.token).headers } }),
        "create the customer",
      )
      const { data: login } = await must(api.post("/auth/customer/emailpass", { email, password: PASSWORD }), "log in")
      return { id: data.customer.id as string, headers: { headers: { ...store, ...bearer(login.token).headers } } }
    }

    /** The link of the newest verification email sent to `email`, waiting for the first one. */
    async function verificationLink(email: string): Promise<URL> {
      await waitForEmail(outbox, (entry) => entry.to === email && entry.template === CUSTOMER_EMAIL_VERIFICATION)
      const sent = readOutbox(outbox).filter((entry) => entry.to === email && entry.template === CUSTOMER_EMAIL_VERIFICATION)
      expect(sent.length, `a verification email to ${email}`).toBeGreaterThan(0)
      return new URL(String(sent.at(-1)!.data.url))
    }

    const status = async (headers: object) => (await must(api.get("/store/customers/me/email-verification", headers), "read the status")).data
    const verify = (token: string) => attempt(api.post("/store/email-verifications", { token }, { headers: store }))
    const records = (customerId: string) =>
      getContainer().resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE).listEmailVerifications({ customer_id: customerId })

    function expectInvalidLink(response: Awaited<ReturnType<typeof verify>>) {
      expect(response.status, JSON.stringify(response.data)).toBe(400)
      expect(response.data).toMatchObject({ type: "invalid_data", code: "invalid_link" })
    }

    beforeAll(async () => {
      const { publishableKey } = await seedShop(getContainer(), [])
      store = { "x-publishable-api-key": publishableKey }
    })

    it("emails a new customer a link in their language; opening it verifies their address, once and for all", async () => {
      const email = "itto.verifie@example.ma"
      const customer = await register(email, "ar")
      expect(await status(customer.headers)).toEqual({ verified: false, email })

      const link = await verificationLink(email)
      expect(`${link.origin}${link.pathname}`).toBe("https://tiwizi.test/ar/account/verify-email")
      const sent = readOutbox(outbox).find((entry) => entry.to === email)!
      expect(sent).toMatchObject({ locale: "ar", subject: "أكد عنوان بريدك الإلكتروني" })
      expect(sent.text).toContain(link.href)

      const token = link.searchParams.get("token")!
      const verified = await verify(token)
      expect(verified.status, JSON.stringify(verified.data)).toBe(200)
      expect(verified.data).toEqual({ verified: true })
      expect(await status(customer.headers)).toEqual({ verified: true, email })

      // The link works again (a second click, a mail scanner) and records nothing twice.
      expect((await verify(token)).status).toBe(200)
      expect(await records(customer.id)).toHaveLength(1)

      const again = await attempt(api.post("/store/customers/me/email-verification", {}, customer.headers))
      expect(again.status).toBe(400)
      expect(again.data.code).toBe("already_verified")
    })

    it("refuses a garbled, tampered, expired or foreign token as invalid_link and verifies nothing", async () => {
      const email = "tamtam.refuse@example.ma"
      const customer = await register(email)
      const token = (await verificationLink(email)).searchParams.get("token")!
      const secret = verificationSecret(getContainer())
      const audience = "tiwizi:email-verification"
      const [header, payload, signature] = token.split(".")
      const otherCustomer = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), sub: "cus_someone_else" }),
      ).toString("base64url")

      for (const bad of [
        "ceci-n-est-pas-un-jeton-de-verification",
        `${header}.${otherCustomer}.${signature}`,
        `${header}.${payload}.${signature.slice(0, -4)}AAAA`,
        jwt.sign({ email, exp: Math.floor(Date.now() / 1000) - 60 }, secret, { audience, subject: customer.id }),
        jwt.sign({ email }, "not-the-project-secret", { audience, subject: customer.id, expiresIn: "48h" }),
        jwt.sign({ email }, secret, { audience: "another-purpose", subject: customer.id, expiresIn: "48h" }),
      ]) {
        expectInvalidLink(await verify(bad))
      }
      expect(await records(customer.id)).toHaveLength(0)
      expect(await status(customer.headers)).toEqual({ verified: false, email })

      const malformed = await attempt(api.post("/store/email-verifications", { token, customer_id: customer.id }, { headers: store }))
      expect(malformed.status).toBe(400)
      expect((await attempt(api.post("/store/email-verifications", {}, { headers: store }))).status).toBe(400)
    })

    it("unverifies a customer whose email changed: the old link no longer works, a new link sent to the new address does", async () => {
      const email = "hadda.ancienne@example.ma"
      const customer = await register(email)
      const oldToken = (await verificationLink(email)).searchParams.get("token")!
      expect((await verify(oldToken)).status).toBe(200)

      const newEmail = "hadda.nouvelle@example.ma"
      const { token: staff } = await staffLogin(api, getContainer())
      await must(api.post(`/admin/customers/${customer.id}`, { email: newEmail }, bearer(staff)), "change the email")
      expect(await status(customer.headers)).toEqual({ verified: false, email: newEmail })
      expectInvalidLink(await verify(oldToken))

      const sent = await attempt(api.post("/store/customers/me/email-verification", { locale: "en" }, customer.headers))
      expect(sent.status, JSON.stringify(sent.data)).toBe(202)
      expect(sent.data).toEqual({ sent: true })
      const link = await verificationLink(newEmail)
      expect(link.pathname).toBe("/en/account/verify-email")
      expect((await verify(link.searchParams.get("token")!)).status).toBe(200)
      expect(await status(customer.headers)).toEqual({ verified: true, email: newEmail })
    })

    it("sends a new link at most once a minute, and only to a logged-in customer", async () => {
      const email = "ito.presse@example.ma"
      const customer = await register(email)
      // The registration's link is the last one sent.
      await verificationLink(email)
      const tooSoon = await attempt(api.post("/store/customers/me/email-verification", {}, customer.headers))
      expect(tooSoon.status, JSON.stringify(tooSoon.data)).toBe(429)
      expect(tooSoon.data).toMatchObject({ code: "too_many_requests" })
      expect(tooSoon.data.retry_after).toBeGreaterThan(0)
      expect(tooSoon.data.retry_after).toBeLessThanOrEqual(60)
      expect(Number(tooSoon.headers["retry-after"])).toBe(tooSoon.data.retry_after)
      expect(readOutbox(outbox).filter((entry) => entry.to === email)).toHaveLength(1)

      expect((await attempt(api.post("/store/customers/me/email-verification", { locale: "de" }, customer.headers))).status).toBe(400)
      expect((await attempt(api.get("/store/customers/me/email-verification", { headers: store }))).status).toBe(401)
      expect((await attempt(api.post("/store/customers/me/email-verification", {}, { headers: store }))).status).toBe(401)
    })
  },
})
