import path from 'node:path'

import { REPO_ROOT } from './embedded-postgres'

/** Same rule as the media collection's upload folder. */
export const mediaDir = (): string => process.env.MEDIA_DIR ?? path.join(REPO_ROOT, 'media')
