// Records for the Social Media Team: removed comments kept per the City policy, and the 321.6 review.
import { useEffect, useState } from "react"

import { t } from "../i18n"
import { AnnualReviewView } from "./AnnualReviewView"
import { ArchiveView } from "./ArchiveView"
import { useRecordsStore } from "./records-store"

type View = "archive" | "review"

export function RecordsPage() {
  const [view, setView] = useState<View>(() => (location.hash === "#review" ? "review" : "archive"))
  const { loaded, error, load } = useRecordsStore()
  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    const onHash = () => setView(location.hash === "#review" ? "review" : "archive")
    window.addEventListener("hashchange", onHash)
    return () => window.removeEventListener("hashchange", onHash)
  }, [])
  const go = (next: View) => {
    location.hash = next
    setView(next)
  }
  return (
    <main className="pg-records">
      <header className="pg-no-print">
        <h1>{t("records_title")}</h1>
        <nav role="tablist" className="pg-tabs">
          {(["archive", "review"] as View[]).map((candidate) => (
            <button key={candidate} role="tab" aria-selected={view === candidate} onClick={() => go(candidate)}>
              {t(`records_tab_${candidate}`)}
            </button>
          ))}
        </nav>
      </header>
      {!loaded ? <p>{t("options_loading")}</p> : error ? <p role="alert">{t("records_error", error)}</p> : view === "archive" ? <ArchiveView /> : <AnnualReviewView />}
    </main>
  )
}
