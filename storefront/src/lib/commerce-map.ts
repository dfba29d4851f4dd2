// Maps Medusa carts, orders, shipping options and customers onto the storefront's
// own types, and builds the addresses it sends. Pure: no I/O. The answers are typed
// (./wire-types.ts) but still read defensively: field selections vary by call.

import type { HttpTypes } from "@medusajs/types";
import { getCommune, getProvince, resolveAddressPlace } from "@ocop/vn-places";
import type {
  AddressView,
  CartLineView,
  CartView,
  CustomerView,
  GuestPartnerChoice,
  Money,
  OrderView,
  PaymentChoice,
  PaymentKind,
  SavedAddressView,
  ParcelView,
  ShippingMethodView,
  ShippingOptionView,
  VietQrView,
} from "./types";
import { bookingOf } from "./experiences/booking";
import { asNumber, asText, text } from "./wire";
import type {
  AddressWire,
  CartWire,
  GuestDeliveryPartnersAnswer,
  LineItemWire,
  OrderWire,
  ParcelWire,
  ShippingOptionWire,
  VietQrAnswer,
} from "./wire-types";

/** Where the address forms start: the marketplace's home province, where most OCOP buyers are. */
export const DEFAULT_PROVINCE_CODE = "22";
export const COUNTRY_CODE = "vn";

/** The objects of a list the answer may leave out (field selections vary); anything else skipped. */
function entries<T extends object>(value: readonly (T | null | undefined)[] | null | undefined): T[] {
  return Array.isArray(value) ? value.filter((r): r is T => r !== null && typeof r === "object" && !Array.isArray(r)) : [];
}

function money(amount: number | null | undefined, currencyCode: string): Money {
  return { amount: asNumber(amount) ?? 0, currencyCode };
}

/**
 * A person's name from Medusa's two fields. The checkout stores the whole name
 * in first_name; where both are set, last_name is the family name (họ), which
 * Vietnamese puts first: "Nguyễn" + "Lan" → "Nguyễn Lan".
 */
export function fullName(first: string | null | undefined, last: string | null | undefined): string {
  return [text(last), text(first)].filter(Boolean).join(" ");
}

/** The current unit an address is in: by the codes the backend stores, else by its names. */
function communeOf(address: AddressWire): { code: string | null; name: string | null; provinceCode: string | null } {
  const code = asText(address.metadata?.commune_code);
  const city = text(address.city);
  const province = text(address.province);
  const byCode = code ? getCommune(code) : undefined;
  const byName = !byCode && city && province ? resolveAddressPlace({ province, city }) : null;
  const commune = byCode ?? (byName?.ok ? byName.commune : undefined);
  if (commune) return { code: commune.code, name: commune.fullName, provinceCode: commune.provinceCode };
  return { code: null, name: city, provinceCode: null };
}

export function toAddressView(address: AddressWire | null | undefined): AddressView | null {
  if (!address) return null;
  const street = text(address.address_1);
  const name = fullName(address.first_name, address.last_name);
  const commune = communeOf(address);
  if (!street && !name && !commune.name) return null;
  // The metadata of a delivery to a partner's hotel or cruise (docs/architecture.md, Addresses).
  const partnerId = asText(address.metadata?.partner_id);
  return {
    fullName: name,
    phone: text(address.phone),
    street: [street, text(address.address_2)].filter(Boolean).join(", "),
    provinceCode: commune.provinceCode,
    communeCode: commune.code,
    communeName: commune.name,
    province: text(address.province),
    partner: partnerId ? { id: partnerId, name: text(address.company), room: asText(address.metadata?.room) ?? "" } : null,
  };
}

/** An address is complete when it can be delivered to: name, phone, street and a known commune. */
export function isCompleteAddress(address: AddressView | null): address is AddressView {
  return !!address && !!address.fullName && !!address.phone && !!address.street && !!address.communeCode;
}

export interface AddressInput {
  fullName: string;
  phone: string;
  street: string;
  provinceCode: string;
  communeCode: string;
}

/** The Medusa address for a validated checkout or address-book entry: official names and codes (the address contract). */
export function toAddressPayload(input: AddressInput) {
  const commune = getCommune(input.communeCode);
  const province = getProvince(input.provinceCode);
  return {
    first_name: input.fullName,
    last_name: "",
    phone: input.phone,
    address_1: input.street,
    city: commune?.name ?? "",
    province: province?.name ?? "",
    country_code: COUNTRY_CODE,
    metadata: { province_code: input.provinceCode, commune_code: input.communeCode },
  };
}

export interface GuestDeliveryInput {
  fullName: string;
  phone: string;
  partnerId: string;
  room: string;
}

/** A delivery to a partner's hotel or cruise: the backend writes the partner's address in it (src/api/partner/lib/guest-delivery.ts). */
export function toGuestDeliveryPayload(input: GuestDeliveryInput) {
  return {
    first_name: input.fullName,
    last_name: "",
    phone: input.phone,
    country_code: COUNTRY_CODE,
    metadata: { partner_id: input.partnerId, room: input.room },
  };
}

