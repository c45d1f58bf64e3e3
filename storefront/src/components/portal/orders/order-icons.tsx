import { icon } from "../portal-icons"

// The orders' own icons, drawn with the portal's `icon` (portal-icons.tsx): 24 px grid, one
// stroke in the text colour, inline and decorative (the word beside each is its name).

export const TruckIcon = icon(
  <>
    <path d="M2.5 6h11v10h-11zM13.5 9.5h4l3 3.5V16h-7" />
    <circle cx="6.5" cy="17.5" r="1.8" />
    <circle cx="17" cy="17.5" r="1.8" />
  </>,
  true,
)
export const PrinterIcon = icon(
  <>
    <path d="M7 8V3.5h10V8M7 17H4.5V9.5a1.5 1.5 0 0 1 1.5-1.5h12a1.5 1.5 0 0 1 1.5 1.5V17H17" />
    <path d="M7 13.5h10v7H7z" />
  </>,
)
export const DownloadIcon = icon(<path d="M12 4v11m-4.5-4.5L12 15l4.5-4.5M4.5 19.5h15" />)
export const BellIcon = icon(<path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15zM10 20.5a2 2 0 0 0 4 0" />)
export const HandCashIcon = icon(
  <>
    <rect x="3" y="6" width="18" height="11" rx="1.5" />
    <circle cx="12" cy="11.5" r="2.5" />
    <path d="M6 9v.5M18 14v.5" />
  </>,
)
export const CardIcon = icon(
  <>
    <rect x="3" y="5.5" width="18" height="13" rx="2" />
    <path d="M3 10h18M7 15h3" />
  </>,
)
export const BarcodeIcon = icon(<path d="M4 6v12M7 6v12M10.5 6v12M13 6v12M16.5 6v12M20 6v12" />)
export const ForwardIcon = icon(<path d="M9 5l7 7-7 7" />, true)
export const BackIcon = icon(<path d="M15 5l-7 7 7 7" />, true)
export const BoxOpenIcon = icon(<path d="M3.5 8.5 12 4l8.5 4.5v7L12 20l-8.5-4.5zM3.5 8.5 12 13l8.5-4.5M12 13v7M7.5 6.3l8.5 4.5" />)
export const InfoIcon = icon(
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5.5M12 7.5V8" />
  </>,
)
