import { translate } from '../translations'
import { isConnectedNetwork } from './networks'

export type SettingsProblem = { path: string; message: string }

/** Plain http only for this machine (the tests' local servers); every network is reached over https. */
function isAcceptableUrl(value: string): boolean {
  try {
    const url = new URL(value)
    if (url.protocol === 'https:') return true
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}

/** What a channel account needs before it can be tested: the network's server and the account's identifier. */
export function channelAccountProblems(account: Record<string, unknown>, language: string | undefined): SettingsProblem[] {
  const problems: SettingsProblem[] = []
  const network = String(account.network ?? '')
  if (!isConnectedNetwork(network)) return problems
  const serverUrl = typeof account.serverUrl === 'string' ? account.serverUrl.trim() : ''
  if (network === 'mastodon' && !serverUrl)
    problems.push({ path: 'serverUrl', message: translate(language, 'channelAccounts:serverUrlRequired') })
  else if (serverUrl && !isAcceptableUrl(serverUrl))
    problems.push({ path: 'serverUrl', message: translate(language, 'channelAccounts:serverUrlInvalid') })
  const identifier = typeof account.identifier === 'string' ? account.identifier.trim() : ''
  if (network !== 'mastodon' && !identifier) {
    problems.push({
      path: 'identifier',
      message: translate(
        language,
        network === 'bluesky' ? 'channelAccounts:identifierRequired_bluesky' : 'channelAccounts:identifierRequired_facebook',
      ),
    })
  }
  return problems
}
