import { ensureBuild } from '../../dev/build/ensureBuild'
import { ROOT } from './helpers/app'
import { ensureChromium } from './helpers/chromiumInstall'

/** The e2e suite runs Chromium against the production build: both are made ready once, first. */
export default function setup() {
  ensureChromium()
  ensureBuild(ROOT)
}
