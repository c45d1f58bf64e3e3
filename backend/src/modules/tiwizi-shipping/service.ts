import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  CreateShippingOptionDTO,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { internationalExpressPrice } from "./rates"

/** What Tiwizi ships with: two Moroccan services at flat prices, one international by weight. */
export const shippingServices = {
  homeDelivery: "home-delivery",
  relayPickup: "relay-pickup",
  internationalExpress: "international-express",
  return: "return",
} as const

/**
 * Tiwizi's own carriers. Moroccan home delivery and relay pick-up have flat prices set on their
 * shipping options; international express is priced here from the parcel's weight, because a
 * carpet weighs kilos and a saffron box grams. Labels are printed by the carrier, so creating a
 * fulfillment sends nothing anywhere.
 */
export default class TiwiziShippingProvider extends AbstractFulfillmentProviderService {
  static identifier = "tiwizi"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      { id: shippingServices.homeDelivery },
      { id: shippingServices.relayPickup },
      { id: shippingServices.internationalExpress },
      { id: shippingServices.return, is_return: true },
    ]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return Object.values<unknown>(shippingServices).includes(data.id)
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    return data
  }

  async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    return data.data?.id === shippingServices.internationalExpress
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceContext,
  ): Promise<CalculatedShippingOptionPrice> {
    if (optionData.id !== shippingServices.internationalExpress) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${String(optionData.id)} has a flat price`)
    }
    const weight = (context.items ?? []).reduce((sum, item) => {
      if (!item.variant?.weight) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${item.title}" has no weight, so it cannot be shipped abroad yet`)
      }
      return sum + Number(item.quantity) * item.variant.weight
    }, 0)
    return {
      calculated_amount: internationalExpressPrice(weight, String(context.currency_code)),
      is_calculated_price_tax_inclusive: true,
    }
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
