import type frListings from "../../../../messages/fr/listings.json"

type Catalogue = (typeof frListings)["PortalListings"]

/**
 * The words the listing wizard needs in the browser, raw (arguments such as `{index}` are
 * filled with `fill`): its own namespace, the field errors and the failures, nothing else.
 */
export type WizardText = {
  wizard: Catalogue["wizard"]
  errors: Record<string, string>
  failures: Record<string, string>
  states: Catalogue["states"]
}
