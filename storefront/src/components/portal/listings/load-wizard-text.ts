import "server-only"
import type { Locale } from "@tiwizi/locale"
import { getMessages } from "next-intl/server"
import type { WizardText } from "./wizard-text"

/** The wizard's words in `locale`, raw, for the browser: its namespace, the errors, failures and states. */
export async function loadWizardText(locale: Locale): Promise<WizardText> {
  const { wizard, errors, failures, states } = (await getMessages({ locale })).PortalListings
  return { wizard, errors, failures, states }
}
