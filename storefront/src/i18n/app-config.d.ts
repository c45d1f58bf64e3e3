import type { Locale } from "@tiwizi/locale"
import type messages from "../../messages/fr.json"

// Typed message keys: a missing or misspelt key fails `npm run typecheck`. French is the
// reference catalogue; a unit test keeps ar and en in step with it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
  }
}
