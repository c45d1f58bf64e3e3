import type { Locale } from "@tiwizi/locale"
import type { Messages } from "../../messages"

// Typed message keys: a missing or misspelt key fails `npm run typecheck`. French is the
// reference catalogue; a unit test keeps ar and en in step with it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
