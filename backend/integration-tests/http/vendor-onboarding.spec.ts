import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { loadVendorScope, requireApprovedCooperative } from "../../src/api/vendor/scope"
import { demoAccounts, seedAccounts } from "../../src/scripts/seed/accounts"
import { waitForEmail } from "./checkout-helpers"
import {
  application,
  attempt,
  bearer,
  cooperativeService,
  expectInvalid,
  login,
  PASSWORD,
  recordEvents,
  registerMember,
  waitForEvent,
  type Api,
} from "./vendor-helpers"

// This suite's own email outbox, read by the password reset test.
const outbox = join(mkdtempSync(join(tmpdir(), "tiwizi-onboarding-")), "outbox.jsonl")
process.env.NOTIFICATIONS_FILE = outbox

medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let staffToken: string
    let customerToken: string
    let events: ReturnType<typeof recordEvents>

    beforeAll(async () => {
      await seedAccounts(getContainer())
      staffToken = (await api.post("/auth/user/emailpass", { email: demoAccounts.staff, password: demoAccounts.password })).data.token
      customerToken = (await api.post("/auth/customer/emailpass", { email: demoAccounts.customer, password: demoAccounts.password })).data.token
      events = recordEvents(getContainer(), [
        "auth.password_reset",
        "cooperative_member.created",
        "cooperative.applied",
      ])
    })

    describe("registration and login", () => {
      it("registers, creates the member under the lower-cased login, and logs in by bearer token and by session", async () => {
        const { data: registered } = await api.post("/auth/cooperative_member/emailpass/register", {
          email: "Fatima.Oubaha@Tighza.ma",
          password: PASSWORD,
        })
        expect((await attempt(api.get("/vendor/me", bearer(registered.token)))).status).toBe(401)

        const { data } = await api.post(
          "/vendor/members",
          { email: "FATIMA.OUBAHA@tighza.ma", first_name: "Fatima", last_name: "Oubaha", phone: "+212 6 11 22 33 44" },
          bearer(registered.token),
        )
        expect(data.member).toMatchObject({ email: "fatima.oubaha@tighza.ma", role: "member", cooperative_id: null, phone: "+212611223344" })
        expect(data.member.id).toMatch(/^coopmem_/)
        expect(await waitForEvent(events, "cooperative_member.created")).toEqual({ id: data.member.id })

        const again = await attempt(
          api.post("/vendor/members", { email: "fatima.oubaha@tighza.ma", first_name: "F", last_name: "O" }, bearer(registered.token)),
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("already registered")

        // The registration token names no member; a refreshed one does.
        const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registered.token))
        const me = await api.get("/vendor/me", bearer(refreshed.token))
        expect(me.data).toMatchObject({ member: { id: data.member.id, email: "fatima.oubaha@tighza.ma" }, cooperative: null })

        for (const email of ["fatima.oubaha@tighza.ma", "Fatima.Oubaha@tighza.ma"]) {
          const token = await login(api, email)
          expect((await api.get("/vendor/me", bearer(token))).data.member.id).toBe(data.member.id)
        }
        expect((await attempt(api.post("/auth/cooperative_member/emailpass", { email: "fatima.oubaha@tighza.ma", password: "wrong" }))).status).toBe(401)

        const session = await api.post("/auth/session", {}, bearer(await login(api, "fatima.oubaha@tighza.ma")))
        const cookie = { headers: { cookie: session.headers["set-cookie"][0].split(";")[0] } }
        expect((await api.get("/vendor/me", cookie)).data.member.id).toBe(data.member.id)
        await api.delete("/auth/session", cookie)
        expect((await attempt(api.get("/vendor/me", cookie))).status).toBe(401)
      })

      it("refuses a member under another email than the login, or with bad fields, and creates nothing", async () => {
        const { data: registered } = await api.post("/auth/cooperative_member/emailpass/register", { email: "itto@tighza.ma", password: PASSWORD })
        const names = { first_name: "Itto", last_name: "Amghar" }
        const cases: [Record<string, unknown>, string][] = [
          [{ email: "someone@else.ma", ...names }, "email must be the address you registered with"],
          [{ email: "itto@tighza.ma", ...names, cooperative_id: "coop_other" }, "cooperative_id"],
          [{ email: "itto@tighza.ma", ...names, role: "owner" }, "role"],
          [{ email: "itto@tighza.ma", first_name: 42, last_name: "Amghar" }, "first_name"],
          [{ email: "itto@tighza.ma", first_name: "  ", last_name: "Amghar" }, "first_name"],
          [{ email: "not-an-email", ...names }, "email"],
          [{ email: "itto@tighza.ma", ...names, phone: "call me" }, "phone"],
        ]
        for (const [body, field] of cases) {
          expectInvalid(await attempt(api.post("/vendor/members", body, bearer(registered.token))), field)
        }
        expect(await cooperativeService(getContainer()).listCooperativeMembers({ email: "itto@tighza.ma" })).toHaveLength(0)
      })

      it("answers 401 to no token, a forged one, and the tokens of customers and staff", async () => {
        const { jwtSecret } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
        const { memberId } = await registerMember(api, "forged@tighza.ma")
        const forged = generateJwtToken({ actor_id: memberId, actor_type: "cooperative_member", auth_identity_id: "x" }, { secret: "not-the-secret", expiresIn: "1h" })
        const wrongActor = generateJwtToken({ actor_id: memberId, actor_type: "customer", auth_identity_id: "x" }, { secret: jwtSecret, expiresIn: "1h" })
        // A customer logging in through the member route gets a token, but it names no member.
        const customerAsMember = await login(api, demoAccounts.customer, demoAccounts.password)

        for (const config of [{}, bearer(forged), bearer(wrongActor), bearer(customerToken), bearer(staffToken), bearer(customerAsMember)]) {
          expect((await attempt(api.get("/vendor/me", config))).status).toBe(401)
          expect((await attempt(api.get("/vendor/cooperative", config))).status).toBe(401)
          expect((await attempt(api.post("/vendor/application", application(), config))).status).toBe(401)
          expect((await attempt(api.post("/vendor/invites", { email: "a@b.ma" }, config))).status).toBe(401)
        }
        for (const config of [{}, bearer(forged), bearer(customerToken), bearer(staffToken)]) {
          expect((await attempt(api.post("/vendor/members", { email: "x@y.ma", first_name: "X", last_name: "Y" }, config))).status).toBe(401)
        }
        expect(await cooperativeService(getContainer()).listCooperatives({})).toHaveLength(0)
      })
    })

    describe("applying", () => {
      it("creates a pending cooperative owned by the applicant, refuses a second application, and shows staff's approval", async () => {
        const { memberId, token } = await registerMember(api, "owner@tighza.ma")
        expect((await attempt(api.get("/vendor/cooperative", bearer(token)))).status).toBe(404)

        const { data } = await api.post("/vendor/application", application(), bearer(token))
        expect(data.cooperative).toMatchObject({
          handle: "tighza-aghbalou",
          status: "pending",
          email: "contact@tighza.ma",
          phone: "+212600000000",
          bank_rib: null,
          women_led: true,
        })
        expect(data.cooperative).not.toHaveProperty("status_decided_by")
        expect(await waitForEvent(events, "cooperative.applied", (e) => e.id === data.cooperative.id)).toEqual({
          id: data.cooperative.id,
          member_id: memberId,
          reapplied: false,
          previous_status_reason: null,
        })

        const me = await api.get("/vendor/me", bearer(token))
        expect(me.data.member).toMatchObject({ role: "owner", cooperative_id: data.cooperative.id })

        const second = await attempt(api.post("/vendor/application", application({ odco_number: "KH-2020-0001" }), bearer(token)))
        expect(second.status).toBe(400)
        expect(second.data.message).toContain("waiting for staff review")

        await cooperativeService(getContainer()).changeCooperativeStatus(data.cooperative.id, { status: "approved", decided_by: "user_staff" })
        const approved = await api.get("/vendor/me", bearer(token))
        expect(approved.data.cooperative).toMatchObject({ id: data.cooperative.id, status: "approved", status_reason: null })
        expect(approved.data.cooperative.status_decided_at).toBeTruthy()

        const third = await attempt(api.post("/vendor/application", application({ odco_number: "KH-2020-0002" }), bearer(token)))
        expect(third.status).toBe(400)
        expect(third.data.message).toContain("already belong")
        expect(await cooperativeService(getContainer()).listCooperatives({}, { select: ["id"] })).toHaveLength(1)
      })

      it("lets the owner of a rejected application apply again, reopening the same cooperative with corrected details", async () => {
        const { memberId, token } = await registerMember(api, "rejected@aghbalou.ma")
        const first = application({ name: "Coopérative Tafsut", odco_number: "KH-2019-0099", commune: "Kaf En-Nsour" })
        const { data } = await api.post("/vendor/application", first, bearer(token))
        expect(data.cooperative.handle).toBe("tafsut-kaf-en-nsour")
        await cooperativeService(getContainer()).changeCooperativeStatus(data.cooperative.id, {
          status: "rejected",
          reason: "Numéro ODCO introuvable",
          decided_by: "user_staff",
        })
        expect((await api.get("/vendor/me", bearer(token))).data.cooperative).toMatchObject({
          status: "rejected",
          status_reason: "Numéro ODCO introuvable",
        })

        const corrected = { ...first, odco_number: "KH-2019-0100", story: "Les tisserandes de Kaf En-Nsour, enregistrées depuis 2019." }
        const { data: again } = await api.post("/vendor/application", corrected, bearer(token))
        expect(again.cooperative).toMatchObject({
          id: data.cooperative.id,
          handle: "tafsut-kaf-en-nsour",
          status: "pending",
          status_reason: null,
          odco_number: "KH-2019-0100",
          story: corrected.story,
        })
        expect(await waitForEvent(events, "cooperative.applied", (e) => e.reapplied === true)).toEqual({
          id: data.cooperative.id,
          member_id: memberId,
          reapplied: true,
          previous_status_reason: "Numéro ODCO introuvable",
        })
      })

      it("refuses bad applications with a 400 naming the field, and creates nothing", async () => {
        const { token } = await registerMember(api, "careless@tighza.ma")
        const before = await cooperativeService(getContainer()).listCooperatives({}, { select: ["id"] })
        const cases: [Record<string, unknown>, string][] = [
          [{ founded_year: "2016" }, "founded_year"],
          [{ founded_year: new Date().getFullYear() + 1 }, "founded_year"],
          [{ founded_year: 1850 }, "founded_year"],
          [{ member_count: -3 }, "member_count"],
          [{ member_count: 2.5 }, "member_count"],
          [{ women_member_count: 30 }, "women_member_count"],
          [{ women_led: true, women_member_count: 0 }, "women_led"],
          [{ women_led: "yes" }, "women_led"],
          [{ cooperative_id: "coop_other" }, "cooperative_id"],
          [{ status: "approved" }, "status"],
          [{ handle: "my-handle" }, "handle"],
          [{ bank_rib: "011780000012345678901234" }, "bank_rib"],
          [{ email: "contact at tighza" }, "email"],
          [{ phone: "12" }, "phone"],
          [{ name: "" }, "name"],
          [{ odco_number: undefined }, "odco_number"],
          [{ story: "Trop court" }, "story"],
        ]
        for (const [overrides, field] of cases) {
          expectInvalid(await attempt(api.post("/vendor/application", application(overrides), bearer(token))), field)
        }
        const after = await cooperativeService(getContainer()).listCooperatives({}, { select: ["id"] })
        expect(after).toHaveLength(before.length)
        expect((await api.get("/vendor/me", bearer(token))).data.cooperative).toBeNull()
      })

      it("lets only members of an approved cooperative past requireApprovedCooperative", async () => {
        const container = getContainer()
        const { memberId, token } = await registerMember(api, "gate@tighza.ma")
        // The real middlewares on a request carrying the app's own container, as Medusa builds it.
        const gate = async () => {
          const req = { scope: container, auth_context: { actor_id: memberId } } as unknown as AuthenticatedMedusaRequest
          const res = {} as MedusaResponse
          const next = vi.fn()
          await loadVendorScope(req, res, next)
          try {
            requireApprovedCooperative(req, res, next)
          } catch (error) {
            return { status: 403, message: (error as Error).message }
          }
          return { status: next.mock.calls.length === 2 ? 200 : 500, message: "" }
        }
        expect(await gate()).toEqual({ status: 403, message: expect.stringContaining("do not belong to a cooperative") })
        const { data } = await api.post(
          "/vendor/application",
          application({ name: "Coopérative Azetta", odco_number: "KH-2016-0777", commune: "Moulay Bouazza" }),
          bearer(token),
        )
        expect(await gate()).toEqual({ status: 403, message: expect.stringContaining("pending") })
        const cooperatives = cooperativeService(container)
        await cooperatives.changeCooperativeStatus(data.cooperative.id, { status: "approved", decided_by: "user_staff" })
        expect(await gate()).toEqual({ status: 200, message: "" })
        await cooperatives.changeCooperativeStatus(data.cooperative.id, { status: "suspended", reason: "Audit", decided_by: "user_staff" })
        expect(await gate()).toEqual({ status: 403, message: expect.stringContaining("suspended") })
      })
    })

    describe("password reset", () => {
      it("resets a forgotten password with the emitted token, once, and emails the link in the member's language", async () => {
        await registerMember(api, "forgetful@tighza.ma")
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
        const info = vi.spyOn(logger, "info")

        const requested = await api.post("/auth/cooperative_member/emailpass/reset-password", {
          identifier: "Forgetful@Tighza.ma",
          metadata: { locale: "ar" },
        })
        expect(requested.status).toBe(201)
        const reset = await waitForEvent(events, "auth.password_reset", (e) => e.entity_id === "forgetful@tighza.ma")
        expect(reset).toMatchObject({ actor_type: "cooperative_member", metadata: { locale: "ar" } })
        const sent = await waitForEmail(outbox, (e) => e.template === "cooperative-member-reset-password" && e.to === "forgetful@tighza.ma")
        expect(sent?.locale).toBe("ar")
        expect(String(sent?.data.url)).toMatch(/\/ar\/cooperative\/reset-password\?token=.+&email=forgetful%40tighza\.ma$/)
        expect(info.mock.calls.flat().join(" ")).not.toContain(reset.token as string)
        info.mockRestore()

        // A login token is not a reset token.
        const loginToken = await login(api, "forgetful@tighza.ma")
        expect((await attempt(api.post("/auth/cooperative_member/emailpass/update", { password: "x" }, bearer(loginToken)))).status).toBe(401)

        const updated = await api.post("/auth/cooperative_member/emailpass/update", { password: "nouveau-mot-de-passe" }, bearer(reset.token as string))
        expect(updated.data).toEqual({ success: true })
        expect((await attempt(api.post("/auth/cooperative_member/emailpass", { email: "forgetful@tighza.ma", password: PASSWORD }))).status).toBe(401)
        const token = await login(api, "forgetful@tighza.ma", "nouveau-mot-de-passe")
        expect((await api.get("/vendor/me", bearer(token))).data.member.email).toBe("forgetful@tighza.ma")

        const reused = await attempt(api.post("/auth/cooperative_member/emailpass/update", { password: "encore" }, bearer(reset.token as string)))
        expect(reused.status).toBe(401)
      })

      it("answers an unknown login like a known one and emits nothing", async () => {
        const before = events.filter((e) => e.name === "auth.password_reset").length
        const requested = await api.post("/auth/cooperative_member/emailpass/reset-password", { identifier: "nobody@nowhere.ma" })
        expect(requested.status).toBe(201)
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect(events.filter((e) => e.name === "auth.password_reset")).toHaveLength(before)
        const auth = getContainer().resolve(Modules.AUTH)
        expect(await auth.listProviderIdentities({ entity_id: "nobody@nowhere.ma" })).toHaveLength(0)
      })
    })
  },
})
