import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { OrderDetails } from "@/components/order/order-details";
import { OrderReturns } from "@/components/order/order-returns";
import { OrderReviews } from "@/components/order/order-reviews";
import { VietQrPanel } from "@/components/order/vietqr-panel";
import { pageLocale } from "@/i18n/locale";
import { Link, redirect } from "@/i18n/navigation";
import { orderStage } from "@/lib/commerce-map";
import { getCustomer } from "@/lib/customer";
import { getOrder, getVietQr } from "@/lib/orders";

interface AccountOrderProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: AccountOrderProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("orderTitle"), robots: { index: false, follow: false } };
}

/** One of the logged-in customer's orders. */
export default async function AccountOrderPage({ params }: AccountOrderProps) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Order" });
  const customer = await getCustomer();
  if (customer.ok && !customer.data) redirect({ href: "/account", locale });
  const order = customer.ok ? await getOrder(id) : null;

  if (!customer.ok || !order?.ok) {
    return <BackendUnavailablePage title={t("orderTitle")} />;
  }
  // Someone else's order is answered like a missing one.
  if (!order.data || order.data.customerId !== customer.data?.id) notFound();
  const view = order.data;
  const stage = orderStage(view);
  const qr = view.payment === "vietqr" && stage !== "canceled" ? await getVietQr(view) : null;

  return (
    <div className="container section order-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/account">{t("account")}</Link>
          </li>
          <li aria-current="page">{t("orderHeading", { number: view.displayId ?? view.id })}</li>
        </ol>
      </nav>
      <h1>{t("orderHeading", { number: view.displayId ?? view.id })}</h1>
      <p className={`order-stage order-stage--${stage}`}>{t(`stages.${stage}`)}</p>
      {/* Awaiting: the code to pay; paid: the receipt of the transfer. */}
      {qr && <VietQrPanel qr={qr} />}
      <OrderDetails order={view} />
      <OrderReviews order={view} stage={stage} locale={locale} />
      <OrderReturns order={view} stage={stage} locale={locale} />
    </div>
  );
}
