import type { AddressFields } from "@tiwizi/address"
import { intlTagOf, type Locale } from "@tiwizi/locale"
import type { OrderConfirmationData } from "./order-confirmation"
import { storefrontLink } from "./storefront-link"

/** The order as the confirmation reads it (the fields `orderConfirmationFields` asks for). */
export type PlacedOrder = {
  id: string
  display_id: number | string
  currency_code: string
  items?: ({ title?: string | null; product_title?: string | null; variant_title?: string | null; quantity: unknown; total: unknown } | null)[] | null
  item_total: unknown
  shipping_total: unknown
  tax_total: unknown
  total: unknown
  shipping_methods?: ({ name?: string | null } | null)[] | null
  shipping_address?: AddressFields | null
  payment_collections?: ({ payments?: ({ provider_id?: string | null } | null)[] | null } | null)[] | null
}

/** The fields of an order the confirmation needs, for `query.graph`. */
export const orderConfirmationFields = [
  "id",
  "display_id",
  "email",
  "locale",
  "currency_code",
  "item_total",
  "shipping_total",
  "tax_total",
  "total",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.total",
  "shipping_methods.name",
  "shipping_address.*",
  "payment_collections.payments.provider_id",
]

/** The address as it is written on a parcel, one line each, the country named in the reader's language. */
function addressLines(address: AddressFields | null | undefined, locale: Locale): string[] {
  if (!address) return []
  const country = address.country_code
    ? new Intl.DisplayNames([intlTagOf(locale)], { type: "region" }).of(address.country_code.toUpperCase())
    : null
  return [
    [address.first_name, address.last_name].filter(Boolean).join(" "),
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    address.province,
    country,
    address.phone,
  ].filter((line): line is string => Boolean(line))
}

/**
 * What the confirmation of `order` shows to a reader of `locale`. Medusa returns amounts as
 * numbers or BigNumber-like values; both become plain numbers. Cash on delivery is the
 * `pp_cod_cod` provider; any other provider (Stripe) is a card.
 */
export function orderConfirmationData(order: PlacedOrder, locale: Locale): OrderConfirmationData {
  const providers = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const cashOnDelivery = providers.some((payment) => payment?.provider_id === "pp_cod_cod")
  return {
    order_id: order.id,
    display_id: Number(order.display_id),
    url: storefrontLink(locale, `/order/confirmed/${order.id}`),
    currency_code: order.currency_code,
    items: (order.items ?? []).flatMap((item) =>
      item
        ? [
            {
              title: item.product_title ?? item.title ?? "",
              subtitle: item.variant_title && item.variant_title !== item.product_title ? item.variant_title : null,
              quantity: Number(item.quantity),
              total: Number(item.total),
            },
          ]
        : [],
    ),
    item_total: Number(order.item_total),
    shipping_total: Number(order.shipping_total),
    tax_total: Number(order.tax_total),
    total: Number(order.total),
    shipping_method: order.shipping_methods?.[0]?.name ?? null,
    shipping_address: addressLines(order.shipping_address, locale),
    payment: cashOnDelivery ? "cash_on_delivery" : "card",
  }
}
