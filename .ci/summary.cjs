// Prints "N passed, M failed" from vitest's JSON report; exits 1 when nothing ran or anything failed.
const fs = require('node:fs')

const file = process.argv[2]
if (!fs.existsSync(file)) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'))
const passed = report.numPassedTests
// A file that fails to load has no failed test of its own: count it as one failure.
const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length
const failed = report.numFailedTests + brokenFiles
if (passed + failed === 0) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
