import { model } from "@medusajs/framework/utils"

/**
 * A customer proved they read mail sent to `email` (they opened the link sent there). Tied to
 * the address, not only the customer: a customer who changes their email is unverified again.
 */
const EmailVerification = model
  .define("email_verification", {
    id: model.id({ prefix: "emver" }).primaryKey(),
    customer_id: model.text(),
    email: model.text(),
    verified_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id", "email"], unique: true, where: "deleted_at IS NULL" }])

export default EmailVerification
