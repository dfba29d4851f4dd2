import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { AddressForm } from "@/components/account/address-form";
import { LoginForm } from "@/components/account/login-form";
import { RegisterForm } from "@/components/account/register-form";
import { AddressBlock } from "@/components/checkout/address-block";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { Price } from "@/components/product/price";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { placeChoices } from "@/lib/address-places";
import { orderStage } from "@/lib/commerce-map";
import { getCustomer, listAddresses, listOrders } from "@/lib/customer";
import { deleteAddressAction, logoutAction } from "@/components/account/actions";

interface AccountPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function generateMetadata({ params }: AccountPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("accountTitle"), alternates: localeAlternates("/account", locale), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: AccountPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Account" });
  const tReset = await getTranslations({ locale, namespace: "PasswordReset" });
  const customer = await getCustomer();

  if (!customer.ok) {
    return <BackendUnavailablePage title={t("title")} />;
  }

  if (!customer.data) {
    const { next: rawNext } = await searchParams;
    const next = (Array.isArray(rawNext) ? rawNext[0] : rawNext) ?? null;
    return (
      <div className="container section account-page">
        <h1>{t("title")}</h1>
        {next === "/checkout" && <p className="notice notice--info">{t("checkoutHint")}</p>}
        <div className="account-page__auth">
          <section className="panel" aria-labelledby="login-title">
            <h2 id="login-title">{t("loginTitle")}</h2>
            <LoginForm next={next} />
            <p>
              <Link href="/account/reset-password">{tReset("forgot")}</Link>
            </p>
          </section>
          <section className="panel" aria-labelledby="register-title">
            <h2 id="register-title">{t("registerTitle")}</h2>
            <p className="panel__intro">{t("registerIntro")}</p>
            <RegisterForm next={next} />
          </section>
        </div>
      </div>
    );
  }

  const me = customer.data;
  const [orders, addresses] = await Promise.all([listOrders(), listAddresses()]);
  const format = await getFormatter({ locale });
  const ts = await getTranslations({ locale, namespace: "Order" });
  const tc = await getTranslations({ locale, namespace: "Checkout" });

  return (
    <div className="container section account-page">
      <div className="account-page__head">
        <div>
          <h1>{t("greeting", { name: me.fullName || me.email })}</h1>
          <p className="account-page__email">{me.email}</p>
        </div>
        <form action={logoutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--quiet">
            {t("logOut")}
          </button>
        </form>
      </div>
      <AccountNav current="account" />

      <section className="panel" aria-labelledby="orders-title">
        <h2 id="orders-title">{t("ordersTitle")}</h2>
        {!orders.ok ? (
          <BackendNotice />
        ) : orders.data.length === 0 ? (
          <p>
            {t("noOrders")} <Link href="/search">{t("startShopping")}</Link>
          </p>
        ) : (
          <ul className="order-list">
            {orders.data.map((order) => (
              <li key={order.id} className="order-list__item">
                <Link href={`/account/orders/${order.id}`} className="order-list__link">
                  {t("orderNumber", { number: order.displayId ?? order.id })}
                </Link>
                {order.createdAt && (
                  <span className="order-list__date">{format.dateTime(new Date(order.createdAt), { dateStyle: "medium" })}</span>
                )}
                <span className={`order-stage order-stage--${orderStage(order)}`}>{ts(`stages.${orderStage(order)}`)}</span>
                <Price money={order.total} className="price order-list__total" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="addresses-title">
        <h2 id="addresses-title">{t("addressesTitle")}</h2>
        {!addresses.ok ? (
          <BackendNotice />
        ) : addresses.data.length === 0 ? (
          <p>{t("noAddresses")}</p>
        ) : (
          <ul className="address-list">
            {addresses.data.map((address) => (
              <li key={address.id} className="address-list__item">
                <AddressBlock address={address} />
                <form action={deleteAddressAction}>
                  <input type="hidden" name="addressId" value={address.id} />
                  <button type="submit" className="button button--text button--small">
                    {t("deleteAddress")}
                    <span className="visually-hidden">: {address.street}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <h3 className="panel__subtitle">{t("addAddress")}</h3>
        <AddressForm
          places={placeChoices(null)}
        />
      </section>
    </div>
  );
}
