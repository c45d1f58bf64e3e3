import { useSearchParams } from "react-router-dom"

/**
 * A page's filters kept in the URL, so a reload, a shared link or coming back from a detail page
 * finds the list as it was. `update` sets or (with null or "") removes parameters, starting from
 * the current URL rather than a render's copy, since a debounced search applies its change later.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams()
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "") next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  return { params, update, clear: () => setParams(new URLSearchParams(), { replace: true }) }
}
