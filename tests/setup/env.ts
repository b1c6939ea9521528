import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.MAIL_DIR = inject('mailDir')
process.env.MEDIA_DIR = inject('mediaDir')
process.env.LINLI_RUN_JOBS = 'off'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.LINLI_SITE_URL = inject('siteUrl')
// Content edited through the Local API in a test refreshes the running server's page cache.
if (inject('siteUrl')) process.env.LINLI_REVALIDATE_URL = inject('siteUrl')
