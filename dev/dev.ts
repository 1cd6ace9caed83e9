import { launchFromCommandLine } from './launch'

launchFromCommandLine('development')
