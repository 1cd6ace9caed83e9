import { translate } from '../translations'
import { isConnectedNetwork } from './networks'

export type SettingsProblem = { path: string; message: string }

/** Longest values kept; checked here too because Payload skips the validation of a field its condition hides. */
export const ACCOUNT_TEXT_LIMITS = { name: 200, serverUrl: 500, identifier: 300, secret: 4000 } as const

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
  for (const field of ['serverUrl', 'identifier'] as const) {
    const value = account[field]
    if (value !== undefined && value !== null && (typeof value !== 'string' || value.length > ACCOUNT_TEXT_LIMITS[field])) {
      problems.push({ path: field, message: translate(language, 'channelAccounts:tooLong', { max: ACCOUNT_TEXT_LIMITS[field] }) })
    }
  }
  if (problems.length > 0) return problems
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
