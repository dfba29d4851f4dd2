import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AddressBlock } from "@/components/checkout/address-block";
import { BookingContactForm } from "@/components/booking/contact-form";
import { DetailsForm } from "@/components/checkout/details-form";
import { OrderSummary } from "@/components/checkout/order-summary";
import { PaymentStep } from "@/components/checkout/payment-step";
import { ShippingForm } from "@/components/checkout/shipping-form";
import { defaultShippingOptionId, shippingOptionName } from "@/lib/shipping-names";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { getCart, listGuestDeliveryPartners, listPaymentChoices, listShippingOptions, quoteShippingByPayment } from "@/lib/cart";
import { placeChoices } from "@/lib/address-places";
import { isCompleteAddress } from "@/lib/commerce-map";
import { getCustomer, listAddresses } from "@/lib/customer";
import { isBookingOnly, withoutCodForBookings } from "@/lib/experiences/booking";
import { getBookingContact } from "@/lib/experiences/server";
import { formatMoney } from "@/lib/money";
import { shippingDetail } from "@/lib/shipping-options";
import { codRefusalFor, withoutRefusedCod } from "@/lib/payments/cod";
import type { CartView, CustomerView, PaymentChoice } from "@/lib/types";
import { formatPhone } from "@/lib/validation";

type Step = "details" | "shipping" | "payment";
const STEPS: readonly Step[] = ["details", "shipping", "payment"];

interface CheckoutPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}

export async function generateMetadata({ params }: CheckoutPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("checkoutTitle"), alternates: localeAlternates("/checkout", locale), robots: { index: false } };
}

/**
 * The step to show: the first one not done yet, or an earlier one the shopper asked to change.
 * A cart of experience bookings only needs the buyer's contact, and no shipping.
 */
function currentStep(cart: CartView, requested: string | undefined, bookingContact: boolean): Step {
  const bookingOnly = isBookingOnly(cart.items);
  const detailsDone = !!cart.email && (bookingOnly ? bookingContact : isCompleteAddress(cart.shippingAddress));
  if (!detailsDone || requested === "details") return "details";
  if (bookingOnly) return "payment";
  if (!cart.shippingMethod || requested === "shipping") return "shipping";
  return "payment";
}

/** What the details form starts with: the cart's, else the logged-in customer's and their first saved address. */
async function detailsDefaults(cart: CartView, customer: CustomerView | null) {
  let from = cart.shippingAddress;
  if (!from && customer) {
    const addresses = await listAddresses();
    from = addresses.ok ? (addresses.data[0] ?? null) : null;
  }
  const phone = from?.phone ?? customer?.phone ?? null;
  // A cart addressed to a hotel or cruise shows that choice again, not the partner's street as the buyer's.
  const partner = cart.shippingAddress?.partner ?? null;
  return {
    deliverTo: partner ? "partner" : "home",
    partnerId: partner?.id ?? "",
    room: partner?.room ?? "",
    email: cart.email ?? customer?.email ?? "",
    fullName: from?.fullName || customer?.fullName || "",
    phone: phone ? formatPhone(phone) : "",
    provinceCode: (!partner && from?.provinceCode) || "",
    communeCode: (!partner && from?.communeCode) || "",
    street: (!partner && from?.street) || "",
  };
}

/**
 * What the buyer pays by each kind of payment: the shipping is priced with the payment, and cash on
 * delivery adds the carrier's collection fee (docs/architecture.md, Shipping). Without a quote the
 * cart's own total is shown and no fee is announced.
 */
async function totalsByPayment(cart: CartView, choices: readonly PaymentChoice[]) {
  const method = cart.shippingMethod;
  if (!method?.optionId) return null;
  const quote = await quoteShippingByPayment(cart.id, method.optionId);
  if (!quote.ok || !quote.data) return null;
  const base = cart.total.amount - method.amount.amount;
  const money = (amount: number) => ({ amount, currencyCode: cart.total.currencyCode });
  const fee = quote.data.cod - quote.data.prepaid;
  return {
    prepaid: money(base + quote.data.prepaid),
    cod: choices.some((c) => c.kind === "cod") && fee > 0 ? { total: money(base + quote.data.cod), fee: money(fee) } : null,
  };
}

