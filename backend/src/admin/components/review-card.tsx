import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDate } from "../lib/labels"
import type { ReviewItem } from "../lib/types"
import { useDecision } from "../lib/use-decision"
import { ChangeView } from "./change-view"
import { CooperativeStatusBadge } from "./cooperative-status-badge"
import { DecisionDialog } from "./decision-dialog"

/** The routes and words of a decision on a new listing or on a change to a live one. */
function decisionsFor(item: ReviewItem) {
  const title = item.product.title ?? item.product.handle
  if (item.kind === "listing") {
    return {
      base: `/admin/listings/${item.product.id}`,
      approve: { title: "Publier cette annonce ?", description: `« ${title} » sera mis en vente dans la boutique.`, success: `« ${title} » est en ligne.` },
      reject: {
        title: "Refuser cette annonce ?",
        description: "L'annonce revient à la coopérative avec votre motif ; elle pourra la corriger et la soumettre à nouveau.",
        success: `« ${title} » est refusée ; la coopérative verra votre motif.`,
      },
    }
  }
  return {
    base: `/admin/listing-revisions/${item.id}`,
    approve: { title: "Appliquer cette modification ?", description: `La boutique affichera aussitôt la nouvelle version de « ${title} ».`, success: `La modification de « ${title} » est en ligne.` },
    reject: {
      title: "Refuser cette modification ?",
      description: "La version en ligne reste inchangée ; la coopérative verra votre motif.",
      success: `La modification de « ${title} » est refusée.`,
    },
  }
}

/**
 * One item of the review queue: the product, its cooperative and who submitted it, what would go
 * on sale compared with what is on sale, and the two decisions. A change to a listing that is no
 * longer live can only be refused.
 */
export function ReviewCard({ item }: { item: ReviewItem }) {
  const [dialog, setDialog] = useState<"approve" | "reject" | null>(null)
  const decision = useDecision()
  const words = decisionsFor(item)
  const decide = (action: "approve" | "reject", reason?: string) =>
    decision.mutate({ path: `${words.base}/${action}`, reason, success: words[action].success }, { onSuccess: () => setDialog(null) })
  const isNew = item.kind === "listing"
  const title = item.product.title ?? item.product.handle
  const submitter = item.submitted_by ? `${item.submitted_by.first_name} ${item.submitted_by.last_name}` : "un membre"

  return (
    <article aria-label={title}>
      <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex min-w-0 items-start gap-x-4">
          {item.product.thumbnail ? (
            <img src={item.product.thumbnail} alt="" className="h-16 w-16 shrink-0 rounded-md border object-cover" />
          ) : (
            <div className="bg-ui-bg-subtle h-16 w-16 shrink-0 rounded-md border" />
          )}
          <div className="flex min-w-0 flex-col gap-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <Heading level="h2">{title}</Heading>
              <Badge size="2xsmall" color={isNew ? "blue" : "purple"}>
                {isNew ? "Nouvelle annonce" : "Modification d'une annonce en ligne"}
              </Badge>
            </div>
            {item.cooperative && (
              <div className="flex flex-wrap items-center gap-2">
                <Link to={`/cooperatives/${item.cooperative.id}`} className="txt-small text-ui-fg-interactive hover:underline">
                  {item.cooperative.name}
                </Link>
                <Text size="small" className="text-ui-fg-subtle">
                  {item.cooperative.province}
                </Text>
                {item.cooperative.status !== "approved" && <CooperativeStatusBadge status={item.cooperative.status} />}
              </div>
            )}
            <Text size="small" className="text-ui-fg-subtle">
              Soumise par {submitter} le {formatDate(item.submitted_at)}
            </Text>
          </div>
        </div>
        <Link to={`/products/${item.product.id}`} className="txt-small text-ui-fg-interactive shrink-0 hover:underline">
          Voir le produit
        </Link>
      </div>
      {item.changes.map((change) => (
        <ChangeView key={change.field} change={change} isNew={isNew} />
      ))}
      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        <Button size="small" variant="secondary" onClick={() => setDialog("reject")}>
          Refuser
        </Button>
        <Button size="small" onClick={() => setDialog("approve")} disabled={!isNew && item.listing_state !== "live"}>
          {isNew ? "Approuver et publier" : "Approuver la modification"}
        </Button>
      </div>
      <DecisionDialog
        open={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
        title={dialog ? words[dialog].title : ""}
        description={dialog ? words[dialog].description : ""}
        confirmLabel={dialog === "reject" ? "Refuser" : "Approuver"}
        askReason={dialog === "reject"}
        danger={dialog === "reject"}
        pending={decision.isPending}
        onConfirm={(reason) => dialog && decide(dialog, reason)}
      />
      </Container>
    </article>
  )
}
