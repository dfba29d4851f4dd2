import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { OrderDetails } from "@/components/order/order-details";
import { VietQrPanel } from "@/components/order/vietqr-panel";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import { getCustomer } from "@/lib/customer";
import { formatMoney } from "@/lib/money";
import { getOrder, getVietQr } from "@/lib/orders";
import { rememberedOrderToken } from "@/lib/session";

interface ConfirmationProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

export async function generateMetadata({ params }: ConfirmationProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("orderConfirmedTitle"), robots: { index: false, follow: false } };
}

/**
 * The page a buyer lands on after placing an order. Its details (address, phone) are shown only
 * to the customer it belongs to, or to whoever holds the order's access token: the link the
 * checkout leads to (`?token=`) or this browser, which placed it. The backend decides.
 */
export default async function OrderConfirmedPage({ params, searchParams }: ConfirmationProps) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const { token: linked } = await searchParams;
  const token = (typeof linked === "string" && linked) || (await rememberedOrderToken(id));
  const t = await getTranslations({ locale, namespace: "Order" });
  const [orderResult, customerResult] = await Promise.all([getOrder(id, token), getCustomer()]);

  if (!orderResult.ok) {
    return <BackendUnavailablePage title={t("confirmedTitle")} />;
  }
  const order = orderResult.data;
  const customer = customerResult.ok ? customerResult.data : null;
  // Unknown and not ours look the same: the backend answers 404 to both.
  if (!order) {
    return (
      <div className="container section page-message">
        <h1>{t("privateTitle")}</h1>
        <p>{t("privateText")}</p>
        <p className="page-message__actions">
          <Link href="/account" className="button">
            {t("logIn")}
          </Link>
          <Link href="/" className="button button--quiet">
            {t("continueShopping")}
          </Link>
        </p>
      </div>
    );
  }

  const qr = order.payment === "vietqr" ? await getVietQr(order) : null;
  const total = formatMoney(order.total, locale);

  return (
    <div className="container section confirmation-page">
      <div className="confirmation-page__head" role="status">
        <h1>{t("confirmedTitle")}</h1>
        <p className="confirmation-page__lead">
          {t.rich("confirmedText", {
            number: order.displayId ?? order.id,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      </div>
      {order.payment === "cod" && <p className="notice notice--info">{t("codNote", { total })}</p>}
      {order.payment === "vietqr" &&
        (qr ? <VietQrPanel qr={qr} /> : <p className="notice notice--info">{t("vietqr.unavailable", { total })}</p>)}
      <OrderDetails order={order} />
      <p className="page-message__actions">
        <Link href="/search" className="button">
          {t("continueShopping")}
        </Link>
        {customer && (
          <Link href="/account" className="button button--quiet">
            {t("viewOrders")}
          </Link>
        )}
      </p>
    </div>
  );
}
