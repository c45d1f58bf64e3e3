import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setMemberLocaleWorkflow } from "../../../../workflows/cooperative/workflows/set-member-locale"
import { readMember } from "../../read-cooperative"
import { vendorScope } from "../../scope"
import type { SetLocaleBody } from "../../members/validators"

/** The language the member uses the portal in (the portal sends it at each login). */
export const POST = async (req: MedusaRequest<SetLocaleBody>, res: MedusaResponse) => {
  const { memberId } = vendorScope(req)
  await setMemberLocaleWorkflow(req.scope).run({ input: { member_id: memberId, locale: req.validatedBody.locale } })
  res.json({ member: await readMember(req.scope, memberId) })
}
