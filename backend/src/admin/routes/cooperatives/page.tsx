import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CooperativeStatusBadge } from "../../components/cooperative-status-badge"
import { EmptyState } from "../../components/empty-state"
import { PagePagination } from "../../components/page-pagination"
import { cooperativeStatusLabels, formatDate } from "../../lib/labels"
import type { CooperativeStatus } from "../../lib/types"
import { useCooperatives } from "../../lib/use-cooperatives"
import { useErrorToast } from "../../lib/use-error-toast"
import { useUrlFilters } from "../../lib/use-url-filters"

const PAGE_SIZE = 20
const ALL = "all"
const statuses = Object.keys(cooperativeStatusLabels) as CooperativeStatus[]

/**
 * "Coopératives": every cooperative whatever its status, filtered by status, province and name,
 * with the counts each filter would give.
 */
const CooperativesPage = () => {
  const navigate = useNavigate()
  const { params, update, clear } = useUrlFilters()
  const status = params.get("status") as CooperativeStatus | null
  const province = params.get("province")
  const offset = Number(params.get("offset") ?? 0) || 0
  const [search, setSearch] = useState(params.get("q") ?? "")
  const q = params.get("q")

  // Searching as staff type, once they pause: one request per word, not per letter.
  useEffect(() => {
    if (search.trim() === (q ?? "")) return
    const timer = setTimeout(() => update({ q: search.trim() || null, offset: null }), 300)
    return () => clearTimeout(timer)
  }, [search, q])

  const { data, isPending, error } = useCooperatives({
    status: status ?? undefined,
    province: province ?? undefined,
    q: q ?? undefined,
    limit: PAGE_SIZE,
    offset,
  })
  useErrorToast(error, "Impossible de charger les coopératives")
  const filtered = !!(status || province || q)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Coopératives</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Demandes d'adhésion et coopératives qui vendent sur Tiwizi.
          </Text>
        </div>
        {data && data.facets.statuses.pending > 0 && status !== "pending" && (
          <Button size="small" variant="secondary" onClick={() => update({ status: "pending", offset: null })}>
            {data.facets.statuses.pending} demande{data.facets.statuses.pending > 1 ? "s" : ""} en attente
          </Button>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <div className="w-[200px]">
          <Select value={status ?? ALL} onValueChange={(value) => update({ status: value === ALL ? null : value, offset: null })} size="small">
            <Select.Trigger aria-label="Statut">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Tous les statuts</Select.Item>
              {statuses.map((value) => (
                <Select.Item key={value} value={value}>
                  {cooperativeStatusLabels[value].label}
                  {data ? ` (${data.facets.statuses[value]})` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-[220px]">
          <Select value={province ?? ALL} onValueChange={(value) => update({ province: value === ALL ? null : value, offset: null })} size="small">
            <Select.Trigger aria-label="Province">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Toutes les provinces</Select.Item>
              {data?.facets.provinces.map((entry) => (
                <Select.Item key={entry.province} value={entry.province}>
                  {entry.province} ({entry.count})
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-[280px]">
          <Input
            size="small"
            type="search"
            aria-label="Rechercher"
            placeholder="Nom, raison sociale ou n° ODCO"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </div>
      {isPending && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Chargement des coopératives…
          </Text>
        </div>
      )}
      {error && !data && <EmptyState title="La liste n'a pas pu être chargée.">Réessayez dans un instant ; le détail de l'erreur est affiché en bas de l'écran.</EmptyState>}
      {data && !data.cooperatives.length && (
        <EmptyState title={filtered ? "Aucune coopérative ne correspond à ces filtres." : "Aucune coopérative pour l'instant."}>
          {filtered ? (
            <Button
              size="small"
              variant="transparent"
              onClick={() => {
                setSearch("")
                clear()
              }}
            >
              Effacer les filtres
            </Button>
          ) : (
            "Les coopératives apparaissent ici dès qu'elles déposent leur demande depuis le portail."
          )}
        </EmptyState>
      )}
      {data && data.cooperatives.length > 0 && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Coopérative</Table.HeaderCell>
                <Table.HeaderCell>Province</Table.HeaderCell>
                <Table.HeaderCell>Membres</Table.HeaderCell>
                <Table.HeaderCell>Statut</Table.HeaderCell>
                <Table.HeaderCell>Dernière décision</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.cooperatives.map((cooperative) => (
                <Table.Row
                  key={cooperative.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/cooperatives/${cooperative.id}`)}
                >
                  <Table.Cell>
                    <div className="flex flex-col py-2">
                      <Link
                        to={`/cooperatives/${cooperative.id}`}
                        onClick={(event) => event.stopPropagation()}
                        className="txt-compact-small-plus text-ui-fg-base"
                      >
                        {cooperative.name}
                      </Link>
                      <span className="txt-compact-small text-ui-fg-subtle">ODCO {cooperative.odco_number}</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {cooperative.province}
                    <span className="text-ui-fg-subtle"> · {cooperative.commune}</span>
                  </Table.Cell>
                  <Table.Cell>
                    {cooperative.member_count}
                    <span className="text-ui-fg-subtle"> dont {cooperative.women_member_count} femmes</span>
                  </Table.Cell>
                  <Table.Cell>
                    <CooperativeStatusBadge status={cooperative.status} />
                  </Table.Cell>
                  <Table.Cell>{formatDate(cooperative.status_decided_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <PagePagination count={data.count} limit={PAGE_SIZE} offset={offset} onOffsetChange={(next) => update({ offset: String(next) })} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Coopératives", icon: BuildingStorefront, rank: 1 })

export const handle = { breadcrumb: () => "Coopératives" }

export default CooperativesPage
