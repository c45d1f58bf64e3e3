"use client"

import Image from "next/image"
import { useRef, useState, type KeyboardEvent } from "react"
import { ChevronBack, ChevronForward } from "./icons"

type Props = {
  images: { url: string; alt: string }[]
  /** Accessible name of the gallery ("Photos du produit"). */
  label: string
  /** One label per thumbnail ("Afficher la photo 2 sur 5"), already translated. */
  thumbnailLabels: string[]
  /** One label per photo for the button that enlarges it ("Agrandir la photo 2"). */
  zoomLabels: string[]
  /** One accessible name per photo for the enlarged view ("Tapis, photo 2 sur 5"). */
  dialogLabels: string[]
  controls: { zoomIn: string; zoomOut: string; close: string; previous: string; next: string }
}

/**
 * The product's photos: one large picture, a row of thumbnails that choose it, and an enlarged
 * view. Thumbnails are buttons that say which one is shown; the arrow keys move between photos
 * (mirrored in right-to-left pages). The enlarged view is a native modal dialog (Escape closes
 * it, focus stays inside and returns to the photo), whose zoom shows the photo at two and a half
 * times its width in a scrolling frame: panned by dragging on touch screens, by scrolling or the
 * arrow keys elsewhere.
 */
export function Gallery({ images, label, thumbnailLabels, zoomLabels, dialogLabels, controls }: Props) {
  const [selected, setSelected] = useState(0)
  const [zoomed, setZoomed] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const current = images[selected] ?? images[0]
  if (!current) return <div className="aspect-[4/5] rounded-2xl bg-wool" />

  const many = images.length > 1
  const show = (index: number) => setSelected((index + images.length) % images.length)
  const onArrows = (event: KeyboardEvent<HTMLElement>) => {
    if (!many || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return
    const rtl = event.currentTarget.closest("[dir]")?.getAttribute("dir") === "rtl"
    const forward = (event.key === "ArrowRight") !== rtl
    event.preventDefault()
    show(selected + (forward ? 1 : -1))
  }
  const open = () => {
    setZoomed(false)
    const element = dialog.current
    if (element?.showModal) element.showModal()
    else element?.setAttribute("open", "")
  }
  const close = () => {
    const element = dialog.current
    if (element?.close) element.close()
    else element?.removeAttribute("open")
  }
  const stepButton = "grid size-11 place-items-center rounded-full bg-sand/90 text-ink hover:bg-sand"

  return (
    <section aria-label={label} className="space-y-3" onKeyDown={onArrows}>
      {/* Whole photo, never cropped: a carpet's border matters, and photos come in both orientations. */}
      <div className="relative aspect-[4/5] overflow-hidden rounded-2xl bg-wool">
        {/* A click on the photo enlarges it too; the button below is the keyboard's and screen readers' way. */}
        <Image
          key={current.url}
          src={current.url}
          alt={current.alt}
          fill
          preload={selected === 0}
          sizes="(min-width: 1024px) 640px, 100vw"
          onClick={open}
          className="cursor-zoom-in object-contain"
        />
        <button
          type="button"
          onClick={open}
          aria-label={zoomLabels[selected]}
          aria-haspopup="dialog"
          className="absolute end-2 bottom-2 grid size-11 place-items-center rounded-full bg-sand/90 text-ink shadow-sm hover:bg-sand"
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Zm0 3.5v6m-3-3h6M15.5 15.5 20 20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {many && (
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {images.map((image, index) => (
            <li key={image.url} className="shrink-0">
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-label={thumbnailLabels[index]}
                aria-pressed={index === selected}
                className="relative block size-16 overflow-hidden rounded-lg ring-2 ring-transparent aria-pressed:ring-terracotta sm:size-20"
              >
                <Image src={image.url} alt="" fill sizes="80px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}

      <dialog
        ref={dialog}
        aria-label={dialogLabels[selected]}
        onKeyDown={(event) => {
          // The section around would read the same keys; while zoomed, arrows pan the photo.
          event.stopPropagation()
          if (!zoomed) onArrows(event)
        }}
        onClose={() => setZoomed(false)}
        className="m-0 h-dvh max-h-none w-screen max-w-none bg-ink p-0 text-sand backdrop:bg-ink/80"
      >
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-end gap-2 p-2">
            <button
              type="button"
              onClick={() => setZoomed((value) => !value)}
              aria-pressed={zoomed}
              className="min-h-11 rounded-full bg-sand/90 px-4 font-medium text-ink hover:bg-sand"
            >
              {zoomed ? controls.zoomOut : controls.zoomIn}
            </button>
            <button type="button" onClick={close} className="min-h-11 rounded-full bg-sand/90 px-4 font-medium text-ink hover:bg-sand">
              {controls.close}
            </button>
          </div>
          {/* The frame scrolls when zoomed: pan by dragging (touch) or scrolling. Focusable, so keys pan it too. */}
          <div tabIndex={0} className="relative min-h-0 flex-1 overflow-auto overscroll-contain">
            <div className={zoomed ? "relative h-[250%] w-[250%]" : "relative h-full w-full"}>
              <Image
                key={`zoom-${current.url}`}
                src={current.url}
                alt={current.alt}
                fill
                sizes={zoomed ? "250vw" : "100vw"}
                onClick={() => setZoomed((value) => !value)}
                className={`object-contain ${zoomed ? "cursor-zoom-out" : "cursor-zoom-in"}`}
              />
            </div>
          </div>
          {many && (
            <div className="flex items-center justify-between gap-2 p-2">
              <button type="button" onClick={() => show(selected - 1)} aria-label={controls.previous} className={stepButton}>
                <ChevronBack />
              </button>
              <p className="text-sm tabular-nums" aria-hidden="true">
                {selected + 1} / {images.length}
              </p>
              <button type="button" onClick={() => show(selected + 1)} aria-label={controls.next} className={stepButton}>
                <ChevronForward />
              </button>
            </div>
          )}
        </div>
      </dialog>
    </section>
  )
}
