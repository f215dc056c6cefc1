import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { APOSTROPHE, detectPhraseSignals, type PhraseSignal } from "../text/operations-signals"

const FIX = "Remove the encouragement. If the post is meant as a warning, say plainly that the act is illegal and what the consequences are."

const SIGNALS: PhraseSignal[] = [
  {
    // "go ahead and floor it", "put the pedal to the metal"
    pattern: /\b(?:go ahead and |feel free to |just )?(?:floor it|gun it|pedal to the metal|put the hammer down|blow through (?:the|that) (?:light|red|stop sign)|run (?:the|that) (?:red|light|stop sign))\b/g,
    sentenceUnless:
      /\b(?:don['’]t|do not|never|if you|drivers who|caught|cited|arrested|ticket)\b|\b(?:suspect|driver|he|she|they) (?:tried|decided|attempted|chose|wanted) to\b/i,
    message: (found) =>
      `"${found}" urges drivers to speed or run a signal. The department's accounts must never encourage breaking the law.`,
    fix: FIX
  },
  {
    // "nobody's checking", "we're not gonna bust anybody today", "they can't prove it"
    pattern: new RegExp(
      String.raw`\b(?:nobody${APOSTROPHE}s|nobody is|no one${APOSTROPHE}s|no one is|no cops are|nobody will be|no one will be) (?:checking|watching|looking|enforcing|(?:going to|gonna) (?:check|notice|care|know|find out|see))\b(?! (?:on|in on) (?:your|their|them|him|her|elderly|seniors|neighbors|the kids))|\b(?:we${APOSTROPHE}re|we are|cops are|police are|officers are)(?: not|n${APOSTROPHE}t) (?:gonna|going to) (?:bust|ticket|cite|arrest|stop|pull over|bother) (?:anybody|anyone|you|people)\b|\bwe (?:won${APOSTROPHE}t|will not) (?:bust|be busting) (?:anybody|anyone|you|people)\b|\b(?:they|the cops|police|nobody|no one) (?:can${APOSTROPHE}t|cannot|won${APOSTROPHE}t be able to|will never) (?:prove (?:it|anything|a thing)|trace (?:it|you)|catch you)\b|\bwho${APOSTROPHE}s gonna (?:know|stop you|check)\b`,
      "g"
    ),
    message: (found) =>
      `"${found}" suggests a law will not be enforced or an offender will not be caught. That reads as an invitation to break it.`,
    fix: FIX
  },
  {
    // "Technically smoking weed in the park is illegal, but ... spark it up"
    pattern: new RegExp(
      String.raw`\b(?:spark (?:it|one) up|blaze (?:it|one)(?: up)?|light up (?:a|the) (?:joint|blunt|bowl|bong)|crack (?:a cold one|one open) (?:on the way|while driving|behind the wheel|for the road)|one (?:more )?for the road|toss (?:it|the (?:beer|can|bottle|container|drugs|baggie|bag|evidence|stash|joint))(?: out)? (?:out the window|before)|ditch (?:the|your) (?:stash|evidence|drugs|beer)|no container,? no problem)\b`,
      "g"
    ),
    sentenceUnless: /\b(?:don['’]t|do not|never|anyone who|those who|caught|arrested|cited)\b/i,
    message: (found) =>
      `"${found}" encourages illegal conduct (public drug or alcohol use, destroying evidence, or treating a law as optional).`,
    fix: FIX
  },
  {
    // "Technically smoking weed in the park is illegal, but ..."
    pattern: /\b(?:technically|legally|officially)[^.!?\n]{0,60}\b(?:illegal|against the law|not allowed),? but\b/g,
    sentenceUnless: /\b(?:not|no longer|isn['’]t|wasn['’]t|never) (?:illegal|against the law)|\bplease\b/i,
    message: (found) =>
      `"${found}" treats a law as optional. From a police account that reads as permission to break it.`,
    fix: FIX
  },
  {
    // "Just cut it down some night while they're on vacation"
    pattern: new RegExp(
      String.raw`\b(?:just |go |go ahead and )?(?:cut|chop|knock|tear|rip|smash|key|slash|spray ?paint|tag|poison|burn) (?:it|them|their [a-z]+|the [a-z]+) (?:down |up |out )?(?:some night|at night|in the middle of the night|while (?:they${APOSTROPHE}re|they are|nobody${APOSTROPHE}s|no one${APOSTROPHE}s|nobody is|no one is) (?:away|gone|on vacation|home|looking|watching|asleep))`,
      "g"
    ),
    message: (found) =>
      `"${found}" urges damaging someone else's property when no one is watching.`,
    fix: FIX
  },
  {
    // "Scrap yards are paying $300+ for catalytic converters right now 👀"
    pattern: /\b(?:scrap ?yards?|recyclers?|buyers?|pawn shops?)\b[^.!?\n]{0,30}\bpay(?:s|ing)?\b[^.!?\n]{0,20}?\$\s?\d[\d,]*\+?[^.!?\n]{0,20}?\bfor (?:catalytic converters|cats|copper(?: wire)?|tailgates|wheels|rims|airbags|bikes|e-?bikes|stolen)/g,
    draftUnless: /\b(?:thie(?:f|ves)|theft|stolen|steal|protect|etch\w*|report|prevent\w*)\b/i,
    message: (found) =>
      `"${found}" advertises what commonly stolen goods sell for, with no warning attached. It reads as a tip for thieves.`,
    fix: "If this is a theft warning, say so: explain the crime and how residents can protect themselves."
  },
  {
    // "Grab them in Nevada and just don't light them right in front of your house"
    pattern: /\b(?:grab|buy|get|pick up|stock up on) (?:them|some|yours|the good stuff|fireworks|mortars|bottle rockets|the real stuff)\b[^.!?\n]{0,30}?\b(?:in|from|across the (?:border|line) in|over in|up in) (?:nevada|reno|oregon|arizona|the reservation|out of state|another state)\b/g,
    sentenceUnless: /\b(?:illegal|prohibited|not allowed|against the law|confiscat|fine|citation)\b/i,
    message: (found) =>
      `"${found}" points readers to fireworks that are illegal here. Encouraging their purchase and use is encouraging illegal activity.`,
    fix: "Point to the safe-and-sane fireworks sold locally and the fines for illegal ones instead."
  },
  {
    // "just cover your plate with a bit of tape", "a plate cover so the cameras can't read it"
    pattern: /\b(?:cover|tape(?: over)?|hide|obscure|block|smear mud on|bend|swap|remove) (?:up )?(?:your|the|their|ur) (?:front |rear |back )?(?:license |licence )?plates?\b|\b(?:plate covers?|radar jammers?|laser jammers?)\b[^.!?\n]{0,40}\b(?:so|and) (?:the )?(?:cameras?|cops|police|radar)\b/gi,
    sentenceUnless: /\b(?:don['’]t|do not|never|illegal|against the law|cited|citation|ticket|fine|arrested|suspects?|thie(?:f|ves)|stolen|anyone who|drivers who|vehicle code|\d{4,5}\s*vc)\b/i,
    message: (found) =>
      `"${found}" tells drivers how to defeat plate readers or speed enforcement. Hiding a licence plate is illegal, and the department's accounts must not encourage it.`,
    fix: FIX
  },
  {
    // "take the back roads if you've had a few", "use the app to dodge the checkpoint"
    pattern: /\b(?:take the back ?roads|(?:avoid|dodge|skip|go around|get around) (?:the |our |that )?(?:dui |sobriety )?(?:checkpoint|speed trap|cops|radar))\b|\b(?:without getting caught|so (?:you|they) (?:don['’]t|won['’]t) get caught|so (?:the )?(?:cops|police) (?:don['’]t|won['’]t) (?:see|notice|find out)|without (?:the )?(?:cops|police) (?:knowing|noticing))\b/g,
    sentenceUnless: /\b(?:thie(?:f|ves)|scammers?|criminals?|suspects?|offenders?|don['’]t try|no way to|can['’]t avoid|drivers who|anyone who|arrested)\b/i,
    message: (found) =>
      `"${found}" coaches readers on evading enforcement.`,
    fix: FIX
  },
  {
    // "just don't get caught", "just don't light them where the neighbors can see", "just hop the fence"
    pattern: /\bjust (?:(?:hop|jump|climb)(?: over)? (?:the|that) (?:fence|gate|wall|turnstile)|(?:don['’]t|do not) (?:get caught|let (?:the )?(?:cops|police|us|anyone|anybody) see|light (?:them|it|em) (?:right )?(?:in front of|near|where)|do it (?:in front of|where)))\b/g,
    message: (found) =>
      `"${found}" coaches readers on avoiding detection rather than obeying the law.`,
    fix: FIX
  }
]

export default defineRule({
  id: "illegal-activity-encouragement",
  title: "Encouraging illegal activity",
  category: "illegal-activity",
  defaultSeverity: "block",
  citation: cite("cityIllegal"),
  rationale:
    "The City prohibits conduct or encouragement of illegal activity on its sites. A police account joking that no one is enforcing a law, or urging readers to speed, use drugs in public, destroy evidence or vandalise, encourages exactly that.",
  cases: {
    fire: [
      {
        text: "Running late? The speed trap on Hilltop is off today, so go ahead and floor it 😎",
        excerpt: "go ahead and floor it"
      },
      {
        text: "Technically smoking weed in Lake Redding Park is illegal, but we're not gonna bust anybody today. Spark it up! 🔥",
        excerpt: "Technically smoking weed in Lake Redding Park is illegal, but"
      },
      {
        text: "Neighbor's tree dropping leaves in your pool? Just cut it down some night while they're on vacation.",
        excerpt: "Just cut it down some night"
      },
      {
        text: "Scrap yards are paying $300+ for catalytic converters right now 👀 Just saying.",
        excerpt: "Scrap yards are paying $300+ for catalytic converters"
      },
      {
        text: "If you get pulled over with an open beer, toss it out the window before the officer walks up. No container, no problem 😉",
        excerpt: "toss it out the window"
      }
    ],
    pass: [
      {
        text: "Catalytic converter thefts are up. Thieves can cut one off in under two minutes. Protect yours: park in a garage and get your VIN etched.",
        note: "Crime prevention that explains how thieves work."
      },
      {
        text: "Smoking cannabis in public places, including city parks, is illegal and can get you a citation.",
        note: "States the law."
      },
      {
        text: "Electioneering within 100 feet of a polling place is prohibited by law.",
        note: "States the law."
      },
      {
        text: "Officers arrested a man who ran a red light at 90 mph on Highway 299 and crashed into a fence.",
        note: "Describes a crime that happened."
      },
      {
        text: "Safe-and-sane fireworks are legal in Redding. Anything that flies or explodes, even if you buy it in Nevada, is illegal here.",
        note: "A fireworks warning."
      }
    ]
  },
  detect(context) {
    return detectPhraseSignals(context, SIGNALS)
  }
})
