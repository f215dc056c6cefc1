// Removed comments kept for public records requests: search, filter, export, retention.
import { useState } from "react"

import { archiveToCsv, archiveToJson } from "~/moderation/archive-export"
import { REMOVAL_STATUSES } from "~/moderation/removed-comment"
import { PLATFORMS } from "~/engine/types"

import { platformLabel, t } from "../i18n"
import { downloadText, safeHttpUrl } from "./download"
import { filteredRecords, useRecordsStore } from "./records-store"

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : "—"
}

function RetentionPanel() {
  const { retention, due, setRetention, dispose } = useRecordsStore()
  const [confirmedBy, setConfirmedBy] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <section className="pg-retention" data-pg="retention">
      <h2>{t("records_retention")}</h2>
      <label>
        {t("records_retention_years")}{" "}
        <input
          type="number"
          name="retention-years"
          min={1}
          max={100}
          value={retention.years}
          onChange={(event) => {
            const years = Number(event.currentTarget.value)
            if (Number.isInteger(years) && years >= 1) void setRetention({ years })
          }}
        />
      </label>
      <p className="pg-muted">{t("records_retention_note")}</p>
      {due.length === 0 ? (
        <p data-pg="retention-due">{t("records_none_due")}</p>
      ) : (
        <form
          data-pg="retention-due"
          onSubmit={async (event) => {
            event.preventDefault()
            if (!window.confirm(t("records_dispose_confirm", String(due.length)))) return
            try {
              await dispose(confirmedBy)
              setProblem(null)
            } catch (error) {
              setProblem(error instanceof Error ? error.message : String(error))
            }
          }}>
          <p>{t("records_due", String(due.length))}</p>
          <label>
            {t("records_confirmed_by")} <input name="confirmed-by" required value={confirmedBy} onChange={(event) => setConfirmedBy(event.currentTarget.value)} />
          </label>{" "}
          <button type="submit">{t("records_dispose", String(due.length))}</button>
          {problem && <p role="alert">{problem}</p>}
        </form>
      )}
    </section>
  )
}

export function ArchiveView() {
  const state = useRecordsStore()
  const { query, setQuery, records } = state
  const shown = filteredRecords(state)
  const ruleIds = [...new Set(records.flatMap((record) => record.ruleIds))].sort()
  const stamp = new Date().toISOString().slice(0, 10)
  return (
    <div data-pg="archive">
      <div className="pg-filters" role="search">
        <input type="search" name="archive-search" placeholder={t("records_search")} aria-label={t("records_search")} value={query.text ?? ""} onChange={(event) => setQuery({ text: event.currentTarget.value || undefined })} />
        <select name="platform" aria-label={t("records_platform")} value={query.platform ?? ""} onChange={(event) => setQuery({ platform: (event.currentTarget.value || undefined) as typeof query.platform })}>
          <option value="">{t("records_all_platforms")}</option>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {platformLabel(platform)}
            </option>
          ))}
        </select>
        <select name="rule" aria-label={t("records_rule")} value={query.ruleId ?? ""} onChange={(event) => setQuery({ ruleId: event.currentTarget.value || undefined })}>
          <option value="">{t("records_all_rules")}</option>
          {ruleIds.map((ruleId) => (
            <option key={ruleId} value={ruleId}>
              {ruleId}
            </option>
          ))}
        </select>
        <select name="status" aria-label={t("records_status")} value={query.status ?? ""} onChange={(event) => setQuery({ status: (event.currentTarget.value || undefined) as typeof query.status })}>
          <option value="">{t("records_all_statuses")}</option>
          {REMOVAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`records_status_${status}`)}
            </option>
          ))}
        </select>
        <label>
          {t("records_from")} <input type="date" name="from" value={query.from ?? ""} onChange={(event) => setQuery({ from: event.currentTarget.value || undefined })} />
        </label>
        <label>
          {t("records_to")} <input type="date" name="to" value={query.to ?? ""} onChange={(event) => setQuery({ to: event.currentTarget.value || undefined })} />
        </label>
      </div>
      <div className="pg-actions">
        <span data-pg="archive-count">{t("records_count", String(shown.length), String(records.length))}</span>
        <button type="button" onClick={() => downloadText(`removed-comments-${stamp}.csv`, archiveToCsv(shown), "text/csv")}>
          {t("records_export_csv")}
        </button>
        <button type="button" onClick={() => downloadText(`removed-comments-${stamp}.json`, archiveToJson(shown), "application/json")}>
          {t("records_export_json")}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="pg-muted">{records.length === 0 ? t("records_empty") : t("records_no_match")}</p>
      ) : (
        <table className="pg-records-table">
          <thead>
            <tr>
              <th>{t("records_removed_at")}</th>
              <th>{t("records_platform")}</th>
              <th>{t("records_poster")}</th>
              <th>{t("records_comment")}</th>
              <th>{t("records_rule")}</th>
              <th>{t("records_moderator")}</th>
              <th>{t("records_status")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((record) => {
              const profile = safeHttpUrl(record.posterProfileUrl)
              const post = safeHttpUrl(record.postUrl)
              return (
                <tr key={record.id} data-pg="archive-record" data-status={record.status}>
                  <td>
                    {record.removedAt ? when(record.removedAt) : <span className="pg-muted">{t("records_not_removed_yet")}</span>}
                    <div className="pg-muted">
                      {t("records_recorded_at")} {when(record.recordedAt)}
                    </div>
                    <div className="pg-muted">
                      {t("records_posted_at")} {when(record.postedAt)}
                    </div>
                  </td>
                  <td>
                    {platformLabel(record.platform)}
                    {post && (
                      <div>
                        <a href={post} target="_blank" rel="noreferrer noopener">
                          {t("records_post_link")}
                        </a>
                      </div>
                    )}
                  </td>
                  <td>{profile ? <a href={profile} target="_blank" rel="noreferrer noopener">{record.posterName ?? profile}</a> : (record.posterName ?? "—")}</td>
                  <td className="pg-comment-text">{record.commentText}</td>
                  <td>{record.ruleIds.join(", ")}</td>
                  <td>{record.moderator}</td>
                  <td>
                    {t(`records_status_${record.status}`)}
                    {record.failure && <div className="pg-muted">{record.failure}</div>}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <RetentionPanel />
    </div>
  )
}
