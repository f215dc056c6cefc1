// One line per profile check: pass / fail / cannot tell, the reason, the clause, and the diff.
import type { AuditCheck } from "~/engine/profile/types"

import { t } from "../i18n"

const STATUS_ICON: Record<AuditCheck["status"], string> = { pass: "✔", fail: "✘", unknown: "?" }

export function AuditResults({ checks }: { checks: readonly AuditCheck[] }) {
  return (
    <ul className="pg-audit" data-pg="audit-results">
      {checks.map((check) => (
        <li key={check.id} className={`pg-audit-${check.status}`} data-pg="audit-check" data-check-id={check.id} data-status={check.status}>
          <div className="pg-audit-head">
            <span className="pg-audit-icon" aria-hidden="true">
              {STATUS_ICON[check.status]}
            </span>
            <strong>{check.title}</strong>
            <span className="pg-audit-status">{t(`audit_status_${check.status}`)}</span>
          </div>
          <p>{check.reason}</p>
          {check.diff && check.status === "fail" && (
            <p className="pg-diff" aria-label={t("audit_diff_label")}>
              {check.diff.map((part, index) => {
                if (part.kind === "missing") return <del key={index}>{part.text} </del>
                if (part.kind === "added") return <ins key={index}>{part.text} </ins>
                return <span key={index}>{part.text} </span>
              })}
            </p>
          )}
          <small className="pg-cite">
            {check.citation.source}, {check.citation.clause}
          </small>
        </li>
      ))}
    </ul>
  )
}