/** The public list of partners that accept deliveries, for the checkout's choice. */
export function toGuestPartnerChoices(body: GuestDeliveryPartnersAnswer | null | undefined): GuestPartnerChoice[] {
  return entries(body?.partners).flatMap((p) => {
    const a = p.address;
    const id = text(p.id);
    const name = text(p.display_name);
    if (!a || !id || !name) return [];
    const commune = getCommune(text(a.commune_code) ?? "");
    const address = [text(a.address_1), commune?.fullName ?? text(a.city), text(a.province)].filter(Boolean).join(", ");
    return [{ id, name, kind: text(p.kind) ?? "other", address }];
  });
}

function variantTitle(item: LineItemWire, productTitle: string): string | null {
  const title = text(item.variant_title);
  if (!title || title === productTitle || /^default( variant)?$/i.test(title)) return null;
  return title;
}

export function toLineView(value: LineItemWire, currencyCode: string): CartLineView {
  const productTitle = text(value.product_title) ?? text(value.title) ?? "";
  const quantity = asNumber(value.quantity) ?? 0;
  const unitPrice = asNumber(value.unit_price) ?? 0;
  return {
    id: text(value.id) ?? "",
    productId: text(value.product_id) ?? text(value.product?.id),
    variantId: text(value.variant_id),
    productHandle: text(value.product_handle) ?? text(value.product?.handle),
    productTitle,
    variantTitle: variantTitle(value, productTitle),
    thumbnail: text(value.thumbnail),
    quantity,
    unitPrice: { amount: unitPrice, currencyCode },
    total: money(value.total ?? unitPrice * quantity, currencyCode),
    booking: bookingOf(value.metadata),
  };
}

function byCreation(a: LineItemWire, b: LineItemWire): number {
  return String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""));
}

/** The parcels a shipping method or a calculated price lists (`data.parcels`, docs/architecture.md). */
export function toParcelViews(parcels: readonly ParcelWire[] | null | undefined, currencyCode: string): ParcelView[] {
  return entries(parcels).flatMap((parcel) => {
    const producerHandle = text(parcel.producer_handle);
    const amount = asNumber(parcel.amount);
    if (!producerHandle || amount === null) return [];
    return [{ producerHandle, producerName: text(parcel.producer_name), weightG: asNumber(parcel.weight_g) ?? 0, amount: { amount, currencyCode } }];
  });
}

function shippingMethod(cart: Partial<CartWire>, currencyCode: string): ShippingMethodView | null {
  const method = entries(cart.shipping_methods)[0];
  if (!method) return null;
  return {
    optionId: text(method.shipping_option_id),
    name: text(method.name) ?? "",
    amount: money(method.total ?? method.amount, currencyCode),
    parcels: toParcelViews(method.data?.parcels, currencyCode),
    cashOnDelivery: method.data?.payment === "cod",
  };
}

function discount(value: number | null | undefined, currencyCode: string): Money | null {
  const amount = asNumber(value);
  return amount ? { amount, currencyCode } : null;
}

export function toCartView(value: CartWire | null | undefined): CartView {
  const cart: Partial<CartWire> = value ?? {};
  const currencyCode = text(cart.currency_code) ?? "vnd";
  const items = entries(cart.items).sort(byCreation).map((item) => toLineView(item, currencyCode));
  const method = shippingMethod(cart, currencyCode);
  return {
    id: text(cart.id) ?? "",
    regionId: text(cart.region_id),
    email: text(cart.email),
    customerId: text(cart.customer_id),
    items,
    // Pieces of goods, but a booking once: 26 people and a jar of honey are 2 things, not 27.
    itemCount: items.reduce((sum, item) => sum + (item.booking ? 1 : item.quantity), 0),
    subtotal: money(cart.item_total ?? cart.item_subtotal, currencyCode),
    shipping: method ? money(cart.shipping_total, currencyCode) : null,
    discount: discount(cart.discount_total, currencyCode),
    total: money(cart.total, currencyCode),
    shippingAddress: toAddressView(cart.shipping_address),
    shippingMethod: method,
    completed: !!cart.completed_at,
  };
}

export function toShippingOptionView(option: ShippingOptionWire | null | undefined): ShippingOptionView | null {
  const id = text(option?.id);
  if (!option || !id) return null;
  const calculated = option.calculated_price;
  const amount = asNumber(option.amount) ?? asNumber(calculated?.calculated_amount);
  const currencyCode = text(calculated?.currency_code) ?? "vnd";
  const window = calculated?.window;
  const minDays = asNumber(window?.min_days);
  const maxDays = asNumber(window?.max_days);
  return {
    id,
    name: text(option.name) ?? id,
    amount: amount === null ? null : { amount, currencyCode },
    window: minDays !== null && maxDays !== null && maxDays > 0 ? { minDays, maxDays } : null,
    parcels: toParcelViews(calculated?.parcels, currencyCode),
  };
}

