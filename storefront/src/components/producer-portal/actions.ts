"use server";

import { isEmailAddress } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { formLocale } from "@/i18n/locale";
import { PortalError } from "@/lib/portal-client";
import { applyAsProducer, producerLogin, producerLogout } from "@/lib/producer-portal/auth";
import {
  archiveProduct,
  createProduct,
  decideReturn,
  fulfilOrder,
  requestCertificate,
  serveBooking,
  setStock,
  updateProduct,
  updateProfile,
} from "@/lib/producer-portal/data";
import { done, failed, field, refused, wholeNumber, type FormState, type MessageState } from "@/lib/form-state";
import { clearProducerToken, getProducerToken, setProducerToken } from "@/lib/producer-portal/session";

// The portal's mutations. Each checks what a person can fix here (with a message in their
// language), then lets the backend decide; a refusal comes back with the backend's own words.


async function messages(form: FormData) {
  return getTranslations({ locale: formLocale(form), namespace: "ProducerPortal" });
}

/** A refusal of the backend as the member reads it; a signed-out member goes to the login page. */
async function backendRefusal(previous: MessageState, form: FormData, error: unknown): Promise<MessageState> {
  const t = await messages(form);
  if (error instanceof PortalError) {
    if (error.status === 401) {
      await clearProducerToken();
      redirect({ href: "/producer/login", locale: formLocale(form) });
    }
    if (error.status === 400 || error.status === 403 || error.status === 404 || error.status === 409) {
      const detail = error.problems.length ? error.problems.map((p) => `${p.field}: ${p.message}`).join("; ") : error.message;
      return refused(previous, t("messages.refused", { detail }));
    }
  }
  console.error("[storefront] producer portal:", error instanceof Error ? error.message : error);
  return refused(previous, t("messages.backend"));
}


/** The login's answer: the problem is a sentence in the member's language, shown above the fields. */
export type LoginState = FormState<"email" | "password", string>;

export async function loginAction(previous: LoginState, form: FormData): Promise<LoginState> {
  const t = await messages(form);
  const email = field(form, "email").toLowerCase();
  const password = typeof form.get("password") === "string" ? (form.get("password") as string) : "";
  // The password is never sent back to the page.
  const values = { email };
  if (!isEmailAddress(email) || !password) return failed(previous, {}, values, t("messages.loginMissing"));
  const result = await producerLogin(email, password);
  if (!result.ok) return failed(previous, {}, values, result.reason === "invalid" ? t("messages.loginFailed") : t("messages.backend"));
  await setProducerToken(result.token);
  return redirect({ href: "/producer", locale: formLocale(form) });
}

export async function logoutAction(form: FormData): Promise<void> {
  const token = await getProducerToken();
  if (token) await producerLogout(token);
  await clearProducerToken();
  redirect({ href: "/producer/login", locale: formLocale(form) });
}

export async function applyAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const input = {
    email: field(form, "email").toLowerCase(),
    password: typeof form.get("password") === "string" ? (form.get("password") as string) : "",
    legal_name: field(form, "legal_name"),
    display_name: field(form, "display_name") || undefined,
    kind: field(form, "kind") || "cooperative",
    commune_code: field(form, "commune_code"),
    tax_code: field(form, "tax_code").replace(/\s+/g, ""),
    address: field(form, "address") || undefined,
    contact: { name: field(form, "contact_name"), phone: field(form, "contact_phone") },
  };
  const missing = [
    !isEmailAddress(input.email) && t("fields.email"),
    input.password.length < 8 && t("fields.password"),
    !input.legal_name && t("fields.legalName"),
    !input.commune_code && t("fields.commune"),
    !input.tax_code && t("fields.taxCode"),
    !input.contact.name && t("fields.contactName"),
    !input.contact.phone && t("fields.contactPhone"),
  ].filter(Boolean);
  if (missing.length) return refused(previous, t("messages.missing", { fields: missing.join(", ") }));
  const result = await applyAsProducer(input);
  if (!result.ok) {
    if (result.reason === "emailTaken") return refused(previous, t("messages.emailTaken"));
    if (result.reason === "invalid") return refused(previous, t("messages.refused", { detail: result.message ?? "" }));
    return refused(previous, t("messages.backend"));
  }
  await setProducerToken(result.token);
  return redirect({ href: "/producer", locale: formLocale(form) });
}

/** Variant rows of the product form: title_0, price_0, stock_0, … (empty rows skipped). */
function variantRows(form: FormData, t: Awaited<ReturnType<typeof messages>>) {
  const rows: Array<{ title?: string; price: number; stock: number }> = [];
  const problems: string[] = [];
  for (let i = 0; i < 5; i++) {
    const title = field(form, `title_${i}`);
    const rawPrice = field(form, `price_${i}`);
    const rawStock = field(form, `stock_${i}`);
    if (!title && !rawPrice && !rawStock) continue;
    const price = wholeNumber(rawPrice);
    const stock = rawStock ? wholeNumber(rawStock) : 0;
    if (price === null || price <= 0) problems.push(t("messages.priceInvalid", { row: i + 1 }));
    if (stock === null || stock < 0) problems.push(t("messages.stockInvalid", { row: i + 1 }));
    rows.push({ ...(title ? { title } : {}), price: price ?? 0, stock: stock ?? 0 });
  }
  if (!rows.length) problems.push(t("messages.variantRequired"));
  return { rows, problems };
}

