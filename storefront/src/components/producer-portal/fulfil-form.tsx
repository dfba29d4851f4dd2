"use client";

import { useLocale, useTranslations } from "next-intl";
import { fulfilAction } from "./actions";
import { TextField } from "@/components/forms/fields";
import { PortalForm } from "./portal-form";

// Carriers producers in Quảng Ninh ship with; any other can be typed.
const CARRIERS = ["Viettel Post", "VNPost", "GHTK", "GHN", "J&T Express"];

/** Ships the producer's remaining items of an order with a carrier and tracking number. */
export function FulfilForm({ orderId }: { orderId: string }) {
  const t = useTranslations("ProducerPortal.orders");
  const tp = useTranslations("ProducerPortal");
  const locale = useLocale();
  return (
    <PortalForm action={fulfilAction} submitLabel={t("ship")} pendingLabel={tp("saving")} className="pp-form pp-form--ship">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <TextField id={`pp-carrier-${orderId}`} name="carrier" label={t("carrier")} list={`pp-carriers-${orderId}`} autoComplete="off" required />
      <datalist id={`pp-carriers-${orderId}`}>
        {CARRIERS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <TextField id={`pp-tracking-${orderId}`} name="tracking_number" label={t("trackingNumber")} autoComplete="off" required />
    </PortalForm>
  );
}
