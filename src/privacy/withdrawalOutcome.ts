export type WithdrawalOutcome = { unscheduled: number; takedowns: number }

/** Where the withdrawal endpoint finds what the cascade did within its request. */
export const WITHDRAWAL_OUTCOME = 'balisesWithdrawalOutcome'
