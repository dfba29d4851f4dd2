"use client";

import { useState } from "react";

interface CopySnippetProps {
  id: string;
  label: string;
  code: string;
  copyLabel: string;
  copiedLabel: string;
}

/** Read-only code with a copy button (the text stays selectable without JavaScript). */
export function CopySnippet({ id, label, code, copyLabel, copiedLabel }: CopySnippetProps) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={code} spellCheck={false} onFocus={(e) => e.currentTarget.select()} style={{ fontFamily: "monospace", fontSize: "0.85rem" }} />
      <button
        type="button"
        className="button button--quiet button--small"
        style={{ justifySelf: "start" }}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(code);
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          } catch {
            document.getElementById(id)?.focus();
          }
        }}
      >
        {copyLabel}
      </button>
      <span role="status" aria-live="polite">
        {copied ? ` ${copiedLabel}` : ""}
      </span>
    </div>
  );
}