export async function createProductAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const title = field(form, "title");
  const { rows, problems } = variantRows(form, t);
  if (!title) problems.unshift(t("messages.titleRequired"));
  if (problems.length) return refused(previous, problems.join(" "));
  let id: string;
  try {
    const product = await createProduct({
      title,
      subtitle: field(form, "subtitle") || undefined,
      description: field(form, "description") || undefined,
      title_en: field(form, "title_en") || undefined,
      subtitle_en: field(form, "subtitle_en") || undefined,
      description_en: field(form, "description_en") || undefined,
      group: field(form, "group") || undefined,
      thumbnail: field(form, "thumbnail") || undefined,
      status: field(form, "publish") === "on" ? "published" : "draft",
      variants: rows,
    });
    id = product.id;
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  return redirect({ href: `/producer/products/${id}?created=1`, locale: formLocale(form) });
}

export async function updateProductAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const id = field(form, "id");
  const title = field(form, "title");
  if (!title) return refused(previous, t("messages.titleRequired"));
  const variants: Array<{ id: string; price: number }> = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("price:") || typeof value !== "string") continue;
    const price = wholeNumber(value);
    if (price === null || price <= 0) return refused(previous, t("messages.priceInvalid", { row: variants.length + 1 }));
    variants.push({ id: key.slice("price:".length), price });
  }
  try {
    await updateProduct(id, {
      title,
      subtitle: field(form, "subtitle") || null,
      description: field(form, "description") || null,
      // Blank clears the English text: /en then shows the Vietnamese one, with a note.
      title_en: field(form, "title_en") || null,
      subtitle_en: field(form, "subtitle_en") || null,
      description_en: field(form, "description_en") || null,
      group: field(form, "group") || null,
      // The thumbnail follows the first photo (photo manager); the edit form no longer sends one.
      status: field(form, "publish") === "on" ? "published" : "draft",
      ...(variants.length ? { variants } : {}),
    });
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, t("messages.saved"));
}

export async function archiveProductAction(previous: MessageState, form: FormData): Promise<MessageState> {
  try {
    await archiveProduct(field(form, "id"));
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  return redirect({ href: "/producer/products?archived=1", locale: formLocale(form) });
}

export async function certificateRequestAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const stars = Number(field(form, "stars"));
  const body = {
    stars,
    score: field(form, "score") ? Number(field(form, "score")) : undefined,
    group: field(form, "group"),
    decision_number: field(form, "decision_number"),
    decision_date: field(form, "decision_date"),
    issuing_level: field(form, "issuing_level"),
    issuing_authority: field(form, "issuing_authority"),
    commune_code: field(form, "commune_code"),
  };
  if (!body.decision_number || !body.decision_date || !body.issuing_authority || !body.commune_code || !body.group) {
    return refused(previous, t("messages.certificateMissing"));
  }
  try {
    await requestCertificate(field(form, "id"), body);
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, t("messages.certificateRequested"));
}

export async function setStockAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const levels: Array<{ variant_id: string; stocked_quantity: number }> = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("stock:") || typeof value !== "string") continue;
    const quantity = wholeNumber(value);
    if (quantity === null || quantity < 0) {
      // Name the row (issue #23): on a long stock list "must be a whole number" alone does not say where.
      const row = field(form, `label:${key.slice("stock:".length)}`);
      return refused(previous, row ? t("messages.stockNegativeRow", { row, value }) : t("messages.stockNegative"));
    }
    levels.push({ variant_id: key.slice("stock:".length), stocked_quantity: quantity });
  }
  if (!levels.length) return refused(previous, t("messages.nothingToSave"));
  try {
    await setStock(levels);
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, t("messages.stockSaved"));
}

export async function fulfilAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const carrier = field(form, "carrier");
  const tracking = field(form, "tracking_number");
  if (!carrier || !tracking) return refused(previous, t("messages.shipmentMissing"));
  try {
    await fulfilOrder(field(form, "order_id"), { carrier, tracking_number: tracking });
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, t("messages.shipped", { tracking }));
}

const BOOKING_ACTIONS = ["confirm", "visited", "no_show", "cancel"] as const;
const BOOKING_TARGET = { confirm: "confirmed", visited: "visited", no_show: "no_show", cancel: "canceled" } as const;

/** Confirm, visited, no-show or cancel (with the reason the guest is told) for one booking. */
export async function serveBookingAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const action = BOOKING_ACTIONS.find((a) => a === field(form, "action"));
  if (!action) return refused(previous, t("messages.backend"));
  const reason = field(form, "reason");
  if (action === "cancel" && !reason) return refused(previous, t("bookings.reasonMissing"));
  try {
    await serveBooking(field(form, "order_id"), field(form, "line_id"), { action, ...(action === "cancel" ? { reason } : {}) });
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, t("bookings.updated", { state: t(`bookings.state.${BOOKING_TARGET[action]}`) }));
}

export async function updateProfileAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await messages(form);
  const displayName = field(form, "display_name");
  if (!displayName) return refused(previous, t("messages.missing", { fields: t("fields.displayName") }));
  try {
    await updateProfile({
      display_name: displayName,
      story_vi: field(form, "story_vi") || null,
      story_en: field(form, "story_en") || null,
      email: field(form, "email") || null,
      phone: field(form, "phone") || null,
      website: field(form, "website") || null,
    });
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, t("messages.saved"));
}

/** Accepts a buyer's return (the goods come back, the buyer is refunded) or refuses it with a reason. */
export async function decideReturnAction(previous: MessageState, form: FormData): Promise<MessageState> {
  const t = await getTranslations({ locale: formLocale(form), namespace: "Returns.producer" });
  const decision = field(form, "decision") === "refuse" ? "refuse" : "accept";
  const reason = field(form, "reason");
  if (decision === "refuse" && reason.length < 5) return refused(previous, t("reasonMissing"));
  try {
    await decideReturn(field(form, "return_id"), decision, reason);
  } catch (error) {
    return backendRefusal(previous, form, error);
  }
  refresh();
  return done(previous, decision === "accept" ? t("accepted") : t("refused"));
}
