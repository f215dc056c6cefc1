// The toolbar popup: the active draft's findings and the page-profile audit.
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"

import { t } from "../i18n"
import { AuditResults } from "../report/AuditResults"
import { reportSummary, reportToJson } from "../report/profile-report"
import { FindingList } from "./FindingList"
import { usePopupStore, type PastedProfile } from "./popup-store"

type Tab = "draft" | "profile"

const extensionPage = (path: string) => browser.runtime.getURL(path)

function DraftTab() {
  const status = usePopupStore((state) => state.draftStatus)
  if (!status.monitored) {
    return (
      <div className="pg-unmonitored" data-pg="popup-unmonitored">
        <strong>{t("popup_not_monitored")}</strong>
        <p>{status.reason ? t(status.reason) : ""}</p>
      </div>
    )
  }
  return <FindingList findings={status.findings} catalogUrl={(ruleId) => extensionPage(`tabs/sandbox.html#rule-${ruleId}`)} />
}

function PasteField({ name, label, multiline }: { name: keyof PastedProfile; label: string; multiline?: boolean }) {
  const value = usePopupStore((state) => state.pasted[name])
  const paste = usePopupStore((state) => state.paste)
  if (typeof value === "boolean") {
    return (
      <label className="pg-check">
        <input type="checkbox" name={name} checked={value} onChange={(event) => paste({ [name]: event.currentTarget.checked })} />
        {label}
      </label>
    )
  }
  return (
    <label className="pg-field">
      <span>{label}</span>
      {multiline ? (
        <textarea name={name} rows={4} value={value} onChange={(event) => paste({ [name]: event.currentTarget.value })} />
      ) : (
        <input name={name} value={value} onChange={(event) => paste({ [name]: event.currentTarget.value })} />
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

function ProfileTab() {
  const { checks, pageProfile, runAudit, saveReport } = usePopupStore()
  const counts = { pass: 0, fail: 0, unknown: 0 }
  for (const check of checks) counts[check.status]++
  return (
    <div data-pg="profile-tab">
      <p className="pg-muted">{pageProfile ? t("popup_profile_read") : t("popup_profile_paste")}</p>
      <details open={!pageProfile}>
        <summary>{t("popup_paste_texts")}</summary>
        <PasteField name="pageName" label={t("popup_page_name")} />
        <PasteField name="category" label={t("popup_category")} />
        <PasteField name="about" label={t("popup_about")} multiline />
        <PasteField name="commentPolicy" label={t("popup_comment_policy")} multiline />
        <PasteField name="links" label={t("popup_links")} />
        <PasteField name="commentsEnabled" label={t("popup_comments_enabled")} />
        <button type="button" onClick={runAudit}>
          {t("popup_run_audit")}
        </button>
      </details>
      <p data-pg="audit-summary">{t("popup_audit_summary", String(counts.pass), String(counts.fail), String(counts.unknown))}</p>
      <AuditResults checks={checks} />
      <div className="pg-actions">
        <button
          type="button"
          onClick={async () => {
            const report = await saveReport()
            const summary = reportSummary(report)
            download(`profile-audit-${report.createdAt.slice(0, 10)}-${summary.fail}-failing.json`, reportToJson(report))
          }}>
          {t("popup_export_json")}
        </button>
        <button
          type="button"
          onClick={async () => {
            await saveReport()
            await browser.tabs.create({ url: extensionPage("tabs/report.html") })
          }}>
          {t("popup_printable")}
        </button>
      </div>
    </div>
  )
}

export function PopupPage() {
  const [tab, setTab] = useState<Tab>("draft")
  const { loaded, load, draftStatus } = usePopupStore()
  useEffect(() => {
    void load()
  }, [load])
  const blocking = draftStatus.findings.filter((finding) => finding.severity === "block").length
  return (
    <main className="pg-popup">
      <header>
        <h1>PostGuard</h1>
        <nav>
          <a href={extensionPage("tabs/sandbox.html")} target="_blank" rel="noreferrer">
            {t("open_sandbox")}
          </a>
          {" · "}
          <a href={extensionPage("options.html")} target="_blank" rel="noreferrer">
            {t("popup_options")}
          </a>
          {" · "}
          <a href={extensionPage("tabs/records.html")} target="_blank" rel="noreferrer">
            {t("popup_records")}
          </a>
        </nav>
      </header>
      <div role="tablist" className="pg-tabs">
        <button role="tab" aria-selected={tab === "draft"} onClick={() => setTab("draft")}>
          {t("popup_tab_draft")}
          {blocking > 0 && <span className="pg-count">{blocking}</span>}
        </button>
        <button role="tab" aria-selected={tab === "profile"} onClick={() => setTab("profile")}>
          {t("popup_tab_profile")}
        </button>
      </div>
      <div role="tabpanel">{!loaded ? <p>{t("options_loading")}</p> : tab === "draft" ? <DraftTab /> : <ProfileTab />}</div>
    </main>
  )
}
