import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/privacy-juvenile-identified"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

describe("privacy-juvenile-identified", () => {
  it("flags a teen named with a teen descriptor right before the name", () => {
    const text = "A Shasta High sophomore, Lily Tran, was hurt when her bike was struck."
    expect(findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))).toEqual(["Lily Tran"])
  })

  it("keeps flagging later mentions of the same juvenile", () => {
    const text = "Officers cited Tyler Ames, 15, for vandalism. Ames was released to his parents."
    expect(findingsOf(rule, { text })).toHaveLength(2)
  })

  it("does not count minor injuries as a minor", () => {
    expect(findingsOf(rule, { text: "Dana Whitfield suffered minor injuries in the collision on Hilltop Drive." })).toEqual([])
  })

  it("does not flag an adult named with an adult age next to a child", () => {
    expect(
      findingsOf(rule, { text: "Kevin Doyle, 38, was arrested after leaving his 4-year-old in a hot car." })
    ).toEqual([])
  })

  it("does not flag officers who work with students", () => {
    expect(
      findingsOf(rule, { text: "School Resource Officer Dan Reyes taught 8th graders at Sequoia Middle School about online safety." })
    ).toEqual([])
  })

  it("blocks with the 321.5(b) citation", () => {
    const [finding] = findingsOf(rule, { text: "Ashley Moreno, 14, was cited for shoplifting." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(b)")
  })
})

describe("privacy-juvenile-identified: details and parents", () => {
  const spans = (text: string) => findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))

  it("flags an unnamed minor pointed to by age and their own school in a police matter", () => {
    expect(spans("The 15-year-old boy from Shasta High was detained after the fight.")).toEqual(["15-year-old boy from Shasta High"])
    expect(spans("A 16-year-old Foothill High student was cited for bringing a knife to the game.")).toEqual(["16-year-old Foothill High student"])
  })

  it("leaves alone a school named only as the place", () => {
    expect(spans("A 16-year-old was cited and released to a parent after a fight near Enterprise High on Friday.")).toEqual([])
  })

  it("leaves alone students in general and a missing teen the public is asked to find", () => {
    expect(spans("Thanks to the Anderson High Key Club students who helped pack 500 holiday meals with our officers!")).toEqual([])
    expect(spans("Have you seen a 15-year-old girl from Central Valley High? She ran away Sunday night. Call 911.")).toEqual([])
  })

  it("flags an official whose child is named through them in a police matter", () => {
    expect(spans("The 14-year-old son of Councilmember Rick Haynes was cited for vandalism on Saturday.")).toEqual(["Rick Haynes"])
  })

  it("flags a parent named right after the child victim was described", () => {
    expect(spans("The 13-year-old girl who was assaulted near Turtle Bay is doing OK. Her mom, Rachel Dunn, thanked officers.")).toEqual([
      "Rachel Dunn"
    ])
  })

  it("leaves alone an officer's child at a ceremony", () => {
    expect(spans("The 10-year-old daughter of Officer Kim Lee sang the anthem at the badge pinning.")).toEqual([])
  })
})

describe("privacy-juvenile-identified: several minors named together", () => {
  it("flags every name in the list a plural age describes", () => {
    const text = "Two 15-year-olds from Anderson High, Noah Kemp and Eli Sutter, were cited for setting a grass fire."
    expect(findingsOf(rule, { text }).map((finding) => text.slice(finding.start ?? 0, finding.end ?? 0))).toEqual(["Noah Kemp", "Eli Sutter"])
  })
})
