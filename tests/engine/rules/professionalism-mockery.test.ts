import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/professionalism-mockery"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("professionalism-mockery", () => {
  it("flags laughing at a named teenager", () => {
    expect(flagged("Yes, we know it's you on the dirt bike, Brody Tallman 😂 Park it, kid.")).toEqual(["😂"])
  })

  it("flags 'lol' about a caller", () => {
    expect(flagged("A caller reported a UFO over Hilltop. It was the moon lol")).toEqual(["lol"])
  })

  it("reports laughter once, not per emoji", () => {
    expect(flagged("This guy tried to return stolen shoes to the store he stole them from 😂😂😂")).toHaveLength(1)
  })

  it("leaves an eye-roll about the weather alone", () => {
    expect(flagged("Another windy night and the signals on Hilltop are dark again 🙄 Treat them as four-way stops."))
      .toEqual([])
  })

  it("leaves a laughing emoji in a quoted comment alone", () => {
    expect(flagged('Thanks for all the "lol this is so Redding" comments on the peacock post!')).toEqual([])
  })

  it("blocks with the 321.5(d) professionalism citation", () => {
    const [finding] = findingsOf(rule, { text: "Criminal mastermind of the day: a man robbed a bank wearing his name tag." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(d)")
  })
})

describe("professionalism-mockery: eye-rolls", () => {
  it("leaves exasperation about an unnamed group alone", () => {
    expect(flagged("Yet another fender bender in the mall lot caused by a distracted driver. 🙄 Put the phone down.")).toEqual([])
  })

  it("flags an eye-roll aimed at a particular caller", () => {
    expect(flagged("This caller has dialed 911 nine times about his neighbor's Wi-Fi. 🙄")).toEqual(["🙄"])
  })
})

describe("professionalism-mockery: sarcasm", () => {
  it("flags a driver sarcastically called a genius", () => {
    expect(flagged("To the driver who keeps running the stop sign on Placer: we see you, genius.")).toEqual(["genius"])
  })

  it("leaves sincere praise alone", () => {
    expect(flagged("Our crime analyst is a genius with data; thanks to her the burglary series was solved.")).toEqual([])
  })
})

describe("professionalism-mockery: laughter around short asides", () => {
  it("flags laughter after short exclamations that follow the person", () => {
    expect(flagged("This lady called us 6 times because the neighbor's lights were too bright. Ma'am. Please. 😂 Save 911 for emergencies!")).toEqual([
      "😂"
    ])
  })

  it("flags laughter before the sentence naming the arrestee", () => {
    expect(flagged("Imagine trying to steal a police car with the officer sitting in it. LMAO. Anyway, he's in jail now.")).toEqual(["LMAO"])
  })

  it("leaves alone a pun about an officer", () => {
    expect(flagged("Why did the officer bring a ladder to work? Because he heard the crime rate was going up. 😂 Happy Friday!")).toEqual([])
  })

  it("flags 'you can't fix stupid' and a local genius", () => {
    expect(flagged("LOCAL GENIUS TRIES TO SELL STOLEN BIKE BACK TO ITS OWNER. YOU CAN'T FIX STUPID.")).toEqual(["LOCAL GENIUS", "YOU CAN'T FIX STUPID"])
  })
})
