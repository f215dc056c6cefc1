// The training scenario library (scenarios.json), validated and localised.
import * as z from "zod"

import { CATEGORIES, PLATFORMS, SURFACES, type Category, type DraftInput } from "~/engine/types"

import scenarioData from "./scenarios.json"

export const LANGUAGES = ["en", "es"] as const
export type Language = (typeof LANGUAGES)[number]

const localizedText = z.object({ en: z.string().min(1), es: z.string().min(1) }).strict()

/**
 * violation: must get a block finding in `category`; caution: a warning in `category` and no
 * block; near-miss and clean: must post without any block finding.
 */
export const SCENARIO_KINDS = ["violation", "near-miss", "caution", "clean"] as const
export type ScenarioKind = (typeof SCENARIO_KINDS)[number]

const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    category: z.enum(CATEGORIES).nullable(),
    kind: z.enum(SCENARIO_KINDS),
    platform: z.enum(PLATFORMS),
    surface: z.enum(SURFACES).optional(),
    attachments: z.object({ images: z.number().int().min(0), videos: z.number().int().min(0) }).optional(),
    text: z.string().min(1),
    title: localizedText,
    lesson: localizedText
  })
  .strict()
  .refine((scenario) => (scenario.kind === "clean") === (scenario.category === null), {
    message: "clean scenarios have no category; every other kind names one"
  })

export type Scenario = z.infer<typeof scenarioSchema>

export const SCENARIOS: readonly Scenario[] = z.object({ scenarios: z.array(scenarioSchema).min(1) }).parse(scenarioData).scenarios

export function scenarioDraft(scenario: Scenario): DraftInput {
  return {
    text: scenario.text,
    platform: scenario.platform,
    surface: scenario.surface ?? (scenario.platform === "instagram" ? "caption" : "post"),
    attachments: scenario.attachments ?? { images: 0, videos: 0 }
  }
}

/** Whether the policy lets this draft go out as written (the quiz's "post or don't post"). */
export function shouldPost(scenario: Scenario): boolean {
  return scenario.kind !== "violation"
}

export function scenariosForCategory(category: Category): Scenario[] {
  return SCENARIOS.filter((scenario) => scenario.category === category)
}

export function uiLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith("es") ? "es" : "en"
}
