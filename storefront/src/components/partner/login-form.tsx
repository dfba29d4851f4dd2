"use client";

import { useTranslations } from "next-intl";
import { partnerLoginAction } from "./actions";
import { LoginForm } from "@/components/forms/login-form";
import { initialPartnerForm } from "@/lib/partner/form";
import { usePartnerForm } from "./use-partner-form";

export function PartnerLoginForm() {
  const t = useTranslations("PartnerPortal");
  return (
    <LoginForm
      action={partnerLoginAction}
      initialState={initialPartnerForm<"email" | "password">()}
      useFeedback={usePartnerForm}
      idPrefix="partner-login"
      emailAutoComplete="username"
      texts={{ email: t("email"), password: t("password"), submit: t("logIn"), pending: t("loggingIn") }}
    />
  );
}
