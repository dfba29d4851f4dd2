// Maps Medusa carts, orders, shipping options and customers onto the storefront's
// own types, and builds the addresses it sends. Pure: no I/O. The wire format is
// read defensively (asRecord / asText) because field selections vary by call.

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
import { asNumber, asRecord, asText, type JsonRecord } from "./wire";

/** Where the address forms start: the marketplace's home province, where most OCOP buyers are. */
export const DEFAULT_PROVINCE_CODE = "22";
export const COUNTRY_CODE = "vn";

function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.map(asRecord).filter((r): r is JsonRecord => r !== null) : [];
}

function money(amount: unknown, currencyCode: string): Money {
  return { amount: asNumber(amount) ?? 0, currencyCode };
}

/**
 * A person's name from Medusa's two fields. The checkout stores the whole name
 * in first_name; where both are set, last_name is the family name (họ), which
 * Vietnamese puts first: "Nguyễn" + "Lan" → "Nguyễn Lan".
 */
export function fullName(first: unknown, last: unknown): string {
  return [asText(last), asText(first)].filter(Boolean).join(" ");
}

/** The current unit an address is in: by the codes the backend stores, else by its names. */
function communeOf(address: JsonRecord): { code: string | null; name: string | null; provinceCode: string | null } {
  const metadata = asRecord(address.metadata);
  const code = asText(metadata?.commune_code);
  const city = asText(address.city);
  const province = asText(address.province);
  const byCode = code ? getCommune(code) : undefined;
  const byName = !byCode && city && province ? resolveAddressPlace({ province, city }) : null;
  const commune = byCode ?? (byName?.ok ? byName.commune : undefined);
  if (commune) return { code: commune.code, name: commune.fullName, provinceCode: commune.provinceCode };
  return { code: null, name: city, provinceCode: null };
}

export function toAddressView(value: unknown): AddressView | null {
  const address = asRecord(value);
  if (!address) return null;
  const street = asText(address.address_1);
  const name = fullName(address.first_name, address.last_name);
  const commune = communeOf(address);
  if (!street && !name && !commune.name) return null;
  const metadata = asRecord(address.metadata);
  const partnerId = asText(metadata?.partner_id);
  return {
    fullName: name,
    phone: asText(address.phone),
    street: [street, asText(address.address_2)].filter(Boolean).join(", "),
    provinceCode: commune.provinceCode,
    communeCode: commune.code,
    communeName: commune.name,
    province: asText(address.province),
    partner: partnerId ? { id: partnerId, name: asText(address.company), room: asText(metadata?.room) ?? "" } : null,
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
export function toGuestPartnerChoices(value: unknown): GuestPartnerChoice[] {
  const list = asRecord(value)?.partners;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const p = asRecord(item);
    const a = asRecord(p?.address);
    const id = asText(p?.id);
    const name = asText(p?.display_name);
    if (!p || !a || !id || !name) return [];
    const commune = getCommune(asText(a.commune_code) ?? "");
    const address = [asText(a.address_1), commune?.fullName ?? asText(a.city), asText(a.province)].filter(Boolean).join(", ");
    return [{ id, name, kind: asText(p.kind) ?? "other", address }];
  });
}

function variantTitle(item: JsonRecord, productTitle: string): string | null {
  const title = asText(item.variant_title);
  if (!title || title === productTitle || /^default( variant)?$/i.test(title)) return null;
  return title;
}

export function toLineView(value: JsonRecord, currencyCode: string): CartLineView {
  const productTitle = asText(value.product_title) ?? asText(value.title) ?? "";
  const quantity = asNumber(value.quantity) ?? 0;
  const unitPrice = asNumber(value.unit_price) ?? 0;
  return {
    id: asText(value.id) ?? "",
    productId: asText(value.product_id) ?? asText(asRecord(value.product)?.id),
    variantId: asText(value.variant_id),
    productHandle: asText(value.product_handle) ?? asText(asRecord(value.product)?.handle),
    productTitle,
    variantTitle: variantTitle(value, productTitle),
    thumbnail: asText(value.thumbnail),
    quantity,
    unitPrice: { amount: unitPrice, currencyCode },
    total: money(value.total ?? unitPrice * quantity, currencyCode),
    booking: bookingOf(value.metadata),
  };
}

function byCreation(a: JsonRecord, b: JsonRecord): number {
  return String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""));
}

/** The parcels a shipping method or a calculated price lists (`data.parcels`, docs/architecture.md). */
export function toParcelViews(value: unknown, currencyCode: string): ParcelView[] {
  return records(value).flatMap((parcel) => {
    const producerHandle = asText(parcel.producer_handle);
    const amount = asNumber(parcel.amount);
    if (!producerHandle || amount === null) return [];
    return [{ producerHandle, producerName: asText(parcel.producer_name), weightG: asNumber(parcel.weight_g) ?? 0, amount: { amount, currencyCode } }];
  });
}

