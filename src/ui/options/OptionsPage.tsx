// The options page: edit, import and export the agency's policy pack.
import { useEffect, useRef, type ReactNode } from "react"

import { effectiveSeverity } from "~/engine/analyze"
import type { PolicyPack } from "~/engine/packs/schema"
import { RULE_SETTINGS, type RuleSetting } from "~/engine/packs/schema"
import { ALL_RULES } from "~/engine/rules"
import { CATEGORIES, type Category } from "~/engine/types"

import { t } from "../i18n"
import { hashImage } from "../image-hash"
import { exportPackJson, linesToList, listToLines } from "./pack-io"
import { useOptionsStore } from "./options-store"

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="pg-section">
      <h2>{title}</h2>
      {children}
    </section>
  )
}

function ListField(props: { label: string; hint?: string; value: readonly string[]; disabled: boolean; name: string; onChange(list: string[]): void }) {
  return (
    <label className="pg-field">
      <span>{props.label}</span>
      {props.hint && <small>{props.hint}</small>}
      <textarea
        name={props.name}
        rows={Math.min(8, Math.max(3, props.value.length + 1))}
        defaultValue={listToLines(props.value)}
        disabled={props.disabled}
        onBlur={(event) => props.onChange(linesToList(event.currentTarget.value))}
      />
    </label>
  )
}

function TextField(props: { label: string; value: string; disabled: boolean; name: string; multiline?: boolean; onChange(value: string): void }) {
  return (
    <label className="pg-field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea name={props.name} rows={6} defaultValue={props.value} disabled={props.disabled} onBlur={(event) => props.onChange(event.currentTarget.value)} />
      ) : (
        <input name={props.name} defaultValue={props.value} disabled={props.disabled} onBlur={(event) => props.onChange(event.currentTarget.value)} />
      )}
    </label>
  )
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }))
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

