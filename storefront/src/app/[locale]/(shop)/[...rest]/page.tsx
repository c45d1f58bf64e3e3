import { notFound } from "next/navigation"

// Any path under a locale that no route answers: the localized not-found page, with the header.
export default function CatchAll(): never {
  notFound()
}
