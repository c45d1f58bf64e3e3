import Image from "next/image"
import { Icon } from "./icon"

/** A listing's main photo, or a calm placeholder when it has none yet (the name is the title beside it). */
export function ListingThumbnail({ src, size = 80 }: { src: string | null; size?: number }) {
  if (!src) {
    return (
      <span className="flex shrink-0 items-center justify-center rounded-xl bg-wool text-muted" style={{ width: size, height: size }}>
        <Icon name="gallery" width="28" height="28" />
      </span>
    )
  }
  return <Image src={src} alt="" width={size} height={size} sizes={`${size}px`} className="shrink-0 rounded-xl bg-wool object-cover" style={{ width: size, height: size }} />
}
