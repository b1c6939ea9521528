import { SlugField as SlugField_4b11879b0f38959910698018f70c7f17 } from '../../../components/admin/slug/SlugField'
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
import { PosterButton as PosterButton_ffca4653ffe060be3b85612d40a989a2 } from '../../../components/admin/print/PosterButton'
import { DaysWaitingCell as DaysWaitingCell_c96632858cff29edc7f366d264d15aa2 } from '../../../components/admin/applications/DaysWaitingCell'
import { StatusTabs as StatusTabs_bbc88a360c2ff7f1a37463e99918e6c6 } from '../../../components/admin/applications/StatusTabs'
import { ExportCsvButton as ExportCsvButton_66c9f74773927b7e654e094dc3221079 } from '../../../components/admin/applications/ExportCsvButton'
import { SignupLinks as SignupLinks_86fb5aaa3a42dcf87f38cdd896381a6b } from '../../../components/admin/signups/SignupLinks'
import { RevealIdNumber as RevealIdNumber_efdec0f67318fe25a094ba91a8bcfc1a } from '../../../volunteers/components/RevealIdNumber'
import { OwnLink as OwnLink_d8abef9e80fac31e9e81d4095a990917 } from '../../../volunteers/components/OwnLink'
import { VolunteerExportButtons as VolunteerExportButtons_9b2693d1ea5f00970bb10dc9a6ca2f58 } from '../../../volunteers/components/ExportButtons'
import { RecordExportButtons as RecordExportButtons_9b2693d1ea5f00970bb10dc9a6ca2f58 } from '../../../volunteers/components/ExportButtons'
import { DutyRosterLink as DutyRosterLink_4b941ab434a99249164e77afac70eecc } from '../../../volunteers/components/DutyRosterLink'
import { CertificatePdfLink as CertificatePdfLink_813ebf433bc6ab5902f41ddf398dc204 } from '../../../volunteers/components/CertificatePdfLink'
import { ByKindField as ByKindField_b774efee69c6201003a73f118541d4f1 } from '../../../volunteers/components/ByKindField'
import { TwoFactorPanel as TwoFactorPanel_ed57192b74f4560f39d7b058f984a0c0 } from '../../../twoFactor/components/TwoFactorPanel'
import { AuditTrailNotice as AuditTrailNotice_6eab20ed4ec636619512d5ca4c6b6737 } from '../../../audit/components/AuditTrailNotice'
import { TeamMark as TeamMark_42d943fac63ad98b5b2292bb3a1db072 } from '../../../admin/components/TeamName'
import { TeamName as TeamName_42d943fac63ad98b5b2292bb3a1db072 } from '../../../admin/components/TeamName'
import { FirstRunChecklist as FirstRunChecklist_b46fb46cc3ec22e03b6ba748e8f23f31 } from '../../../admin/components/FirstRunChecklist'
import { TeamDashboard as TeamDashboard_a13cf21fcbf2b91d3879daecd327c528 } from '../../../volunteers/components/TeamDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TwoFactorLoginView as TwoFactorLoginView_3254750bd7e8a4a154d8a6c5545f1588 } from '../../../twoFactor/components/LoginView'
import { RecordActivityPage as RecordActivityPage_71d692a82f2dd13880b749065a37c86d } from '../../../volunteers/components/RecordActivityPage'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/slug/SlugField#SlugField": SlugField_4b11879b0f38959910698018f70c7f17,
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
  "/components/admin/print/PosterButton#PosterButton": PosterButton_ffca4653ffe060be3b85612d40a989a2,
  "/components/admin/applications/DaysWaitingCell#DaysWaitingCell": DaysWaitingCell_c96632858cff29edc7f366d264d15aa2,
  "/components/admin/applications/StatusTabs#StatusTabs": StatusTabs_bbc88a360c2ff7f1a37463e99918e6c6,
  "/components/admin/applications/ExportCsvButton#ExportCsvButton": ExportCsvButton_66c9f74773927b7e654e094dc3221079,
  "/components/admin/signups/SignupLinks#SignupLinks": SignupLinks_86fb5aaa3a42dcf87f38cdd896381a6b,
  "/volunteers/components/RevealIdNumber#RevealIdNumber": RevealIdNumber_efdec0f67318fe25a094ba91a8bcfc1a,
  "/volunteers/components/OwnLink#OwnLink": OwnLink_d8abef9e80fac31e9e81d4095a990917,
  "/volunteers/components/ExportButtons#VolunteerExportButtons": VolunteerExportButtons_9b2693d1ea5f00970bb10dc9a6ca2f58,
  "/volunteers/components/ExportButtons#RecordExportButtons": RecordExportButtons_9b2693d1ea5f00970bb10dc9a6ca2f58,
  "/volunteers/components/DutyRosterLink#DutyRosterLink": DutyRosterLink_4b941ab434a99249164e77afac70eecc,
  "/volunteers/components/CertificatePdfLink#CertificatePdfLink": CertificatePdfLink_813ebf433bc6ab5902f41ddf398dc204,
  "/volunteers/components/ByKindField#ByKindField": ByKindField_b774efee69c6201003a73f118541d4f1,
  "/twoFactor/components/TwoFactorPanel#TwoFactorPanel": TwoFactorPanel_ed57192b74f4560f39d7b058f984a0c0,
  "/audit/components/AuditTrailNotice#AuditTrailNotice": AuditTrailNotice_6eab20ed4ec636619512d5ca4c6b6737,
  "/admin/components/TeamName#TeamMark": TeamMark_42d943fac63ad98b5b2292bb3a1db072,
  "/admin/components/TeamName#TeamName": TeamName_42d943fac63ad98b5b2292bb3a1db072,
  "/admin/components/FirstRunChecklist#FirstRunChecklist": FirstRunChecklist_b46fb46cc3ec22e03b6ba748e8f23f31,
  "/volunteers/components/TeamDashboard#TeamDashboard": TeamDashboard_a13cf21fcbf2b91d3879daecd327c528,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/twoFactor/components/LoginView#TwoFactorLoginView": TwoFactorLoginView_3254750bd7e8a4a154d8a6c5545f1588,
  "/volunteers/components/RecordActivityPage#RecordActivityPage": RecordActivityPage_71d692a82f2dd13880b749065a37c86d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
