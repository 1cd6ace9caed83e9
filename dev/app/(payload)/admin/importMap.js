import { CodeOfConductGate as CodeOfConductGate_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { FormErrorBanner as FormErrorBanner_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { CategoryCell as CategoryCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { CategoryPicker as CategoryPicker_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { BalisesDateCell as BalisesDateCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { BalisesDateField as BalisesDateField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PublishedWhere as PublishedWhere_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ChannelTextField as ChannelTextField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ChannelRowLabel as ChannelRowLabel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { CompliancePanel as CompliancePanel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { DeliveriesPanel as DeliveriesPanel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { PostPreview as PostPreview_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { CommentsPanel as CommentsPanel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { WorkflowStageCell as WorkflowStageCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { WorkflowStageField as WorkflowStageField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ComplianceRowLabel as ComplianceRowLabel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { OverrideRowLabel as OverrideRowLabel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { StageTextField as StageTextField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { HistoryRowLabel as HistoryRowLabel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { WorkflowActionBar as WorkflowActionBar_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ReplacedByWorkflow as ReplacedByWorkflow_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { MediaPeopleConsents as MediaPeopleConsents_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ColorCell as ColorCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { PersonConsents as PersonConsents_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { PersonExportLinks as PersonExportLinks_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { WithdrawConsentButton as WithdrawConsentButton_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { HelpReplyField as HelpReplyField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { HelpReplyPanel as HelpReplyPanel_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { AuditActorCell as AuditActorCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditActorField as AuditActorField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditCollectionCell as AuditCollectionCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditCollectionField as AuditCollectionField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditSummaryCell as AuditSummaryCell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditSummaryField as AuditSummaryField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditChangeField as AuditChangeField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { AuditChangeRowLabel as AuditChangeRowLabel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { SecretField as SecretField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { TestConnectionButton as TestConnectionButton_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { CodeOfConductAcceptance as CodeOfConductAcceptance_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { TimeZoneField as TimeZoneField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { PhraseListField as PhraseListField_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { PhraseTester as PhraseTester_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ChannelTable as ChannelTable_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { KeyDateRowLabel as KeyDateRowLabel_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { BalisesIcon as BalisesIcon_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { BalisesLogo as BalisesLogo_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { NotificationBell as NotificationBell_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { QueueNavLinks as QueueNavLinks_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { CalendarNavLink as CalendarNavLink_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ReportsNavLinks as ReportsNavLinks_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { ToHandleNavLink as ToHandleNavLink_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { BalisesDashboard as BalisesDashboard_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { BalisesRolesProvider as BalisesRolesProvider_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { BalisesTranslations as BalisesTranslations_7ce0a997922408181b6a5d85f4bec21d } from 'balises/client'
import { CalendarView as CalendarView_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { ToHandleView as ToHandleView_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { ReportsView as ReportsView_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { DigestView as DigestView_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { AudienceImportView as AudienceImportView_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { PersonAccessView as PersonAccessView_7cb8c0d115d434010dcfcbc69ac1756e } from 'balises/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "balises/client#CodeOfConductGate": CodeOfConductGate_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#FormErrorBanner": FormErrorBanner_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#CategoryCell": CategoryCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#CategoryPicker": CategoryPicker_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#BalisesDateCell": BalisesDateCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#BalisesDateField": BalisesDateField_7ce0a997922408181b6a5d85f4bec21d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "balises/client#PublishedWhere": PublishedWhere_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ChannelTextField": ChannelTextField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ChannelRowLabel": ChannelRowLabel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#CompliancePanel": CompliancePanel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#DeliveriesPanel": DeliveriesPanel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#PostPreview": PostPreview_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#CommentsPanel": CommentsPanel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#WorkflowStageCell": WorkflowStageCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#WorkflowStageField": WorkflowStageField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ComplianceRowLabel": ComplianceRowLabel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#OverrideRowLabel": OverrideRowLabel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#StageTextField": StageTextField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#HistoryRowLabel": HistoryRowLabel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#WorkflowActionBar": WorkflowActionBar_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ReplacedByWorkflow": ReplacedByWorkflow_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#MediaPeopleConsents": MediaPeopleConsents_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ColorCell": ColorCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#PersonConsents": PersonConsents_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#PersonExportLinks": PersonExportLinks_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#WithdrawConsentButton": WithdrawConsentButton_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#HelpReplyField": HelpReplyField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/rsc#HelpReplyPanel": HelpReplyPanel_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/client#AuditActorCell": AuditActorCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditActorField": AuditActorField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditCollectionCell": AuditCollectionCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditCollectionField": AuditCollectionField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditSummaryCell": AuditSummaryCell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditSummaryField": AuditSummaryField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditChangeField": AuditChangeField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#AuditChangeRowLabel": AuditChangeRowLabel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#SecretField": SecretField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#TestConnectionButton": TestConnectionButton_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#CodeOfConductAcceptance": CodeOfConductAcceptance_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#TimeZoneField": TimeZoneField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#PhraseListField": PhraseListField_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#PhraseTester": PhraseTester_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ChannelTable": ChannelTable_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#KeyDateRowLabel": KeyDateRowLabel_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#BalisesIcon": BalisesIcon_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#BalisesLogo": BalisesLogo_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#NotificationBell": NotificationBell_7ce0a997922408181b6a5d85f4bec21d,
  "balises/rsc#QueueNavLinks": QueueNavLinks_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/client#CalendarNavLink": CalendarNavLink_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ReportsNavLinks": ReportsNavLinks_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#ToHandleNavLink": ToHandleNavLink_7ce0a997922408181b6a5d85f4bec21d,
  "balises/rsc#BalisesDashboard": BalisesDashboard_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/client#BalisesRolesProvider": BalisesRolesProvider_7ce0a997922408181b6a5d85f4bec21d,
  "balises/client#BalisesTranslations": BalisesTranslations_7ce0a997922408181b6a5d85f4bec21d,
  "balises/rsc#CalendarView": CalendarView_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/rsc#ToHandleView": ToHandleView_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/rsc#ReportsView": ReportsView_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/rsc#DigestView": DigestView_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/rsc#AudienceImportView": AudienceImportView_7cb8c0d115d434010dcfcbc69ac1756e,
  "balises/rsc#PersonAccessView": PersonAccessView_7cb8c0d115d434010dcfcbc69ac1756e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
