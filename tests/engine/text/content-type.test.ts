import { describe, expect, it } from "vitest"

import { classifyContentTypes, primaryContentType } from "~/engine/text/content-type"

describe("content types of Policy 321.4", () => {
  it("reads an arrest release as a news release", () => {
    expect(primaryContentType("Officers arrested a 41-year-old man Friday. He was booked on burglary charges.")?.type.id).toBe(
      "news-release"
    )
  })

  it("reads a road closure as traffic information", () => {
    expect(
      primaryContentType("TRAFFIC ALERT: Southbound Cypress Ave is closed. Expect delays and use an alternate route.")?.type.id
    ).toBe("traffic")
  })

  it("reads a job posting as recruitment", () => {
    expect(primaryContentType("Now hiring: Police Officer Trainee. Starting salary $78,000. Apply today!")?.type.id).toBe(
      "recruitment"
    )
  })

  it("gives the cue that decided the type", () => {
    const [match] = classifyContentTypes("Scam alert: never pay a fine with gift cards.")
    expect(match.type.letter).toBe("c")
    expect(match.cue).toMatch(/scam|never pay/)
  })

  it("reads the department's Spanish posts too", () => {
    expect(primaryContentType("ALERTA DE TRÁFICO: la avenida Cypress está cerrada por un choque. Use un desvío.")?.type.id).toBe("traffic")
    expect(primaryContentType("Estafa telefónica: nunca pague multas con tarjetas de regalo. Consejos para protegerse.")?.type.id).toBe(
      "crime-prevention"
    )
  })

  it("finds no type in an off-mission post", () => {
    expect(classifyContentTypes("Pineapple on pizza: yes or no? Drop your hot takes below.")).toEqual([])
  })

  it("matches whole words only", () => {
    expect(classifyContentTypes("Untipped waiters and unapplied paint")).toEqual([])
  })
})