function StepSection({
  step,
  index,
  state,
  title,
  editHref,
  editLabel,
  children,
}: {
  step: Step;
  index: number;
  state: "done" | "current" | "later";
  title: string;
  editHref?: string;
  editLabel?: string;
  children?: ReactNode;
}) {
  return (
    <section
      className={`checkout-step checkout-step--${state}`}
      aria-labelledby={`step-${step}-title`}
      aria-current={state === "current" ? "step" : undefined}
    >
      <div className="checkout-step__head">
        <h2 id={`step-${step}-title`} className="checkout-step__title">
          <span className="checkout-step__number" aria-hidden="true">
            {index + 1}
          </span>
          {title}
        </h2>
        {state === "done" && editHref && (
          <Link href={editHref} className="checkout-step__edit">
            {editLabel}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

export default async function CheckoutPage({ params, searchParams }: CheckoutPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Checkout" });
  const [cartResult, customerResult] = await Promise.all([getCart(), getCustomer()]);

  if (!cartResult.ok) {
    return <BackendUnavailablePage title={t("title")} />;
  }
  const cart = cartResult.data;
  if (!cart || cart.items.length === 0) {
    return (
      <div className="container section page-message">
        <h1>{t("title")}</h1>
        <EmptyState>
          <p>{t("emptyCart")}</p>
          <Link href="/search" className="button">
            {t("browse")}
          </Link>
        </EmptyState>
      </div>
    );
  }

  const customer = customerResult.ok ? customerResult.data : null;
  const { step: rawStep } = await searchParams;
  const bookingOnly = isBookingOnly(cart.items);
  const bookingContact = bookingOnly ? await getBookingContact(cart.id) : null;
  const step = currentStep(cart, Array.isArray(rawStep) ? rawStep[0] : rawStep, !!bookingContact);
  const position = STEPS.indexOf(step);
  const stateOf = (s: Step) => (STEPS.indexOf(s) < position ? "done" : s === step ? "current" : "later");

  // Cash on delivery needs a Vietnamese phone and a total within the limit: otherwise say why.
  const codRefused = bookingOnly ? null : codRefusalFor(cart);
  const [shippingOptions, paymentChoices] = await Promise.all([
    step === "shipping" ? listShippingOptions(cart.id) : null,
    step === "payment" && cart.regionId
      ? listPaymentChoices(cart.regionId).then((r) => withoutRefusedCod(withoutCodForBookings(r, cart.items), codRefused))
      : null,
  ]);
  const detailsInitial = step === "details" ? await detailsDefaults(cart, customer) : null;
  const totals = paymentChoices?.ok ? await totalsByPayment(cart, paymentChoices.data) : null;
  // Hotels and cruises that accept deliveries for their guests: without them (or the backend), only an address.
  const guestPartners = detailsInitial && !bookingOnly ? await listGuestDeliveryPartners() : null;
  const tb = await getTranslations({ locale, namespace: "Booking" });
  const ts = await getTranslations({ locale, namespace: "Shipping" });
  const shippingNames = await getTranslations({ locale, namespace: "ShippingNames" });

  return (
    <div className="container section checkout-page">
      <h1>{t("title")}</h1>
      <p className="checkout-page__account">
        {customer ? (
          t("loggedInAs", { email: customer.email })
        ) : (
          <>
            {t("haveAccount")}{" "}
            <Link href={{ pathname: "/account", query: { next: "/checkout" } }}>{t("logIn")}</Link>
          </>
        )}
      </p>

      <ol className="checkout-progress" aria-label={t("progressLabel")}>
        {STEPS.map((s, index) => (
          <li key={s} className={`checkout-progress__step checkout-progress__step--${stateOf(s)}`} aria-current={s === step ? "step" : undefined}>
            <span className="checkout-progress__number" aria-hidden="true">
              {index + 1}
            </span>
            {t(bookingOnly && s === "details" ? "steps.contact" : `steps.${s}`)}
            {stateOf(s) === "done" && <span className="visually-hidden"> ({t("stepDone")})</span>}
          </li>
        ))}
      </ol>

      <div className="checkout-page__layout">
        <div className="checkout-page__steps">
          <StepSection
            step="details"
            index={0}
            state={stateOf("details")}
            title={t(bookingOnly ? "steps.contact" : "steps.details")}
            editHref="/checkout?step=details"
            editLabel={t("change")}
          >
            {detailsInitial && bookingOnly ? (
              <BookingContactForm
                initial={{
                  email: detailsInitial.email,
                  fullName: bookingContact?.fullName ?? detailsInitial.fullName,
                  phone: bookingContact ? formatPhone(bookingContact.phone) : detailsInitial.phone,
                }}
              />
            ) : bookingOnly ? (
              bookingContact && (
                <div className="checkout-step__summary">
                  <p>{cart.email}</p>
                  <p>
                    {bookingContact.fullName} · {formatPhone(bookingContact.phone)}
                  </p>
                </div>
              )
            ) : detailsInitial ? (
              <DetailsForm
                initial={detailsInitial}
                places={placeChoices(detailsInitial.provinceCode)}
                partners={guestPartners?.ok ? guestPartners.data : []}
              />
            ) : (
              cart.shippingAddress && (
                <div className="checkout-step__summary">
                  <p>{cart.email}</p>
                  <AddressBlock address={cart.shippingAddress} />
                </div>
              )
            )}
          </StepSection>

          <StepSection
            step="shipping"
            index={1}
            state={stateOf("shipping")}
            title={t("steps.shipping")}
            editHref={bookingOnly ? undefined : "/checkout?step=shipping"}
            editLabel={t("change")}
          >
            {bookingOnly && <p className="checkout-step__summary">{tb("noShipping")}</p>}
            {shippingOptions &&
              (!shippingOptions.ok ? (
                <BackendNotice />
              ) : shippingOptions.data.length === 0 ? (
                <p className="notice notice--warning">{t("noShipping")}</p>
              ) : (
                <ShippingForm
                  options={shippingOptions.data.map((o) => ({
                    id: o.id,
                    name: shippingOptionName(o.name, shippingNames),
                    price: o.amount ? (o.amount.amount === 0 ? t("free") : formatMoney(o.amount, locale)) : t("priceLater"),
                    detail: shippingDetail(o, ts),
                  }))}
                  selectedId={defaultShippingOptionId(shippingOptions.data, cart.shippingMethod?.optionId ?? null)}
                />
              ))}
            {stateOf("shipping") === "done" && cart.shippingMethod && (
              <p className="checkout-step__summary">
                {shippingOptionName(cart.shippingMethod.name, shippingNames)} · {formatMoney(cart.shippingMethod.amount, locale)}
              </p>
            )}
          </StepSection>

          <StepSection step="payment" index={2} state={stateOf("payment")} title={t("steps.payment")}>
            {paymentChoices && codRefused && (
              <p className="notice cod-refused">
                {codRefused.code === "foreign_phone"
                  ? t("codForeignPhone")
                  : t("codOverLimit", { limit: formatMoney({ amount: codRefused.limit, currencyCode: "vnd" }, locale) })}
              </p>
            )}
            {/* Says why cash on delivery is missing instead of leaving it out silently. */}
            {paymentChoices?.ok && cart.items.some((i) => i.booking) && <p className="notice notice--info cod-note">{tb("codNotForBookings")}</p>}
            {paymentChoices &&
              (!paymentChoices.ok ? (
                <BackendNotice />
              ) : paymentChoices.data.length === 0 ? (
                <p className="notice notice--warning">{t("noPayment")}</p>
              ) : (
                <PaymentStep
                  cartId={cart.id}
                  regionId={cart.regionId ?? ""}
                  choices={paymentChoices.data}
                  total={formatMoney(totals?.prepaid ?? cart.total, locale)}
                  cod={totals?.cod ? { total: formatMoney(totals.cod.total, locale), fee: formatMoney(totals.cod.fee, locale) } : null}
                />
              ))}
          </StepSection>
        </div>
        <OrderSummary cart={cart} />
      </div>
    </div>
  );
}
