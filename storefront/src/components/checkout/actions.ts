"use server";

import { isCompleteAddress } from "@/lib/commerce-map";
import {
  getCartById,
  listPaymentChoices,
  listShippingOptions,
  placeOrder,
  setCheckoutDetails,
  setGuestDeliveryDetails,
  setShippingMethod,
  transferCartToCustomer,
} from "@/lib/cart";
import { getCustomer } from "@/lib/customer";
import { isBookingOnly } from "@/lib/experiences/booking";
import { getBookingContact } from "@/lib/experiences/server";
import { failed, field, hasErrors, type FormState, type Problem } from "@/lib/form-state";
import { redirect } from "@/i18n/navigation";
import { codRefusalFor, withoutRefusedCod } from "@/lib/payments/cod";
import { formLocale } from "@/i18n/locale";
import { clearCartId, confirmationHref, getCartId, rememberOrder } from "@/lib/session";
import { checkAddress, checkEmail, checkName, checkPhone, normalizePhone } from "@/lib/validation";

export type DetailsField = "email" | "fullName" | "phone" | "provinceCode" | "communeCode" | "street" | "deliverTo" | "partnerId" | "room";
export type DetailsState = FormState<DetailsField>;
export type ShippingState = FormState<"optionId">;
export type PlaceOrderState = FormState<"providerId">;


const CART_EXPIRED: Problem = { code: "cartExpired" };
const BACKEND: Problem = { code: "backend" };

/**
 * The open cart of this browser, refusing a completed or emptied one. A missing
 * cookie or cart is reported as expired: nothing can be ordered from it.
 */
async function openCart() {
  const id = await getCartId();
  if (!id) return { ok: false as const, problem: CART_EXPIRED };
  const cart = await getCartById(id);
  if (!cart.ok) return { ok: false as const, problem: BACKEND };
  if (!cart.data || cart.data.completed || cart.data.items.length === 0) return { ok: false as const, problem: CART_EXPIRED };
  return { ok: true as const, cart: cart.data };
}

/** A logged-in customer's guest cart becomes theirs, so the order shows in their account. */
async function claimForCustomer(cart: { id: string; customerId: string | null }) {
  const customer = await getCustomer();
  if (customer.ok && customer.data && cart.customerId !== customer.data.id) await transferCartToCustomer(cart.id);
}

/** The most a room number or booking name may take (the backend's limit). */
const ROOM_MAX = 80;

/**
 * Step 1 for a delivery to a hotel or cruise that accepts them: the guest's name, phone and room
 * or booking; the backend writes the partner's address (docs/architecture.md, Addresses).
 */
async function saveGuestDelivery(previous: DetailsState, form: FormData): Promise<DetailsState> {
  const values: Partial<Record<DetailsField, string>> = {
    deliverTo: "partner",
    email: field(form, "email").toLowerCase(),
    fullName: field(form, "fullName").replace(/\s+/g, " "),
    phone: field(form, "phone"),
    partnerId: field(form, "partnerId"),
    room: field(form, "room").replace(/\s+/g, " "),
  };
  const errors: DetailsState["errors"] = {};
  const email = checkEmail(values.email!);
  const name = checkName(values.fullName!);
  const phone = checkPhone(values.phone!);
  if (email) errors.email = email;
  if (name) errors.fullName = name;
  if (phone) errors.phone = phone;
  if (!values.partnerId) errors.partnerId = { code: "guestPartnerRequired" };
  if (!values.room) errors.room = { code: "roomRequired" };
  else if (values.room.length > ROOM_MAX) errors.room = { code: "roomTooLong", values: { max: ROOM_MAX } };
  if (hasErrors(errors)) return failed(previous, errors, values);

  const open = await openCart();
  if (!open.ok) return failed(previous, {}, values, open.problem);
  await claimForCustomer(open.cart);
  const saved = await setGuestDeliveryDetails(open.cart.id, values.email!, {
    fullName: values.fullName!,
    phone: normalizePhone(values.phone!)!,
    partnerId: values.partnerId!,
    room: values.room!,
  });
  if (!saved.ok) return failed(previous, {}, values, saved.reason === "missing" ? CART_EXPIRED : BACKEND);
  return redirect({ href: "/checkout", locale: formLocale(form) });
}

/** Step 1: email and the delivery address, anywhere in Vietnam, or a partner's hotel or cruise. */
export async function saveDetailsAction(previous: DetailsState, form: FormData): Promise<DetailsState> {
  if (field(form, "deliverTo") === "partner") return saveGuestDelivery(previous, form);
  const values: Partial<Record<DetailsField, string>> & Record<"email" | "fullName" | "phone" | "provinceCode" | "communeCode" | "street", string> = {
    email: field(form, "email").toLowerCase(),
    fullName: field(form, "fullName").replace(/\s+/g, " "),
    phone: field(form, "phone"),
    provinceCode: field(form, "provinceCode"),
    communeCode: field(form, "communeCode"),
    street: field(form, "street").replace(/\s+/g, " "),
  };
  const errors: DetailsState["errors"] = { ...checkAddress(values) };
  const email = checkEmail(values.email);
  if (email) errors.email = email;
  if (hasErrors(errors)) return failed(previous, errors, values);

  const open = await openCart();
  if (!open.ok) return failed(previous, {}, values, open.problem);

  await claimForCustomer(open.cart);

  const saved = await setCheckoutDetails(open.cart.id, values.email, {
    fullName: values.fullName,
    phone: normalizePhone(values.phone)!,
    street: values.street,
    provinceCode: values.provinceCode,
    communeCode: values.communeCode,
  });
  if (!saved.ok) return failed(previous, {}, values, saved.reason === "missing" ? CART_EXPIRED : BACKEND);
  return redirect({ href: "/checkout", locale: formLocale(form) });
}

