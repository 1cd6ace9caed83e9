/**
 * Balises' mark: a beacon (« balise ») on a deep teal tile, its light in amber. One SVG source for
 * the admin's nav icon, the login page's logo and the favicon (a data URL: no file to serve).
 */
export const BRAND_TEAL = '#0f5e6b'
export const BRAND_AMBER = '#f2b134'

export const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${BRAND_TEAL}"/><path d="M15 14l9 6M49 14l-9 6M12 26h8M44 26h8" stroke="${BRAND_AMBER}" stroke-width="3" stroke-linecap="round"/><path d="M25 21l7-9 7 9z" fill="${BRAND_AMBER}"/><path d="M27 23h10l4 28H23z" fill="#fff"/><path d="M26 31h12v4H25.4zM24.6 40h14.8l.5 4H24.1z" fill="${BRAND_TEAL}"/><rect x="17" y="51" width="30" height="4" rx="2" fill="${BRAND_AMBER}"/></svg>`

/** The favicon, as Payload's `admin.meta.icons` takes it. */
export const MARK_DATA_URL = `data:image/svg+xml,${encodeURIComponent(MARK_SVG)}`
