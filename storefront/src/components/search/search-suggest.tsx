"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

// Its styles, search-suggest.css, load with the site's stylesheet (app/layout.tsx).

/** What the storefront's /{locale}/search/suggest route answers. */
export interface SuggestAnswer {
  q: string;
  count: number;
  suggestions: { handle: string; title: string; href: string; detail: string }[];
  /** The search page for what was typed. */
  allHref: string;
}

const MIN_CHARS = 2;
const DEBOUNCE_MS = 150;

/**
 * The header's search box, suggesting products as the shopper types (an ARIA combobox). Without
 * JavaScript it is the plain input of the surrounding GET form.
 */
export function SearchSuggest({ inputId, placeholder }: { inputId: string; placeholder: string }) {
  const t = useTranslations("Header");
  const locale = useLocale();
  const router = useRouter();
  const listId = useId();
  const [answer, setAnswer] = useState<SuggestAnswer | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | null>(null);

  const input = useRef<HTMLInputElement>(null);

  // Submitting the search closes the list, and an answer still on its way does not reopen it
  // over the results page (issue #23).
  useEffect(() => {
    const form = input.current?.form;
    const close = () => {
      clearTimeout(timer.current);
      pending.current?.abort();
      setOpen(false);
    };
    form?.addEventListener("submit", close);
    return () => {
      form?.removeEventListener("submit", close);
      clearTimeout(timer.current);
      pending.current?.abort();
    };
  }, []);

  function ask(text: string) {
    clearTimeout(timer.current);
    pending.current?.abort();
    const q = text.trim();
    if (q.length < MIN_CHARS) {
      setAnswer(null);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      pending.current = controller;
      try {
        const response = await fetch(`/${locale}/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as SuggestAnswer;
        setAnswer(body);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still searches on Enter.
      }
    }, DEBOUNCE_MS);
  }

  const items = answer?.suggestions ?? [];
  const expanded = open && answer !== null;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape") {
      setOpen(false);
      return;
    }
    if (!expanded || items.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Cycles through the options and back to the input itself (-1).
      const size = items.length + 1;
      setActive((i) => ((((i + 1 + step) % size) + size) % size) - 1);
    } else if (event.key === "Enter" && active >= 0 && active < items.length) {
      event.preventDefault();
      setOpen(false);
      router.push(items[active]!.href);
    }
  }

  return (
    <div className="suggest">
      <input
        ref={input}
        id={inputId}
        className="search-form__input"
        type="search"
        name="q"
        placeholder={placeholder}
        enterKeyHint="search"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < items.length ? `${listId}-${active}` : undefined}
        onChange={(event) => ask(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => answer && setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div className="suggest__panel" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={t("suggestionsLabel")} className="suggest__list">
          {items.map((item, index) => (
            <li
              key={item.handle}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="suggest__option"
              // Keep the focus in the input, so the blur does not close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setOpen(false);
                router.push(item.href);
              }}
            >
              <span className="suggest__title">{item.title}</span>
              <span className="suggest__detail">{item.detail}</span>
            </li>
          ))}
        </ul>
        {answer && (
          <a className="suggest__all" href={answer.allHref} onMouseDown={(event) => event.preventDefault()}>
            {answer.count > 0 ? t("suggestionsAll", { count: answer.count, query: answer.q }) : t("suggestionsNone", { query: answer.q })}
          </a>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {expanded ? t("suggestionsCount", { count: items.length }) : ""}
      </p>
    </div>
  );
}
