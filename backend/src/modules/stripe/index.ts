import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeStandInProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [StripeStandInProviderService] })
