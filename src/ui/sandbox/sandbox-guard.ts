// The live compose guard, mounted on the sandbox page so trainees see exactly the marks, badge,
// blocking panel and override flow of the platforms. Training overrides stay on this page: they
// are shown to the class but never written to the agency's audit log.
import { useEffect, useRef, useState } from "react"

import type { PolicyPack } from "~/engine/packs/schema"
import type { AuditSink, OverrideRecord } from "~/guard/audit"
import { startComposeGuard, type ComposeGuard } from "~/guard/compose-guard"
import { adaptersForHost } from "~/platforms"

export function useSandboxGuard(pack: PolicyPack): { trainingOverrides: OverrideRecord[] } {
  const guard = useRef<ComposeGuard | null>(null)
  const [trainingOverrides, setTrainingOverrides] = useState<OverrideRecord[]>([])
  const initialPack = useRef(pack)

  useEffect(() => {
    const lifetime = new AbortController()
    const trainingSink: AuditSink = {
      recordBlocked: async () => {},
      recordOverride: async (record) => setTrainingOverrides((previous) => [record, ...previous])
    }
    guard.current = startComposeGuard({ document, adapters: adaptersForHost(location.hostname), pack: initialPack.current, auditSink: trainingSink, signal: lifetime.signal })
    return () => lifetime.abort()
  }, [])

  useEffect(() => {
    guard.current?.setPack(pack)
  }, [pack])

  return { trainingOverrides }
}
