"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/forms/fields";
import { PhotoUpload } from "@/components/forms/photo-upload";
import { SubmitButton } from "@/components/forms/submit-button";
import { disputeReturnAction, requestReturnAction, type ReturnFormState } from "./return-actions";

const initial: ReturnFormState = { seq: 0, ok: false, error: null };

interface ReturnPanelProps {
  orderId: string;
  /** Delivered goods lines still returnable: id, title, quantity left. */
  lines: Array<{ id: string; title: string; left: number }>;
  /** Paid in cash or by VietQR: the refund goes to a bank account the buyer gives. */
  needsBank: boolean;
  /** Refused returns the buyer may still dispute. */
  refused: Array<{ id: string }>;
}

/** The account order page's return request (and dispute of a refusal); the server checks everything again. */
export function ReturnPanel({ orderId, lines, needsBank, refused }: ReturnPanelProps) {
  const t = useTranslations("Returns");
  const [state, action] = useActionState(requestReturnAction, initial);
  const [disputeState, dispute] = useActionState(disputeReturnAction, initial);
  return (
    <>
      {/* Outside the form: once everything left is asked for, the refreshed page has no form to show. */}
      {state.ok && (
        <p className="notice notice--info" role="status" data-testid="return-sent">
          {t("sent")}
        </p>
      )}
      {lines.length > 0 && (
        <form action={action} className="checkout-form return-form" data-testid="return-form">
          <h3>{t("ask")}</h3>
          <p className="pp-hint">{t("windowHint")}</p>
          <input type="hidden" name="order_id" value={orderId} />
          {state.error && <FormAlert>{t(`errors.${state.error}`)}</FormAlert>}
          {lines.map((line) => (
            <label key={line.id} className="field">
              <span>{t("quantityOf", { title: line.title, left: line.left })}</span>
              <input type="number" name={`qty:${line.id}`} min={0} max={line.left} defaultValue={0} inputMode="numeric" />
            </label>
          ))}
          <label className="field">
            <span>{t("reason")}</span>
            <textarea name="reason" required minLength={5} maxLength={1000} rows={3} />
          </label>
          {/* The backend takes at most 6 photos a return (backend/src/api/store/returns/validators.ts). */}
          <PhotoUpload name="photo" max={6} label={t("photos")} />
          {needsBank && (
            <fieldset>
              <legend>{t("bankLegend")}</legend>
              <label className="field">
                <span>{t("bankBin")}</span>
                <input name="bank_bin" inputMode="numeric" pattern="\d{6}" required />
              </label>
              <label className="field">
                <span>{t("accountNumber")}</span>
                <input name="account_number" required />
              </label>
              <label className="field">
                <span>{t("accountName")}</span>
                <input name="account_name" required />
              </label>
            </fieldset>
          )}
          <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
        </form>
      )}
      {refused.map((r) => (
        <form key={r.id} action={dispute} className="checkout-form return-form">
          <input type="hidden" name="return_id" value={r.id} />
          {disputeState.error && <FormAlert>{t(`errors.${disputeState.error}`)}</FormAlert>}
          <label className="field">
            <span>{t("disputeNote")}</span>
            <textarea name="note" required minLength={5} maxLength={1000} rows={2} />
          </label>
          <SubmitButton pendingLabel={t("sending")}>{t("dispute")}</SubmitButton>
        </form>
      ))}
    </>
  );
}
