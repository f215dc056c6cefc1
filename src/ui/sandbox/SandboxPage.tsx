// The training sandbox: mock composers guarded like the live platforms, the scenario library,
// the rule catalog and the self-check quiz. Nothing typed here is ever posted anywhere.
import { useEffect, useState } from "react"
import browser from "webextension-polyfill"

import { reddingPack } from "~/engine/packs/redding"
import type { PolicyPack } from "~/engine/packs/schema"
import type { RuleCase } from "~/engine/rule"
import { ALL_RULES } from "~/engine/rules"
import { loadActivePack, watchActivePack } from "~/shared/active-pack"

import { t } from "../i18n"
import { categoryLabel } from "./category-label"
import { MockComposer, type MockPlatform } from "./composers/MockComposer"
import type { LoadRequest } from "./composers/load-request"
import { Quiz } from "./Quiz"
import { RuleCatalog } from "./RuleCatalog"
import { useSandboxGuard } from "./sandbox-guard"
import { SCENARIOS, uiLanguage, type Scenario } from "./scenarios"

type View = "practice" | "catalog" | "quiz"

const MOCK_PLATFORMS: MockPlatform[] = ["facebook", "x", "instagram"]

interface SandboxPost {
  platform: MockPlatform
  text: string
  photos: number
}

function viewFromHash(hash: string): { view: View; ruleId: string | null } {
  if (hash.startsWith("#rule-")) return { view: "catalog", ruleId: decodeURIComponent(hash.slice("#rule-".length)) }
  if (hash === "#catalog") return { view: "catalog", ruleId: null }
  if (hash === "#quiz") return { view: "quiz", ruleId: null }
  return { view: "practice", ruleId: null }
}

function asMockPlatform(platform: string | undefined): MockPlatform {
  return MOCK_PLATFORMS.includes(platform as MockPlatform) ? (platform as MockPlatform) : "facebook"
}

function ScenarioList({ language, onLoad }: { language: "en" | "es"; onLoad: (scenario: Scenario) => void }) {
  return (
    <ul className="pg-scenarios" data-pg="scenario-list">
      {SCENARIOS.map((scenario) => (
        <li key={scenario.id} data-pg="scenario" data-scenario-id={scenario.id} data-kind={scenario.kind}>
          <button type="button" onClick={() => onLoad(scenario)}>
            <span className={`pg-kind pg-kind-${scenario.kind}`}>{t(`scenario_kind_${scenario.kind.replace("-", "_")}`)}</span>
            {scenario.title[language]}
          </button>
          <span className="pg-muted">
            {scenario.category ? categoryLabel(scenario.category) : t("scenario_clean_post")} · {t(`sandbox_mock_${asMockPlatform(scenario.platform)}`)}
          </span>
        </li>
      ))}
    </ul>
  )
}

export function SandboxPage() {
  const [{ view, ruleId }, setRoute] = useState(() => viewFromHash(location.hash))
  const [pack, setPack] = useState<PolicyPack>(reddingPack)
  const [platform, setPlatform] = useState<MockPlatform>("facebook")
  const [load, setLoad] = useState<LoadRequest | null>(null)
  const [lesson, setLesson] = useState<string | null>(null)
  const [posts, setPosts] = useState<SandboxPost[]>([])
  const language = uiLanguage(browser.i18n.getUILanguage())
  const { trainingOverrides } = useSandboxGuard(pack)

  useEffect(() => {
    void loadActivePack().then((active) => setPack(active.pack))
    const unwatch = watchActivePack((active) => setPack(active.pack))
    const onHash = () => setRoute(viewFromHash(location.hash))
    window.addEventListener("hashchange", onHash)
    return () => {
      unwatch()
      window.removeEventListener("hashchange", onHash)
    }
  }, [])

  const go = (next: View) => {
    location.hash = next === "practice" ? "" : next
    setRoute({ view: next, ruleId: null })
  }
  const loadDraft = (text: string, target: MockPlatform, note: string | null) => {
    setPlatform(target)
    setLoad({ text })
    setLesson(note)
    go("practice")
  }
  const loadScenario = (scenario: Scenario) => loadDraft(scenario.text, asMockPlatform(scenario.platform), scenario.lesson[language])
  const tryExample = (example: RuleCase) => loadDraft(example.text, asMockPlatform(example.platform), example.note ?? null)

  return (
    <main className="pg-sandbox">
      <header className="pg-sandbox-header">
        <h1>{t("sandbox_title")}</h1>
        <p className="pg-muted">{t("sandbox_intro", pack.agencyName)}</p>
        <nav role="tablist" className="pg-tabs">
          {(["practice", "catalog", "quiz"] as View[]).map((candidate) => (
            <button key={candidate} role="tab" aria-selected={view === candidate} onClick={() => go(candidate)}>
              {t(`sandbox_tab_${candidate}`)}
            </button>
          ))}
        </nav>
      </header>
      {view === "practice" && (
        <div className="pg-practice">
          <section className="pg-practice-composer" aria-label={t("sandbox_tab_practice")}>
            <div role="radiogroup" aria-label={t("sandbox_platform")} className="pg-platforms">
              {MOCK_PLATFORMS.map((candidate) => (
                <label key={candidate}>
                  <input type="radio" name="platform" value={candidate} checked={platform === candidate} onChange={() => setPlatform(candidate)} />
                  {t(`sandbox_mock_${candidate}`)}
                </label>
              ))}
            </div>
            <MockComposer
              key={platform}
              platform={platform}
              agencyName={pack.agencyName}
              load={load}
              onPost={(text, photos) => setPosts([{ platform, text, photos }, ...posts])}
            />
            {lesson && (
              <p className="pg-lesson" data-pg="scenario-lesson">
                {lesson}
              </p>
            )}
            {trainingOverrides.length > 0 && (
              <section aria-label={t("sandbox_overrides")} data-pg="sandbox-overrides">
                <h2>{t("sandbox_overrides")}</h2>
                <p className="pg-muted">{t("sandbox_overrides_note")}</p>
                <ul>
                  {trainingOverrides.map((record) => (
                    <li key={record.id}>
                      {t("sandbox_override_entry", record.supervisor, record.reason, record.ruleIds.join(", "))}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section aria-label={t("sandbox_posted")} data-pg="sandbox-posted">
              <h2>{t("sandbox_posted")}</h2>
              {posts.length === 0 ? (
                <p className="pg-muted">{t("sandbox_nothing_posted")}</p>
              ) : (
                <ul>
                  {posts.map((post, index) => (
                    <li key={posts.length - index} data-pg="sandbox-post">
                      <span className="pg-muted">{t(`sandbox_mock_${post.platform}`)}: </span>
                      {post.text}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </section>
          <aside className="pg-practice-scenarios">
            <h2>{t("sandbox_scenarios")}</h2>
            <ScenarioList language={language} onLoad={loadScenario} />
          </aside>
        </div>
      )}
      {view === "catalog" && <RuleCatalog rules={ALL_RULES} pack={pack} focusRuleId={ruleId} onTry={tryExample} />}
      {view === "quiz" && <Quiz scenarios={SCENARIOS} language={language} />}
    </main>
  )
}