function Notice() {
  const notice = useOptionsStore((state) => state.notice)
  if (!notice) return null
  if (notice.kind === "error") {
    return (
      <div className="pg-notice pg-notice-error" role="alert" data-pg="options-error">
        <strong>{t(notice.text)}</strong>
        <ul>
          {notice.problems.map((problem) => (
            <li key={`${problem.field}:${problem.reason}`}>
              <code>{problem.field}</code>: {problem.reason}
            </li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <div className="pg-notice" role="status" data-pg="options-notice">
      {t(notice.text)}
    </div>
  )
}

function RuleSeverities({ pack, disabled, onChange }: { pack: PolicyPack; disabled: boolean; onChange(ruleId: string, setting: RuleSetting): void }) {
  return (
    <table className="pg-rules">
      <thead>
        <tr>
          <th>{t("options_rule")}</th>
          <th>{t("options_clause")}</th>
          <th>{t("options_severity")}</th>
        </tr>
      </thead>
      <tbody>
        {ALL_RULES.map((rule) => (
          <tr key={rule.id}>
            <td>
              <strong>{rule.title}</strong>
              <br />
              <code>{rule.id}</code>
            </td>
            <td>
              {rule.citation.source} {rule.citation.clause}
            </td>
            <td>
              <select
                aria-label={`${t("options_severity")}: ${rule.id}`}
                name={`severity-${rule.id}`}
                disabled={disabled}
                value={effectiveSeverity(rule, pack) ?? "off"}
                onChange={(event) => onChange(rule.id, event.currentTarget.value as RuleSetting)}>
                {RULE_SETTINGS.map((setting) => (
                  <option key={setting} value={setting}>
                    {t(`severity_${setting}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function OptionsPage() {
  const { loaded, source, draft, revision, load, edit, save, importJson, resetToBuiltIn } = useOptionsStore()
  const fileInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    void load()
  }, [load])
  if (!loaded || !draft) return <main className="pg-options">{t("options_loading")}</main>
  const readOnly = source === "managed"
  const set = (change: (pack: PolicyPack) => PolicyPack) => edit(change)
  return (
    // The key remounts the uncontrolled fields when a pack is imported or reset.
    <main className="pg-options" key={revision}>
      <header>
        <h1>{t("options_title")}</h1>
        <p data-pg="pack-source">
          {t(`options_source_${source.replace("-", "_")}`, draft.agencyName)}
        </p>
        <nav>
          <a href="/tabs/sandbox.html">{t("open_sandbox")}</a>
          {" · "}
          <a href="/tabs/records.html">{t("open_records")}</a>
        </nav>
      </header>
      <Notice />
      <div className="pg-actions">
        <button type="button" onClick={() => void save()} disabled={readOnly}>
          {t("options_save")}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={readOnly}>
          {t("options_import")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          name="import-pack"
          hidden
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ""
            if (file) await importJson(await file.text())
          }}
        />
        <button type="button" onClick={() => download(`${draft.id}.policy-pack.json`, exportPackJson(draft))}>
          {t("options_export")}
        </button>
        <button type="button" onClick={() => void resetToBuiltIn()} disabled={readOnly}>
          {t("options_reset")}
        </button>
      </div>
      <Section title={t("options_agency")}>
        <TextField name="agencyName" label={t("options_agency_name")} value={draft.agencyName} disabled={readOnly} onChange={(agencyName) => set((pack) => ({ ...pack, agencyName }))} />
        <TextField name="jurisdiction" label={t("options_jurisdiction")} value={draft.jurisdiction} disabled={readOnly} onChange={(jurisdiction) => set((pack) => ({ ...pack, jurisdiction }))} />
        <TextField name="primaryWebsite" label={t("options_primary_website")} value={draft.primaryWebsite} disabled={readOnly} onChange={(primaryWebsite) => set((pack) => ({ ...pack, primaryWebsite }))} />
        <ListField name="officialDomains" label={t("options_domains")} hint={t("options_one_per_line")} value={draft.officialDomains} disabled={readOnly} onChange={(officialDomains) => set((pack) => ({ ...pack, officialDomains }))} />
        {(Object.keys(draft.officialHandles) as Array<keyof PolicyPack["officialHandles"]>).map((platform) => (
          <ListField
            key={platform}
            name={`handles-${platform}`}
            label={t("options_handles", platform)}
            value={draft.officialHandles[platform]}
            disabled={readOnly}
            onChange={(handles) => set((pack) => ({ ...pack, officialHandles: { ...pack.officialHandles, [platform]: handles } }))}
          />
        ))}
        <ListField name="officialPhones" label={t("options_phones")} value={draft.officialPhones} disabled={readOnly} onChange={(officialPhones) => set((pack) => ({ ...pack, officialPhones }))} />
        <ListField name="officialEmails" label={t("options_emails")} value={draft.officialEmails} disabled={readOnly} onChange={(officialEmails) => set((pack) => ({ ...pack, officialEmails }))} />
      </Section>
      <Section title={t("options_people_and_terms")}>
        <ListField name="publicContactEmployees" label={t("options_employees")} hint={t("options_employees_hint")} value={draft.publicContactEmployees} disabled={readOnly} onChange={(publicContactEmployees) => set((pack) => ({ ...pack, publicContactEmployees }))} />
        <ListField name="localPlaces" label={t("options_places")} value={draft.localPlaces} disabled={readOnly} onChange={(localPlaces) => set((pack) => ({ ...pack, localPlaces }))} />
        <ListField name="allowedTerms" label={t("options_allowed_terms")} value={draft.allowedTerms} disabled={readOnly} onChange={(allowedTerms) => set((pack) => ({ ...pack, allowedTerms }))} />
        <ListField
          name="customBlockedTerms"
          label={t("options_blocked_terms")}
          hint={t("options_blocked_terms_hint", CATEGORIES.join(", "))}
          value={draft.customBlockedTerms.map((entry) => `${entry.term} | ${entry.category}`)}
          disabled={readOnly}
          onChange={(lines) =>
            set((pack) => ({
              ...pack,
              customBlockedTerms: lines.map((line) => {
                const [term, category] = line.split("|").map((part) => part.trim())
                return { term, category: (category || "professionalism") as Category }
              })
            }))
          }
        />
      </Section>
      <Section title={t("options_rules")}>
        <RuleSeverities pack={draft} disabled={readOnly} onChange={(ruleId, setting) => set((pack) => ({ ...pack, ruleSeverities: { ...pack.ruleSeverities, [ruleId]: setting } }))} />
      </Section>
      <Section title={t("options_boilerplate")}>
        <TextField name="officialStatement" label={t("options_official_statement")} value={draft.boilerplate.officialStatement} disabled={readOnly} onChange={(officialStatement) => set((pack) => ({ ...pack, boilerplate: { ...pack.boilerplate, officialStatement } }))} />
        <TextField name="aboutParagraph" multiline label={t("options_about_paragraph")} value={draft.boilerplate.aboutParagraph} disabled={readOnly} onChange={(aboutParagraph) => set((pack) => ({ ...pack, boilerplate: { ...pack.boilerplate, aboutParagraph } }))} />
        <TextField name="commentPolicy" multiline label={t("options_comment_policy")} value={draft.boilerplate.commentPolicy} disabled={readOnly} onChange={(commentPolicy) => set((pack) => ({ ...pack, boilerplate: { ...pack.boilerplate, commentPolicy } }))} />
        <ListField name="cityWebsites" label={t("options_city_websites")} value={draft.boilerplate.cityWebsites} disabled={readOnly} onChange={(cityWebsites) => set((pack) => ({ ...pack, boilerplate: { ...pack.boilerplate, cityWebsites } }))} />
        <TextField name="socialMediaPolicyUrl" label={t("options_policy_url")} value={draft.boilerplate.socialMediaPolicyUrl} disabled={readOnly} onChange={(socialMediaPolicyUrl) => set((pack) => ({ ...pack, boilerplate: { ...pack.boilerplate, socialMediaPolicyUrl } }))} />
        <label className="pg-field">
          <span>{t("options_logo")}</span>
          <small>{draft.logo ? t("options_logo_set", draft.logo.perceptualHash) : t("options_logo_unset")}</small>
          <input
            type="file"
            accept="image/*"
            name="logo"
            disabled={readOnly}
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0]
              if (!file) return
              const perceptualHash = await hashImage(file)
              set((pack) => ({ ...pack, logo: { perceptualHash, maxDistance: pack.logo?.maxDistance ?? 10 } }))
            }}
          />
        </label>
      </Section>
      <Section title={t("options_audit")}>
        <label className="pg-check">
          <input
            type="checkbox"
            name="includeDraftText"
            checked={draft.audit.includeDraftText}
            disabled={readOnly}
            onChange={(event) => {
              const includeDraftText = event.currentTarget.checked
              set((pack) => ({ ...pack, audit: { includeDraftText } }))
            }}
          />
          {t("options_include_draft_text")}
        </label>
      </Section>
    </main>
  )
}
