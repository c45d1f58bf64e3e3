import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { EMAIL_VERIFICATION_MODULE } from "../../modules/email-verification"
import type EmailVerificationModuleService from "../../modules/email-verification/service"

/** Dev-only demo accounts, printed at the end of the seed and listed in the README. */
export const demoAccounts = {
  staff: "admin@tiwizi.local",
  customer: "client@tiwizi.local",
  password: process.env.DEMO_PASSWORD ?? "tiwizi-demo",
}

/** A staff user for Medusa Admin and a customer for the shop (email verified), both with the demo password. */
export async function seedAccounts(container: MedusaContainer): Promise<void> {
  const users = container.resolve(Modules.USER)
  if (!(await users.listUsers({ email: demoAccounts.staff }, { select: ["id"] })).length) {
    const authIdentityId = await registerIdentity(container, demoAccounts.staff)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: demoAccounts.staff, first_name: "Salma", last_name: "Idrissi" } },
    })
  }
  await seedVerifiedCustomer(container, { email: demoAccounts.customer, first_name: "Yasmine", last_name: "Benali" })
}

/**
 * A customer account with the demo password, created if missing, and its email verified (as if
 * they had opened the emailed link), so that demo customers can bid. Returns the customer's id.
 */
export async function seedVerifiedCustomer(
  container: MedusaContainer,
  customerData: { email: string; first_name: string; last_name: string; metadata?: Record<string, unknown> },
): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: customerData.email, has_account: true }, { select: ["id"] })
  let id = existing?.id
  if (!id) {
    const authIdentityId = await registerIdentity(container, customerData.email)
    const { result } = await createCustomerAccountWorkflow(container).run({ input: { authIdentityId, customerData } })
    id = result.id
  }
  await container.resolve<EmailVerificationModuleService>(EMAIL_VERIFICATION_MODULE).markEmailVerified(id, customerData.email)
  return id
}

async function registerIdentity(container: MedusaContainer, email: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: demoAccounts.password },
  })
  if (!success || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  return authIdentity.id
}
