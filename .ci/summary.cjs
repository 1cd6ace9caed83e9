// Prints "N passed, M failed" from one or more vitest JSON reports; exits 1 when nothing ran or anything failed.
const fs = require('node:fs')

let passed = 0
let failed = 0
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    failed += 1
    continue
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  // A file that fails to load has no failed test of its own: count it as one failure.
  const brokenFiles = report.testResults.filter((result) => result.status === 'failed' && result.assertionResults.length === 0).length
  failed += report.numFailedTests + brokenFiles
}
if (passed + failed === 0) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