function shippingMethod(cart: JsonRecord, currencyCode: string): ShippingMethodView | null {
  const method = records(cart.shipping_methods)[0];
  if (!method) return null;
  return {
    optionId: asText(method.shipping_option_id),
    name: asText(method.name) ?? "",
    amount: money(method.total ?? method.amount, currencyCode),
    parcels: toParcelViews(asRecord(method.data)?.parcels, currencyCode),
    cashOnDelivery: asRecord(method.data)?.payment === "cod",
  };
}

function discount(value: unknown, currencyCode: string): Money | null {
  const amount = asNumber(value);
  return amount ? { amount, currencyCode } : null;
}

export function toCartView(value: unknown): CartView {
  const cart = asRecord(value) ?? {};
  const currencyCode = asText(cart.currency_code) ?? "vnd";
  const items = records(cart.items).sort(byCreation).map((item) => toLineView(item, currencyCode));
  const method = shippingMethod(cart, currencyCode);
  return {
    id: asText(cart.id) ?? "",
    regionId: asText(cart.region_id),
    email: asText(cart.email),
    customerId: asText(cart.customer_id),
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

export function toShippingOptionView(value: unknown): ShippingOptionView | null {
  const option = asRecord(value);
  const id = asText(option?.id);
  if (!option || !id) return null;
  const calculated = asRecord(option.calculated_price);
  const amount = asNumber(option.amount) ?? asNumber(calculated?.calculated_amount);
  const currencyCode = asText(calculated?.currency_code) ?? "vnd";
  const window = asRecord(calculated?.window);
  const minDays = asNumber(window?.min_days);
  const maxDays = asNumber(window?.max_days);
  return {
    id,
    name: asText(option.name) ?? id,
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

function orderPayment(order: JsonRecord): PaymentKind | null {
  for (const collection of records(order.payment_collections)) {
    for (const payment of [...records(collection.payments), ...records(collection.payment_sessions)]) {
      const kind = paymentKindOf(asText(payment.provider_id));
      if (kind) return kind;
    }
  }
  return null;
}

export function toOrderView(value: unknown): OrderView | null {
  const order = asRecord(value);
  const id = asText(order?.id);
  if (!order || !id) return null;
  const currencyCode = asText(order.currency_code) ?? "vnd";
  const method = records(order.shipping_methods)[0];
  const createdAt = order.created_at;
  return {
    id,
    displayId: asNumber(order.display_id),
    createdAt: createdAt instanceof Date ? createdAt.toISOString() : asText(createdAt),
    email: asText(order.email),
    customerId: asText(order.customer_id),
    status: asText(order.status),
    paymentStatus: asText(order.payment_status),
    fulfillmentStatus: asText(order.fulfillment_status),
    items: records(order.items).sort(byCreation).map((item) => toLineView(item, currencyCode)),
    subtotal: money(order.item_total ?? order.item_subtotal, currencyCode),
    shipping: method ? money(order.shipping_total, currencyCode) : null,
    discount: discount(order.discount_total, currencyCode),
    total: money(order.total, currencyCode),
    shippingAddress: toAddressView(order.shipping_address),
    shippingMethodName: method ? asText(method.name) : null,
    parcels: method ? toParcelViews(asRecord(method.data)?.parcels, currencyCode) : [],
    payment: orderPayment(order),
  };
}

export function toVietQrView(value: unknown): VietQrView | null {
  const body = asRecord(value);
  const status = asText(body?.status);
  if (!body || (status !== "awaiting_transfer" && status !== "paid" && status !== "canceled")) return null;
  const png = asText(body.png) ?? asText(body.png_data_url);
  return {
    status,
    amount: asNumber(body.amount),
    reference: asText(body.reference),
    bankName: asText(body.bank_name),
    accountNumber: asText(body.account_number),
    accountName: asText(body.account_name),
    payBefore: asText(body.pay_before),
    // Only an image data URL is shown: never markup from the wire.
    png: png && png.startsWith("data:image/png;base64,") ? png : null,
  };
}

export function toCustomerView(value: unknown): CustomerView | null {
  const customer = asRecord(value);
  const id = asText(customer?.id);
  const email = asText(customer?.email);
  if (!customer || !id || !email) return null;
  return { id, email, fullName: fullName(customer.first_name, customer.last_name), phone: asText(customer.phone) };
}

export function toSavedAddresses(value: unknown): SavedAddressView[] {
  return records(value).flatMap((record) => {
    const id = asText(record.id);
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
