"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

interface SubmitButtonProps {
  children: ReactNode;
  /** Shown while the form is being submitted. */
  pendingLabel: ReactNode;
  className?: string;
  name?: string;
  value?: string;
}

/**
 * Disabled while its form is submitting, so a second click cannot send the form
 * twice (the server guards against it too). Before hydration it is a plain
 * submit button.
 */
export function SubmitButton({ children, pendingLabel, className = "button", name, value }: SubmitButtonProps) {
  const { pending, data } = useFormStatus();
  // With several submit buttons in one form, only the one pressed says it is busy.
  const pressed = !name || data?.get(name) === value;
  return (
    <button type="submit" className={className} name={name} value={value} disabled={pending} aria-disabled={pending}>
      {pending && pressed ? pendingLabel : children}
    </button>
  );
}
