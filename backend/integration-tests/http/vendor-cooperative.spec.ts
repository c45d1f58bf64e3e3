import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import type { InviteRequest } from "../../src/modules/cooperative/service"
import { createCooperativeStep, type CreateCooperativeStepInput } from "../../src/workflows/cooperative/steps/create-cooperative"
import { createCooperativeMemberStep, type CreateCooperativeMemberStepInput } from "../../src/workflows/cooperative/steps/create-cooperative-member"
import { issueCooperativeInviteStep } from "../../src/workflows/cooperative/steps/issue-cooperative-invite"
import { markInviteAcceptedStep } from "../../src/workflows/cooperative/steps/mark-invite-accepted"
import {
  reopenRejectedCooperativeStep,
  type ReopenRejectedCooperativeStepInput,
} from "../../src/workflows/cooperative/steps/reopen-rejected-cooperative"
import { updateCooperativeStep, type UpdateCooperativeStepInput } from "../../src/workflows/cooperative/steps/update-cooperative"
import {
  updateCooperativeMemberStep,
  type UpdateCooperativeMemberStepInput,
} from "../../src/workflows/cooperative/steps/update-cooperative-member"
import {
  approvedCooperative,
  attempt,
  bearer,
  bouregreg,
  cooperativeService,
  expectInvalid,
  recordEvents,
  registerMember,
  waitForEvent,
  type Api,
} from "./vendor-helpers"

const RIB = "011780000012345678901234"

type EveryWriteInput = {
  member: CreateCooperativeMemberStepInput
  cooperative: CreateCooperativeStepInput
  update: UpdateCooperativeStepInput
  memberUpdate: UpdateCooperativeMemberStepInput
  invite: InviteRequest
  acceptInviteId: string
  reopen: ReopenRejectedCooperativeStepInput
}

// Every mutating step of the cooperative workflows, then a failure: what each wrote must be undone.
const failAfterEveryWrite = createStep("test-fail-after-every-write", async () => {
  throw new Error("a later step failed")
})
const everyWriteThenFail = createWorkflow("test-cooperative-compensation", (input: EveryWriteInput) => {
  createCooperativeMemberStep(input.member)
  createCooperativeStep(input.cooperative)
  updateCooperativeStep(input.update)
  updateCooperativeMemberStep(input.memberUpdate)
  issueCooperativeInviteStep(input.invite)
  markInviteAcceptedStep(input.acceptInviteId)
  reopenRejectedCooperativeStep(input.reopen)
  failAfterEveryWrite()
  return new WorkflowResponse(input.acceptInviteId)
})

