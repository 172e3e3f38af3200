// Reads the runners' JSON reports into one shape: passed, failed, flaky, skipped (or not run).
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

export function vitestCounts(file) {
  const report = read(file);
  if (!report) return undefined;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    flaky: 0,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Playwright's stats, plus every test by title with what became of it. */
export function playwrightCounts(file) {
  const report = read(file);
  if (!report) return undefined;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected, flaky, skipped, tests: playwrightTests(report) };
}

function playwrightTests(report) {
  const tests = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        tests.push({ title: `[${test.projectName}] ${[...path, spec.title].join(' › ')}`, status: test.status });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.title]);
  return tests;
}
