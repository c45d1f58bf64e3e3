import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CooperativeStatusBadge } from "../components/cooperative-status-badge"
import { DetailRows } from "../components/detail-rows"
import { ListingStateBadge } from "../components/listing-state-badge"
import { provenanceLabels, provenanceValue } from "../lib/labels"
import { useCraftLabels } from "../lib/use-craft-labels"
import { useErrorToast } from "../lib/use-error-toast"
import { useProductOrigin } from "../lib/use-review-queue"

/**
 * On Medusa Admin's product page, in the side column: the cooperative that makes the product,
 * where its listing stands (with staff's reason, or a change waiting for review) and its
 * provenance. Weavers' names show whatever the consent: staff see them, the store does not.
 */
const ProductCooperativeWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isPending, error } = useProductOrigin(product.id)
  const crafts = useCraftLabels()
  useErrorToast(error, "Impossible de charger la coopérative du produit")
  // Only what is known: a pottery's provenance has no knot density, and a row of dashes hides the rest.
  const provenance = Object.entries(data?.provenance ?? {}).filter(
    ([key, value]) => key in provenanceLabels && value !== null && !(Array.isArray(value) && !value.length),
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Coopérative et provenance</Heading>
        {data && <ListingStateBadge state={data.listing.state} />}
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Chargement…
        </Text>
      )}
      {error && !data && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Les informations de la coopérative n'ont pas pu être chargées.
        </Text>
      )}
      {data && (
        <>
          {data.cooperative ? (
            <div className="flex flex-col gap-y-1 px-6 py-4">
              <div className="flex items-center justify-between gap-x-2">
                <Link to={`/cooperatives/${data.cooperative.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                  {data.cooperative.name}
                </Link>
                <CooperativeStatusBadge status={data.cooperative.status} />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {data.cooperative.commune}, {data.cooperative.province} ({data.cooperative.region})
              </Text>
              <div className="flex gap-x-1">
                {data.cooperative.women_led && (
                  <Badge size="2xsmall" color="purple">
                    Dirigée par des femmes
                  </Badge>
                )}
                {data.cooperative.rural && <Badge size="2xsmall">Rurale</Badge>}
              </div>
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              Ce produit n'est rattaché à aucune coopérative.
            </Text>
          )}
          {data.listing.state === "rejected" && data.listing.rejection_reason && (
            <Text size="small" className="px-6 py-4">
              Refusée : {data.listing.rejection_reason}
            </Text>
          )}
          {(data.listing.state === "in_review" || data.pending_revision) && (
            <div className="px-6 py-4">
              <Link to="/listing-review" className="txt-small text-ui-fg-interactive hover:underline">
                {data.pending_revision ? "Une modification attend la revue" : "Cette annonce attend la revue"} — ouvrir la revue des annonces
              </Link>
            </div>
          )}
          {provenance.length ? (
            <DetailRows rows={provenance.map(([key, value]) => [provenanceLabels[key], provenanceValue(key, value, crafts)])} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              Aucune provenance renseignée.
            </Text>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side" })

export default ProductCooperativeWidget
