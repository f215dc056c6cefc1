// Archive exports for public records requests: JSON (lossless) and CSV (for spreadsheets).
import Papa from "papaparse"
import * as z from "zod"

import { removedCommentSchema, type RemovedComment } from "./removed-comment"

const CSV_COLUMNS = [
  "id",
  "platform",
  "postUrl",
  "commentUrl",
  "commentText",
  "posterName",
  "posterProfileUrl",
  "postedAt",
  "recordedAt",
  "removedAt",
  "action",
  "moderator",
  "ruleIds",
  "categories",
  "status",
  "failure"
] as const satisfies readonly (keyof RemovedComment)[]

const LIST_SEPARATOR = "; "

export function archiveToJson(records: readonly RemovedComment[]): string {
  return JSON.stringify({ format: "postguard-removed-comments", version: 1, records }, null, 2)
}

export function archiveFromJson(json: string): RemovedComment[] {
  const parsed = z.object({ format: z.literal("postguard-removed-comments"), version: z.literal(1), records: z.array(removedCommentSchema) }).parse(JSON.parse(json))
  return parsed.records
}

export function archiveToCsv(records: readonly RemovedComment[]): string {
  const rows = records.map((record) =>
    CSV_COLUMNS.map((column) => {
      const value = record[column]
      if (Array.isArray(value)) return value.join(LIST_SEPARATOR)
      return value ?? ""
    })
  )
  // Leading =, +, - or @ would run as a formula in a spreadsheet: comments are untrusted text.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: "\r\n" })
}

const NULLABLE_COLUMNS = new Set<string>(["commentUrl", "posterName", "posterProfileUrl", "postedAt", "removedAt", "failure"])

export function archiveFromCsv(csv: string): RemovedComment[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  if (parsed.errors.length > 0) throw new Error(`CSV row ${parsed.errors[0].row}: ${parsed.errors[0].message}`)
  return parsed.data.map((row) => {
    const record: Record<string, unknown> = {}
    for (const column of CSV_COLUMNS) {
      let value = row[column] ?? ""
      // Undo the formula guard Papa adds on export.
      if (/^'[=+\-@\t\r]/.test(value)) value = value.slice(1)
      if (column === "ruleIds" || column === "categories") record[column] = value ? value.split(LIST_SEPARATOR) : []
      else if (NULLABLE_COLUMNS.has(column)) record[column] = value === "" ? null : value
      else record[column] = value
    }
    return removedCommentSchema.parse(record)
  })
}
