"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { partnerApplyAction } from "./actions";
import { FormAlert, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { ApplicationField, PartnerProblem } from "@/lib/partner/checks";
import { PARTNER_KINDS } from "@/lib/partner/types";
import { usePartnerForm } from "./use-partner-form";

/** The application; `withPassword` when it also creates the login. */
export function ApplicationForm({ withPassword }: { withPassword: boolean }) {
  const t = useTranslations("PartnerPortal");
  const locale = useLocale();
  const [state, action] = useActionState(partnerApplyAction, initialFormState<ApplicationField, PartnerProblem>());
  const { formRef, message } = usePartnerForm(state);
  const v = state.values;
  const text = (name: ApplicationField) => ({ name, defaultValue: v[name] ?? "", error: message(state.errors[name]) });
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="account-form__fields">
        <TextField id="apply-display-name" label={t("displayName")} hint={t("displayNameHint")} required autoComplete="organization" {...text("displayName")} />
        <TextField id="apply-legal-name" label={t("legalName")} required {...text("legalName")} />
        <SelectField id="apply-kind" label={t("kind")} required {...text("kind")}>
          <option value="">—</option>
          {PARTNER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField id="apply-contact-name" label={t("contactName")} required autoComplete="name" {...text("contactName")} />
        <TextField id="apply-phone" type="tel" label={t("phone")} required autoComplete="tel" inputMode="tel" {...text("phone")} />
        <TextField id="apply-website" type="url" label={t("website")} labelNote={t("optional")} autoComplete="url" inputMode="url" {...text("website")} />
        <TextField id="apply-email" type="email" label={t("email")} required autoComplete="email" inputMode="email" {...text("email")} />
        {withPassword && (
          <TextField
            id="apply-password"
            name="password"
            type="password"
            label={t("password")}
            hint={t("passwordHint")}
            required
            autoComplete="new-password"
            error={message(state.errors.password)}
          />
        )}
      </div>
      <SubmitButton pendingLabel={t("applying")} className="button button--block">
        {t("apply")}
      </SubmitButton>
    </form>
  );
}
