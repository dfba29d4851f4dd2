import { Select } from "@medusajs/ui"

export type Option = { value: string; label: string }

/** A small select over plain value/label options (list filters, reference data). */
export function OptionSelect({
  value,
  onChange,
  options,
  placeholder,
}: {
  value: string
  onChange: (value: string) => void
  options: readonly Option[]
  /** Shown while nothing is chosen. */
  placeholder?: string
}) {
  return (
    <Select value={value} onValueChange={onChange} size="small">
      <Select.Trigger>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
