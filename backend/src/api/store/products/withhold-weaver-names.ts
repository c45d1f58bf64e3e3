import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Provenance = { weaver_names?: unknown; weaver_consent?: unknown }
type ProductBody = { provenance?: Provenance | null }
type Body = { product?: ProductBody; products?: ProductBody[] }

function withhold(product: ProductBody | undefined): void {
  const provenance = product?.provenance
  // Without a stated consent (not given, or not asked for in `fields`) the names stay private.
  if (provenance && "weaver_names" in provenance && provenance.weaver_consent !== true) delete provenance.weaver_names
}

/**
 * Removes weaver names from product responses unless the weavers consented to being named. The
 * names stay stored for staff; a field-level allow list cannot depend on another field's value,
 * so this filters the store product routes' answer on its way out.
 */
export function withholdWeaverNames(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: Body) => {
    withhold(body?.product)
    body?.products?.forEach(withhold)
    return json(body)
  }
  next()
}
