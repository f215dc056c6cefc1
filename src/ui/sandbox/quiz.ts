// The self-check quiz: "post it, or don't post it and why?", built from the scenario library.
import type { Category } from "~/engine/types"

import { shouldPost, type Scenario } from "./scenarios"

/** "post" or the category that makes the draft unpostable. */
export type QuizAnswer = "post" | Category

export interface QuizQuestion {
  scenario: Scenario
  choices: QuizAnswer[]
  correct: QuizAnswer
}

export interface QuizResult {
  score: number
  total: number
  missed: { question: QuizQuestion; answer: QuizAnswer }[]
}

/** Small seeded generator so a quiz can be replayed (and tested) exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1))
    ;[copy[index], copy[swap]] = [copy[swap], copy[index]]
  }
  return copy
}

export function buildQuiz(scenarios: readonly Scenario[], questionCount: number, seed: number): QuizQuestion[] {
  const random = seededRandom(seed)
  // Cautions are "post with care": they teach warnings, not the post/don't-post call.
  const candidates = scenarios.filter((scenario) => scenario.kind !== "caution")
  const blockCategories = [...new Set(scenarios.filter((scenario) => scenario.kind === "violation").map((scenario) => scenario.category as Category))]
  return shuffled(candidates, random)
    .slice(0, questionCount)
    .map((scenario) => {
      const correct: QuizAnswer = shouldPost(scenario) ? "post" : (scenario.category as Category)
      // A near-miss's own category is the most instructive wrong answer.
      const trap = scenario.category && scenario.category !== correct ? [scenario.category] : []
      const others = shuffled(
        blockCategories.filter((category) => category !== correct && !trap.includes(category)),
        random
      )
      const reasons = [...(correct === "post" ? [] : [correct]), ...trap, ...others].slice(0, 3)
      return { scenario, correct, choices: ["post", ...shuffled(reasons, random)] }
    })
}

export function scoreQuiz(questions: readonly QuizQuestion[], answers: readonly QuizAnswer[]): QuizResult {
  const missed = questions.flatMap((question, index) => (answers[index] === question.correct ? [] : [{ question, answer: answers[index] }]))
  return { score: questions.length - missed.length, total: questions.length, missed }
}
