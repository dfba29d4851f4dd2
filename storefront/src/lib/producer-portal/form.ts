// What a portal server action answers its form with: one message already in the member's
// language (success or the problem, with the backend's own words for a refused field) and the
// submitted values, so the form keeps what was typed. Pure.

export interface PortalFormState {
  seq: number;
  ok: boolean;
  message: string | null;
}

export const initialPortalState: PortalFormState = { seq: 0, ok: false, message: null };

export function done(previous: PortalFormState, message: string | null = null): PortalFormState {
  return { seq: previous.seq + 1, ok: true, message };
}

export function refused(previous: PortalFormState, message: string): PortalFormState {
  return { seq: previous.seq + 1, ok: false, message };
}

/** A trimmed text field ("" when missing or a file). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** A whole number typed the Vietnamese way or not ("250.000", "250 000", "250000"); null when it is not one. */
export function wholeNumber(raw: string): number | null {
  const cleaned = raw.replace(/[\s.,₫đ]/gi, "");
  if (!/^-?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}
