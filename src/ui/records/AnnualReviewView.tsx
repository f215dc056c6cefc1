// The 321.6 annual review: blocked drafts, overrides and removed comments by month, rule, platform.
import { useMemo, useState } from "react"

import { annualReview, annualReviewToCsv, REVIEW_KINDS, sorted, type KindSummary } from "~/moderation/annual-review"

import { platformLabel, t } from "../i18n"
import { downloadText } from "./download"
import { useRecordsStore } from "./records-store"

const KIND_COLORS = { blocked: "#b91c1c", overridden: "#b45309", removed: "#1d4ed8" } as const

function MonthChart({ kinds }: { kinds: Record<(typeof REVIEW_KINDS)[number], KindSummary> }) {
  const width = 720
  const height = 180
  const groupWidth = width / 12
  const barWidth = (groupWidth - 8) / REVIEW_KINDS.length
  const max = Math.max(1, ...REVIEW_KINDS.flatMap((kind) => kinds[kind].byMonth))
  const monthNames = Array.from({ length: 12 }, (_, month) => new Date(2000, month, 1).toLocaleString(undefined, { month: "short" }))
  return (
    <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={t("review_chart_label")} className="pg-chart" data-pg="review-chart">
      {monthNames.map((name, month) => (
        <g key={name} transform={`translate(${month * groupWidth + 4},0)`}>
          {REVIEW_KINDS.map((kind, index) => {
            const count = kinds[kind].byMonth[month]
            const barHeight = (count / max) * height
            return (
              <rect key={kind} x={index * barWidth} y={height - barHeight} width={barWidth - 1} height={barHeight} fill={KIND_COLORS[kind]}>
                <title>{`${name}: ${count} ${t(`review_kind_${kind}`)}`}</title>
              </rect>
            )
          })}
          <text x={(groupWidth - 8) / 2} y={height + 14} textAnchor="middle" fontSize="11" fill="currentColor">
            {name}
          </text>
        </g>
      ))}
    </svg>
  )
}

function CountTable({ title, counts, label = (key) => key }: { title: string; counts: Record<string, number>; label?: (key: string) => string }) {
  const rows = sorted(counts)
  return (
    <div className="pg-count-table">
      <h4>{title}</h4>
      {rows.length === 0 ? (
        <p className="pg-muted">—</p>
      ) : (
        <table>
          <tbody>
            {rows.map(([key, count]) => (
              <tr key={key}>
                <td>{label(key)}</td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

export function AnnualReviewView() {
  const { overrides, blocked, records } = useRecordsStore()
  const [year, setYear] = useState(() => new Date().getFullYear())
  const review = useMemo(() => {
    const removed = records.filter((record) => record.status === "removed").map((record) => ({ time: record.removedAt ?? record.recordedAt, platform: record.platform, ruleIds: record.ruleIds }))
    return annualReview(year, { blocked, overridden: overrides, removed })
  }, [year, blocked, overrides, records])
  return (
    <div data-pg="annual-review">
      <div className="pg-actions pg-no-print">
        <label>
          {t("review_year")} <input type="number" name="year" value={year} min={2000} max={2100} onChange={(event) => setYear(Number(event.currentTarget.value))} />
        </label>
        <button type="button" onClick={() => downloadText(`annual-review-${year}.csv`, annualReviewToCsv(review), "text/csv")}>
          {t("records_export_csv")}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t("review_print")}
        </button>
      </div>
      <h2>{t("review_heading", String(year))}</h2>
      <ul className="pg-review-totals">
        {REVIEW_KINDS.map((kind) => (
          <li key={kind} data-pg="review-total" data-kind={kind}>
            <span className="pg-swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
            <strong>{review.kinds[kind].total}</strong> {t(`review_kind_${kind}`)}
          </li>
        ))}
      </ul>
      <MonthChart kinds={review.kinds} />
      {REVIEW_KINDS.map((kind) => (
        <section key={kind} className="pg-review-kind">
          <h3>{t(`review_kind_${kind}`)}</h3>
          <div className="pg-count-tables">
            <CountTable title={t("review_by_rule")} counts={review.kinds[kind].byRule} />
            <CountTable title={t("review_by_platform")} counts={review.kinds[kind].byPlatform} label={platformLabel} />
            {kind === "overridden" && <CountTable title={t("review_by_supervisor")} counts={review.kinds[kind].bySupervisor} />}
          </div>
        </section>
      ))}
    </div>
  )
}
