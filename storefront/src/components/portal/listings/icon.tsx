import type { ReactNode, SVGProps } from "react"

// The portal's listing icons, drawn on a 24 px grid with one stroke so that they read alike at
// any size: inline (no request, no icon font), decorative (the word next to them is the name).

const paths = {
  camera: (
    <>
      <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
      <circle cx="12" cy="13" r="3.5" />
    </>
  ),
  gallery: (
    <>
      <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
      <circle cx="9" cy="10" r="1.8" />
      <path d="m4 18 5-5 4 4 3-3 4 4" />
    </>
  ),
  trash: <path d="M5 7h14M10 7V4.5h4V7m-7 0 1 12.5h8L17 7M10.5 11v5m3-5v5" />,
  star: <path d="m12 4 2.4 5 5.4.7-4 3.8 1 5.4L12 16.3 7.2 18.9l1-5.4-4-3.8 5.4-.7z" />,
  check: <path d="m5 12.5 4.5 4.5L19 7.5" />,
  plus: <path d="M12 5v14M5 12h14" />,
  pencil: <path d="m5 19 1-4L15.5 5.5l3 3L9 18zM13.5 7.5l3 3" />,
  send: <path d="M4 12 20 4l-5 16-3-7zM12 13l8-9" />,
  undo: <path d="M9 7 5 11l4 4M5 11h9a5 5 0 0 1 0 10h-3" />,
  archive: <path d="M4 5h16v4H4zM5.5 9v10h13V9M10 13h4" />,
  eye: (
    <>
      <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  alert: <path d="M12 4 21 19.5H3zM12 10v4.5m0 2.5v.5" />,
  info: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 11v5.5M12 7.5V8" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  ruler: <path d="m3.5 15.5 12-12 5 5-12 12zM7 12l2 2m1-5 2 2m1-5 2 2" />,
  needle: <path d="M19 5 6 18m13-13c-3 0-9 2-11 5m11-5-1.5 4M4 20l2-2" />,
  yarn: (
    <>
      <circle cx="12" cy="12" r="7.5" />
      <path d="M6 8.5c4 0 9 3 11.5 8M5 13c4-.5 8 1.5 10.5 5.5M9 4.8c3 1.5 7 5.5 8 9.5" />
    </>
  ),
  drop: <path d="M12 3.5S6 10.5 6 14.5a6 6 0 0 0 12 0C18 10.5 12 3.5 12 3.5z" />,
  tag: (
    <>
      <path d="M3.5 12.5v-8h8l9 9-8 8z" />
      <circle cx="8" cy="9" r="1.5" />
    </>
  ),
  stack: <path d="m12 4 8.5 4-8.5 4-8.5-4zm-8.5 8 8.5 4 8.5-4m-17 4 8.5 4 8.5-4" />,
  globe: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17M12 3.5c-4 4.5-4 12.5 0 17m0-17c4 4.5 4 12.5 0 17" />
    </>
  ),
  offline: <path d="M3 3l18 18M8.5 8.5A7 7 0 0 0 6 13.5 4 4 0 0 0 7 21h10m3.5-2.5A4 4 0 0 0 18 12a6 6 0 0 0-8-4.6" />,
  retry: <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4v4.5H15" />,
  draft: <path d="M6 3.5h8l4 4v13H6zM14 3.5V8h4M9 13h6m-6 3.5h4" />,
  live: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="m8 12 3 3 5-6" />
    </>
  ),
  rejected: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="m9 9 6 6m0-6-6 6" />
    </>
  ),
  carpet: <path d="M6 4h12v16H6zM4 4h2M4 7h2M4 10h2M18 4h2m-2 3h2M4 14h2m-2 3h2m-2 3h2m12-6h2m-2 3h2m-2 3h2m-2-10h2M12 7l3 5-3 5-3-5z" />,
  pot: <path d="M9 3.5h6M9.5 3.5c0 2-3.5 3-3.5 8 0 4 2 7.5 6 8.5 4-1 6-4.5 6-8.5 0-5-3.5-6-3.5-8M7 11h10" />,
  basket: <path d="M3.5 10h17l-2 10h-13zM7 10l3-6m7 6-3-6M5 14h14M6 18h12" />,
  textile: <path d="M5 4h14v3H5zm0 13h14v3H5zM7 7v10m10-10v10M9.5 7l5 10m0-10-5 10" />,
  leather: <path d="M5 9h14l-1 11H6zM9 9V7a3 3 0 0 1 6 0v2M9 13h6" />,
  terroir: <path d="M8 8h8v12H8zM9 4h6v4H9zM12 11c-2 1.5-2 4 0 5.5 2-1.5 2-4 0-5.5z" />,
  back: <path d="M15 5l-7 7 7 7" />,
  forward: <path d="M9 5l7 7-7 7" />,
} satisfies Record<string, ReactNode>

export type IconName = keyof typeof paths

/** One of the portal's icons; direction arrows (`back`, `forward`, `undo`, `send`) turn in Arabic. */
export function Icon({ name, className, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  const mirrored = name === "back" || name === "forward" || name === "undo" || name === "send" ? "rtl:-scale-x-100" : ""
  return (
    <svg
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`shrink-0 ${mirrored} ${className ?? ""}`}
      {...props}
    >
      {paths[name]}
    </svg>
  )
}
