// What a server action answers its form with, shared by the actions and the client components
// that render their forms (the browser loads this file too). Pure. Two shapes:
//   FormState     problems per field and for the whole form, as message keys of a catalog (the
//                 shop's FormErrors by default, the partner portal's PartnerPortal.errors), and the
//                 values to show again;
//   MessageState  one sentence already in the reader's language, success or problem (the producer
//                 portal's forms, whose refusals carry the backend's own words).

import type { Messages } from "@/i18n/messages";

export type ErrorCode = keyof Messages["FormErrors"];

export interface Problem {
  code: ErrorCode;
  /** The message's arguments, e.g. { count: 3 } for "only {count} left". */
  values?: Record<string, number | string>;
}

export interface FormState<F extends string = string, P = Problem> {
  /** Increases with every answer, so a client can tell a new answer from the last one. */
  seq: number;
  ok: boolean;
  /** Problems by field name. */
  errors: Partial<Record<F, P>>;
  /** A problem with the whole form (shown above the fields). */
  formError: P | null;
  /** What was typed, to fill the form again after an error (also without JavaScript); passwords never. */
  values: Partial<Record<F, string>>;
}

export function initialFormState<F extends string, P = Problem>(values: Partial<Record<F, string>> = {}): FormState<F, P> {
  return { seq: 0, ok: false, errors: {}, formError: null, values };
}

export function failed<F extends string, P = Problem>(
  previous: FormState<F, P>,
  errors: Partial<Record<F, P>>,
  values: Partial<Record<F, string>>,
  formError: P | null = null,
): FormState<F, P> {
  return { seq: previous.seq + 1, ok: false, errors, formError, values };
}

export function succeeded<F extends string, P = Problem>(previous: FormState<F, P>, values: Partial<Record<F, string>> = {}): FormState<F, P> {
  return { seq: previous.seq + 1, ok: true, errors: {}, formError: null, values };
}

/** The answer with these problems, if any: ok when there are none. */
export function answer<F extends string, P = Problem>(
  previous: FormState<F, P>,
  values: Partial<Record<F, string>>,
  errors: Partial<Record<F, P>> = {},
  formError: P | null = null,
): FormState<F, P> {
  return { seq: previous.seq + 1, ok: formError === null && !hasErrors(errors), errors, formError, values };
}

export function hasErrors(errors: Partial<Record<string, unknown>>): boolean {
  return Object.values(errors).some(Boolean);
}

export interface MessageState {
  seq: number;
  ok: boolean;
  message: string | null;
}

export const initialMessageState: MessageState = { seq: 0, ok: false, message: null };

export function done(previous: MessageState, message: string | null = null): MessageState {
  return { seq: previous.seq + 1, ok: true, message };
}

export function refused(previous: MessageState, message: string): MessageState {
  return { seq: previous.seq + 1, ok: false, message };
}

/** A trimmed text field of a submitted form ("" when missing or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** A whole number typed the Vietnamese way or not ("250.000", "250 000", "250000"); null when it is not one. */
export function wholeNumber(raw: string): number | null {
  const cleaned = raw.replace(/[\s.,₫đ]/gi, "");
  if (!/^-?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}
