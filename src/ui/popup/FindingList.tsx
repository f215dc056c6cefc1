// Findings grouped by severity, blocking first: clause, excerpt, why, fix and a catalog link.
import type { Finding, Severity } from "~/engine/types"

import { t } from "../i18n"

const GROUPS: Severity[] = ["block", "warn", "info"]

export function FindingList({ findings, catalogUrl }: { findings: readonly Finding[]; catalogUrl: (ruleId: string) => string }) {
  if (findings.length === 0) return <p data-pg="no-findings">{t("popup_no_findings")}</p>
  return (
    <div className="pg-findings">
      {GROUPS.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity)
        if (group.length === 0) return null
        return (
          <section key={severity} data-pg="finding-group" data-severity={severity}>
            <h3>
              {t(`popup_group_${severity}`)} ({group.length})
            </h3>
            <ul>
              {group.map((finding, index) => (
                <li key={`${finding.ruleId}-${finding.start}-${index}`} className={`pg-finding pg-${severity}`} data-pg="finding" data-rule-id={finding.ruleId}>
                  <div className="pg-finding-head">
                    <span className="pg-clause">
                      {finding.citation.source} {finding.citation.clause}
                    </span>
                    {finding.excerpt && <q className="pg-excerpt">{finding.excerpt}</q>}
                  </div>
                  <p>{finding.message}</p>
                  {finding.fix && (
                    <p className="pg-fix">
                      <strong>{t("popup_fix")}</strong> {finding.fix}
                    </p>
                  )}
                  <a href={catalogUrl(finding.ruleId)} target="_blank" rel="noreferrer">
                    {t("popup_learn_more")}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
