"use client";

import { useTranslations } from "next-intl";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import type { PartnerFormState, PartnerProblem } from "@/lib/partner/checks";

/**
 * For the portal's forms: the shop's focus handling after a failed answer (it
 * needs only the answer's sequence and outcome), with the portal's own messages.
 */
export function usePartnerForm<F extends string>(state: PartnerFormState<F>) {
  const t = useTranslations("PartnerPortal.errors");
  const { formRef } = useFormFeedback<F>({ seq: state.seq, ok: state.ok, errors: {}, formError: null, values: {} });
  const message = (problem: PartnerProblem | null | undefined): string | null =>
    problem ? t(problem.code, problem.values ?? {}) : null;
  return { formRef, message };
}
