import Image from "next/image"
import Link from "next/link"
import type { ReactNode } from "react"

type Props = {
  title: string
  href?: string | null
  thumbnail?: string | null
  /** Lines under the title: variant, quantity, unit price, a cancellation. */
  details: ReactNode[]
  total: ReactNode
  eager: boolean
}

/** One line of an order: photo, title (linking to the product when it is still sold), details and total. */
export function OrderItemRow({ title, href, thumbnail, details, total, eager }: Props) {
  return (
    <li className="flex gap-4 py-4">
      <div className="relative size-20 shrink-0 overflow-hidden rounded-xl bg-clay">
        {thumbnail && <Image src={thumbnail} alt="" fill sizes="80px" loading={eager ? "eager" : "lazy"} className="object-cover" />}
      </div>
      <div className="min-w-0 flex-1">
        <h3 className="font-medium leading-snug">
          {href ? (
            <Link href={href} className="hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        {details.map((detail, index) => (
          <p key={index} className="text-sm text-muted">
            {detail}
          </p>
        ))}
      </div>
      <p className="shrink-0 font-semibold">
        <bdi className="tabular-nums">{total}</bdi>
      </p>
    </li>
  )
}
