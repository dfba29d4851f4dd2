"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveShelfAction } from "./actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { PartnerProblem, ShelfField } from "@/lib/partner/checks";
import { MAX_NOTE, type PartnerShelfView } from "@/lib/partner/types";
import styles from "./partner.module.css";
import { usePartnerForm } from "./use-partner-form";

/** Titles and notes in both languages; creates the shelf when there is none yet. */
export function ShelfDetailsForm({ shelf }: { shelf: PartnerShelfView | null }) {
  const t = useTranslations("PartnerPortal");
  const locale = useLocale();
  const initial = initialFormState<ShelfField, PartnerProblem>(
    shelf ? { titleVi: shelf.title.vi, titleEn: shelf.title.en, noteVi: shelf.note.vi, noteEn: shelf.note.en } : {},
  );
  const [state, action] = useActionState(saveShelfAction, initial);
  const { formRef, message } = usePartnerForm(state);
  const v = state.values;
  return (
    <form ref={formRef} action={action} className={`account-form ${styles.shelfForm}`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {shelf && <input type="hidden" name="shelfId" value={shelf.id} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className={styles.twoLanguages}>
        <TextField id="shelf-title-vi" name="titleVi" lang="vi" label={t("titleVi")} required maxLength={120} defaultValue={v.titleVi ?? ""} error={message(state.errors.titleVi)} />
        <TextField id="shelf-title-en" name="titleEn" lang="en" label={t("titleEn")} required maxLength={120} defaultValue={v.titleEn ?? ""} error={message(state.errors.titleEn)} />
        <NoteField id="shelf-note-vi" name="noteVi" lang="vi" label={t("noteVi")} hint={t("noteHint")} value={v.noteVi ?? ""} error={message(state.errors.noteVi)} />
        <NoteField id="shelf-note-en" name="noteEn" lang="en" label={t("noteEn")} hint={t("noteHint")} value={v.noteEn ?? ""} error={message(state.errors.noteEn)} />
      </div>
      <div className={styles.formActions}>
        <SubmitButton pendingLabel={t("saving")} className="button">
          {shelf ? t("saveShelf") : t("createShelf")}
        </SubmitButton>
        <p role="status" className={styles.saved}>
          {state.ok && state.seq > 0 ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}

interface NoteFieldProps {
  id: string;
  name: string;
  lang: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
}

function NoteField({ id, name, lang, label, hint, value, error }: NoteFieldProps) {
  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <textarea id={id} name={name} lang={lang} rows={3} maxLength={MAX_NOTE} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
