import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import EmailVerification from "./models/email-verification"

/** Which customers' email addresses are verified. Addresses are compared in lower case. */
export default class EmailVerificationModuleService extends MedusaService({ EmailVerification }) {
  /** Whether `customerId` has verified `email`, the address their account has now. */
  @InjectManager()
  async isEmailVerified(customerId: string, email: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const found = await this.listEmailVerifications({ customer_id: customerId, email: email.toLowerCase() }, { select: ["id"], take: 1 }, sharedContext)
    return found.length > 0
  }

  /**
   * Records that `customerId` verified `email`; verifying again changes nothing. Returns the new
   * record's id, or `null` when the address was already verified (nothing to undo).
   */
  @InjectTransactionManager()
  async markEmailVerified(customerId: string, email: string, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    if (await this.isEmailVerified(customerId, email, sharedContext)) return null
    const created = await this.createEmailVerifications({ customer_id: customerId, email: email.toLowerCase(), verified_at: new Date() }, sharedContext)
    return created.id
  }
}
