/** Wording for the command line itself: commander's errors, said in the user's language; schema files; lint's fatal findings. */
export const shellEn = {
  "cli.unknownOption": "unknown option {option}",
  "cli.unknownCommand": "unknown command \"{command}\"",
  "cli.missingArgument": "missing argument <{name}>",
  "cli.optionMissingArgument": "the option {option} needs a value",
  "cli.missingMandatoryOption": "the option {option} is required",
  "cli.excessArguments": "too many arguments (expected {expected})",
  "cli.invalidChoice": "\"{value}\" is not allowed for {option} (use {allowed})",
  "cli.didYouMean": "did you mean {suggestion}?",
  "cli.seeHelp": "Run \"{command} --help\" for help.",
  "cli.lang": "the language: sv, nb (or no, nn) or en",
  "cmd.schema.write": "write all three schemas into the workspace's schemas/ folder (for editor completion)",
  "schema.written": "wrote {path}",
  "lint.problemsNoNotes": "{count} {count:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings})",
};

export const shellSv: Record<keyof typeof shellEn, string> = {
  "cli.unknownOption": "okänt alternativ {option}",
  "cli.unknownCommand": "okänt kommando \"{command}\"",
  "cli.missingArgument": "argumentet <{name}> saknas",
  "cli.optionMissingArgument": "alternativet {option} behöver ett värde",
  "cli.missingMandatoryOption": "alternativet {option} måste anges",
  "cli.excessArguments": "för många argument (väntade {expected})",
  "cli.invalidChoice": "\"{value}\" går inte för {option} (använd {allowed})",
  "cli.didYouMean": "menade du {suggestion}?",
  "cli.seeHelp": "Kör \"{command} --help\" för hjälp.",
  "cli.lang": "språket: sv, nb (eller no, nn) eller en",
  "cmd.schema.write": "skriv alla tre scheman i arbetsmappens schemas/ (för komplettering i editorn)",
  "schema.written": "skrev {path}",
  "lint.problemsNoNotes": "{count} problem ({errors} fel, {warnings} {warnings:varning|varningar})",
};

export const shellNb: Record<keyof typeof shellEn, string> = {
  "cli.unknownOption": "ukjent valg {option}",
  "cli.unknownCommand": "ukjent kommando \"{command}\"",
  "cli.missingArgument": "argumentet <{name}> mangler",
  "cli.optionMissingArgument": "valget {option} trenger en verdi",
  "cli.missingMandatoryOption": "valget {option} må oppgis",
  "cli.excessArguments": "for mange argumenter (ventet {expected})",
  "cli.invalidChoice": "\"{value}\" går ikke for {option} (bruk {allowed})",
  "cli.didYouMean": "mente du {suggestion}?",
  "cli.seeHelp": "Kjør \"{command} --help\" for hjelp.",
  "cli.lang": "språket: sv, nb (eller no, nn) eller en",
  "cmd.schema.write": "skriv alle tre skjemaene i arbeidsmappens schemas/ (for fullføring i editoren)",
  "schema.written": "skrev {path}",
  "lint.problemsNoNotes": "{count} {count:problem|problemer} ({errors} feil, {warnings} {warnings:advarsel|advarsler})",
};
