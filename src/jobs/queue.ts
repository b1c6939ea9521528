/**
 * The queue this process queues to and runs. One queue by default; separate deployments (or test
 * servers sharing a database) give each its own so that only they pick up their jobs.
 */
export const jobsQueue = (): string => process.env.LINLI_JOBS_QUEUE || 'default'
