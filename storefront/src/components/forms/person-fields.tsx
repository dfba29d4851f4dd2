import type { ComponentProps } from "react";
import { TextField } from "./fields";

// A person's email, name and phone as every form of the shop asks them: the same
// names (what the server actions read), input hints for keyboards and autofill,
// and limits. A caller may still override any of it (e.g. autoComplete, required).

type PersonFieldProps = Omit<ComponentProps<typeof TextField>, "name" | "type">;

export function EmailField(props: PersonFieldProps) {
  return <TextField name="email" type="email" autoComplete="email" inputMode="email" required {...props} />;
}

export function NameField(props: PersonFieldProps) {
  return <TextField name="fullName" autoComplete="name" required maxLength={100} {...props} />;
}

export function PhoneField(props: PersonFieldProps) {
  return <TextField name="phone" type="tel" autoComplete="tel" inputMode="tel" required {...props} />;
}
