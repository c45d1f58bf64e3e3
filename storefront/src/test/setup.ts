import "@testing-library/jest-dom/vitest"
import { cleanup } from "@testing-library/react"
import { createElement, type ComponentProps } from "react"
import { afterEach, vi } from "vitest"

afterEach(() => cleanup())

// next/link and next/image are CommonJS inside the root node_modules, where `require("react")`
// finds the React 18 that Medusa's admin needs, not the storefront's React 19 (Next itself
// renders with its own vendored React, so the app is not affected). Tests render them as the
// plain elements they produce.
vi.mock("next/link", () => ({
  default: ({ href, prefetch: _prefetch, ...props }: ComponentProps<"a"> & { href: string; prefetch?: boolean }) =>
    createElement("a", { href, ...props }),
}))
vi.mock("next/image", () => ({
  default: ({ fill: _fill, preload: _preload, sizes: _sizes, ...props }: ComponentProps<"img"> & { fill?: boolean; preload?: boolean }) =>
    createElement("img", props),
}))
