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
    ["Träffa 25 procent av eleverna (12 683 elever)", ["25 % [eleverna]"]],
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

describe("extractTargets — exact figures (issue 10)", () => {
  const one = (text: string, lang: "sv" | "nb" | "en" = "sv") => {
    const all = extractTargets(text, lang);
    expect(all).toHaveLength(1);
    return all[0]!;
  };

  it("a share of a base with its size is one target that is also a count", () => {
    const t = one("Träffa 25 procent av eleverna i årskurs 9 (12 683 elever)");
    expect(t).toMatchObject({ value: 25, percent: true, subject: "eleverna i årskurs 9", base: { value: 12683, unit: "elever" } });
    expect(t.count).toEqual({ value: 3171, unit: "elever", computed: true }); // round(0,25 × 12 683)
  });

  it("the same in Norwegian and English, with every kind of thousands separator", () => {
    expect(one("Nå 30 prosent av lærlingene (1.250 lærlinger)", "nb")).toMatchObject({ base: { value: 1250 }, count: { value: 375, unit: "lærlinger" } });
    expect(one("Reach 40 percent of the apprentices (2,500 apprentices)", "en")).toMatchObject({ base: { value: 2500 }, count: { value: 1000 } });
    expect(one("Nå 10 % av medlemmarna (12\u202f000 medlemmar)")).toMatchObject({ base: { value: 12000 }, count: { value: 1200 } });
  });

  it("a percentage change with a count in parentheses: the count is the same target, not a base", () => {
    const t = one("Öka antalet följare med 10 % (280 personer)");
    expect(t).toMatchObject({ value: 10, percent: true, count: { value: 280, unit: "personer", computed: false } });
    expect(t.base).toBeUndefined();
  });

  it("a number in parentheses after a target is context", () => {
    expect(extractTargets("Genomföra minst 12 medlemsmöten (9 i fjol)", "sv").map((t) => t.value)).toEqual([12]);
    expect(extractTargets("Genomföra 40 skolinformationer (32 skolinformationer förra året)", "sv").map((t) => t.value)).toEqual([40]);
  });

  it("decimals are kept as written", () => {
    expect(one("Öka med 12,5 procent").value).toBe(12.5);
    expect(one("Grow membership by 2.5 percent", "en").value).toBe(2.5);
    expect(one("Samla 12.683 namnunderskrifter").value).toBe(12683);
    expect(one("Collect 12,683 signatures", "en").value).toBe(12683);
  });

  it("ranges have a low and a high end", () => {
    expect(one("40–60 deltagare på höstmötet")).toMatchObject({ value: 40, max: 60, comparison: "between", unit: "deltagare" });
    expect(one("Mellan 40 och 60 deltagare på höstmötet")).toMatchObject({ value: 40, max: 60, comparison: "between", text: "Mellan 40 och 60 deltagare på höstmötet" });
    expect(one("Mellom 10 og 15 møter", "nb")).toMatchObject({ value: 10, max: 15, comparison: "between" });
  });

  it("comparisons: högst, exakt", () => {
    expect(one("Högst 3 avhopp under kursen")).toMatchObject({ comparison: "atMost", value: 3, text: "Högst 3 avhopp" });
    expect(one("Exakt 12 styrelsemöten")).toMatchObject({ comparison: "exactly", value: 12, text: "Exakt 12 styrelsemöten" });
  });

  it.each([
    ["Verve minst 25 nye medlemmer", "nb", "medlemmer"],
    ["25 nye medlemmer skal verves i år", "nb", "medlemmer"],
    ["Värva 150 nya medlemmar under året", "sv", "medlemmar"],
    ["Recruit 30 new members", "en", "members"],
  ] as const)("units after nya/nye/new: %s", (text, lang, unit) => {
    expect(one(text, lang).unit).toBe(unit);
  });

  it("an amount with only 'nye' after it has no unit rather than the unit 'nye'", () => {
    expect(one("Verve 25 nye", "nb").unit).toBeUndefined();
  });
});

