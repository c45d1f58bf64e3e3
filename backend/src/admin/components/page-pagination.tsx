import { Table } from "@medusajs/ui"

type Props = { count: number; limit: number; offset: number; onOffsetChange: (offset: number) => void }

/** Medusa UI's table pagination, in French, driven by the API's `limit` and `offset`. */
export function PagePagination({ count, limit, offset, onOffsetChange }: Props) {
  const pageCount = Math.max(1, Math.ceil(count / limit))
  return (
    <Table.Pagination
      count={count}
      pageSize={limit}
      pageIndex={Math.floor(offset / limit)}
      pageCount={pageCount}
      canPreviousPage={offset > 0}
      canNextPage={offset + limit < count}
      previousPage={() => onOffsetChange(Math.max(0, offset - limit))}
      nextPage={() => onOffsetChange(offset + limit)}
      translations={{ of: "sur", results: "résultats", pages: "pages", prev: "Précédent", next: "Suivant" }}
    />
  )
}