medusaIntegrationTestRunner({
  testSuite: ({ api: axios, getContainer }) => {
    const api = axios as Api
    let a: Awaited<ReturnType<typeof approvedCooperative>>
    let b: Awaited<ReturnType<typeof approvedCooperative>>
    let events: ReturnType<typeof recordEvents>

    // Two approved cooperatives, A in Aghbalou and B in Salé; the database returns to this state
    // before every test.
    beforeAll(async () => {
      a = await approvedCooperative(api, getContainer(), "owner@tighza.ma")
      b = await approvedCooperative(api, getContainer(), "owner@salewoven.ma", bouregreg)
      await cooperativeService(getContainer()).updateCooperatives({ id: b.cooperativeId, bank_rib: RIB })
      events = recordEvents(getContainer(), ["cooperative.updated", "cooperative.member_invited", "cooperative.member_joined"])
    })

    const snapshot = async () => cooperativeService(getContainer()).listCooperatives({}, { order: { id: "ASC" } })

    describe("my cooperative", () => {
      it("reads and updates only the member's own cooperative", async () => {
        const read = await api.get("/vendor/cooperative", bearer(a.token))
        expect(read.data.cooperative).toMatchObject({ id: a.cooperativeId, handle: "tighza-aghbalou", bank_rib: null })
        const otherBefore = await cooperativeService(getContainer()).retrieveCooperative(b.cooperativeId)

        const update = {
          story: "Vingt-six tisserandes nouent désormais des tapis zayane et des hanbels.",
          phone: "+212 6 99 88 77 66",
          email: "Bonjour@Tighza.ma",
          member_count: 26,
          women_member_count: 24,
          logo_url: "https://cdn.tiwizi.ma/tighza/logo.webp",
          bank_rib: "0117 8000 0012 3456 7890 1234",
        }
        const { data } = await api.post("/vendor/cooperative", update, bearer(a.token))
        expect(data.cooperative).toMatchObject({
          id: a.cooperativeId,
          story: update.story,
          phone: "+212699887766",
          email: "bonjour@tighza.ma",
          member_count: 26,
          women_member_count: 24,
          logo_url: update.logo_url,
          bank_rib: RIB,
          status: "approved",
        })
        const updated = await waitForEvent(events, "cooperative.updated")
        expect(updated).toMatchObject({ id: a.cooperativeId, member_id: a.memberId })
        expect([...(updated.fields as string[])].sort()).toEqual(Object.keys(update).sort())
        expect(await cooperativeService(getContainer()).retrieveCooperative(b.cooperativeId)).toEqual(otherBefore)

        const ownB = await api.get("/vendor/cooperative", bearer(b.token))
        expect(ownB.data.cooperative).toMatchObject({ id: b.cooperativeId, bank_rib: RIB, story: otherBefore.story })
      })

      it("refuses another cooperative's id, a status, a handle or registration details in a body, and changes nothing", async () => {
        const before = await snapshot()
        const cases: [Record<string, unknown>, string][] = [
          [{ cooperative_id: b.cooperativeId, story: "Une histoire assez longue pour passer." }, "cooperative_id"],
          [{ id: b.cooperativeId, member_count: 30 }, "id"],
          [{ status: "approved" }, "status"],
          [{ status_reason: null }, "status_reason"],
          [{ handle: "bouregreg-sale" }, "handle"],
          [{ odco_number: "RB-2012-0033" }, "odco_number"],
          [{ name: "Coopérative Bouregreg" }, "name"],
          [{ women_led: false }, "women_led"],
        ]
        for (const [body, field] of cases) {
          expectInvalid(await attempt(api.post("/vendor/cooperative", body, bearer(a.token))), field)
        }
        // An id in the query is not read either: the update lands on the member's own cooperative.
        const withQuery = await api.post(`/vendor/cooperative?id=${b.cooperativeId}`, { member_count: 30 }, bearer(a.token))
        expect(withQuery.data.cooperative).toMatchObject({ id: a.cooperativeId, member_count: 30 })
        const after = await snapshot()
        expect(after.find((c) => c.id === b.cooperativeId)).toEqual(before.find((c) => c.id === b.cooperativeId))
      })

      it("refuses bad profile input with a 400 naming the field, and changes nothing", async () => {
        const before = await snapshot()
        const cases: [Record<string, unknown>, string][] = [
          [{ member_count: -1 }, "member_count"],
          [{ member_count: "26" }, "member_count"],
          [{ women_member_count: 40 }, "women_member_count"],
          [{ email: "pas une adresse" }, "email"],
          [{ phone: "+212 six" }, "phone"],
          [{ logo_url: "javascript:alert(1)" }, "logo_url"],
          [{ cover_url: 12 }, "cover_url"],
          [{ bank_rib: "0117 8000" }, "bank_rib"],
          [{ story: 42 }, "story"],
          [{}, "at least one field"],
        ]
        for (const [body, field] of cases) {
          expectInvalid(await attempt(api.post("/vendor/cooperative", body, bearer(a.token))), field)
        }
        expect(await snapshot()).toEqual(before)
      })

      it("answers 404 to a member who belongs to no cooperative", async () => {
        const { token } = await registerMember(api, "alone@tighza.ma")
        for (const request of [api.get("/vendor/cooperative", bearer(token)), api.post("/vendor/cooperative", { member_count: 3 }, bearer(token))]) {
          const response = await attempt(request)
          expect(response.status).toBe(404)
          expect(response.data.message).toContain("do not belong to a cooperative")
        }
      })
    })

    describe("workflow steps", () => {
      it("undo every write when a later step fails", async () => {
        const cooperatives = cooperativeService(getContainer())
        const details = {
          region: "Rabat-Salé-Kénitra",
          province: "Salé",
          commune: "Salé",
          founded_year: 2020,
          phone: "+212600000003",
          email: "contact@tafsut.ma",
          story: "Cinq brodeuses de Salé réunies en coopérative.",
          legal_name: "Coopérative Tafsut",
          member_count: 5,
        }
        const rejected = await cooperatives.createCooperatives({
          ...details,
          handle: "tafsut-sale",
          name: "Coopérative Tafsut",
          odco_number: "RB-2020-0404",
        })
        await cooperatives.changeCooperativeStatus(rejected.id, { status: "rejected", reason: "Dossier incomplet", decided_by: "user_staff" })
        const { invite } = await cooperatives.issueCooperativeInvite({ cooperative_id: a.cooperativeId, email: "mina@tighza.ma" })
        const before = await snapshot()

        const { errors } = await everyWriteThenFail(getContainer()).run({
          input: {
            member: { email: "new@tighza.ma", first_name: "New", last_name: "Member" },
            cooperative: { ...details, handle: "another-one", name: "Coopérative Another", odco_number: "KH-2021-0001" },
            update: { id: a.cooperativeId, story: "Une histoire qui ne devrait pas rester.", member_count: 99 },
            memberUpdate: { id: a.memberId, cooperative_id: b.cooperativeId, role: "member" },
            invite: { cooperative_id: a.cooperativeId, phone: "+212600000002" },
            acceptInviteId: invite.id,
            reopen: { id: rejected.id, details: { odco_number: "RB-2020-0405", member_count: 6 } },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toContain("a later step failed")

        // Compensation writes the old values back, so only `updated_at` moves.
        const withoutUpdatedAt = (list: typeof before) => list.map(({ updated_at: _updatedAt, ...rest }) => rest)
        expect(withoutUpdatedAt(await snapshot())).toEqual(withoutUpdatedAt(before))
        expect(await cooperatives.retrieveCooperative(rejected.id)).toMatchObject({
          status: "rejected",
          status_reason: "Dossier incomplet",
          odco_number: "RB-2020-0404",
        })
        expect(await cooperatives.listCooperativeMembers({ email: "new@tighza.ma" })).toHaveLength(0)
        expect(await cooperatives.retrieveCooperativeMember(a.memberId)).toMatchObject({ cooperative_id: a.cooperativeId, role: "owner" })
        const invites = await cooperatives.listCooperativeInvites({})
        expect(invites.map((i) => [i.id, i.accepted_at])).toEqual([[invite.id, null]])
      })
    })

    describe("invitations", () => {
      it("lets an owner invite a member who joins once, sees no bank details and cannot invite or change them", async () => {
        const { data: invited } = await api.post("/vendor/invites", { email: "Aicha@Tighza.ma" }, bearer(a.token))
        expect(invited.invite).toMatchObject({ email: "aicha@tighza.ma", phone: null, role: "member", cooperative_id: a.cooperativeId })
        expect(invited.token.length).toBeGreaterThanOrEqual(43)
        expect(await waitForEvent(events, "cooperative.member_invited")).toEqual({
          id: a.cooperativeId,
          invite_id: invited.invite.id,
          invited_by: a.memberId,
          role: "member",
        })
        const [stored] = await cooperativeService(getContainer()).listCooperativeInvites({ id: invited.invite.id }, { select: ["token_hash"] })
        expect(stored.token_hash).not.toContain(invited.token)

        const aicha = await registerMember(api, "aicha@tighza.ma", { first_name: "Aïcha", last_name: "Ait Ali" })
        const { data: joined } = await api.post("/vendor/invites/accept", { token: invited.token }, bearer(aicha.token))
        expect(joined.member).toMatchObject({ id: aicha.memberId, role: "member", cooperative_id: a.cooperativeId })
        expect(joined.cooperative.id).toBe(a.cooperativeId)
        expect(joined.cooperative).not.toHaveProperty("bank_rib")
        expect(await waitForEvent(events, "cooperative.member_joined")).toEqual({
          id: a.cooperativeId,
          member_id: aicha.memberId,
          invite_id: invited.invite.id,
          role: "member",
        })

        const mine = await api.get("/vendor/cooperative", bearer(aicha.token))
        expect(mine.data.cooperative.id).toBe(a.cooperativeId)
        expect(mine.data.cooperative).not.toHaveProperty("bank_rib")
        const storyUpdate = await api.post("/vendor/cooperative", { member_count: 25 }, bearer(aicha.token))
        expect(storyUpdate.data.cooperative.member_count).toBe(25)

        const rib = await attempt(api.post("/vendor/cooperative", { bank_rib: RIB }, bearer(aicha.token)))
        expect(rib.status).toBe(403)
        expect(rib.data.message).toContain("bank_rib")
        const invite = await attempt(api.post("/vendor/invites", { phone: "+212611111111" }, bearer(aicha.token)))
        expect(invite.status).toBe(403)
        expect(invite.data.message).toContain("Only an owner")
        expect((await cooperativeService(getContainer()).retrieveCooperative(a.cooperativeId)).bank_rib).toBeNull()

        const twice = await attempt(api.post("/vendor/invites/accept", { token: invited.token }, bearer(aicha.token)))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toContain("already been accepted")
      })

      it("refuses an expired, unknown, already used or misaddressed invitation, and a member who already belongs", async () => {
        const cooperatives = cooperativeService(getContainer())
        const itto = await registerMember(api, "itto@tighza.ma")
        const accept = (token: string, as = itto.token) => attempt(api.post("/vendor/invites/accept", { token }, bearer(as)))

        const expiring = (await api.post("/vendor/invites", { phone: "+212 6 12 34 56 78", role: "owner" }, bearer(a.token))).data
        expect(expiring.invite).toMatchObject({ phone: "+212612345678", role: "owner" })
        await cooperatives.updateCooperativeInvites({ id: expiring.invite.id, expires_at: new Date(Date.now() - 1000) })
        const expired = await accept(expiring.token)
        expect(expired.status).toBe(400)
        expect(expired.data.message).toContain("expired")

        expect((await accept("x".repeat(43))).status).toBe(404)

        const forSomeoneElse = (await api.post("/vendor/invites", { email: "mina@tighza.ma" }, bearer(a.token))).data
        const misaddressed = await accept(forSomeoneElse.token)
        expect(misaddressed.status).toBe(400)
        expect(misaddressed.data.message).toContain("another email")

        const byPhone = (await api.post("/vendor/invites", { phone: "+212600000001" }, bearer(b.token))).data
        const belongs = await accept(byPhone.token, a.token)
        expect(belongs.status).toBe(400)
        expect(belongs.data.message).toContain("already belong")

        expect((await api.get("/vendor/me", bearer(itto.token))).data.cooperative).toBeNull()
        const [aOwner] = await cooperatives.listCooperativeMembers({ id: a.memberId })
        expect(aOwner.cooperative_id).toBe(a.cooperativeId)
        const open = await cooperatives.listCooperativeInvites({ accepted_at: null }, { select: ["id"] })
        expect(open).toHaveLength(3)
      })

      it("refuses bad invitations with a 400 naming the field, and invites from members without a cooperative", async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{}, "email or phone"],
          [{ email: "aicha" }, "email"],
          [{ phone: "06" }, "phone"],
          [{ email: "aicha@tighza.ma", role: "admin" }, "role"],
          [{ email: "aicha@tighza.ma", cooperative_id: b.cooperativeId }, "cooperative_id"],
          [{ email: "aicha@tighza.ma", expires_at: "2099-01-01" }, "expires_at"],
        ]
        for (const [body, field] of cases) {
          expectInvalid(await attempt(api.post("/vendor/invites", body, bearer(a.token))), field)
        }
        expectInvalid(await attempt(api.post("/vendor/invites/accept", { token: 42 }, bearer(a.token))), "token")
        expect(await cooperativeService(getContainer()).listCooperativeInvites({})).toHaveLength(0)

        const { token } = await registerMember(api, "alone@tighza.ma")
        const response = await attempt(api.post("/vendor/invites", { email: "x@y.ma" }, bearer(token)))
        expect(response.status).toBe(403)
        expect(response.data.message).toContain("do not belong to a cooperative")
      })
    })
  },
})
