import { describe, expect, it } from "vitest"

import { buildQuiz, scoreQuiz } from "~/ui/sandbox/quiz"
import { SCENARIOS } from "~/ui/sandbox/scenarios"

describe("self-check quiz", () => {
  const questions = buildQuiz(SCENARIOS, 10, 42)

  it("asks the requested number of distinct questions, never about a caution", () => {
    expect(questions).toHaveLength(10)
    expect(new Set(questions.map((question) => question.scenario.id)).size).toBe(10)
    expect(questions.every((question) => question.scenario.kind !== "caution")).toBe(true)
  })

  it("always offers 'post' and the right answer among four distinct choices", () => {
    for (const question of questions) {
      expect(question.choices).toContain("post")
      expect(question.choices).toContain(question.correct)
      expect(new Set(question.choices).size).toBe(question.choices.length)
      expect(question.choices).toHaveLength(4)
    }
  })

  it("expects 'don't post' with the violated category for violations and 'post' otherwise", () => {
    for (const question of questions) {
      if (question.scenario.kind === "violation") expect(question.correct).toBe(question.scenario.category)
      else expect(question.correct).toBe("post")
    }
  })

  it("offers a near-miss's own category as a tempting wrong answer", () => {
    const nearMisses = buildQuiz(SCENARIOS, SCENARIOS.length, 7).filter((question) => question.scenario.kind === "near-miss")
    expect(nearMisses.length).toBeGreaterThan(0)
    for (const question of nearMisses) expect(question.choices).toContain(question.scenario.category)
  })

  it("is the same quiz for the same seed and a different one for another seed", () => {
    expect(buildQuiz(SCENARIOS, 10, 42).map((q) => q.scenario.id)).toEqual(questions.map((q) => q.scenario.id))
    expect(buildQuiz(SCENARIOS, 10, 43).map((q) => q.scenario.id)).not.toEqual(questions.map((q) => q.scenario.id))
  })

  it("scores one point per right answer and lists what was missed", () => {
    const answers = questions.map((question) => question.correct)
    expect(scoreQuiz(questions, answers)).toMatchObject({ score: 10, total: 10, missed: [] })
    const wrong = questions[3].choices.find((choice) => choice !== questions[3].correct)!
    answers[3] = wrong
    const result = scoreQuiz(questions, answers)
    expect(result.score).toBe(9)
    expect(result.missed).toEqual([{ question: questions[3], answer: wrong }])
  })
})
