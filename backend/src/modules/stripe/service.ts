import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

/** The stock provider's options plus where the Stripe API is served. */
export type StripeStandInOptions = StripeOptions & {
  apiHost: string
  apiPort?: string | number
  apiProtocol?: "http" | "https"
}

/**
 * Medusa's own Stripe provider (`pp_stripe_stripe`), talking to the Stripe API at another address.
 *
 * Why it exists: Stripe cannot be reached from the machines the tests run on, so the HTTP tests
 * start a local stand-in of the few endpoints the provider calls and point the Stripe SDK at
 * it. The stock provider builds its client with the API key alone; this one only rebuilds that
 * client with `host`/`port`/`protocol` and inherits everything else, so the tests exercise the
 * production code path. medusa-config.ts loads it only when `STRIPE_API_HOST` is set; production
 * runs the stock `@medusajs/medusa/payment-stripe`.
 */
export default class StripeStandInProviderService extends StripeProviderService {
  static validateOptions(options: StripeStandInOptions): void {
    StripeProviderService.validateOptions(options)
    if (!options.apiHost) {
      throw new Error("Option `apiHost` is required: use the stock Stripe provider to reach api.stripe.com")
    }
  }

  constructor(cradle: Record<string, unknown>, options: StripeStandInOptions) {
    super(cradle, options)
    this.stripe_ = new Stripe(options.apiKey, {
      host: options.apiHost,
      port: options.apiPort,
      protocol: options.apiProtocol ?? "https",
    })
  }
}
