import { shareLinks, shareTargets, type ShareTarget } from "@/lib/share-links"
import { CopyLinkButton } from "./copy-link-button"

type Props = {
  /** The page's absolute URL. */
  url: string
  title: string
  labels: { title: string; names: Record<ShareTarget, string>; shareOn: (name: string) => string; copy: string; copied: string }
}

/**
 * Share links to WhatsApp, Facebook, X and email, plain links that load nothing from those
 * services until followed, and a button that copies the address.
 */
export function ShareLinks({ url, title, labels }: Props) {
  const links = shareLinks(url, title)
  return (
    <section aria-labelledby="share" className="space-y-2">
      <h2 id="share" className="font-semibold">
        {labels.title}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareTargets.map((target) => (
          <li key={target}>
            <a
              href={links[target]}
              aria-label={labels.shareOn(labels.names[target])}
              {...(target !== "email" && { target: "_blank", rel: "noopener noreferrer" })}
              className="inline-flex min-h-11 items-center rounded-full border border-clay px-4 text-sm font-medium hover:bg-wool"
            >
              {labels.names[target]}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} labels={{ copy: labels.copy, copied: labels.copied }} />
        </li>
      </ul>
    </section>
  )
}