/** Which of our payment kinds a Medusa payment provider id stands for. */
export function paymentKindOf(providerId: string | null): PaymentKind | null {
  if (!providerId) return null;
  if (providerId === "pp_vietqr_vietqr") return "vietqr";
  if (providerId === "pp_cod_cod" || providerId === "pp_system_default") return "cod";
  return null;
}

function orderPayment(order: OrderWire): PaymentKind | null {
  for (const collection of entries(order.payment_collections)) {
    for (const payment of [...entries(collection.payments), ...entries(collection.payment_sessions)]) {
      const kind = paymentKindOf(text(payment.provider_id));
      if (kind) return kind;
    }
  }
  return null;
}

export function toOrderView(order: OrderWire | null | undefined): OrderView | null {
  const id = text(order?.id);
  if (!order || !id) return null;
  const currencyCode = text(order.currency_code) ?? "vnd";
  const method = entries(order.shipping_methods)[0];
  const createdAt = order.created_at;
  return {
    id,
    displayId: asNumber(order.display_id),
    createdAt: createdAt instanceof Date ? createdAt.toISOString() : text(createdAt),
    email: text(order.email),
    customerId: text(order.customer_id),
    status: text(order.status),
    paymentStatus: text(order.payment_status),
    fulfillmentStatus: text(order.fulfillment_status),
    items: entries(order.items).sort(byCreation).map((item) => toLineView(item, currencyCode)),
    subtotal: money(order.item_total ?? order.item_subtotal, currencyCode),
    shipping: method ? money(order.shipping_total, currencyCode) : null,
    discount: discount(order.discount_total, currencyCode),
    total: money(order.total, currencyCode),
    shippingAddress: toAddressView(order.shipping_address),
    shippingMethodName: method ? text(method.name) : null,
    parcels: method ? toParcelViews(method.data?.parcels, currencyCode) : [],
    payment: orderPayment(order),
  };
}

export function toVietQrView(body: VietQrAnswer | null | undefined): VietQrView | null {
  const status = text(body?.status);
  if (!body || (status !== "awaiting_transfer" && status !== "paid" && status !== "canceled")) return null;
  const png = text(body.png);
  return {
    status,
    amount: asNumber(body.amount),
    reference: text(body.reference),
    bankName: text(body.bank_name),
    accountNumber: text(body.account_number),
    accountName: text(body.account_name),
    payBefore: text(body.pay_before),
    // Only an image data URL is shown: never markup from the wire.
    png: png && png.startsWith("data:image/png;base64,") ? png : null,
  };
}

export function toCustomerView(
  customer: Pick<HttpTypes.StoreCustomer, "id" | "email" | "first_name" | "last_name" | "phone"> | null | undefined,
): CustomerView | null {
  const id = text(customer?.id);
  const email = text(customer?.email);
  if (!customer || !id || !email) return null;
  return { id, email, fullName: fullName(customer.first_name, customer.last_name), phone: text(customer.phone) };
}

export function toSavedAddresses(addresses: readonly HttpTypes.StoreCustomerAddress[] | null | undefined): SavedAddressView[] {
  return entries(addresses).flatMap((record) => {
    const id = text(record.id);
    const address = toAddressView(record);
    return id && address ? [{ ...address, id }] : [];
  });
}

const PAYMENT_ORDER: readonly PaymentKind[] = ["cod", "vietqr"];

/**
 * The payment methods to offer, from the region's providers: cash on delivery
 * (pp_cod_cod; Medusa's pp_system_default stands in for it where the COD
 * provider is not installed) and VietQR transfer. Providers this storefront
 * cannot take payment with (e.g. cards, which need a card form) are left out.
 */
export function toPaymentChoices(providers: readonly { id: string }[]): PaymentChoice[] {
  const ids = new Set(providers.map((p) => p.id));
  const choices: PaymentChoice[] = [];
  for (const kind of PAYMENT_ORDER) {
    const candidates = kind === "cod" ? ["pp_cod_cod", "pp_system_default"] : ["pp_vietqr_vietqr"];
    const providerId = candidates.find((id) => ids.has(id));
    if (providerId) choices.push({ providerId, kind });
  }
  return choices;
}

export type OrderStage = "processing" | "shipping" | "delivered" | "canceled";

/** Where an order stands, in the words a shopper cares about. */
export function orderStage(order: Pick<OrderView, "status" | "fulfillmentStatus">): OrderStage {
  if (order.status === "canceled") return "canceled";
  const fulfillment = order.fulfillmentStatus ?? "";
  if (fulfillment === "delivered" || fulfillment === "partially_delivered") return "delivered";
  if (fulfillment === "shipped" || fulfillment === "partially_shipped") return "shipping";
  return "processing";
}
