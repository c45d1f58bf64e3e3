import { createHash } from "node:crypto"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"

const thisYear = new Date().getFullYear()

/** A complete, valid application from Aghbalou; each test changes only what it is about. */
function application(overrides: Record<string, unknown> = {}) {
  return {
    handle: "tighza-aghbalou",
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
    phone: "+212600000000",
    email: "contact@tighza.ma",
    ...overrides,
  }
}

const invalidData = (field: string) => ({
  type: MedusaError.Types.INVALID_DATA,
  message: expect.stringContaining(field),
})

moduleIntegrationTestRunner<CooperativeModuleService>({
  moduleName: COOPERATIVE_MODULE,
  resolve: "./src/modules/cooperative",
  // The committed migrations, not a schema derived from the models, so the tests cover what ships.
  pathToMigrations: "./src/modules/cooperative/migrations",
  testSuite: ({ service }) => {
    describe("cooperatives", () => {
      it("creates a pending cooperative with a prefixed id, lists it by province and status, and updates it", async () => {
        const created = await service.createCooperatives(application({ women_member_count: undefined, women_led: false }))
        expect(created.id).toMatch(/^coop_/)
        expect(created).toMatchObject({ status: "pending", women_member_count: 0, bank_rib: null, status_decided_at: null })

        await service.createCooperatives(application({ handle: "rbat-weavers", odco_number: "RB-2019-0007", province: "Rabat" }))
        const pendingInKhenifra = await service.listCooperatives({ province: "Khénifra", status: "pending" })
        expect(pendingInKhenifra.map((c) => c.id)).toEqual([created.id])

        const updated = await service.updateCooperatives({ id: created.id, member_count: 30, women_member_count: 28 })
        expect(updated).toMatchObject({ member_count: 30, women_member_count: 28 })
        expect(await service.retrieveCooperative(created.id)).toMatchObject({ member_count: 30, women_member_count: 28 })
      })

      it("refuses a second cooperative with the same handle or ODCO number and keeps the first", async () => {
        await service.createCooperatives(application())
        await expect(service.createCooperatives(application({ odco_number: "KH-2020-0001" }))).rejects.toMatchObject(
          invalidData("handle"),
        )
        await expect(service.createCooperatives(application({ handle: "another-one" }))).rejects.toMatchObject(
          invalidData("odco_number"),
        )
        const all = await service.listCooperatives({})
        expect(all.map((c) => c.handle)).toEqual(["tighza-aghbalou"])
      })

      it.each([
        ["founded_year", { founded_year: 1899 }],
        ["founded_year", { founded_year: thisYear + 1 }],
        ["founded_year", { founded_year: 2016.5 }],
        ["member_count", { member_count: 0, women_member_count: 0, women_led: false }],
        ["women_member_count", { member_count: 10, women_member_count: 11 }],
        ["women_member_count", { women_member_count: -1, women_led: false }],
        ["women_led", { women_member_count: 0, women_led: true }],
        ["handle", { handle: "Tighza Aghbalou" }],
        ["bank_rib", { bank_rib: "0117 8000 0012 3456 7890 1234" }],
      ])("refuses a cooperative whose %s is wrong and saves nothing", async (field, overrides) => {
        await expect(service.createCooperatives(application(overrides))).rejects.toMatchObject(invalidData(field))
        expect(await service.listCooperatives({})).toHaveLength(0)
      })

      it("refuses a whole batch when one cooperative in it is wrong", async () => {
        const batch = [application(), application({ handle: "second", odco_number: "KH-2018-0100", founded_year: 1800 })]
        await expect(service.createCooperatives(batch)).rejects.toMatchObject(invalidData("founded_year"))
        expect(await service.listCooperatives({})).toHaveLength(0)
      })

      it("checks a partial update against the stored values and changes nothing when refused", async () => {
        const cooperative = await service.createCooperatives(application())
        await expect(service.updateCooperatives({ id: cooperative.id, women_member_count: 25 })).rejects.toMatchObject(
          invalidData("women_member_count"),
        )
        await expect(
          service.updateCooperatives({ selector: { province: "Khénifra" }, data: { member_count: 20 } }),
        ).rejects.toMatchObject(invalidData("women_member_count"))
        await expect(service.updateCooperatives({ id: cooperative.id, bank_rib: "not a rib" })).rejects.toMatchObject(
          invalidData("bank_rib"),
        )
        expect(await service.retrieveCooperative(cooperative.id)).toMatchObject({
          member_count: 24,
          women_member_count: 22,
          bank_rib: null,
        })
      })
    })

    describe("status decisions", () => {
      it("moves pending → approved → suspended → approved and records who decided, when and why", async () => {
        const { id } = await service.createCooperatives(application())
        const approved = await service.changeCooperativeStatus(id, { status: "approved", decided_by: "user_staff1" })
        expect(approved).toMatchObject({ status: "approved", status_reason: null, status_decided_by: "user_staff1" })
        expect(approved.status_decided_at).toBeInstanceOf(Date)

        const suspended = await service.changeCooperativeStatus(id, {
          status: "suspended",
          reason: "  Produits non conformes à la description  ",
          decided_by: "user_staff2",
        })
        expect(suspended).toMatchObject({ status: "suspended", status_reason: "Produits non conformes à la description" })

        const reinstated = await service.changeCooperativeStatus(id, { status: "approved", decided_by: "user_staff1" })
        expect(reinstated).toMatchObject({ status: "approved", status_reason: null, status_decided_by: "user_staff1" })
      })

      it("rejects a pending application with its reason, and a rejection is final", async () => {
        const { id } = await service.createCooperatives(application())
        await service.changeCooperativeStatus(id, { status: "rejected", reason: "Numéro ODCO introuvable", decided_by: "user_staff1" })
        for (const status of ["approved", "pending", "suspended"] as const) {
          await expect(service.changeCooperativeStatus(id, { status, decided_by: "user_staff1" })).rejects.toMatchObject({
            type: MedusaError.Types.NOT_ALLOWED,
            message: expect.stringContaining("rejected"),
          })
        }
        expect(await service.retrieveCooperative(id)).toMatchObject({ status: "rejected", status_reason: "Numéro ODCO introuvable" })
      })

      it.each([
        ["pending", "suspended"],
        ["pending", "pending"],
        ["approved", "pending"],
        ["approved", "rejected"],
        ["suspended", "rejected"],
        ["suspended", "pending"],
      ] as const)("refuses %s → %s and leaves the status alone", async (from, to) => {
        const { id } = await service.createCooperatives(application())
        if (from !== "pending") await service.changeCooperativeStatus(id, { status: "approved", decided_by: "user_staff1" })
        if (from === "suspended") {
          await service.changeCooperativeStatus(id, { status: "suspended", reason: "Audit", decided_by: "user_staff1" })
        }
        const before = await service.retrieveCooperative(id)
        await expect(
          service.changeCooperativeStatus(id, { status: to, reason: "Essai", decided_by: "user_staff9" }),
        ).rejects.toMatchObject({ type: MedusaError.Types.NOT_ALLOWED, message: expect.stringContaining(`cannot become ${to}`) })
        const after = await service.retrieveCooperative(id)
        expect(after).toMatchObject({ status: from, status_decided_by: before.status_decided_by })
      })

      it("requires a reason to reject or suspend", async () => {
        const { id } = await service.createCooperatives(application())
        await expect(service.changeCooperativeStatus(id, { status: "rejected", reason: "  ", decided_by: "user_staff1" })).rejects.toMatchObject(
          invalidData("status_reason"),
        )
        await service.changeCooperativeStatus(id, { status: "approved", decided_by: "user_staff1" })
        await expect(service.changeCooperativeStatus(id, { status: "suspended", decided_by: "user_staff1" })).rejects.toMatchObject(
          invalidData("status_reason"),
        )
        expect((await service.retrieveCooperative(id)).status).toBe("approved")
      })

      it("answers NOT_FOUND for an unknown cooperative", async () => {
        await expect(
          service.changeCooperativeStatus("coop_missing", { status: "approved", decided_by: "user_staff1" }),
        ).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
      })
    })

    describe("members", () => {
      it("registers a person without a cooperative, then attaches them as its owner", async () => {
        const member = await service.createCooperativeMembers({ email: "fatima@tighza.ma", first_name: "Fatima", last_name: "Oubaha" })
        expect(member.id).toMatch(/^coopmem_/)
        expect(await service.retrieveCooperativeMember(member.id)).toMatchObject({ cooperative_id: null, role: "member" })

        const cooperative = await service.createCooperatives(application())
        await service.updateCooperativeMembers({ id: member.id, cooperative_id: cooperative.id, role: "owner" })
        const withMembers = await service.retrieveCooperative(cooperative.id, { relations: ["members"] })
        expect(withMembers.members.map((m) => [m.email, m.role])).toEqual([["fatima@tighza.ma", "owner"]])
      })

      it("refuses a second member with the same email", async () => {
        await service.createCooperativeMembers({ email: "fatima@tighza.ma", first_name: "Fatima", last_name: "Oubaha" })
        await expect(
          service.createCooperativeMembers({ email: "fatima@tighza.ma", first_name: "Fatma", last_name: "Ait" }),
        ).rejects.toMatchObject(invalidData("email"))
        expect(await service.listCooperativeMembers({})).toHaveLength(1)
      })
    })

    describe("invitations", () => {
      it("stores only the token's hash and opens the invitation with the token", async () => {
        const cooperative = await service.createCooperatives(application())
        const { invite, token } = await service.issueCooperativeInvite({ cooperative_id: cooperative.id, phone: "+212611111111" })
        expect(invite.id).toMatch(/^coopinv_/)
        expect(token.length).toBeGreaterThanOrEqual(43)

        const [stored] = await service.listCooperativeInvites({ id: invite.id }, { select: ["token_hash", "role", "expires_at"] })
        expect(stored.token_hash).not.toContain(token)
        expect(stored.token_hash).toBe(createHash("sha256").update(token).digest("hex"))
        expect(stored.role).toBe("member")
        const daysValid = (new Date(stored.expires_at).getTime() - Date.now()) / 86_400_000
        expect(daysValid).toBeGreaterThan(6.9)

        expect((await service.retrieveOpenInvite(token)).id).toBe(invite.id)
        await expect(service.retrieveOpenInvite(stored.token_hash)).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
      })

      it("refuses an accepted or expired invitation", async () => {
        const cooperative = await service.createCooperatives(application())
        const accepted = await service.issueCooperativeInvite({ cooperative_id: cooperative.id, email: "aicha@tighza.ma" })
        await service.updateCooperativeInvites({ id: accepted.invite.id, accepted_at: new Date() })
        await expect(service.retrieveOpenInvite(accepted.token)).rejects.toMatchObject({
          type: MedusaError.Types.NOT_ALLOWED,
          message: expect.stringContaining("accepted"),
        })

        const expiring = await service.issueCooperativeInvite({ cooperative_id: cooperative.id, email: "itto@tighza.ma" })
        await service.updateCooperativeInvites({ id: expiring.invite.id, expires_at: new Date(Date.now() - 1000) })
        await expect(service.retrieveOpenInvite(expiring.token)).rejects.toMatchObject({
          type: MedusaError.Types.NOT_ALLOWED,
          message: expect.stringContaining("expired"),
        })
      })

      it("refuses an invitation with no email or phone, an expiry in the past, or an unknown cooperative", async () => {
        const cooperative = await service.createCooperatives(application())
        await expect(service.issueCooperativeInvite({ cooperative_id: cooperative.id })).rejects.toMatchObject(invalidData("email or phone"))
        await expect(
          service.issueCooperativeInvite({ cooperative_id: cooperative.id, email: "a@b.ma", expires_at: new Date(Date.now() - 1) }),
        ).rejects.toMatchObject(invalidData("expires_at"))
        await expect(service.issueCooperativeInvite({ cooperative_id: "coop_missing", email: "a@b.ma" })).rejects.toMatchObject({
          type: MedusaError.Types.NOT_FOUND,
        })
        expect(await service.listCooperativeInvites({})).toHaveLength(0)
      })
    })
  },
})
