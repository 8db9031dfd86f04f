import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/extract/targets.js";

const brief = (text: string, lang: "sv" | "nb" | "en" = "sv") =>
  extractTargets(text, lang).map((t) =>
    [t.comparison === "atLeast" ? "≥" : t.comparison === "atMost" ? "≤" : "", t.value, t.percent ? "%" : t.unit, t.subject ? `[${t.subject}]` : ""]
      .filter((x) => x !== "")
      .join(" "),
  );

describe("extractTargets — what counts as a target (sv)", () => {
  it.each([
    ["Minst 99 deltagare i Om facket", ["≥ 99 deltagare [Om facket]"]],
    ["340 deltagare i tvärfacklig grundläggande utbildning för förtroendevalda.", ["340 deltagare [tvärfacklig grundläggande utbildning för förtroendevalda]"]],
    ["Genomföra 70 skolinformationer inom SFI.", ["70 skolinformationer [SFI]"]],
    ["RUK träffar minst fyra gånger per år.", ["≥ 4 gånger"]],
    ["Minst en kurs i Om Feminism", ["≥ 1 kurs [Om Feminism]"]],
    ["Träffa 25 procent av eleverna i gymnasiet. Vilket motsvarar 662 klassrumspresentationer.", ["25 % [eleverna i gymnasiet]", "662 klassrumspresentationer"]],
    ["Nå 25% av medlemmarna", ["25 % [medlemmarna]"]],
    ["Träffa 25 procent av eleverna (12 683 elever)", ["25 % [eleverna]", "12683 elever"]],
    ["Minst 8 kortare debattinlägg till lokala fack om året.", ["≥ 8 debattinlägg [lokala fack om året]"]],
    ["Arbeta i fem delregionala bemanningsgrupper", ["5 bemanningsgrupper"]],
    ["Ge ut fyra nummer av medlemstidningen", ["4 nummer [medlemstidningen]"]],
    ["Högst 3 avhopp under kursen", ["≤ 3 avhopp"]],
    ["Öka med 12,5 procent", ["12.5 %"]],
    ["Samla 12\u00a0683 namnunderskrifter", ["12683 namnunderskrifter"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("extractTargets — numbers that are not targets", () => {
  it.each([
    "Utse årets skyddsombud 2024",
    "Förbereda valet 2026 tillsammans med partiet",
    "Samordna Kvinnodagen 8/3 och Kollektivavtalets dag 17/3",
    "Skyddsombudens dag 23 oktober",
    "Studiekonferens 1-3 oktober",
    "Kongress 17–20 maj",
    "Genomföra en studiekonferens vecka 40",
    "Målet är fler ledamöter under 30 år",
    "Genomföra central utbildning 1+1 dag för alla ledamöter",
    "1.1 Vi ska vara aktiva i förbundets arbete",
    "Samordna oss med 6f och S2000",
    "Genomföra en bemanningskonferens",
    "Det ska finnas ett aktivt lokalt fack i varje kommun",
    "Samarbeta med de fem regionala studiekommittéerna",
    "Möte kl 18 på kontoret",
    "Verksamhetsplan för 2021-2024",
    "Projektet löper till 31/12 2024",
  ])("%s", (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe("extractTargets — nb and en", () => {
  it.each([
    ["Mål for innmeldinger: 68 nyinnmeldte, 2 økning i antall yrkesaktive", "nb", ["68 nyinnmeldte", "2 økning [antall yrkesaktive]"]],
    ["Ti prosent av lærlinger er medlem", "nb", ["10 % [lærlinger er medlem]"]],
    ["Besøke alle arbeidsplasser minst en gang i året", "nb", ["≥ 1 gang"]],
    ["At least 40 participants in the basic course", "en", ["≥ 40 participants [the basic course]"]],
    ["Publish four issues of the newsletter", "en", ["4 issues [the newsletter]"]],
    ["Hold the meeting in 2025", "en", []],
    ["Train 15 new workplace reps", "en", ["15 reps"]],
    ["Recruit at least 120 new members", "en", ["≥ 120 members"]],
    ["Write at most 2 press releases a month", "en", ["≤ 2 releases"]],
  ] as const)("%s", (text, lang, expected) => {
    expect(brief(text, lang)).toEqual(expected);
  });
});

describe("extractTargets — keeps the phrase", () => {
  it("text is the exact phrase from the comparison word to the subject", () => {
    const [t] = extractTargets("Vi ska ha minst 99 deltagare i Om facket, helst fler.", "sv");
    expect(t?.text).toBe("minst 99 deltagare i Om facket");
  });
});
