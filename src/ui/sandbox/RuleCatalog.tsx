// Every rule of the active pack: clause, quoted policy text, severity, why, and its examples.
import { useEffect } from "react"

import { effectiveSeverity } from "~/engine/analyze"
import type { PolicyPack } from "~/engine/packs/schema"
import type { Rule, RuleCase } from "~/engine/rule"

import { t } from "../i18n"
import { categoryLabel } from "./category-label"

function Example({ example, fires, onTry }: { example: RuleCase; fires: boolean; onTry: (example: RuleCase) => void }) {
  return (
    <li className={fires ? "pg-example-fire" : "pg-example-pass"} data-pg="catalog-example" data-fires={fires}>
      <span className="pg-example-verdict">{fires ? t("catalog_fires") : t("catalog_passes")}</span>
      <q>{example.text}</q>
      {example.note && <span className="pg-muted"> — {example.note}</span>}
      <button type="button" className="pg-link-button" onClick={() => onTry(example)}>
        {t("catalog_try")}
      </button>
    </li>
  )
}

export function RuleCatalog({ rules, pack, focusRuleId, onTry }: { rules: readonly Rule[]; pack: PolicyPack; focusRuleId: string | null; onTry: (example: RuleCase) => void }) {
  useEffect(() => {
    if (focusRuleId) document.getElementById(`rule-${focusRuleId}`)?.scrollIntoView({ block: "start" })
  }, [focusRuleId])
  return (
    <div className="pg-catalog" data-pg="catalog">
      <p className="pg-muted">{t("catalog_intro", pack.agencyName, String(rules.length))}</p>
      {rules.map((rule) => {
        const severity = effectiveSeverity(rule, pack) ?? "off"
        return (
          <article key={rule.id} id={`rule-${rule.id}`} className={`pg-rule${rule.id === focusRuleId ? " pg-rule-focused" : ""}`} data-pg="catalog-rule" data-rule-id={rule.id} tabIndex={-1}>
            <header>
              <h3>{rule.title}</h3>
              <span className={`pg-severity pg-${severity}`} data-pg="catalog-severity">
                {t(`severity_${severity}`)}
              </span>
            </header>
            <p className="pg-muted">
              {categoryLabel(rule.category)} · {rule.citation.source} {rule.citation.clause} · <code>{rule.id}</code>
            </p>
            <blockquote>{rule.citation.quote}</blockquote>
            <p>
              <strong>{t("catalog_why")}</strong> {rule.rationale}
            </p>
            <ul className="pg-examples">
              {rule.cases.fire.map((example, index) => (
                <Example key={`fire-${index}`} example={example} fires onTry={onTry} />
              ))}
              {rule.cases.pass.map((example, index) => (
                <Example key={`pass-${index}`} example={example} fires={false} onTry={onTry} />
              ))}
            </ul>
          </article>
        )
      })}
    </div>
  )
}
