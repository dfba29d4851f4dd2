import type { ReactNode } from "react";
import type { CommuneGroup } from "@/components/checkout/commune-options";
import { SelectField } from "@/components/forms/fields";

/** The wards, communes and special zones of Quảng Ninh, grouped by kind (with their former districts). */
export function CommuneSelect({
  id,
  label,
  communes,
  defaultValue,
  placeholder,
}: {
  id: string;
  label: ReactNode;
  communes: CommuneGroup[];
  defaultValue: string;
  /** A first, unselectable option asking to choose. */
  placeholder?: string;
}) {
  return (
    <SelectField id={id} name="commune_code" label={label} defaultValue={defaultValue} required>
      {placeholder && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      <CommuneOptions communes={communes} />
    </SelectField>
  );
}

/** Quảng Ninh's wards, communes and special zones as options, grouped by kind: the OCOP origins. */
function CommuneOptions({ communes }: { communes: readonly CommuneGroup[] }) {
  return communes.map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
    </optgroup>
  ));
}
