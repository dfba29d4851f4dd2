"use client";

import { useTranslations } from "next-intl";
import { partnerLoginAction } from "./actions";
import { LoginForm } from "@/components/forms/login-form";
import { initialFormState } from "@/lib/form-state";
import type { PartnerProblem } from "@/lib/partner/checks";
import { usePartnerForm } from "./use-partner-form";

export function PartnerLoginForm() {
  const t = useTranslations("PartnerPortal");
  return (
    <LoginForm
      action={partnerLoginAction}
      initialState={initialFormState<"email" | "password", PartnerProblem>()}
      useFeedback={usePartnerForm}
      idPrefix="partner-login"
      emailAutoComplete="username"
      texts={{ email: t("email"), password: t("password"), submit: t("logIn"), pending: t("loggingIn") }}
    />
  );
}
