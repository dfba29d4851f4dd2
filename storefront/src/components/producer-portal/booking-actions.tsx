"use client";

import { useLocale, useTranslations } from "next-intl";
import { serveBookingAction } from "./actions";
import type { BookingAction } from "@/lib/producer-portal/types";
import { PortalForm } from "./portal-form";

/** The steps a producer can take on one booking now: confirm, visited, no-show, cancel with a reason. */
export function BookingActions({ orderId, lineId, actions, refundNote }: { orderId: string; lineId: string; actions: BookingAction[]; refundNote: string }) {
  const t = useTranslations("ProducerPortal.bookings");
  const tp = useTranslations("ProducerPortal");
  const locale = useLocale();
  const hidden = (action: BookingAction) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="action" value={action} />
    </>
  );
  return (
    <div className="pp-booking__actions">
      {actions
        .filter((a) => a !== "cancel")
        .map((action) => (
          <PortalForm
            key={action}
            action={serveBookingAction}
            submitLabel={t(`actions.${action}`)}
            pendingLabel={tp("saving")}
            className={`pp-form pp-form--inline pp-booking__${action}`}
            buttonClassName={action === "confirm" || action === "visited" ? "button" : "button button--quiet"}
          >
            {hidden(action)}
          </PortalForm>
        ))}
      {actions.includes("cancel") && (
        <details className="pp-booking__cancel">
          <summary>{t("actions.cancel")}</summary>
          <PortalForm action={serveBookingAction} submitLabel={t("actions.cancel")} pendingLabel={tp("saving")} className="pp-form" buttonClassName="button button--quiet">
            {hidden("cancel")}
            <p className="pp-table__sub">{refundNote}</p>
            <div className="field">
              <label htmlFor={`pp-cancel-${lineId}`}>
                {t("cancelReason")}
              </label>
              <textarea id={`pp-cancel-${lineId}`} name="reason" rows={2} maxLength={500} required />
            </div>
          </PortalForm>
        </details>
      )}
    </div>
  );
}
