import type { DemoAccount } from './seed'

/** Prints the demo accounts once: the passwords are stored nowhere else in clear. */
export function printDemoAccounts(accounts: DemoAccount[]): void {
  const width = Math.max(...accounts.map((account) => account.email.length))
  console.log('')
  console.log('[balises] Comptes de démonstration / demo accounts (shown once — note them now):')
  for (const account of accounts) {
    console.log(`[balises]   ${account.role.padEnd(12)} ${account.email.padEnd(width)}  ${account.password}`)
  }
  console.log('')
}
