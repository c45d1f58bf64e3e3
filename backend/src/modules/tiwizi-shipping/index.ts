import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TiwiziShippingProvider from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [TiwiziShippingProvider] })
