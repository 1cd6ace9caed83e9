/** The jobs queue every Balises task runs on (publication, purge, e-mails). */
export const BALISES_QUEUE = 'balises'
