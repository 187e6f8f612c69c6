// Runs Lighthouse (mobile, the default form factor) on the pages in gate.json and fails when a category score is
// below its threshold there. Called by .ci/lighthouse, which installs Lighthouse, builds and serves the site.
//
// usage: node gate.mjs BASE_URL GATE_JSON LIGHTHOUSE_CLI REPORT_DIR
//
// The performance score comes from Lantern's simulated throttling, which replays the CPU work measured in the
// real load: a busy machine (other builds, two cores) makes it lower, never higher. So a page gets up to
// runsPerPage runs and the gate keeps its BEST run, stopping at the first run that passes: the best run is the one
// least disturbed by other processes, and a page that passes at once costs one run instead of the three a median
// needs. The other categories do not depend on timing, so every run gives them the same score.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const HEADERS = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' };

const [baseUrl, gateFile, lighthouseCli, reportDir] = process.argv.slice(2);
if (!reportDir) {
  console.error('usage: node gate.mjs BASE_URL GATE_JSON LIGHTHOUSE_CLI REPORT_DIR');
  process.exit(2);
}
const gate = JSON.parse(readFileSync(gateFile, 'utf8'));

/** The page's URL: a site path such as /zoeken/?q=x below the base URL (which ends with the sub-path's slash). */
function urlOf(page) {
  return baseUrl + page.substring(1);
}

function reportName(page, attempt) {
  const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
  return join(reportDir, `${name}.run${attempt}.json`);
}

/** A run that could not give scores (Chromium did not load the page, Lighthouse crashed): it fails everything. */
function brokenRun(page, attempt, error) {
  const message = String(error.stderr || error.message).trim();
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, null]));
  return { page, attempt, report: null, scores, failing: [...CATEGORIES], error: message };
}

async function lighthouse(page, attempt) {
  try {
    return await lighthouseRun(page, attempt);
  } catch (error) {
    return brokenRun(page, attempt, error);
  }
}

async function lighthouseRun(page, attempt) {
  const output = reportName(page, attempt);
  await run(process.execPath, [
    lighthouseCli, urlOf(page),
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json', `--output-path=${output}`, '--quiet',
  ], { maxBuffer: 16 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(output, 'utf8'));
  if (report.runtimeError) {
    throw new Error(`${urlOf(page)}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  }
  const scores = {};
  for (const category of CATEGORIES) {
    const score = report.categories[category]?.score;
    scores[category] = score == null ? null : Math.round(score * 100);
  }
  return { page, attempt, report, scores, failing: failingCategories(scores) };
}

function failingCategories(scores) {
  return CATEGORIES.filter((category) => scores[category] == null || scores[category] < gate.thresholds[category]);
}

/** Fewer failing categories first, then the faster page: the run least disturbed by the machine. */
function better(a, b) {
  if (a.failing.length !== b.failing.length) return a.failing.length < b.failing.length ? a : b;
  return (a.scores.performance ?? -1) >= (b.scores.performance ?? -1) ? a : b;
}

/** The audits that cost the category points (scored below 1, not merely informative) or could not run. */
function failingAudits(report, category) {
  return report.categories[category].auditRefs
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ audit }) => audit && (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1
      && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))))
    .sort((x, y) => y.ref.weight - x.ref.weight);
}

for (const category of CATEGORIES) {
  if (typeof gate.thresholds[category] !== 'number') {
    console.error(`${gateFile}: no threshold for ${category}`);
    process.exit(2);
  }
}

const started = Date.now();
const results = [];
for (const page of gate.pages) {
  let best = null;
  let runs = 0;
  for (let attempt = 1; attempt <= gate.runsPerPage; attempt++) {
    const result = await lighthouse(page, attempt);
    runs = attempt;
    best = best ? better(best, result) : result;
    console.error(`  ${page} run ${attempt}: ${CATEGORIES.map((c) => `${HEADERS[c]} ${result.scores[c]}`).join(', ')}`);
    if (result.failing.length === 0) break;
  }
  results.push({ ...best, runs });
}

const width = Math.max(...gate.pages.map((page) => page.length), 4);
const threshold = CATEGORIES.map((c) => `${HEADERS[c]}>=${gate.thresholds[c]}`).join(' ');
const anyReport = results.find((result) => result.report)?.report;
console.log(`\nLighthouse ${anyReport?.lighthouseVersion ?? '(no report)'}, ${anyReport?.configSettings.formFactor ?? ''},`
  + ` best of up to ${gate.runsPerPage} runs; gate: ${threshold}`);
console.log(`${'page'.padEnd(width)}  ${CATEGORIES.map((c) => HEADERS[c].padStart(4)).join('  ')}  best/runs`);
for (const result of results) {
  const cells = CATEGORIES.map((c) => {
    const text = String(result.scores[c] ?? '-');
    return (result.failing.includes(c) ? `${text}!` : text).padStart(4);
  });
  console.log(`${result.page.padEnd(width)}  ${cells.join('  ')}  ${result.attempt}/${result.runs}`);
}

let failed = false;
for (const result of results) {
  if (result.error) {
    failed = true;
    console.log(`\n${result.page}: no scores, Lighthouse failed: ${result.error}`);
    continue;
  }
  for (const category of result.failing) {
    failed = true;
    console.log(`\n${result.page}: ${category} ${result.scores[category]} < ${gate.thresholds[category]}`
      + ` (report: ${reportName(result.page, result.attempt)})`);
    for (const { ref, audit } of failingAudits(result.report, category)) {
      const value = audit.scoreDisplayMode === 'error' ? ` (error: ${audit.errorMessage})`
        : audit.displayValue ? ` (${audit.displayValue})` : '';
      console.log(`  ${audit.id}  score ${audit.score}  weight ${ref.weight}  ${audit.title}${value}`);
    }
  }
}
console.log(`\n${failed ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
