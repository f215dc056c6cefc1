// Reads JSON-lines drafts ({"id","text","platform"?,"surface"?,"attachments"?,"expect"?}) for the
// CLI and the evaluation; a bad line becomes an error entry and the rest still run.
import * as z from "zod"

import { CATEGORIES, PLATFORMS, SURFACES, type Category, type Draft } from "../engine/types"

const draftLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  platform: z.enum(PLATFORMS).default("generic"),
  surface: z.enum(SURFACES).default("post"),
  attachments: z
    .object({
      images: z.number().int().min(0).default(0),
      videos: z.number().int().min(0).default(0)
    })
    .default({ images: 0, videos: 0 }),
  expect: z.array(z.enum(CATEGORIES)).optional()
})

export type DraftLine =
  | { ok: true; lineNumber: number; id: string; draft: Draft; expect?: Category[] }
  | { ok: false; lineNumber: number; id: string; error: string }

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "line"}: ${issue.message}`)
    .join("; ")
}

export function parseDraftLine(line: string, lineNumber: number): DraftLine {
  const fallbackId = `line-${lineNumber}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { ok: false, lineNumber, id: fallbackId, error: `not valid JSON (${(error as Error).message})` }
  }
  const rawId = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : fallbackId
  const parsed = draftLineSchema.safeParse(value)
  if (!parsed.success) return { ok: false, lineNumber, id, error: describeIssues(parsed.error) }
  const { text, platform, surface, attachments, expect } = parsed.data
  return { ok: true, lineNumber, id, draft: { text, platform, surface, attachments }, ...(expect ? { expect } : {}) }
}

/** Parses every non-blank line of a JSON-lines document. */
export function parseDraftLines(content: string): DraftLine[] {
  const lines: DraftLine[] = []
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim()) lines.push(parseDraftLine(line, index + 1))
  })
  return lines
}
