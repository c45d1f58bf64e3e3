import { toast } from "@medusajs/ui"
import { useEffect } from "react"

/** Shows a read's failure as a toast once, with what staff were trying to see and the backend's message. */
export function useErrorToast(error: Error | null, what: string) {
  useEffect(() => {
    if (error) toast.error(what, { description: error.message })
  }, [error, what])
}
