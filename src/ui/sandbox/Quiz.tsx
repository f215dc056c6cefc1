// The self-check quiz: one draft at a time, "post it" or "don't post it, because …", scored at the end.
import { useMemo, useState } from "react"

import { t } from "../i18n"
import { categoryLabel } from "./category-label"
import { buildQuiz, scoreQuiz, type QuizAnswer } from "./quiz"
import type { Language, Scenario } from "./scenarios"

const QUESTION_COUNT = 10

function answerLabel(answer: QuizAnswer): string {
  return answer === "post" ? t("quiz_post") : t("quiz_dont_post", categoryLabel(answer))
}

export function Quiz({ scenarios, language }: { scenarios: readonly Scenario[]; language: Language }) {
  const [seed, setSeed] = useState(() => Date.now())
  const questions = useMemo(() => buildQuiz(scenarios, QUESTION_COUNT, seed), [scenarios, seed])
  const [answers, setAnswers] = useState<QuizAnswer[]>([])
  const [pending, setPending] = useState<QuizAnswer | null>(null)
  const current = answers.length
  const restart = () => {
    setAnswers([])
    setPending(null)
    setSeed(Date.now())
  }
  const next = () => {
    if (pending === null) return
    setAnswers([...answers, pending])
    setPending(null)
  }

  if (current >= questions.length) {
    const result = scoreQuiz(questions, answers)
    return (
      <section className="pg-quiz" data-pg="quiz-result" aria-live="polite">
        <h2>{t("quiz_score", String(result.score), String(result.total))}</h2>
        {result.missed.length > 0 && <h3>{t("quiz_review")}</h3>}
        <ul>
          {result.missed.map(({ question, answer }) => (
            <li key={question.scenario.id} data-pg="quiz-missed">
              <q>{question.scenario.text}</q>
              <p>
                {t("quiz_your_answer")} {answerLabel(answer)} · {t("quiz_right_answer")} {answerLabel(question.correct)}
              </p>
              <p className="pg-muted">{question.scenario.lesson[language]}</p>
            </li>
          ))}
        </ul>
        <button type="button" onClick={restart}>
          {t("quiz_again")}
        </button>
      </section>
    )
  }

  const question = questions[current]
  return (
    <section className="pg-quiz" data-pg="quiz-question">
      <p className="pg-muted">{t("quiz_progress", String(current + 1), String(questions.length))}</p>
      <h2>{t("quiz_prompt")}</h2>
      <blockquote data-pg="quiz-draft">{question.scenario.text}</blockquote>
      {question.scenario.attachments && question.scenario.attachments.images + question.scenario.attachments.videos > 0 && (
        <p className="pg-muted">{t("quiz_with_media")}</p>
      )}
      <div className="pg-quiz-choices" role="group" aria-label={t("quiz_prompt")}>
        {question.choices.map((choice) => (
          <button
            key={choice}
            type="button"
            data-pg="quiz-choice"
            data-answer={choice}
            disabled={pending !== null}
            aria-pressed={pending === choice}
            onClick={() => setPending(choice)}>
            {answerLabel(choice)}
          </button>
        ))}
      </div>
      {pending !== null && (
        <div className={`pg-quiz-feedback ${pending === question.correct ? "pg-right" : "pg-wrong"}`} data-pg="quiz-feedback" aria-live="polite">
          <strong>{pending === question.correct ? t("quiz_right") : t("quiz_wrong", answerLabel(question.correct))}</strong>
          <p>{question.scenario.lesson[language]}</p>
          <button type="button" onClick={next} autoFocus>
            {current + 1 < questions.length ? t("quiz_next") : t("quiz_finish")}
          </button>
        </div>
      )}
    </section>
  )
}
