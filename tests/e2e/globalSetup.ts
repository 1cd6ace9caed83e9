import { ensureBuild } from '../../src/build/ensureBuild'
import { ROOT } from './helpers/app'

/** The e2e suite runs against the production build; build it once, before any test file. */
export default function setup() {
  ensureBuild(ROOT)
}
