import { launchFromCommandLine } from './launch'

launchFromCommandLine('worker')
