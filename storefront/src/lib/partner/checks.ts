// The checks the portal's server actions run on what partners type, and the problems they
// answer with (their messages live in PartnerPortal.errors). Pure.

// The storefront's one phone rule (any country, Vietnam by default). From the phone module alone:
// portal forms import this file in the browser, and must not carry the places data.
import { isEmailAddress } from "../core-client";
import { normalizePhone } from "@ocop/vn-places/dist/phone";
import type { Messages } from "@/i18n/messages";
import type { FormState } from "../form-state";
import { MAX_NOTE, MAX_SHELF_PRODUCTS, MAX_TEXT, MIN_PASSWORD, PARTNER_KINDS, type Bilingual, type PartnerKind } from "./types";

export { normalizePhone };

export type PartnerErrorCode = keyof Messages["PartnerPortal"]["errors"];

export interface PartnerProblem {
  code: PartnerErrorCode;
  values?: Record<string, string | number>;
}

/** A portal form's answer (lib/form-state.ts) with the portal's own messages. */
export type PartnerFormState<F extends string = string> = FormState<F, PartnerProblem>;

export { MAX_NOTE, MAX_SHELF_PRODUCTS, MAX_TEXT, MIN_PASSWORD } from "./types";

export function checkEmail(email: string): PartnerProblem | null {
  return email.length <= 254 && isEmailAddress(email) ? null : { code: "emailInvalid" };
}

export function checkText(value: string, max = MAX_TEXT): PartnerProblem | null {
  if (!value) return { code: "required" };
  return value.length > max ? { code: "tooLong", values: { count: max } } : null;
}

/** An http(s) address, or null. */
export function normalizeWebsite(input: string): string | null {
  try {
    const url = new URL(input);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

export function isPartnerKind(value: string): value is PartnerKind {
  return (PARTNER_KINDS as readonly string[]).includes(value);
}

export type ApplicationField = "email" | "password" | "displayName" | "legalName" | "kind" | "contactName" | "phone" | "website";

export interface CheckedApplication {
  errors: Partial<Record<ApplicationField, PartnerProblem>>;
  phone: string | null;
  website: string | null;
}

/** Checks the application; the password only when the form asks for one (a new login). */
export function checkApplication(values: Record<ApplicationField, string>, withCredentials: boolean): CheckedApplication {
  const errors: Partial<Record<ApplicationField, PartnerProblem>> = {};
  const set = (name: ApplicationField, problem: PartnerProblem | null) => {
    if (problem) errors[name] = problem;
  };
  set("email", checkEmail(values.email));
  if (withCredentials) set("password", values.password.length < MIN_PASSWORD ? { code: "passwordShort" } : null);
  set("displayName", checkText(values.displayName));
  set("legalName", checkText(values.legalName, 200));
  set("kind", isPartnerKind(values.kind) ? null : { code: "kindInvalid" });
  set("contactName", checkText(values.contactName));
  const phone = normalizePhone(values.phone);
  set("phone", values.phone ? (phone ? null : { code: "phoneInvalid" }) : { code: "required" });
  const website = values.website ? normalizeWebsite(values.website) : null;
  set("website", values.website && !website ? { code: "websiteInvalid" } : null);
  return { errors, phone, website };
}

export type ShelfField = "titleVi" | "titleEn" | "noteVi" | "noteEn";

export function checkShelfDetails(values: Record<ShelfField, string>): Partial<Record<ShelfField, PartnerProblem>> {
  const errors: Partial<Record<ShelfField, PartnerProblem>> = {};
  for (const name of ["titleVi", "titleEn"] as const) {
    const problem = checkText(values[name]);
    if (problem) errors[name] = problem;
  }
  for (const name of ["noteVi", "noteEn"] as const) {
    if (values[name].length > MAX_NOTE) errors[name] = { code: "tooLong", values: { count: MAX_NOTE } };
  }
  return errors;
}

export function shelfTexts(values: Record<ShelfField, string>): { title: Bilingual; note: Bilingual } {
  return { title: { vi: values.titleVi, en: values.titleEn }, note: { vi: values.noteVi, en: values.noteEn } };
}

export type ShelfEdit = "add" | "remove" | "up" | "down";

/** The shelf's product order after one edit; unknown edits and ids change nothing. */
export function editProducts(ids: readonly string[], edit: string, productId: string): string[] {
  const list = [...ids];
  const at = list.indexOf(productId);
  if (edit === "add") return at === -1 && productId && list.length < MAX_SHELF_PRODUCTS ? [...list, productId] : list;
  if (at === -1) return list;
  if (edit === "remove") return list.filter((id) => id !== productId);
  const to = edit === "up" ? at - 1 : edit === "down" ? at + 1 : at;
  if (to < 0 || to >= list.length || to === at) return list;
  [list[at], list[to]] = [list[to]!, list[at]!];
  return list;
}
