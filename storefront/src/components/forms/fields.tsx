import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from "react";

// Labelled form fields whose hint and error are tied to the control with
// aria-describedby, and which say aria-invalid when there is an error. Plain
// components: usable in server and client components alike.

interface FieldShell {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The problem with the value, already in the shopper's language. */
  error?: string | null;
  /** Shown after the label, e.g. "(optional)". */
  labelNote?: ReactNode;
  className?: string;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  ) : null;
}

/** Label, hint, the control and its error; the control gets the matching aria attributes. */
function Field({ id, label, hint, error, labelNote, className, control }: FieldShell & { control: (aria: ControlAria) => ReactNode }) {
  return (
    <div className={`field${error ? " field--invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>
        {label}
        {labelNote && <span className="field__note"> {labelNote}</span>}
      </label>
      <Hint id={id} hint={hint} />
      {control({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      <ErrorText id={id} error={error} />
    </div>
  );
}

interface ControlAria {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

type TextFieldProps = FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;

export function TextField({ id, label, hint, error, labelNote, className, ...input }: TextFieldProps) {
  return <Field {...{ id, label, hint, error, labelNote, className }} control={(aria) => <input {...aria} {...input} />} />;
}

// React 19 passes `ref` as a prop: it reaches the <select>.
type SelectFieldProps = FieldShell & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> & { ref?: Ref<HTMLSelectElement> };

export function SelectField({ id, label, hint, error, labelNote, className, children, ...select }: SelectFieldProps) {
  return (
    <Field
      {...{ id, label, hint, error, labelNote, className }}
      control={(aria) => (
        <select {...aria} {...select}>
          {children}
        </select>
      )}
    />
  );
}

/** A problem with the whole form, announced when it appears. */
export function FormAlert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div id={id} className="notice notice--error" role="alert">
      {children}
    </div>
  );
}
