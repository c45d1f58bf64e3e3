import type { Locale } from "@tiwizi/locale"
import Link from "next/link"
import { localePath } from "@/lib/locale-path"
import { Icon } from "./icon"

/** The big "new listing" button: where a member starts, from the list or its empty state. */
export function NewListingLink({ locale, label }: { locale: Locale; label: string }) {
  return (
    <Link
      href={localePath(locale, "/cooperative/listings/new")}
      className="inline-flex min-h-12 items-center gap-2 rounded-full bg-terracotta px-5 font-semibold text-sand hover:bg-terracotta-dark"
    >
      <Icon name="plus" />
      {label}
    </Link>
  )
}
