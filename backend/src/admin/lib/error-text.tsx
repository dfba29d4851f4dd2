import { Text } from "@medusajs/ui"

/** A failed request's message, in the flow of a form or drawer. */
export function ErrorText({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <Text size="small" className="text-ui-fg-error">
      {error}
    </Text>
  )
}

/** The same as a section of its own, between a container's header and body. */
export function ErrorBanner({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <div className="px-6 py-3">
      <ErrorText error={error} />
    </div>
  )
}