/** Step 2: one of the cart's shipping options. */
export async function chooseShippingAction(previous: ShippingState, form: FormData): Promise<ShippingState> {
  const optionId = field(form, "optionId");
  const values = { optionId };
  const open = await openCart();
  if (!open.ok) return failed(previous, {}, values, open.problem);
  if (!optionId) return failed(previous, { optionId: { code: "shippingRequired" } }, values);
  const options = await listShippingOptions(open.cart.id);
  if (!options.ok) return failed(previous, {}, values, BACKEND);
  if (!options.data.some((o) => o.id === optionId)) return failed(previous, { optionId: { code: "shippingRequired" } }, values);

  const saved = await setShippingMethod(open.cart.id, optionId);
  if (!saved.ok) return failed(previous, {}, values, saved.reason === "missing" ? CART_EXPIRED : BACKEND);
  return redirect({ href: "/checkout", locale: formLocale(form) });
}

/**
 * Step 3: the payment method, then the order. A second submit of the same cart
 * (double click, back button, retry) finds the cart completed and is sent to the
 * order it already made: nothing is ordered twice.
 */
export async function placeOrderAction(previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const locale = formLocale(form);
  const providerId = field(form, "providerId");
  const values = { providerId };
  // The cart this form was rendered for: after a first submit the cookie is gone (or
  // names a newer cart), and a repeated submit must still find the order it made.
  const cookieCartId = await getCartId();
  const cartId = field(form, "cartId") || cookieCartId;
  if (!cartId) return failed(previous, {}, values, CART_EXPIRED);
  // Only this browser's own open cart may be ordered; another id may only lead to its order's page.
  const ownCart = cartId === cookieCartId;

  const loaded = await getCartById(cartId);
  if (!loaded.ok) return failed(previous, {}, values, BACKEND);
  const cart = loaded.data;
  if (!cart) return failed(previous, {}, values, CART_EXPIRED);

  if (!cart.completed) {
    if (!ownCart || cart.items.length === 0) return failed(previous, {}, values, CART_EXPIRED);
    // A cart of experience bookings only has the buyer's contact, and ships nothing.
    const bookingOnly = isBookingOnly(cart.items);
    const detailsDone = bookingOnly ? !!(await getBookingContact(cart.id)) : isCompleteAddress(cart.shippingAddress);
    if (!cart.email || !detailsDone) return failed(previous, {}, values, { code: "detailsMissing" });
    if (!bookingOnly && !cart.shippingMethod) return failed(previous, {}, values, { code: "shippingMissing" });
    if (!providerId) return failed(previous, { providerId: { code: "paymentRequired" } }, values);
    const listed = cart.regionId ? await listPaymentChoices(cart.regionId) : { ok: false as const };
    const choices = bookingOnly ? listed : withoutRefusedCod(listed, codRefusalFor(cart));
    if (!choices.ok) return failed(previous, {}, values, BACKEND);
    const choice = choices.data.find((c) => c.providerId === providerId);
    if (!choice) return failed(previous, { providerId: { code: "paymentRequired" } }, values);
    // The parcels are priced with the payment: cash on delivery adds the carrier's collection fee
    // (the payment step showed it), paying before removes it.
    const method = cart.shippingMethod;
    if (!bookingOnly && method?.optionId && method.cashOnDelivery !== (choice.kind === "cod")) {
      const repriced = await setShippingMethod(cart.id, method.optionId, choice.kind === "cod" ? "cod" : "prepaid");
      if (!repriced.ok) return failed(previous, {}, values, repriced.reason === "missing" ? CART_EXPIRED : BACKEND);
    }
  }

  // For a completed cart, placeOrder opens no payment session and answers with the existing order.
  const result = await placeOrder(cartId, providerId);
  if (!result.ok) {
    const problem: Problem =
      result.reason === "missing"
        ? CART_EXPIRED
        : result.reason === "stock"
          ? { code: "stockChanged" }
          : result.reason === "payment"
            ? { code: "paymentFailed" }
            : BACKEND;
    return failed(previous, {}, values, problem);
  }
  if (ownCart) {
    await clearCartId();
    await rememberOrder(result.orderId, result.accessToken);
  }
  return redirect({ href: confirmationHref(result.orderId, result.accessToken), locale });
}
