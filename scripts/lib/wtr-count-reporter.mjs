// A web-test-runner reporter that ends the run with plain `# pass N` / `# fail N` / `# skip N` lines, the
// counts scripts/test.mjs adds up. A test file that failed outside any test (it did not load, or threw
// between tests) counts as one failure, so a broken file is never silently "0 tests".
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skip += 1;
    else if (test.passed) totals.pass += 1;
    else totals.fail += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { pass: 0, fail: 0, skip: 0 };
      for (const session of sessions) {
        const before = totals.fail;
        count(session.testResults, totals);
        if (totals.fail === before && (session.passed === false || session.errors.length > 0)) totals.fail += 1;
      }
      console.log(`# pass ${totals.pass}\n# fail ${totals.fail}\n# skip ${totals.skip}`);
    },
  };
}
