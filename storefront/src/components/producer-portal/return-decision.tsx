"use client";

import { useLocale, useTranslations } from "next-intl";
import { decideReturnAction } from "./actions";
import { PortalForm } from "./portal-form";

/** Accept a return, or refuse it with the reason the buyer reads. */
export function ReturnDecision({ returnId }: { returnId: string }) {
  const t = useTranslations("Returns.producer");
  const tp = useTranslations("ProducerPortal");
  const locale = useLocale();
  const hidden = (decision: "accept" | "refuse") => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="return_id" value={returnId} />
      <input type="hidden" name="decision" value={decision} />
    </>
  );
  return (
    <div className="pp-booking__actions">
      <PortalForm action={decideReturnAction} submitLabel={t("accept")} pendingLabel={tp("saving")} className="pp-form pp-form--inline">
        {hidden("accept")}
      </PortalForm>
      <details>
        <summary>{t("refuse")}</summary>
        <PortalForm action={decideReturnAction} submitLabel={t("refuse")} pendingLabel={tp("saving")} className="pp-form" buttonClassName="button button--quiet">
          {hidden("refuse")}
          <div className="field">
            <label htmlFor={`pp-refuse-${returnId}`}>{t("reason")}</label>
            <textarea id={`pp-refuse-${returnId}`} name="reason" rows={2} minLength={5} maxLength={1000} required />
          </div>
        </PortalForm>
      </details>
    </div>
  );
}
