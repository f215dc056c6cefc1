import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/commerce-promotion"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("commerce-promotion", () => {
  it("flags a hyphenated buy-one-get-one deal", () => {
    expect(flagged("Stop by this weekend for buy-one-get-one-free dog food!")).toEqual(["buy-one-get-one"])
  })

  it("flags a promo code", () => {
    expect(flagged("Night shift's favorite pizza: use code BLUE15 at checkout.")).toEqual(["use code BLUE15"])
  })

  it("leaves a scam warning that quotes a fake prize alone", () => {
    expect(flagged("Scam texts say you've won a chance to win a new iPhone. Don't click the link.")).toEqual([])
  })

  it("leaves free community-event perks alone", () => {
    expect(flagged("National Night Out: tour a patrol car and grab a free hot dog. Family-friendly and free.")).toEqual([])
  })

  it("leaves scrap prices in a warning about stolen converters alone", () => {
    expect(flagged("Thieves sell stolen catalytic converters for $300 or more. Etch your VIN.")).toEqual([])
  })

  it("cites the City's ban on solicitations of commerce", () => {
    const [finding] = findingsOf(rule, { text: "Get 15% off with promo code RPD." })
    expect(finding.citation.quote).toBe("Solicitations of commerce")
  })
})

describe("commerce-promotion: classified ads", () => {
  it("flags a sentence that sells tickets at a price", () => {
    expect(flagged("Selling two tickets to Saturday's Kings game, $80 each. Message the page if interested!")).toEqual([
      "Selling"
    ])
  })

  it("leaves an arrest for selling drugs alone", () => {
    expect(flagged("Officers arrested a man for selling $500 worth of methamphetamine near a school.")).toEqual([])
  })
})

describe("commerce-promotion: informational sales", () => {
  it("leaves legal fireworks sales at approved stands alone", () => {
    expect(flagged("Safe and sane fireworks are on sale at approved stands from June 28 to July 4.")).toEqual([])
  })

  it("flags a sale price", () => {
    expect(flagged("Lakeview Electronics has them on sale for $129 through Sunday.")).toEqual(["on sale for $129"])
  })
})

describe("commerce-promotion: orders", () => {
  it("flags a sale whose price is in the next sentence", () => {
    expect(flagged("Selling Girl Scout cookies for my daughter's troop! $6 a box. Comment below to order.")).toEqual([
      "Selling",
      "Comment below to order"
    ])
  })
})

describe("commerce-promotion: personal sales", () => {
  it("flags the poster selling and taking orders", () => {
    expect(flagged("I'm selling Girl Scout cookies for the troop, message me for orders!")).toEqual(["I'm selling", "message me for orders"])
  })
})
