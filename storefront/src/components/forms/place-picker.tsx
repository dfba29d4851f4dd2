"use client";

import { describeFormer, matchCommunes, type CommuneEntry, type CommuneKind } from "@ocop/vn-places/dist/match";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { PlaceChoices } from "@/lib/address-places";
import { SelectField } from "./fields";

// Province first, then its ward, commune or special zone. The communes of a province
// come from /api/places/{code} when it is chosen (the request leaves in the change event;
// one per province, cached here and by the browser), and a
// search box finds one by its name typed without accents or by a unit merged into it on
// 1 July 2025, saying what it was ("Trúc Bạch" → Phường Ba Đình, formerly phường Trúc Bạch).

const loaded = new Map<string, CommuneEntry[]>();
// One request per province however often it is chosen; a failed one is forgotten so a later choice retries.
const pending = new Map<string, Promise<CommuneEntry[]>>();

function loadCommunes(provinceCode: string): Promise<CommuneEntry[]> {
  let request = pending.get(provinceCode);
  if (!request) {
    request = fetch(`/api/places/${provinceCode}`)
      .then((response) => {
        if (!response.ok) throw new Error(`places ${provinceCode}: ${response.status}`);
        return response.json() as Promise<CommuneEntry[]>;
      })
      .then((communes) => {
        loaded.set(provinceCode, communes);
        return communes;
      });
    request.catch(() => pending.delete(provinceCode));
    pending.set(provinceCode, request);
  }
  return request;
}

const KIND_VI: Record<CommuneKind, string> = { ward: "Phường", commune: "Xã", special_zone: "Đặc khu" };
const KIND_EN: Record<CommuneKind, string> = { ward: "ward", commune: "commune", special_zone: "special zone" };

function communeLabel(commune: CommuneEntry, locale: string): string {
  return locale === "vi" ? `${KIND_VI[commune.kind]} ${commune.name}` : `${commune.name} ${KIND_EN[commune.kind]}`;
}

interface PlacePickerProps {
  idPrefix: string;
  places: PlaceChoices;
  /** What the form had: the shopper's last choice after an error, or a saved address. */
  provinceCode?: string;
  communeCode?: string;
  provinceError?: string | null;
  communeError?: string | null;
  explained?: boolean;
}

export function PlacePicker({ idPrefix, places, provinceCode: initialProvince, communeCode: initialCommune, provinceError, communeError, explained }: PlacePickerProps) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const lang = locale === "en" ? "en" : "vi";
  loaded.set(places.provinceCode, places.communes);
  const [provinceCode, setProvinceCode] = useState(initialProvince || places.provinceCode);
  const [communes, setCommunes] = useState<CommuneEntry[] | null>(loaded.get(initialProvince || places.provinceCode) ?? null);
  const [communeCode, setCommuneCode] = useState(initialCommune ?? "");
  const [query, setQuery] = useState("");
  const [failed, setFailed] = useState(false);
  const resultsId = useId();
  // Both selects are uncontrolled (defaultValue): React resets a form after its action, and a
  // reset puts each select back to its default, which must be what the shopper chose.
  const communeSelect = useRef<HTMLSelectElement>(null);

  // The province the shopper chose last: an answer for an earlier choice is dropped.
  const wanted = useRef(provinceCode);
  const show = (code: string) => {
    wanted.current = code;
    const known = loaded.get(code);
    if (code && !known) {
      loadCommunes(code).then(
        // Rendered at once, not in a later task: the list is what the shopper waits for.
        (list) => wanted.current === code && flushSync(() => setCommunes(list)),
        () => wanted.current === code && setFailed(true),
      );
    }
    setCommunes(known ?? null);
    setFailed(false);
  };
  // A form that comes back with a province other than the page's: load its communes once.
  useEffect(() => {
    if (!loaded.has(wanted.current)) show(wanted.current);
  }, []);

  const list = communes ?? [];
  const matches = query.trim() ? matchCommunes(list, query, 8) : [];
  const chosen = list.find((c) => c.code === communeCode);

  return (
    <>
      <SelectField
        id={`${idPrefix}-province`}
        name="provinceCode"
        label={t("province")}
        hint={explained ? t("provinceHint") : undefined}
        required
        defaultValue={provinceCode}
        error={provinceError}
        onChange={(event) => {
          // The request leaves in the event itself, before React renders anything.
          show(event.target.value);
          setProvinceCode(event.target.value);
          setCommuneCode("");
          if (communeSelect.current) communeSelect.current.value = "";
          setQuery("");
        }}
      >
        <option value="">{t("provincePlaceholder")}</option>
        {places.provinces.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </SelectField>

      <div className="field place-search">
        <label htmlFor={`${idPrefix}-commune-search`}>{t("communeSearch")}</label>
        <p id={`${idPrefix}-commune-search-hint`} className="field__hint">
          {t("communeSearchHint")}
        </p>
        <input
          id={`${idPrefix}-commune-search`}
          type="search"
          autoComplete="off"
          value={query}
          disabled={!communes}
          aria-describedby={`${idPrefix}-commune-search-hint`}
          aria-controls={resultsId}
          onChange={(event) => setQuery(event.target.value)}
        />
        <ul id={resultsId} className="place-search__results" aria-live="polite">
          {query.trim() && matches.length === 0 && <li className="place-search__empty">{t("communeNoMatch")}</li>}
          {matches.map((m) => (
            <li key={m.commune.code}>
              <button
                type="button"
                className="place-search__result"
                onClick={() => {
                  setCommuneCode(m.commune.code);
                  if (communeSelect.current) communeSelect.current.value = m.commune.code;
                  setQuery("");
                }}
              >
                <span className="place-search__name">{communeLabel(m.commune, lang)}</span>
                {m.former && <span className="place-search__was">{t("communeWas", { place: describeFormer(m.former, lang) })}</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>

      <SelectField
        id={`${idPrefix}-commune`}
        name="communeCode"
        label={t("commune")}
        hint={explained ? t("communeHint") : undefined}
        ref={communeSelect}
        required
        defaultValue={communeCode}
        error={communeError ?? (failed ? t("communesFailed") : null)}
        aria-busy={!communes}
        onChange={(event) => setCommuneCode(event.target.value)}
      >
        <option value="">{communes ? t("communePlaceholder") : t("communesLoading")}</option>
        {list.map((c) => (
          <option key={c.code} value={c.code}>
            {communeLabel(c, lang)}
          </option>
        ))}
      </SelectField>
      {chosen && chosen.formerly.length > 0 && (
        <p className="field__hint place-search__chosen">
          {t("communeMadeOf", { places: chosen.formerly.slice(0, 4).map((f) => describeFormer(f, lang)).join("; ") + (chosen.formerly.length > 4 ? "…" : "") })}
        </p>
      )}
    </>
  );
}
