import { isLocale } from "@tiwizi/locale"
import { NextResponse, type NextRequest } from "next/server"
import { monthOf } from "@/components/portal/orders/statement-month"
import { backendUrl } from "@/lib/data/sdk"
import { getMemberToken } from "@/lib/data/vendor"

/**
 * `GET /api/cooperative/statement?month=YYYY-MM&lang=fr|ar|en`: the statement page's download.
 * The browser cannot hold the member's token (an httpOnly cookie), so this route asks
 * `GET /vendor/statement?format=csv` with it and streams the file as it comes, never cached.
 * The backend scopes it to the member's cooperative; its refusals pass through as they are.
 */
export async function GET(request: NextRequest) {
  const token = await getMemberToken()
  if (!token) return NextResponse.json({ type: "unauthorized", message: "Log in again" }, { status: 401 })
  const month = monthOf(request.nextUrl.searchParams.get("month"))
  const lang = request.nextUrl.searchParams.get("lang")
  const query = new URLSearchParams({ month, format: "csv", ...(isLocale(lang) ? { lang } : {}) })
  let answer: Response
  try {
    answer = await fetch(`${backendUrl()}/vendor/statement?${query}`, {
      headers: { authorization: `Bearer ${token}`, accept: "text/csv" },
      cache: "no-store",
      signal: request.signal,
    })
  } catch (error) {
    if (!request.signal.aborted) console.error("statement download could not reach the backend:", error)
    return NextResponse.json({ type: "unexpected_state", message: "The shop did not answer" }, { status: 502 })
  }
  if (!answer.ok || !answer.body) {
    const body = await answer.json().catch(() => ({ type: "unexpected_state", message: "The shop refused the download" }))
    return NextResponse.json(body, { status: answer.ok ? 502 : answer.status })
  }
  return new Response(answer.body, {
    status: 200,
    headers: {
      "content-type": answer.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="tiwizi-statement-${month}.csv"`,
      "cache-control": "private, no-store",
    },
  })
}
