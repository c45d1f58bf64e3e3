import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmsFileNotificationProvider from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [SmsFileNotificationProvider] })
