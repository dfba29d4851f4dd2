"use client";

import { PRODUCER_KINDS } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { applyAction, loginAction, type LoginState } from "./actions";
import type { CommuneGroup } from "@/components/checkout/commune-options";
import { SelectField, TextField } from "@/components/forms/fields";
import { LoginForm as EmailPasswordForm } from "@/components/forms/login-form";
import { useFocusAfterAnswer } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";
import { CommuneSelect } from "./commune-select";
import { PortalForm } from "./portal-form";

/** The action answers in the member's words already: the sentence is shown as it came. */
function useSentenceFeedback(state: LoginState) {
  const formRef = useFocusAfterAnswer(state);
  return { formRef, message: (sentence: string | null | undefined) => sentence ?? null };
}

export function LoginForm() {
  const t = useTranslations("ProducerPortal");
  return (
    <EmailPasswordForm
      action={loginAction}
      initialState={initialFormState<"email" | "password", string>()}
      useFeedback={useSentenceFeedback}
      idPrefix="pp"
      emailAutoComplete="username"
      texts={{ email: t("fields.email"), password: t("fields.password"), submit: t("login.submit"), pending: t("login.pending") }}
    />
  );
}

export function ApplyForm({ communes }: { communes: CommuneGroup[] }) {
  const t = useTranslations("ProducerPortal");
  const locale = useLocale() as "vi" | "en";
  return (
    <PortalForm action={applyAction} submitLabel={t("apply.submit")} pendingLabel={t("apply.pending")} buttonClassName="button button--block">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="pp-fieldset">
        <legend>{t("apply.login")}</legend>
        <TextField id="pp-apply-email" name="email" type="email" label={t("fields.email")} autoComplete="email" required />
        <TextField
          id="pp-apply-password"
          name="password"
          type="password"
          label={t("fields.password")}
          hint={t("apply.passwordHint")}
          autoComplete="new-password"
          minLength={8}
          required
        />
      </fieldset>
      <fieldset className="pp-fieldset">
        <legend>{t("apply.producer")}</legend>
        <TextField id="pp-apply-legal" name="legal_name" label={t("fields.legalName")} hint={t("apply.legalHint")} required />
        <TextField id="pp-apply-display" name="display_name" label={t("fields.displayName")} labelNote={t("optional")} />
        <SelectField id="pp-apply-kind" name="kind" label={t("fields.kind")} defaultValue="cooperative">
          {PRODUCER_KINDS.map((k) => (
            <option key={k.slug} value={k.slug}>
              {k[locale]}
            </option>
          ))}
        </SelectField>
        <TextField id="pp-apply-tax" name="tax_code" label={t("fields.taxCode")} inputMode="numeric" hint={t("apply.taxHint")} required />
        <CommuneSelect id="pp-apply-commune" label={t("fields.commune")} communes={communes} defaultValue="" placeholder={t("apply.chooseCommune")} />
        <TextField id="pp-apply-address" name="address" label={t("fields.address")} labelNote={t("optional")} autoComplete="street-address" />
      </fieldset>
      <fieldset className="pp-fieldset">
        <legend>{t("apply.contact")}</legend>
        <TextField id="pp-apply-contact" name="contact_name" label={t("fields.contactName")} autoComplete="name" required />
        <TextField id="pp-apply-phone" name="contact_phone" type="tel" label={t("fields.contactPhone")} autoComplete="tel" inputMode="tel" required />
      </fieldset>
    </PortalForm>
  );
}
