import { ensureDebianBinary } from '../../bench/lib/system-packages'

/** Debian's Chromium, installed with apt when missing (playwright's own browser download cannot work here). */
export function ensureChromium(): string {
  return ensureDebianBinary('chromium', 'chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
}
