"use server";

import { refresh } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { formLocale } from "@/i18n/locale";
import { answer, field } from "@/lib/form-state";
import { jwtActorId } from "@/lib/jwt";
import {
  applyAsPartner,
  createShelf,
  deleteShelf,
  getPartnerShelf,
  partnerLogin,
  partnerRegister,
  updateShelf,
  type ShelfWriteResult,
} from "@/lib/partner/api";
import {
  checkApplication,
  checkEmail,
  checkShelfDetails,
  editProducts,
  shelfTexts,
  type ApplicationField,
  type PartnerFormState,
  type PartnerProblem,
  type ShelfField,
} from "@/lib/partner/checks";
import { clearPartnerToken, getPartnerToken, setPartnerToken } from "@/lib/partner/session";
import type { PartnerKind } from "@/lib/partner/types";

export type LoginState = PartnerFormState<"email" | "password">;
export type ApplicationState = PartnerFormState<ApplicationField>;
export type ShelfState = PartnerFormState<ShelfField>;


function password(form: FormData): string {
  const value = form.get("password");
  return typeof value === "string" ? value : "";
}

export async function partnerLoginAction(previous: LoginState, form: FormData): Promise<LoginState> {
  const email = field(form, "email").toLowerCase();
  const secret = password(form);
  const values = { email };
  const errors: LoginState["errors"] = {};
  const emailProblem = checkEmail(email);
  if (emailProblem) errors.email = emailProblem;
  if (!secret) errors.password = { code: "passwordRequired" };
  if (Object.keys(errors).length > 0) return answer(previous, values, errors);

  const result = await partnerLogin(email, secret);
  if (!result.ok) return answer(previous, values, {}, { code: result.reason === "invalid" ? "loginFailed" : "backend" });
  await setPartnerToken(result.token);
  redirect({ href: "/partner", locale: formLocale(form) });
  return answer(previous, values);
}

/**
 * Registers the login (or reuses a login that never applied), sends the
 * application, then logs in again so the token names the new partner.
 */
export async function partnerApplyAction(previous: ApplicationState, form: FormData): Promise<ApplicationState> {
  const existing = await getPartnerToken();
  const withCredentials = !(existing && !jwtActorId(existing));
  const values: Record<ApplicationField, string> = {
    email: field(form, "email").toLowerCase(),
    password: password(form),
    displayName: field(form, "displayName").replace(/\s+/g, " "),
    legalName: field(form, "legalName").replace(/\s+/g, " "),
    kind: field(form, "kind"),
    contactName: field(form, "contactName").replace(/\s+/g, " "),
    phone: field(form, "phone"),
    website: field(form, "website"),
  };
  // The password is never sent back to the page.
  const shown = { ...values, password: "" };
  const checked = checkApplication(values, withCredentials);
  if (Object.keys(checked.errors).length > 0) return answer(previous, shown, checked.errors);

  let token = existing;
  if (withCredentials) {
    const registered = await partnerRegister(values.email, values.password);
    if (registered.ok) {
      token = registered.token;
    } else if (registered.reason === "emailTaken") {
      // A login made earlier whose application never went through may apply now.
      const login = await partnerLogin(values.email, values.password);
      if (!login.ok) return answer(previous, shown, { email: { code: "emailTaken" } });
      if (jwtActorId(login.token)) return answer(previous, shown, {}, { code: "alreadyPartner" });
      token = login.token;
    } else {
      return answer(previous, shown, {}, { code: "backend" });
    }
  }
  if (!token) return answer(previous, shown, {}, { code: "sessionExpired" });

  const applied = await applyAsPartner(token, {
    displayName: values.displayName,
    legalName: values.legalName,
    kind: values.kind as PartnerKind,
    contactName: values.contactName,
    email: values.email,
    phone: checked.phone!,
    website: checked.website,
  });
  if (!applied.ok) {
    const problem: PartnerProblem =
      applied.reason === "rejected"
        ? { code: "rejected", values: { detail: applied.detail } }
        : { code: applied.reason === "exists" ? "alreadyPartner" : "backend" };
    // Keep the login so the application can be sent again without registering twice.
    await setPartnerToken(token);
    return answer(previous, shown, {}, problem);
  }
  if (withCredentials) {
    const login = await partnerLogin(values.email, values.password);
    await setPartnerToken(login.ok ? login.token : token);
  } else {
    // The token in the cookie predates the partner: log in again to see the application.
    await clearPartnerToken();
  }
  redirect({ href: "/partner", locale: formLocale(form) });
  return answer(previous, shown);
}

export async function partnerLogoutAction(form: FormData): Promise<void> {
  await clearPartnerToken();
  redirect({ href: "/partner", locale: formLocale(form) });
}

function shelfProblem(result: Exclude<ShelfWriteResult, { ok: true }>): PartnerProblem {
  if (result.reason === "rejected") return { code: "shelfRejected", values: { detail: result.detail } };
  return { code: result.reason === "missing" ? "shelfMissing" : "backend" };
}

/** Creates a shelf (no `shelfId`) or saves its titles and notes. */
export async function saveShelfAction(previous: ShelfState, form: FormData): Promise<ShelfState> {
  const values: Record<ShelfField, string> = {
    titleVi: field(form, "titleVi"),
    titleEn: field(form, "titleEn"),
    noteVi: field(form, "noteVi"),
    noteEn: field(form, "noteEn"),
  };
  const errors = checkShelfDetails(values);
  if (Object.keys(errors).length > 0) return answer(previous, values, errors);
  if (!(await getPartnerToken())) return answer(previous, values, {}, { code: "sessionExpired" });

  const id = field(form, "shelfId");
  if (!id) {
    const created = await createShelf({ ...shelfTexts(values), productIds: [] });
    if (!created.ok) return answer(previous, values, {}, shelfProblem(created));
    redirect({ href: `/partner/shelves/${created.shelf.id}`, locale: formLocale(form) });
  }
  const current = await getPartnerShelf(id);
  if (!current.ok) return answer(previous, values, {}, { code: "backend" });
  if (!current.data) return answer(previous, values, {}, { code: "shelfMissing" });
  const saved = await updateShelf(id, { ...shelfTexts(values), productIds: current.data.productIds });
  if (!saved.ok) return answer(previous, values, {}, shelfProblem(saved));
  refresh();
  return answer(previous, values);
}

/** Adds, removes or moves one product (each button is its own small form). */
export async function editShelfProductsAction(form: FormData): Promise<void> {
  const id = field(form, "shelfId");
  const current = id ? await getPartnerShelf(id) : null;
  if (!current?.ok || !current.data) return;
  const shelf = current.data;
  const productIds = editProducts(shelf.productIds, field(form, "edit"), field(form, "productId"));
  if (productIds.join() !== shelf.productIds.join()) {
    await updateShelf(id, { title: shelf.title, note: shelf.note, productIds });
  }
  refresh();
}

export async function deleteShelfAction(form: FormData): Promise<void> {
  const id = field(form, "shelfId");
  if (id) await deleteShelf(id);
  redirect({ href: "/partner/shelves", locale: formLocale(form) });
}