describe("extractTargets — a change from a baseline", () => {
  const read = (text: string, lang: Parameters<typeof extractTargets>[1]) =>
    extractTargets(text, lang).map((t) => [t.comparison, t.value, t.unit ?? null, t.text.replace(/\u00a0/g, " ")]);

  it.each([
    ["Halvere frafallet på kurs fra 20 % til 10 %", "nb", [["atMost", 10, "%", "fra 20 % til 10 %"]]],
    ["Minska sjukfrånvaron från 8 procent till 5 procent", "sv", [["atMost", 5, "%", "från 8 procent till 5 procent"]]],
    ["Öka från 3 till 5 studiecirklar", "sv", [["atLeast", 5, "studiecirklar", "från 3 till 5 studiecirklar"]]],
    ["Grow membership from 1,200 to 1,350 members", "en", [["atLeast", 1350, "members", "from 1,200 to 1,350 members"]]],
    ["Øge antallet af tillidsrepræsentanter fra 40 til 55 personer", "da", [["atLeast", 55, "personer", "fra 40 til 55 personer"]]],
  ] as const)("%s: the baseline is context, the second number is the target", (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it("leaves dates and years alone, and an explicit comparison wins", () => {
    expect(read("Kurs från 1 januari till 31 mars", "sv")).toEqual([]);
    expect(read("Från 2024 till 2026 ska vi värva 40 medlemmar", "sv")).toEqual([["exactly", 40, "medlemmar", "40 medlemmar"]]);
    expect(read("Gå från 10 till minst 14 klubbar", "sv")).toEqual([["atLeast", 14, "klubbar", "minst 14 klubbar"]]);
  });
});

describe("extractTargets — rates and deadlines", () => {
  it("a rate keeps how often: the target and its actual are per month, never a year's total", () => {
    expect(extractTargets("Genomföra två arbetsplatsbesök per månad", "sv")).toEqual([
      expect.objectContaining({ value: 2, unit: "arbetsplatsbesök", per: "per månad", text: "två arbetsplatsbesök per månad" }),
    ]);
    expect(extractTargets("Write at most 2 press releases a month", "en")[0]).toMatchObject({ comparison: "atMost", value: 2, per: "a month" });
    expect(extractTargets("Holde 3 medlemsmøter i måneden", "nb")[0]).toMatchObject({ value: 3, per: "i måneden" });
    // a year's frequency is the plan's own footing: no rate
    expect(extractTargets("Träffa ordförandena minst sex gånger per år", "sv")[0]!.per).toBeUndefined();
  });

  it("a deadline is not a target: inom två veckor, innen to uker, within two weeks", () => {
    expect(extractTargets("Följa upp alla tillbud inom två veckor", "sv")).toEqual([]);
    expect(extractTargets("Svare på alle henvendelser innen to uker", "nb")).toEqual([]);
    expect(extractTargets("Answer every query within two weeks", "en")).toEqual([]);
  });

  it("what every workplace has says which, not how many: alle arbeidsplasser med over 10 ansatte", () => {
    expect(extractTargets("Besøke alle arbeidsplasser med over 10 ansatte", "nb")).toEqual([]);
    expect(extractTargets("Besöka alla arbetsplatser med minst 5 medlemmar", "sv")).toEqual([]);
    expect(extractTargets("Besøge alle arbejdspladser som har over 20 ansatte", "da")).toEqual([]);
    expect(extractTargets("Visit every workplace with more than 10 employees", "en")).toEqual([]);
    // without "alle", or with the count before it, the number is the target
    expect(extractTargets("Hålla kurser med minst 12 deltagare", "sv")).toMatchObject([{ value: 12, comparison: "atLeast", unit: "deltagare" }]);
    expect(extractTargets("Besøke 25 arbeidsplasser med verneombud", "nb")).toMatchObject([{ value: 25, unit: "arbeidsplasser" }]);
  });

  it("a set phrase before the unit is one word: 5 health and safety reps", () => {
    expect(extractTargets("Train five new health and safety reps by June", "en")).toMatchObject([{ value: 5, unit: "reps", text: "five new health and safety reps" }]);
    // "and" elsewhere still ends the unit
    expect(extractTargets("Recruit 15 members and hold two meetings", "en").map((t) => t.unit)).toEqual(["members", "meetings"]);
  });

  it("over 10 is at least 10 in every language", () => {
    for (const [text, language] of [["Besöka över 10 arbetsplatser", "sv"], ["Besøke over 10 arbeidsplasser", "nb"], ["Besøge over 10 arbejdspladser", "da"], ["Visit over 10 workplaces", "en"]] as const) {
      expect(extractTargets(text, language), text).toMatchObject([{ value: 10, comparison: "atLeast" }]);
    }
  });
});
