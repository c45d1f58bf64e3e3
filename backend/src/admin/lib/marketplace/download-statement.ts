import { sdk } from "../sdk"

/**
 * Downloads a cooperative's statement of `month` ("YYYY-MM") as CSV. Through the SDK rather
 * than a plain link, so the request carries the admin's authentication whatever origin the
 * dashboard is served from; an `accept` other than JSON makes the SDK hand back the raw response.
 */
export async function downloadStatement(cooperativeId: string, month: string, fallbackName: string): Promise<void> {
  const response = await sdk.client.fetch<Response>(`/admin/cooperatives/${cooperativeId}/statement`, {
    query: { month, format: "csv" },
    headers: { accept: "text/csv" },
  })
  const blob = await response.blob()
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}
