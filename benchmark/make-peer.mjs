// Generates the comparison page into a folder: the page's own files from benchmark/peer/, the
// prebuilt files of SurveyJS (survey-core, survey-js-ui) and Chart.js from node_modules, and
// survey.js, the SurveyJS survey made from sets/samhsa-2015.json: a start page, then one page per
// category with one radio group per competency (the five levels and "Not applicable").
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = join(here, "node_modules");
export const SET_FILE = join(here, "..", "sets", "samhsa-2015.json");

// The widget's scale (src/core/competency_set.rs) and its "not applicable" choice.
export const LEVELS = ["Not skilled at all", "Beginning skill", "Moderate skill", "Advanced skill", "Expert skill"];
export const NOT_APPLICABLE = "Not applicable";

// Prebuilt files served as they are published (no bundler). The theme without web fonts: the
// full theme loads Open Sans from a font service, and the page must not leave localhost.
const VENDOR = [
  "survey-core/survey.core.min.js",
  "survey-core/survey-core.fontless.min.css",
  "survey-js-ui/survey-js-ui.min.js",
  "chart.js/dist/chart.umd.min.js",
];

/** The versions of the comparison page's libraries, from their package.json files. */
export function peerVersions() {
  const version = (name) => JSON.parse(readFileSync(join(MODULES, name, "package.json"), "utf8")).version;
  return { "survey-core": version("survey-core"), "survey-js-ui": version("survey-js-ui"), "chart.js": version("chart.js") };
}

export function surveyFromSet(set) {
  const choices = [
    ...LEVELS.map((text, i) => ({ value: i + 1, text })),
    { value: "na", text: NOT_APPLICABLE },
  ];
  return {
    title: "Peer Worker Competency Self-Assessment",
    firstPageIsStartPage: true,
    startSurveyText: "Begin",
    pagePrevText: "Previous",
    pageNextText: "Next",
    completeText: "See results",
    showProgressBar: true,
    progressBarType: "questions",
    showQuestionNumbers: "onPage",
    showCompletedPage: false,
    pages: [
      {
        name: "welcome",
        elements: [
          {
            type: "html",
            name: "welcome",
            html:
              "<h2>How skilled do you feel in peer support work?</h2>" +
              `<p>This self-assessment walks you through the ${set.title}. For each competency, choose how skilled you feel today.</p>` +
              "<p>It takes about 15 minutes. You can stop at any time and come back later.</p>" +
              "<p>Your answers stay on this device, in this browser. They are never sent anywhere.</p>",
          },
        ],
      },
      ...set.categories.map((category) => ({
        name: category.id,
        title: `${category.number}. ${category.title}`,
        description: category.description,
        elements: category.competencies.map((competency) => ({
          type: "radiogroup",
          name: competency.id,
          title: competency.text,
          choices,
        })),
      })),
    ],
  };
}

/** Writes the comparison page into `out` (emptied first) and returns the set it shows. */
export function makePeer(out) {
  const set = JSON.parse(readFileSync(SET_FILE, "utf8"));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const page = join(here, "peer");
  for (const name of readdirSync(page)) copyFileSync(join(page, name), join(out, name));
  for (const file of VENDOR) {
    copyFileSync(join(MODULES, file), join(out, file.split("/").pop()));
  }
  const categories = set.categories.map((c) => ({
    id: c.id,
    number: c.number,
    title: c.title,
    short_title: c.short_title,
    competencies: c.competencies.map((k) => ({ id: k.id })),
  }));
  const data = { survey: surveyFromSet(set), categories };
  writeFileSync(join(out, "survey.js"), `window.PEER_ASSESSMENT = ${JSON.stringify(data)};\n`);
  return set;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? join(here, "..", "target", "benchmark", "peer");
  makePeer(out);
  console.log(`comparison page written to ${out}`);
}
