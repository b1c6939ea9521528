/**
 * Writes docs/certificate-example.png: page 1 of a certificate for a made-up volunteer, rasterised by
 * poppler (the PNG committed under docs/). Run: node scripts/run.mjs scripts/certificate-example.ts
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { certificatePdf } from '../src/volunteers/certificates'
import { ensurePdftoppm } from './lib/poppler'

process.env.SITE_URL ??= 'https://linli.example.org'
const pdf = await certificatePdf({
  number: 'LL-2026-7K3F9Q',
  name: '骆志明',
  totalHours: 186.5,
  byKind: [
    { kind: 'other', label: '开门值班', count: 52, hours: 156 },
    { kind: 'tea-service', label: '公益茶座', count: 12, hours: 24 },
    { kind: 'training', label: '志愿者培训', count: 3, hours: 6.5 },
  ],
  teamName: '老顽童之家志愿服务队',
  recordingUnit: '伏龙社区居民委员会',
  periodFrom: '2026-01-01',
  periodTo: '2026-11-30',
  issuedAt: '2026-12-02',
})
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cert-'))
fs.writeFileSync(path.join(dir, 'c.pdf'), pdf)
execFileSync(ensurePdftoppm(), ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'c.pdf'), path.join(dir, 'page')])
fs.mkdirSync('docs', { recursive: true })
fs.copyFileSync(path.join(dir, 'page.png'), 'docs/certificate-example.png')
console.info(`docs/certificate-example.png: ${fs.statSync('docs/certificate-example.png').size} bytes`)
