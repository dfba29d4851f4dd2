"use client";

import { useActionState, useEffect, useRef, useTransition, type ReactNode } from "react";
import { initialMessageState, type MessageState } from "@/lib/form-state";

type Action = (previous: MessageState, form: FormData) => Promise<MessageState>;

interface PortalFormProps {
  action: Action;
  submitLabel: ReactNode;
  pendingLabel: ReactNode;
  children: ReactNode;
  className?: string;
  buttonClassName?: string;
  /** Clear the fields after a success (e.g. a shipment form); kept by default. */
  resetOnSuccess?: boolean;
}

/**
 * A portal form: submits to a server action, keeps what was typed when the server refuses it
 * (React would reset the fields), shows the answer above the button and moves focus to a
 * problem. Without JavaScript it posts as a plain form.
 */
export function PortalForm({ action, submitLabel, pendingLabel, children, className, buttonClassName = "button", resetOnSuccess }: PortalFormProps) {
  const [state, formAction, pending] = useActionState(action, initialMessageState);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const seen = useRef(state.seq);

  useEffect(() => {
    if (state.seq === seen.current) return;
    seen.current = state.seq;
    if (state.ok && resetOnSuccess) formRef.current?.reset();
    if (!state.ok) alertRef.current?.focus();
  }, [state, resetOnSuccess]);

  return (
    <form
      ref={formRef}
      action={formAction}
      className={className ?? "pp-form"}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
    >
      {children}
      {state.message && (
        <div
          ref={alertRef}
          tabIndex={-1}
          className={`notice ${state.ok ? "notice--success" : "notice--error"}`}
          role={state.ok ? "status" : "alert"}
        >
          {state.message}
        </div>
      )}
      <button type="submit" className={buttonClassName} disabled={pending} aria-disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
