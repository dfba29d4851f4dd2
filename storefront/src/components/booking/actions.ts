"use server";

import { hasLocale } from "next-intl";
import { refresh } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getCartById, removeLine, transferCartToCustomer } from "@/lib/cart";
import { getCustomer } from "@/lib/customer";
import { isBookingOnly, todayInVietnam } from "@/lib/experiences/booking";
import { addBooking, setBookingContact, updateBooking, type BookingResult } from "@/lib/experiences/server";
import { failed, field, hasErrors, type FormState } from "@/lib/form-state";
import { getCartId, setCartId } from "@/lib/session";
import { checkEmail, checkName, checkPhone, normalizePhone } from "@/lib/validation";
import {
  bookingFailed,
  bookingSucceeded,
  checkBookingInput,
  problemFromBackend,
  type BookingState,
} from "./booking-state";

function answer(previous: BookingState, result: BookingResult, values: BookingState["values"]): BookingState | null {
  if (result.ok) return null;
  if (result.reason !== "refused") return bookingFailed(previous, {}, values, { key: result.reason === "missing" ? "cartExpired" : "backend" });
  const { field: where, problem } = problemFromBackend(result.message);
  return where ? bookingFailed(previous, { [where]: problem }, values) : bookingFailed(previous, {}, values, problem);
}

/** Product page of an experience: ticket type, date and party size into the cart. */
export async function bookAction(previous: BookingState, form: FormData): Promise<BookingState> {
  const values = { ticket: field(form, "ticket"), date: field(form, "date"), slot: field(form, "slot"), partySize: field(form, "partySize") || "1" };
  const capacity = Number(field(form, "capacity")) || null;
  const { errors, size } = checkBookingInput(values.date, values.partySize, todayInVietnam(), capacity);
  if (!values.ticket) errors.ticket = { key: "ticketRequired" };
  if (Object.values(errors).some(Boolean)) return bookingFailed(previous, errors, values);

  const result = await addBooking(values.ticket, values.date, size, values.slot || null);
  const refused = answer(previous, result, values);
  if (refused) return refused;
  await setCartId((result as { cartId: string }).cartId);
  refresh();
  return bookingSucceeded(previous, { ticket: values.ticket, date: values.date, partySize: "1" });
}

/** Cart page: a booking's party size (intent=update) or its removal (intent=remove). */
export async function changeBookingAction(previous: BookingState, form: FormData): Promise<BookingState> {
  const lineId = field(form, "line_id");
  const date = field(form, "date");
  const slot = field(form, "slot") || null;
  const values = { partySize: field(form, "partySize") };
  if (!lineId) return bookingFailed(previous, {}, values, { key: "backend" });
  if (field(form, "intent") === "remove") {
    const removed = await removeLine(lineId);
    if (!removed.ok) return bookingFailed(previous, {}, values, { key: removed.reason === "missing" ? "cartExpired" : "backend" });
    refresh();
    return bookingSucceeded(previous, values);
  }
  const { errors, size } = checkBookingInput(date, values.partySize, "0000-00-00", null);
  if (errors.partySize) return bookingFailed(previous, { partySize: errors.partySize }, values);
  const refused = answer(previous, await updateBooking(lineId, date, size, slot), values);
  if (refused) return refused;
  refresh();
  return bookingSucceeded(previous, values);
}

export type ContactField = "email" | "fullName" | "phone";

/** Checkout step 1 of a cart holding only bookings: who is coming, no address. */
export async function saveBookingContactAction(previous: FormState<ContactField>, form: FormData): Promise<FormState<ContactField>> {
  const values = {
    email: field(form, "email").toLowerCase(),
    fullName: field(form, "fullName").replace(/\s+/g, " "),
    phone: field(form, "phone"),
  };
  const errors: FormState<ContactField>["errors"] = {};
  const problems = { email: checkEmail(values.email), fullName: checkName(values.fullName), phone: checkPhone(values.phone) };
  for (const [name, problem] of Object.entries(problems)) if (problem) errors[name as ContactField] = problem;
  if (hasErrors(errors)) return failed(previous, errors, values);

  const id = await getCartId();
  const cart = id ? await getCartById(id) : null;
  if (!cart?.ok) return failed(previous, {}, values, { code: cart ? "backend" : "cartExpired" });
  if (!cart.data || cart.data.completed || !isBookingOnly(cart.data.items)) return failed(previous, {}, values, { code: "cartExpired" });

  const customer = await getCustomer();
  if (customer.ok && customer.data && cart.data.customerId !== customer.data.id) await transferCartToCustomer(cart.data.id);
  const saved = await setBookingContact(cart.data.id, values.email, { fullName: values.fullName, phone: normalizePhone(values.phone)! });
  if (!saved) return failed(previous, {}, values, { code: "backend" });
  const locale = field(form, "locale");
  return redirect({ href: "/checkout", locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale });
}
