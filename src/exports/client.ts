// Client components of the admin (referenced as 'balises/client#Name').
export { ChannelTextField } from '../components/ChannelTextField'
export { CompliancePanel } from '../components/CompliancePanel'
export { CalendarNavLink } from '../../calendar/view/CalendarNavLink'
export { WithdrawConsentButton } from '../components/WithdrawConsentButton'
export { ToHandleNavLink } from '../components/toHandle/ToHandleNavLink'
export { PersonExportLinks } from '../components/PersonExportLinks'
export { ReportsNavLinks } from '../components/ReportsNavLinks'
