"use client";

import { useTranslations } from "next-intl";
import { useFocusAfterAnswer } from "@/components/forms/use-form-feedback";
import type { PartnerFormState, PartnerProblem } from "@/lib/partner/checks";

/** For the portal's forms: the shop's focus handling after a failed answer, with the portal's own messages. */
export function usePartnerForm<F extends string>(state: PartnerFormState<F>) {
  const t = useTranslations("PartnerPortal.errors");
  const formRef = useFocusAfterAnswer(state);
  const message = (problem: PartnerProblem | null | undefined): string | null =>
    problem ? t(problem.code, problem.values ?? {}) : null;
  return { formRef, message };
}
