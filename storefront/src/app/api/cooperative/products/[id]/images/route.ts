import { NextResponse, type NextRequest } from "next/server"
import { backendUrl } from "@/lib/data/sdk"
import { getMemberToken } from "@/lib/data/vendor"
import { isProductId } from "@/lib/listing-product"

type Context = { params: Promise<{ id: string }> }

/**
 * `POST /api/cooperative/products/:id/images`: the listing wizard's photo upload. The browser
 * cannot hold the member's token (an httpOnly cookie) and a server action reports no upload
 * progress, so the wizard sends each photo here with XMLHttpRequest and this route streams the
 * multipart body as it comes to `POST /vendor/products/:id/images` with the token, answering the
 * backend's status and JSON. The backend checks the files (type by their bytes, size, count)
 * and the product's owner (another cooperative's id is a 404).
 */
export async function POST(request: NextRequest, { params }: Context) {
  const { id } = await params
  if (!isProductId(id)) return NextResponse.json({ type: "not_found", message: "No such product" }, { status: 404 })
  const token = await getMemberToken()
  if (!token) return NextResponse.json({ type: "unauthorized", message: "Log in again" }, { status: 401 })
  const contentType = request.headers.get("content-type") ?? ""
  if (!contentType.startsWith("multipart/form-data") || !request.body) {
    return NextResponse.json({ type: "invalid_data", message: "files: send the photos as multipart/form-data" }, { status: 400 })
  }
  let answer: Response
  try {
    answer = await fetch(`${backendUrl()}/vendor/products/${encodeURIComponent(id)}/images`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": contentType },
      body: request.body,
      // Node's fetch streams a request body only when told it is half-duplex.
      duplex: "half",
      cache: "no-store",
      signal: request.signal,
    } as RequestInit & { duplex: "half" })
  } catch (error) {
    // The phone dropped the upload half-way (its stream ended early): nobody is left to answer.
    if (!request.signal.aborted) console.error("photo upload could not reach the backend:", error)
    return NextResponse.json({ type: "unexpected_state", message: "The upload did not reach the shop" }, { status: 502 })
  }
  const body = await answer.json().catch(() => ({ type: "unexpected_state", message: "The shop answered without JSON" }))
  return NextResponse.json(body, { status: answer.status })
}
