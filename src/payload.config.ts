import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { admins } from './access'
import { chineseAdmin } from './admin/chineseAdmin'
import { AuditEntries } from './audit/collections/AuditEntries'
import { AuditSettings } from './audit/globals/AuditSettings'
import { purgeExpiredAuditEntriesTask } from './audit/jobs/purgeExpiredAuditEntries'
import { Activities } from './collections/Activities'
import { Applications } from './recruitment/collections/Applications'
import { Cases } from './collections/Cases'
import { Courtyards } from './collections/Courtyards'
import { Media } from './collections/Media'
import { RecruitmentCalls } from './recruitment/collections/RecruitmentCalls'
import { Stories } from './collections/Stories'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { RecruitmentSettings } from './recruitment/globals/RecruitmentSettings'
import { healthEndpoint } from './endpoints/health'
import { revalidateEndpoint } from './endpoints/revalidate'
import { SiteSettings } from './globals/SiteSettings'
import { anonymiseExpiredApplicationsTask } from './recruitment/jobs/anonymiseExpiredApplications'
import { jobsQueue } from './jobs/queue'
import { queueLock } from './jobs/queueLock'
import { sendApplicationMailTask } from './recruitment/jobs/sendApplicationMail'
import { createMailTransport } from './lib/email/transport'
import { UPLOAD_MAX_FILE_BYTES } from './lib/http/bodyLimits'
import { graphqlValidationRules } from './lib/security/graphqlRules'
import { stripGraphqlSuggestions } from './lib/security/graphqlSuggestions'
import { hardenApi } from './lib/security/hardenApi'
import { loggingLevels } from './lib/security/loggingLevels'
import { mediaStoragePlugin } from './lib/storage/s3'
import { migrations } from './migrations'
import { Signups } from './signup/collections/Signups'
import { SignupSettings } from './signup/globals/SignupSettings'
import { announceActivityChangeTask } from './signup/jobs/activityChanged'
import { anonymiseExpiredSignupsTask } from './signup/jobs/anonymiseSignups'
import { promoteWaitlistTask } from './signup/jobs/promoteWaitlist'
import { sendSignupRemindersTask } from './signup/jobs/reminders'
import { sendSignupMailTask } from './signup/jobs/sendSignupMail'
import { SecuritySettings } from './twoFactor/globals/SecuritySettings'
import { Certificates } from './volunteers/collections/Certificates'
import { Duties } from './volunteers/collections/Duties'
import { ServiceRecords } from './volunteers/collections/ServiceRecords'
import { Volunteers } from './volunteers/collections/Volunteers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Only the site's own origin may use a session cookie (CSRF) or read the API from a browser (CORS). */
const trustedOrigins = process.env.SITE_URL ? [new URL(process.env.SITE_URL).origin] : []

function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set. Start the site with \`npm start\` (or \`npm run dev\`), which sets it up.`)
  return value
}

/**
 * DATABASE_REPLICA_URLS: streaming standbys that take the reads made outside a transaction (writes,
 * transactions and raw pool queries stay on DATABASE_URL). Read-your-writes across processes comes from
 * the primary committing with synchronous_commit = remote_apply (README); Payload's own per-process
 * window of reads on the primary after a write is DATABASE_REPLICA_AFTER_WRITE_MS (its default 2000).
 */
function readReplicaOptions(): { readReplicas?: string[]; readReplicasAfterWriteInterval?: number } {
  const readReplicas = (process.env.DATABASE_REPLICA_URLS ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  if (readReplicas.length === 0) return {}
  const afterWrite = process.env.DATABASE_REPLICA_AFTER_WRITE_MS
  if (afterWrite === undefined || afterWrite === '') return { readReplicas }
  const interval = Number(afterWrite)
  if (!Number.isInteger(interval) || interval < 0) throw new Error(`DATABASE_REPLICA_AFTER_WRITE_MS must be a whole number of milliseconds, got "${afterWrite}"`)
  return { readReplicas, readReplicasAfterWriteInterval: interval }
}

export default buildConfig({
  secret: requiredEnv('PAYLOAD_SECRET'),
  serverURL: process.env.SITE_URL || undefined,
  csrf: [...trustedOrigins],
  cors: [...trustedOrigins],
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 邻里 Linli' },
    components: {
      beforeDashboard: ['/admin/components/FirstRunChecklist#FirstRunChecklist', '/volunteers/components/TeamDashboard#TeamDashboard'],
      graphics: { Logo: '/admin/components/TeamName#TeamName', Icon: '/admin/components/TeamName#TeamMark' },
      views: {
        login: { Component: '/twoFactor/components/LoginView#TwoFactorLoginView' },
        recordActivity: { Component: '/volunteers/components/RecordActivityPage#RecordActivityPage', path: '/record-activity' },
      },
    },
  },
  collections: [Stories, Activities, RecruitmentCalls, Cases, Applications, Signups, Volunteers, ServiceRecords, Duties, Certificates, Topics, Courtyards, Media, Users, AuditEntries],
  globals: [SiteSettings, RecruitmentSettings, SignupSettings, SecuritySettings, AuditSettings],
  endpoints: [healthEndpoint, revalidateEndpoint],
  // Media in an S3-compatible bucket when S3_BUCKET is set; otherwise in the local media folder.
  plugins: [hardenApi, chineseAdmin, mediaStoragePlugin()],
  loggingLevels,
  hooks: { afterError: [stripGraphqlSuggestions] },
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'zh', label: '中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  db: postgresAdapter({
    pool: { connectionString: requiredEnv('DATABASE_URL'), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    // Never pushed from the config, in development neither: the migrations hold SQL the config cannot express.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    ...readReplicaOptions(),
  }),
  email: nodemailerAdapter({
    defaultFromAddress: process.env.MAIL_FROM_ADDRESS ?? 'no-reply@linli.local',
    defaultFromName: process.env.MAIL_FROM_NAME ?? '邻里 Linli',
    transport: createMailTransport(),
    skipVerify: true,
  }),
  sharp,
  telemetry: false,
  // The request layer (server.ts) refuses larger bodies before Payload reads them: see bodyLimits.ts.
  upload: { limits: { fileSize: UPLOAD_MAX_FILE_BYTES } },
  graphQL: { maxComplexity: 500, disablePlaygroundInProduction: true, disableIntrospectionInProduction: true, validationRules: graphqlValidationRules },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  jobs: {
    tasks: [
      sendApplicationMailTask,
      anonymiseExpiredApplicationsTask,
      purgeExpiredAuditEntriesTask,
      sendSignupMailTask,
      promoteWaitlistTask,
      sendSignupRemindersTask,
      announceActivityChangeTask,
      anonymiseExpiredSignupsTask,
    ],
    // Admins see queued and failed jobs (a mail that could not be sent shows its error there). Jobs hold ids, never personal data.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      labels: { singular: { zh: '后台任务', en: 'Background job' }, plural: { zh: '后台任务', en: 'Background jobs' } },
      admin: { ...defaultJobsCollection.admin, group: { zh: '系统', en: 'System' }, hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin' },
      access: { ...defaultJobsCollection.access, read: admins, delete: admins },
    }),
    access: { run: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin' },
    autoRun: [{ cron: process.env.LINLI_JOBS_CRON || '*/10 * * * * *', queue: jobsQueue(), limit: 20 }],
    // One runner per queue across every process on the database (see queueLock): web processes with jobs
    // on and `npm run worker` processes never run the same job twice.
    shouldAutoRun: async () => process.env.LINLI_RUN_JOBS !== 'off' && (await queueLock(jobsQueue()).acquire()),
  },
})
