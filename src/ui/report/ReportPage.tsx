// Printable page-profile audit report, for supervisors to file.
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"

import { STORAGE_KEYS } from "~/shared/storage-keys"

import { t } from "../i18n"
import { AuditResults } from "./AuditResults"
import { reportSummary, type ProfileReport } from "./profile-report"

export function ReportPage() {
  const [report, setReport] = useState<ProfileReport | null | undefined>(undefined)
  useEffect(() => {
    void browser.storage.local.get(STORAGE_KEYS.lastProfileReport).then((stored) => {
      setReport((stored[STORAGE_KEYS.lastProfileReport] as ProfileReport | undefined) ?? null)
    })
  }, [])
  if (report === undefined) return <main className="pg-report">{t("options_loading")}</main>
  if (report === null) return <main className="pg-report">{t("report_none")}</main>
  const summary = reportSummary(report)
  return (
    <main className="pg-report">
      <h1>{t("report_title", report.agencyName)}</h1>
      <dl>
        <dt>{t("report_created")}</dt>
        <dd>{new Date(report.createdAt).toLocaleString()}</dd>
        {report.pageUrl && (
          <>
            <dt>{t("report_page")}</dt>
            <dd>{report.pageUrl}</dd>
          </>
        )}
        {report.profile.pageName && (
          <>
            <dt>{t("popup_page_name")}</dt>
            <dd>{report.profile.pageName}</dd>
          </>
        )}
        <dt>{t("report_result")}</dt>
        <dd data-pg="report-summary">{t("popup_audit_summary", String(summary.pass), String(summary.fail), String(summary.unknown))}</dd>
      </dl>
      <button type="button" className="pg-print" onClick={() => window.print()}>
        {t("report_print")}
      </button>
      <AuditResults checks={report.checks} />
    </main>
  )
}
