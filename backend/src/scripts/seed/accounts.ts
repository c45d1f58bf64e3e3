import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

/** Dev-only demo accounts, printed at the end of the seed and listed in the README. */
export const demoAccounts = {
  staff: "admin@tiwizi.local",
  customer: "client@tiwizi.local",
  password: process.env.DEMO_PASSWORD ?? "tiwizi-demo",
}

/** A staff user for Medusa Admin and a customer for the shop, both with the demo password. */
export async function seedAccounts(container: MedusaContainer): Promise<void> {
  const users = container.resolve(Modules.USER)
  if (!(await users.listUsers({ email: demoAccounts.staff }, { select: ["id"] })).length) {
    const authIdentityId = await registerIdentity(container, demoAccounts.staff)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: demoAccounts.staff, first_name: "Salma", last_name: "Idrissi" } },
    })
  }
  const customers = container.resolve(Modules.CUSTOMER)
  if (!(await customers.listCustomers({ email: demoAccounts.customer, has_account: true }, { select: ["id"] })).length) {
    const authIdentityId = await registerIdentity(container, demoAccounts.customer)
    await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId, customerData: { email: demoAccounts.customer, first_name: "Yasmine", last_name: "Benali" } },
    })
  }
}

async function registerIdentity(container: MedusaContainer, email: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: demoAccounts.password },
  })
  if (!success || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  return authIdentity.id
}
