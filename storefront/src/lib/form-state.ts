// What a server action answers a form with: problems per field (message keys of
// the FormErrors catalog) and the values to show again. Shared by actions and the
// client components that render their forms. Pure.

import type { Messages } from "@/i18n/messages";

export type ErrorCode = keyof Messages["FormErrors"];

export interface Problem {
  code: ErrorCode;
  /** The message's arguments, e.g. { count: 3 } for "only {count} left". */
  values?: Record<string, number | string>;
}

export interface FormState<F extends string = string> {
  /** Increases with every answer, so a client can tell a new answer from the last one. */
  seq: number;
  ok: boolean;
  /** Problems by field name. */
  errors: Partial<Record<F, Problem>>;
  /** A problem with the whole form (shown above the fields). */
  formError: Problem | null;
  /** What the shopper typed, to fill the form again after an error (also without JavaScript). */
  values: Partial<Record<F, string>>;
}

export function initialFormState<F extends string>(values: Partial<Record<F, string>> = {}): FormState<F> {
  return { seq: 0, ok: false, errors: {}, formError: null, values };
}

export function failed<F extends string>(
  previous: FormState<F>,
  errors: Partial<Record<F, Problem>>,
  values: Partial<Record<F, string>>,
  formError: Problem | null = null,
): FormState<F> {
  return { seq: previous.seq + 1, ok: false, errors, formError, values };
}

export function succeeded<F extends string>(previous: FormState<F>, values: Partial<Record<F, string>> = {}): FormState<F> {
  return { seq: previous.seq + 1, ok: true, errors: {}, formError: null, values };
}

export function hasErrors(errors: Partial<Record<string, Problem>>): boolean {
  return Object.values(errors).some(Boolean);
}

/** A trimmed text field of a submitted form ("" when missing or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
