// Client components of the admin (referenced as 'balises/client#Name').
export { ChannelTextField } from '../components/ChannelTextField'
export { CompliancePanel } from '../components/CompliancePanel'
export { PostPreview } from '../components/preview/PostPreview'
export { CalendarNavLink } from '../../calendar/view/CalendarNavLink'
export { WithdrawConsentButton } from '../components/WithdrawConsentButton'
export { MediaPeopleConsents } from '../components/consent/MediaPeopleConsents'
export { PersonConsents } from '../components/consent/PersonConsents'
export { ToHandleNavLink } from '../components/toHandle/ToHandleNavLink'
export { PersonExportLinks } from '../components/PersonExportLinks'
export { ReportsNavLinks } from '../components/ReportsNavLinks'
export { WorkflowActionBar } from '../components/workflow/WorkflowActionBar'
export { WorkflowStageField } from '../components/workflow/WorkflowStageField'
export { WorkflowStageCell } from '../components/workflow/WorkflowStageCell'
export { ReplacedByWorkflow } from '../components/workflow/ReplacedByWorkflow'
export { FormErrorBanner } from '../components/forms/FormErrorBanner'
export { CodeOfConductGate } from '../components/forms/CodeOfConductGate'
export { CodeOfConductAcceptance } from '../components/forms/CodeOfConductAcceptance'
export { HelpReplyField } from '../components/helpRequests/HelpReplyField'
export { CommentsPanel } from '../components/comments/CommentsPanel'
export { NotificationBell } from '../components/notifications/NotificationBell'
export { BalisesRolesProvider } from '../components/BalisesRolesProvider'
export { BalisesTranslations } from '../components/BalisesTranslations'
export {
  AuditChangeRowLabel,
  ChannelRowLabel,
  ComplianceRowLabel,
  HistoryRowLabel,
  KeyDateRowLabel,
  OverrideRowLabel,
} from '../components/rowLabels/RowLabels'
export {
  AuditActorCell,
  AuditActorField,
  AuditChangeField,
  AuditCollectionCell,
  AuditCollectionField,
  AuditSummaryCell,
  AuditSummaryField,
  StageTextField,
} from '../components/rowLabels/AuditFields'
export { BalisesIcon, BalisesLogo } from '../components/branding/Branding'
export { CategoryPicker } from '../components/postForm/CategoryPicker'
export { CategoryCell, ColorCell } from '../components/postForm/CategoryCell'
export { PublishedWhere } from '../components/postForm/PublishedWhere'
export { PhraseListField } from '../components/policy/PhraseListField'
export { PhraseTester } from '../components/policy/PhraseTester'
export { TimeZoneField } from '../components/policy/TimeZoneField'
export { ChannelTable } from '../components/policy/ChannelTable'
export { BalisesDateField } from '../components/dates/DateField'
export { BalisesDateCell } from '../components/dates/DateCell'
export { SecretField } from '../components/channels/SecretField'
export { TestConnectionButton } from '../components/channels/TestConnectionButton'
export { DeliveriesPanel } from '../components/channels/DeliveriesPanel'
