import type { Locale } from "@tiwizi/locale"
import arAccount from "./ar/account.json"
import arAuctions from "./ar/auctions.json"
import arCart from "./ar/cart.json"
import arCheckout from "./ar/checkout.json"
import arListings from "./ar/listings.json"
import arOrders from "./ar/orders.json"
import arPortal from "./ar/portal.json"
import arShop from "./ar/shop.json"
import arVerification from "./ar/verification.json"
import enAccount from "./en/account.json"
import enAuctions from "./en/auctions.json"
import enCart from "./en/cart.json"
import enCheckout from "./en/checkout.json"
import enListings from "./en/listings.json"
import enOrders from "./en/orders.json"
import enPortal from "./en/portal.json"
import enShop from "./en/shop.json"
import enVerification from "./en/verification.json"
import frAccount from "./fr/account.json"
import frAuctions from "./fr/auctions.json"
import frCart from "./fr/cart.json"
import frCheckout from "./fr/checkout.json"
import frListings from "./fr/listings.json"
import frOrders from "./fr/orders.json"
import frPortal from "./fr/portal.json"
import frShop from "./fr/shop.json"
import frVerification from "./fr/verification.json"

// One file per area of the app and language (shop, cart, checkout, account, the cooperative
// portal, its listings), so that areas are written and reviewed apart; each file holds whole
// namespaces and no two files share one.
// French is the reference catalogue: `messages.test.ts` keeps ar and en in step with it.
const fr = { ...frShop, ...frCart, ...frCheckout, ...frAccount, ...frPortal, ...frListings, ...frOrders, ...frAuctions, ...frVerification }
const ar: typeof fr = { ...arShop, ...arCart, ...arCheckout, ...arAccount, ...arPortal, ...arListings, ...arOrders, ...arAuctions, ...arVerification }
const en: typeof fr = { ...enShop, ...enCart, ...enCheckout, ...enAccount, ...enPortal, ...enListings, ...enOrders, ...enAuctions, ...enVerification }

/** Every message of the app, by locale. */
export const catalogues: Record<Locale, typeof fr> = { fr, ar, en }

/** The French catalogue's shape: the type of every message key. */
export type Messages = typeof fr
