import type { BrowserContext } from 'playwright-core'

/**
 * Records the text of every toast the admin shows in this browser context, even one dismissed at
 * once, across page loads. Returns the live list (each text once).
 */
export async function recordToasts(context: BrowserContext): Promise<string[]> {
  const seen: string[] = []
  await context.exposeBinding('reportToast', (_source, text: string) => {
    if (!seen.includes(text)) seen.push(text)
  })
  await context.addInitScript(() => {
    const report = (window as unknown as { reportToast: (text: string) => void }).reportToast
    new MutationObserver(() => {
      for (const toast of document.querySelectorAll('[data-sonner-toast]')) {
        const text = (toast.textContent ?? '').trim()
        if (text) report(text)
      }
    }).observe(document, { childList: true, subtree: true, characterData: true })
  })
  return seen
}
