import { launchFromCommandLine } from './launch'

launchFromCommandLine('production')
