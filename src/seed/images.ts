/**
 * Demo illustrations for the seed content, drawn from SVG with sharp.
 *
 * Every image is a warm, flat illustration composed here from simple shapes: no text is rendered
 * (no CJK font is guaranteed on the machine) and nothing is fetched from elsewhere. Output is
 * JPEG, 1600×1000. Drawing is deterministic, so the same key always gives the same picture.
 */
import sharp from 'sharp'

import { seededRandom as rng } from '@/lib/seededRandom'
import type { Localized } from './content/types'

export const SEED_IMAGE_WIDTH = 1600
export const SEED_IMAGE_HEIGHT = 1000
const W = SEED_IMAGE_WIDTH
const H = SEED_IMAGE_HEIGHT

// ---------------------------------------------------------------------------------- palette

const C = {
  cream: '#FFF4E0',
  paper: '#FBE9CF',
  sand: '#F3D9B1',
  peach: '#F6C7A1',
  red: '#C8372D',
  brick: '#B5533C',
  terracotta: '#D9623B',
  orange: '#EE8B3A',
  gold: '#F2B134',
  yellow: '#F7D154',
  teal: '#2A7F7A',
  tealLight: '#5FA8A0',
  navy: '#264653',
  night: '#1F2A44',
  sage: '#8AB17D',
  leaf: '#5E8C4A',
  leafDark: '#3F6B3A',
  brown: '#7A4A2E',
  wood: '#A86B3C',
  woodLight: '#C98B55',
  pink: '#F4A6A0',
  rose: '#E07A7A',
  white: '#FFFFFF',
  grey: '#C9C9C9',
  greyDark: '#8C8C8C',
  ink: '#3B2F2F',
  slate: '#6B7A8F',
  sky: '#BFE3EC',
  skin1: '#F1C27D',
  skin2: '#E0A96D',
  skin3: '#C68642',
  hairDark: '#2E2622',
  hairGrey: '#D5D5D5',
} as const

// ---------------------------------------------------------------------------------- helpers

const f = (n: number) => Number(n.toFixed(1))

function svgDoc(defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`
}

function linear(id: string, stops: [number, string][], vertical = true): string {
  const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"'
  return `<linearGradient id="${id}" ${dir}>${stops
    .map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`)
    .join('')}</linearGradient>`
}

function radial(id: string, inner: string, outer: string, opacityOuter = 0): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${inner}" stop-opacity="1"/><stop offset="1" stop-color="${outer}" stop-opacity="${opacityOuter}"/></radialGradient>`
}

const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = '') =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${rx}" fill="${fill}" ${extra}/>`
const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = '') =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}" ${extra}/>`
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = '') =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" ${extra}/>`
const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`
const group = (transform: string, content: string) => `<g transform="${transform}">${content}</g>`

// ---------------------------------------------------------------------------------- scenery

function cloud(x: number, y: number, s: number, fill: string = C.white, opacity = 0.9): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `<g fill="${fill}" opacity="${opacity}">${circle(0, 0, 40, fill)}${circle(45, -15, 50, fill)}${circle(95, 0, 38, fill)}${rect(-35, 0, 165, 38, fill, 19)}</g>`,
  )
}

function sun(cx: number, cy: number, r: number, fill: string = C.gold): string {
  return `${circle(cx, cy, r * 1.6, fill, 'opacity="0.18"')}${circle(cx, cy, r * 1.25, fill, 'opacity="0.3"')}${circle(cx, cy, r, fill)}`
}

function tree(x: number, y: number, s: number, leaf: string = C.leaf, blossoms?: string, seed = 1): string {
  const r = rng(seed)
  let dots = ''
  if (blossoms) {
    for (let i = 0; i < 26; i++) {
      const a = r() * Math.PI * 2
      const d = r() * 95
      dots += circle(Math.cos(a) * d, -230 + Math.sin(a) * d * 0.8, 6 + r() * 4, blossoms)
    }
  }
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${path('M-16 0 L-10 -150 L10 -150 L16 0 Z', C.brown)}${circle(0, -230, 110, leaf)}${circle(-70, -180, 70, leaf)}${circle(75, -185, 72, leaf)}${circle(-20, -300, 60, leaf, 'opacity="0.9"')}${dots}`,
  )
}

/** A pitched-roof single-storey house with slightly upturned eaves. */
function house(
  x: number,
  y: number,
  w: number,
  h: number,
  wall: string,
  roof: string,
  opts: { lit?: boolean; door?: string; doorOpen?: boolean; windows?: number } = {},
): string {
  const roofH = h * 0.55
  const windows = opts.windows ?? 2
  const winColor = opts.lit ? C.yellow : C.sky
  let out = rect(x, y - h, w, h, wall)
  out += path(
    `M${x - w * 0.1} ${y - h + 6} Q${x - w * 0.04} ${y - h - 4} ${x + w * 0.05} ${y - h - roofH * 0.55} L${x + w / 2} ${y - h - roofH} L${x + w * 0.95} ${y - h - roofH * 0.55} Q${x + w * 1.04} ${y - h - 4} ${x + w * 1.1} ${y - h + 6} Z`,
    roof,
  )
  out += rect(x - w * 0.06, y - h - 6, w * 1.12, 14, roof, 7, 'opacity="0.85"')
  const doorW = w * 0.18
  const doorX = x + w / 2 - doorW / 2
  if (opts.doorOpen) {
    out += rect(doorX, y - h * 0.62, doorW, h * 0.62, C.yellow)
    out += path(`M${doorX} ${y - h * 0.62} L${doorX - doorW * 0.45} ${y - h * 0.58} L${doorX - doorW * 0.45} ${y + 2} L${doorX} ${y} Z`, opts.door ?? C.brick)
  } else {
    out += rect(doorX, y - h * 0.62, doorW, h * 0.62, opts.door ?? C.brick, 4)
    out += circle(doorX + doorW * 0.8, y - h * 0.3, 4, C.gold)
  }
  const slot = (w - doorW) / 2
  for (let i = 0; i < windows; i++) {
    const side = i % 2 === 0 ? 0 : 1
    const wx = side === 0 ? x + slot / 2 - w * 0.09 : x + w - slot / 2 - w * 0.09
    const wy = y - h * 0.72
    out += rect(wx, wy, w * 0.18, h * 0.32, C.white, 4)
    out += rect(wx + 6, wy + 6, w * 0.18 - 12, h * 0.32 - 12, winColor, 2)
    out += line(wx + w * 0.09, wy + 6, wx + w * 0.09, wy + h * 0.32 - 6, C.white, 4)
    if (opts.lit) out += ellipse(wx + w * 0.09, wy + h * 0.16, w * 0.2, h * 0.28, C.yellow, 'opacity="0.18"')
  }
  return out
}

/** A multi-storey apartment block. */
function block(
  x: number,
  y: number,
  w: number,
  h: number,
  wall: string,
  floors: number,
  cols: number,
  opts: { lit?: number; seed?: number; roof?: string; window?: string } = {},
): string {
  const r = rng(opts.seed ?? 7)
  let out = rect(x, y - h, w, h, wall)
  out += rect(x - 6, y - h - 12, w + 12, 14, opts.roof ?? C.slate, 3)
  const padX = w * 0.1
  const padY = 30
  const cellW = (w - padX * 2) / cols
  const cellH = (h - padY * 2) / floors
  for (let fl = 0; fl < floors; fl++) {
    for (let c = 0; c < cols; c++) {
      const lit = r() < (opts.lit ?? 0)
      const wx = x + padX + c * cellW + cellW * 0.18
      const wy = y - h + padY + fl * cellH + cellH * 0.2
      out += rect(wx, wy, cellW * 0.64, cellH * 0.55, lit ? C.yellow : (opts.window ?? '#D6E7EA'), 2)
    }
  }
  return out
}

function bunting(x1: number, x2: number, y: number, sag: number, colors: string[], count: number): string {
  let out = `<path d="M${x1} ${y} Q${(x1 + x2) / 2} ${y + sag * 2} ${x2} ${y}" fill="none" stroke="${C.brown}" stroke-width="3"/>`
  for (let i = 1; i < count; i++) {
    const t = i / count
    const px = x1 + (x2 - x1) * t
    const py = (1 - t) * (1 - t) * y + 2 * (1 - t) * t * (y + sag * 2) + t * t * y
    out += path(`M${f(px - 22)} ${f(py)} L${f(px + 22)} ${f(py)} L${f(px)} ${f(py + 48)} Z`, colors[i % colors.length]!)
  }
  return out
}

function lantern(x: number, y: number, s: number, body: string = C.red): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${line(0, -70, 0, -48, C.brown, 3)}${rect(-16, -52, 32, 10, C.gold, 3)}${ellipse(0, 0, 48, 44, body)}${ellipse(0, 0, 30, 44, '#000', 'opacity="0.08"')}${ellipse(0, 0, 12, 44, '#000', 'opacity="0.06"')}${ellipse(-14, -14, 10, 16, C.white, 'opacity="0.25"')}${rect(-16, 40, 32, 10, C.gold, 3)}${line(-8, 52, -8, 86, C.gold, 3)}${line(0, 52, 0, 92, C.gold, 3)}${line(8, 52, 8, 86, C.gold, 3)}`,
  )
}

function lanternString(x1: number, x2: number, y: number, sag: number, n: number, s: number): string {
  let out = `<path d="M${x1} ${y} Q${(x1 + x2) / 2} ${y + sag * 2} ${x2} ${y}" fill="none" stroke="${C.ink}" stroke-width="3" opacity="0.7"/>`
  for (let i = 1; i < n; i++) {
    const t = i / n
    const px = x1 + (x2 - x1) * t
    const py = (1 - t) * (1 - t) * y + 2 * (1 - t) * t * (y + sag * 2) + t * t * y
    out += lantern(px, py + 70 * s, s, i % 3 === 0 ? C.terracotta : C.red)
  }
  return out
}

function chrysanthemum(cx: number, cy: number, r: number, petal: string, centre: string): string {
  let out = ''
  const layers: [number, number, number][] = [
    [1, 18, 0],
    [0.75, 14, 10],
    [0.5, 10, 5],
  ]
  for (const [scale, n, off] of layers) {
    for (let i = 0; i < n; i++) {
      const a = (360 / n) * i + off
      out += `<ellipse cx="${f(cx)}" cy="${f(cy - r * scale * 0.5)}" rx="${f(r * 0.13 * (scale + 0.3))}" ry="${f(r * scale * 0.5)}" fill="${petal}" transform="rotate(${f(a)} ${f(cx)} ${f(cy)})" ${scale < 1 ? 'opacity="0.92"' : ''}/>`
    }
  }
  out += circle(cx, cy, r * 0.16, centre)
  return out
}

function flowerPot(x: number, y: number, s: number, petal: string, seed: number): string {
  const r = rng(seed)
  let stems = ''
  let heads = ''
  const spots: [number, number][] = [
    [-55, -190],
    [0, -230],
    [55, -195],
    [-25, -160],
    [30, -150],
  ]
  for (const [dx, dy] of spots) {
    stems += line(0, -60, dx * 0.9, dy + 30, C.leaf, 6)
    stems += ellipse(dx * 0.55, (dy - 60) / 2, 18, 8, C.leaf, `transform="rotate(${f(r() * 60 - 30)} ${f(dx * 0.55)} ${f((dy - 60) / 2)})"`)
    heads += chrysanthemum(dx, dy, 46 + r() * 10, petal, C.orange)
  }
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${stems}${heads}${path('M-70 -70 L70 -70 L55 0 L-55 0 Z', C.terracotta)}${rect(-78, -82, 156, 18, C.brick, 6)}`,
  )
}

// ---------------------------------------------------------------------------------- people

type PersonOpts = {
  skin?: string
  hair?: string
  top?: string
  bottom?: string
  /** Arm pose. */
  arms?: 'down' | 'wave' | 'up' | 'forward' | 'hold' | 'point'
  bun?: boolean
  ponytail?: boolean
  bald?: boolean
  glasses?: boolean
  skirt?: boolean
  cane?: boolean
  apron?: string
  flip?: boolean
  /** Something held in the right hand, drawn at the hand position (local coordinates). */
  holding?: string
}

/** A standing person, feet at (x, y); about 300 px tall at scale 1. */
function person(x: number, y: number, s: number, o: PersonOpts = {}): string {
  const skin = o.skin ?? C.skin1
  const hair = o.hair ?? C.hairDark
  const top = o.top ?? C.teal
  const bottom = o.bottom ?? C.navy
  let g = ''
  // legs
  if (o.skirt) {
    g += path('M-42 -110 L42 -110 L52 -40 L-52 -40 Z', bottom)
    g += rect(-30, -42, 18, 40, skin, 6) + rect(12, -42, 18, 40, skin, 6)
  } else {
    g += rect(-34, -112, 30, 110, bottom, 12) + rect(4, -112, 30, 110, bottom, 12)
  }
  g += ellipse(-20, -2, 22, 9, C.ink) + ellipse(20, -2, 22, 9, C.ink)
  // arms
  const sl: [number, number] = [-38, -205]
  const sr: [number, number] = [38, -205]
  let hl: [number, number] = [-50, -112]
  let hr: [number, number] = [50, -112]
  switch (o.arms) {
    case 'wave':
      hr = [88, -292]
      break
    case 'up':
      hl = [-82, -300]
      hr = [82, -300]
      break
    case 'forward':
      hr = [92, -168]
      break
    case 'hold':
      hl = [-22, -150]
      hr = [22, -150]
      break
    case 'point':
      hr = [112, -236]
      break
  }
  if (o.cane) hr = [58, -112]
  const arm = (s0: [number, number], h: [number, number]) => {
    const mx = (s0[0] + h[0]) / 2 + (h[0] > s0[0] ? 8 : -8)
    const my = (s0[1] + h[1]) / 2 + 6
    return `<path d="M${s0[0]} ${s0[1]} Q${mx} ${my} ${h[0]} ${h[1]}" fill="none" stroke="${top}" stroke-width="24" stroke-linecap="round"/>${circle(h[0], h[1], 11, skin)}`
  }
  // torso
  g += arm(sl, hl)
  g += path('M-40 -215 Q0 -228 40 -215 L46 -104 Q0 -96 -46 -104 Z', top)
  if (o.apron) g += path('M-26 -190 L26 -190 L34 -96 L-34 -96 Z', o.apron) + line(-26, -190, -12, -214, o.apron, 4) + line(26, -190, 12, -214, o.apron, 4)
  g += arm(sr, hr)
  if (o.cane) g += line(60, -112, 70, -2, C.brown, 7)
  // neck + head
  g += rect(-9, -232, 18, 18, skin, 4)
  g += circle(0, -262, 34, skin)
  if (!o.bald) {
    g += path('M-35 -262 Q-36 -304 0 -303 Q36 -304 35 -262 Q30 -284 0 -284 Q-26 -282 -35 -262 Z', hair)
  } else {
    g += path('M-35 -258 Q-36 -272 -30 -276 L-28 -256 Z', hair) + path('M35 -258 Q36 -272 30 -276 L28 -256 Z', hair)
  }
  if (o.bun) g += circle(0, -306, 15, hair)
  if (o.ponytail) g += path('M26 -286 Q58 -272 48 -226 Q40 -250 24 -270 Z', hair)
  // face
  g += circle(-12, -262, 3.6, C.ink) + circle(12, -262, 3.6, C.ink)
  g += `<path d="M-9 -247 Q0 -240 9 -247" fill="none" stroke="${C.ink}" stroke-width="3" stroke-linecap="round"/>`
  g += circle(-20, -250, 6, C.pink, 'opacity="0.7"') + circle(20, -250, 6, C.pink, 'opacity="0.7"')
  if (o.glasses) {
    g += `<g fill="none" stroke="${C.ink}" stroke-width="2.5">${circle(-12, -262, 9, 'none')}${circle(12, -262, 9, 'none')}${line(-3, -262, 3, -262, C.ink, 2.5)}</g>`
  }
  if (o.holding) g += group(`translate(${hr[0]} ${hr[1]})`, o.holding)
  const flip = o.flip ? ` scale(-1 1)` : ''
  return group(`translate(${x} ${y}) scale(${s})${flip}`, g)
}

/** A seated person, the seat at (x, y); legs hang down about 100 px at scale 1. */
function seated(x: number, y: number, s: number, o: PersonOpts = {}): string {
  const skin = o.skin ?? C.skin1
  const hair = o.hair ?? C.hairGrey
  const top = o.top ?? C.terracotta
  const bottom = o.bottom ?? C.navy
  let g = ''
  g += rect(-44, -14, 88, 30, bottom, 12)
  g += rect(-36, 10, 28, 90, bottom, 12) + rect(8, 10, 28, 90, bottom, 12)
  g += ellipse(-22, 100, 22, 9, C.ink) + ellipse(22, 100, 22, 9, C.ink)
  let hl: [number, number] = [-40, -10]
  let hr: [number, number] = [40, -10]
  if (o.arms === 'forward') hr = [80, -60]
  if (o.arms === 'up') {
    hl = [-80, -190]
    hr = [80, -190]
  }
  if (o.arms === 'wave') hr = [84, -185]
  if (o.arms === 'hold') {
    hl = [-18, -40]
    hr = [18, -40]
  }
  const arm = (s0: [number, number], h: [number, number]) =>
    `<path d="M${s0[0]} ${s0[1]} Q${(s0[0] + h[0]) / 2 + (h[0] > s0[0] ? 10 : -10)} ${(s0[1] + h[1]) / 2} ${h[0]} ${h[1]}" fill="none" stroke="${top}" stroke-width="24" stroke-linecap="round"/>${circle(h[0], h[1], 11, skin)}`
  g += arm([-38, -100], hl)
  g += path('M-40 -110 Q0 -122 40 -110 L44 0 L-44 0 Z', top)
  g += arm([38, -100], hr)
  g += rect(-9, -128, 18, 18, skin, 4)
  g += circle(0, -158, 34, skin)
  if (!o.bald) g += path('M-35 -158 Q-36 -200 0 -199 Q36 -200 35 -158 Q30 -180 0 -180 Q-26 -178 -35 -158 Z', hair)
  else g += path('M-35 -154 Q-36 -168 -30 -172 L-28 -152 Z', hair) + path('M35 -154 Q36 -168 30 -172 L28 -152 Z', hair)
  if (o.bun) g += circle(0, -202, 15, hair)
  g += circle(-12, -158, 3.6, C.ink) + circle(12, -158, 3.6, C.ink)
  g += `<path d="M-9 -143 Q0 -136 9 -143" fill="none" stroke="${C.ink}" stroke-width="3" stroke-linecap="round"/>`
  g += circle(-20, -146, 6, C.pink, 'opacity="0.7"') + circle(20, -146, 6, C.pink, 'opacity="0.7"')
  if (o.glasses)
    g += `<g fill="none" stroke="${C.ink}" stroke-width="2.5">${circle(-12, -158, 9, 'none')}${circle(12, -158, 9, 'none')}</g>`
  if (o.holding) g += group(`translate(${hr[0]} ${hr[1]})`, o.holding)
  const flip = o.flip ? ` scale(-1 1)` : ''
  return group(`translate(${x} ${y}) scale(${s})${flip}`, g)
}

/** A person seen from behind (audience), shoulders at y. */
function backView(x: number, y: number, s: number, top: string, hair: string): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${path('M-62 90 Q-62 0 0 -4 Q62 0 62 90 Z', top)}${circle(0, -40, 38, hair)}`,
  )
}

function chair(x: number, y: number, s: number, color: string = C.wood): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${rect(-52, -150, 104, 140, color, 10, 'opacity="0.95"')}${rect(-60, -12, 120, 20, color, 6)}${rect(-52, 8, 12, 95, color, 3)}${rect(40, 8, 12, 95, color, 3)}`,
  )
}

// ---------------------------------------------------------------------------------- objects

function teacup(x: number, y: number, s: number, color: string = C.white, band: string = C.teal): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${ellipse(0, 4, 46, 9, '#000', 'opacity="0.12"')}${path('M-36 -44 L36 -44 Q34 -4 0 0 Q-34 -4 -36 -44 Z', color)}${rect(-36, -36, 72, 7, band)}${ellipse(0, -44, 36, 8, '#E8D3A5')}${ellipse(0, -44, 28, 5, '#C9A15A')}`,
  )
}

function teapot(x: number, y: number, s: number, body: string = C.teal, accent: string = C.gold): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${ellipse(0, 6, 100, 14, '#000', 'opacity="0.12"')}<path d="M70 -80 Q125 -95 118 -40 Q112 -10 78 -18" fill="none" stroke="${body}" stroke-width="16" stroke-linecap="round"/>${path('M-70 -60 Q-120 -70 -140 -120 L-126 -126 Q-104 -96 -72 -92 Z', body)}${path('M-85 -40 Q-90 -120 0 -124 Q90 -120 85 -40 Q80 0 0 2 Q-80 0 -85 -40 Z', body)}${rect(-80, -66, 160, 10, accent, 5)}${ellipse(0, -122, 46, 12, accent)}${circle(0, -138, 12, accent)}${ellipse(-40, -80, 14, 24, C.white, 'opacity="0.25"')}`,
  )
}

function steam(x: number, y: number, s: number, color: string = C.white, opacity = 0.7): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `<g fill="none" stroke="${color}" stroke-width="8" stroke-linecap="round" opacity="${opacity}"><path d="M0 0 C-20 -30 20 -50 0 -80 C-20 -110 15 -125 0 -150"/><path d="M34 -10 C18 -36 48 -56 32 -84 C18 -108 44 -120 34 -140"/></g>`,
  )
}

function umbrella(x: number, y: number, s: number, color: string = C.red, stripe: string = C.gold): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${path('M-190 0 Q-190 -150 0 -160 Q190 -150 190 0 Q160 -22 128 0 Q96 -22 64 0 Q32 -22 0 0 Q-32 -22 -64 0 Q-96 -22 -128 0 Q-160 -22 -190 0 Z', color)}${path('M-64 0 Q-60 -120 0 -160 Q-30 -110 -22 -8 Z', stripe, 'opacity="0.55"')}${path('M64 0 Q60 -120 0 -160 Q30 -110 22 -8 Z', stripe, 'opacity="0.55"')}${line(0, -160, 0, -178, C.ink, 6)}${line(0, 0, 0, 190, C.ink, 6)}<path d="M0 190 Q0 214 -20 210" fill="none" stroke="${C.ink}" stroke-width="6" stroke-linecap="round"/>`,
  )
}

function rain(seed: number, count: number, color: string, yMax = H): string {
  const r = rng(seed)
  let out = `<g stroke="${color}" stroke-width="4" stroke-linecap="round" opacity="0.55">`
  for (let i = 0; i < count; i++) {
    const x = r() * (W + 200) - 100
    const y = r() * yMax
    const l = 26 + r() * 26
    out += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x - l * 0.35)}" y2="${f(y + l)}"/>`
  }
  return out + '</g>'
}

function stars(seed: number, count: number, yMax: number): string {
  const r = rng(seed)
  let out = ''
  for (let i = 0; i < count; i++) out += circle(r() * W, r() * yMax, 1.5 + r() * 2.5, C.white, `opacity="${f(0.4 + r() * 0.6)}"`)
  return out
}

function key(s: number): string {
  return group(`scale(${s})`, `${circle(0, 0, 14, C.gold)}${circle(0, 0, 6, C.brick)}${rect(10, -4, 42, 8, C.gold, 3)}${rect(40, 2, 6, 12, C.gold)}${rect(30, 2, 6, 9, C.gold)}`)
}

function dumpling(x: number, y: number, s: number, rot = 0): string {
  return group(
    `translate(${x} ${y}) rotate(${rot}) scale(${s})`,
    `${ellipse(0, 14, 58, 10, '#000', 'opacity="0.10"')}${path('M-60 10 Q-62 -50 0 -54 Q62 -50 60 10 Q0 22 -60 10 Z', '#FFF8EC')}${path('M-60 10 Q0 22 60 10 Q30 4 0 6 Q-30 4 -60 10 Z', '#EFE0C4')}<g fill="none" stroke="#E4CFA8" stroke-width="4" stroke-linecap="round"><path d="M-34 -40 Q-30 -26 -24 -22"/><path d="M-14 -50 Q-10 -34 -6 -28"/><path d="M8 -50 Q10 -34 12 -28"/><path d="M30 -42 Q28 -28 24 -22"/></g>`,
  )
}

function bowl(x: number, y: number, s: number, color: string, soup: string): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${ellipse(0, 96, 150, 18, '#000', 'opacity="0.12"')}${path('M-160 0 Q-150 100 0 100 Q150 100 160 0 Z', color)}${ellipse(0, 0, 160, 32, '#F5E9D6')}${ellipse(0, 2, 142, 24, soup)}${rect(-60, 70, 120, 22, color, 8)}`,
  )
}

function chopsticks(x: number, y: number, s: number, rot: number): string {
  return group(`translate(${x} ${y}) rotate(${rot}) scale(${s})`, `${rect(0, -6, 340, 10, C.brown, 5)}${rect(0, 12, 340, 10, C.brown, 5)}${rect(0, -6, 60, 10, C.red, 3)}${rect(0, 12, 60, 10, C.red, 3)}`)
}

function heart(x: number, y: number, s: number, fill: string): string {
  return group(`translate(${x} ${y}) scale(${s})`, path('M0 30 C-60 -10 -50 -70 0 -40 C50 -70 60 -10 0 30 Z', fill))
}

function scissors(s: number, color: string = C.slate): string {
  return group(
    `scale(${s})`,
    `<g fill="none" stroke="${color}" stroke-width="6">${circle(-12, 18, 10, 'none')}${circle(12, 18, 10, 'none')}</g>${path('M-8 8 L14 -44 L6 -44 L-4 6 Z', color)}${path('M8 8 L-14 -44 L-6 -44 L4 6 Z', color)}`,
  )
}

function notebook(w: number, h: number): string {
  let lines = ''
  for (let i = 1; i < 6; i++) lines += line(8, (h / 6) * i, w / 2 - 10, (h / 6) * i, '#C9B48A', 2) + line(w / 2 + 10, (h / 6) * i, w - 8, (h / 6) * i, '#C9B48A', 2)
  return `${rect(0, 0, w, h, C.white, 4)}${line(w / 2, 0, w / 2, h, C.sand, 3)}${lines}`
}

function shopfront(x: number, y: number, w: number, h: number, wall: string, awning: string, inside: string): string {
  const stripes = 6
  let aw = ''
  for (let i = 0; i < stripes; i++) {
    aw += path(
      `M${f(x - 10 + ((w + 20) / stripes) * i)} ${y - h + 70} L${f(x - 10 + ((w + 20) / stripes) * (i + 1))} ${y - h + 70} L${f(x - 10 + ((w + 20) / stripes) * (i + 1))} ${y - h + 140} Q${f(x - 10 + ((w + 20) / stripes) * (i + 0.5))} ${y - h + 170} ${f(x - 10 + ((w + 20) / stripes) * i)} ${y - h + 140} Z`,
      i % 2 === 0 ? awning : C.white,
    )
  }
  return `${rect(x, y - h, w, h, wall)}${rect(x, y - h, w, 70, C.ink, 0, 'opacity="0.15"')}${rect(x + 18, y - h + 14, w - 36, 42, C.cream, 6)}${rect(x + w * 0.08, y - h + 170, w * 0.5, h - 230, inside, 4)}${rect(x + w * 0.66, y - h + 190, w * 0.24, h - 190, C.brown, 4)}${circle(x + w * 0.7, y - 100, 5, C.gold)}${aw}`
}

function barberPole(x: number, y: number, s: number): string {
  let stripes = ''
  for (let i = 0; i < 6; i++) stripes += path(`M-18 ${-150 + i * 28} L18 ${-170 + i * 28} L18 ${-156 + i * 28} L-18 ${-136 + i * 28} Z`, i % 2 ? C.navy : C.red)
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${rect(-22, -190, 44, 18, C.slate, 8)}<clipPath id="pole"><rect x="-18" y="-172" width="36" height="160" rx="6"/></clipPath>${rect(-18, -172, 36, 160, C.white, 6)}<g clip-path="url(#pole)">${stripes}</g>${rect(-22, -14, 44, 18, C.slate, 8)}`,
  )
}

function calendar(x: number, y: number, s: number, mark: [number, number]): string {
  let cells = ''
  for (let r = 0; r < 5; r++)
    for (let c = 0; c < 7; c++) cells += rect(20 + c * 38, 90 + r * 34, 28, 24, r === mark[0] && c === mark[1] ? C.red : '#EADBC0', 3)
  return group(`translate(${x} ${y}) scale(${s})`, `${rect(0, 0, 306, 270, C.white, 10)}${rect(0, 0, 306, 70, C.red, 10)}${rect(0, 50, 306, 20, C.red)}${circle(80, 8, 9, C.ink)}${circle(226, 8, 9, C.ink)}${cells}`)
}

function windowFrame(x: number, y: number, w: number, h: number, view: string, frame: string = C.white): string {
  return `${rect(x - 10, y - 10, w + 20, h + 20, frame, 8)}${rect(x, y, w, h, view, 4)}${line(x + w / 2, y, x + w / 2, y + h, frame, 8)}${line(x, y + h / 2, x + w, y + h / 2, frame, 8)}`
}

function plant(x: number, y: number, s: number): string {
  return group(
    `translate(${x} ${y}) scale(${s})`,
    `${ellipse(-30, -110, 22, 60, C.leaf, 'transform="rotate(-25 -30 -110)"')}${ellipse(30, -110, 22, 60, C.leaf, 'transform="rotate(25 30 -110)"')}${ellipse(0, -130, 22, 70, C.leafDark)}${path('M-50 -60 L50 -60 L40 0 L-40 0 Z', C.terracotta)}`,
  )
}

function confetti(seed: number, count: number, colors: string[], yMax: number): string {
  const r = rng(seed)
  let out = ''
  for (let i = 0; i < count; i++) {
    const x = r() * W
    const y = r() * yMax
    out += `<rect x="${f(x)}" y="${f(y)}" width="${f(10 + r() * 10)}" height="${f(6 + r() * 6)}" fill="${colors[i % colors.length]}" transform="rotate(${f(r() * 180)} ${f(x)} ${f(y)})" opacity="0.85"/>`
  }
  return out
}

/** Dots of a Chinese-chess board with round pieces: no characters, just colours. */
function chessBoard(x: number, y: number, s: number): string {
  let g = rect(0, 0, 360, 400, '#E9C98F', 10)
  for (let i = 0; i < 9; i++) g += line(30 + i * 37.5, 30, 30 + i * 37.5, 370, C.brown, 2)
  for (let j = 0; j < 10; j++) g += line(30, 30 + j * 37.8, 330, 30 + j * 37.8, C.brown, 2)
  g += rect(30, 181, 300, 37, '#E9C98F')
  const pieces: [number, number, string][] = [
    [1, 0, C.red], [3, 0, C.red], [4, 2, C.red], [6, 1, C.red], [2, 3, C.red],
    [2, 9, C.ink], [4, 9, C.ink], [5, 7, C.ink], [7, 8, C.ink], [6, 6, C.ink],
  ]
  for (const [c, r, col] of pieces) {
    g += circle(30 + c * 37.5, 30 + r * 37.8, 16, '#FFF3DC') + circle(30 + c * 37.5, 30 + r * 37.8, 11, 'none', `stroke="${col}" stroke-width="3"`)
  }
  return group(`translate(${x} ${y}) scale(${s})`, g)
}

async function toJpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 })
    .resize(W, H)
    .flatten({ background: C.cream })
    .jpeg({ quality: 82, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer()
}

// ---------------------------------------------------------------------------------- scenes

function sceneLuoShuNight(): string {
  const defs =
    linear('sky', [
      [0, '#1F2A44'],
      [0.55, '#4B3F72'],
      [0.85, '#D9785B'],
      [1, '#F2B134'],
    ]) + radial('glow', '#FFE59A', '#FFE59A')
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += stars(11, 90, 420)
  b += circle(1330, 170, 64, '#FFF1C9') + circle(1358, 150, 58, '#27304E')
  b += block(40, 760, 220, 470, '#3A4366', 9, 3, { lit: 0.35, seed: 3, roof: '#2B3252', window: '#59628A' })
  b += block(280, 760, 180, 380, '#444E73', 7, 3, { lit: 0.3, seed: 4, roof: '#2B3252', window: '#59628A' })
  b += block(1180, 760, 200, 430, '#3A4366', 8, 3, { lit: 0.3, seed: 5, roof: '#2B3252', window: '#59628A' })
  b += block(1400, 760, 180, 350, '#444E73', 6, 3, { lit: 0.4, seed: 6, roof: '#2B3252', window: '#59628A' })
  b += rect(0, 760, W, 240, '#3D3A4F')
  b += path('M0 830 Q800 800 1600 840 L1600 1000 L0 1000 Z', '#4D475E')
  b += ellipse(800, 800, 420, 120, 'url(#glow)', 'opacity="0.55"')
  b += house(520, 780, 560, 300, '#E9C9A0', '#6B3A2E', { lit: true, doorOpen: true, door: '#8E4A36', windows: 2 })
  b += path('M748 780 L852 780 L930 940 L680 940 Z', C.yellow, 'opacity="0.25"')
  // lamp post
  b += rect(1110, 560, 12, 300, '#2B2B3A') + rect(1090, 548, 52, 18, '#2B2B3A', 6) + circle(1116, 580, 22, '#FFE59A') + circle(1116, 580, 70, '#FFE59A', 'opacity="0.15"')
  b += tree(330, 860, 0.9, '#2F4A3A', undefined, 2)
  b += tree(1290, 880, 1.0, '#2F4A3A', undefined, 3)
  // Uncle Luo with the keys
  b += person(920, 905, 0.95, {
    hair: C.hairGrey,
    top: '#2E6E8E',
    bottom: '#3B3F52',
    arms: 'forward',
    glasses: true,
    holding: key(1.2),
    skin: C.skin2,
  })
  return svgDoc(defs, b)
}

function sceneTeaRain(): string {
  const defs = linear('sky', [
    [0, '#8FA6B5'],
    [1, '#D4DEE2'],
  ])
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += cloud(120, 140, 1.6, '#E9EEF0', 0.85) + cloud(900, 100, 2, '#E9EEF0', 0.8) + cloud(1300, 200, 1.3, '#E9EEF0', 0.75)
  b += block(60, 720, 240, 420, '#C7B8A3', 8, 3, { seed: 8, roof: '#8C7C6A' })
  b += block(1260, 720, 260, 460, '#BFAE98', 9, 3, { seed: 9, roof: '#8C7C6A' })
  b += house(380, 720, 360, 220, '#E7D3B5', '#6E6A72', { windows: 2 })
  b += tree(1120, 740, 0.9, C.leaf, undefined, 4)
  b += rect(0, 720, W, 280, '#8E9A8F')
  b += path('M560 1000 Q700 840 820 720 L980 720 Q1000 840 1180 1000 Z', '#B9B3A6')
  b += ellipse(470, 900, 120, 16, '#C9D6DC', 'opacity="0.8"') + ellipse(1300, 860, 90, 12, '#C9D6DC', 'opacity="0.8"')
  b += ellipse(900, 960, 260, 24, '#000', 'opacity="0.12"')
  // volunteer holding umbrella over Granny Tang
  b += person(790, 950, 1.1, { top: C.teal, bottom: C.navy, hair: C.hairDark, arms: 'wave', ponytail: true })
  b += person(1000, 950, 0.95, { top: '#B0445A', bottom: '#5A4B5E', hair: C.hairGrey, bun: true, cane: true, skin: C.skin2, skirt: true, flip: true })
  b += umbrella(880, 560, 1.2, C.red, C.gold)
  b += rain(21, 240, '#F4F7F8')
  return svgDoc(defs, b)
}

function scenePouringTea(): string {
  const defs = linear('wall', [
    [0, '#FBE3C4'],
    [1, '#F3CFA2'],
  ])
  let b = rect(0, 0, W, H, 'url(#wall)')
  b += windowFrame(160, 150, 420, 330, '#BFE3EC')
  b += tree(300, 470, 0.55, C.sage, C.yellow, 5)
  b += rect(0, 720, W, 280, '#C98B55') + rect(0, 720, W, 16, '#A86B3C')
  b += plant(1440, 720, 1.3)
  // Granny seated on the left; Auntie Liu stands behind the table and pours
  b += chair(560, 730, 1.15, C.wood)
  b += seated(560, 720, 1.15, { top: '#7A5C99', bottom: C.navy, hair: C.hairGrey, bun: true, arms: 'forward', skin: C.skin2 })
  b += person(1215, 880, 1.3, { top: C.terracotta, bottom: C.navy, hair: C.hairDark, arms: 'point', apron: C.cream, flip: true })
  b += rect(700, 700, 460, 28, C.brown, 8) + rect(730, 728, 22, 190, C.brown) + rect(1108, 728, 22, 190, C.brown)
  b += teacup(860, 700, 1.1, C.white, C.red)
  b += teacup(1090, 700, 0.95, C.white, C.teal)
  b += ellipse(990, 696, 60, 12, C.sand) + circle(975, 688, 9, C.orange) + circle(1000, 686, 9, C.orange) + circle(988, 676, 9, C.orange)
  b += `<path d="M874 566 Q866 610 862 652" fill="none" stroke="#C9A15A" stroke-width="9" stroke-linecap="round"/>`
  b += steam(850, 600, 0.5, C.white, 0.8)
  b += group('translate(1000 600) rotate(-25)', teapot(0, 0, 0.7, C.teal, C.gold))
  b += circle(1064, 563, 14, C.skin1)
  return svgDoc(defs, b)
}

function sceneMentoring(): string {
  const defs = linear('sky', [
    [0, '#CDEBF0'],
    [1, '#FFF1D6'],
  ])
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += sun(1340, 170, 70, C.gold)
  b += cloud(180, 150, 1.4) + cloud(760, 110, 1.1)
  b += block(60, 700, 260, 480, '#F0D9B8', 9, 4, { seed: 12, roof: C.terracotta })
  b += block(1220, 700, 300, 420, '#EAD0AA', 8, 4, { seed: 13, roof: C.terracotta })
  b += rect(0, 700, W, 300, '#A9C98F')
  b += path('M380 1000 Q640 820 760 700 L900 700 Q980 820 1260 1000 Z', '#E9D7B5')
  b += tree(330, 760, 1.2, C.leaf, C.yellow, 7)
  b += tree(1290, 770, 1.1, C.leaf, C.yellow, 8)
  for (let i = 0; i < 5; i++) b += ellipse(440 + i * 180, 980, 40, 14, C.leaf, 'opacity="0.5"')
  b += ellipse(800, 945, 300, 26, '#000', 'opacity="0.10"')
  // Sister Chen (glasses, grey hair) shows the notebook; Xiao Yang listens
  b += person(700, 940, 1.3, {
    top: C.red,
    bottom: C.navy,
    hair: C.hairGrey,
    glasses: true,
    arms: 'forward',
    skin: C.skin1,
    holding: group('translate(-10 -70) rotate(-8)', notebook(130, 90)),
  })
  b += person(930, 940, 1.3, { top: C.teal, bottom: '#4A5A7A', hair: C.hairDark, ponytail: true, arms: 'hold', flip: true, skin: C.skin2 })
  b += heart(820, 470, 0.7, C.rose)
  return svgDoc(defs, b)
}

function sceneMeeting(): string {
  const defs = linear('wall', [
    [0, '#F7E4C6'],
    [1, '#EFD2A8'],
  ])
  let b = rect(0, 0, W, H, 'url(#wall)')
  b += rect(0, 760, W, 240, '#B97E4D')
  b += calendar(1180, 120, 0.95, [0, 2])
  b += windowFrame(140, 130, 330, 260, '#BFE3EC')
  b += tree(250, 390, 0.45, C.sage, undefined, 9)
  // people around the table (behind it)
  const folks: [number, string, string, boolean][] = [
    [430, C.terracotta, C.hairGrey, true],
    [610, C.teal, C.hairDark, false],
    [800, '#7A5C99', C.hairGrey, false],
    [990, C.orange, C.hairGrey, true],
    [1170, '#3E7CB1', C.hairDark, false],
  ]
  for (const [x, top, hair, bun] of folks) {
    b += seated(x, 700, 1.05, { top, hair, bun, arms: x === 800 ? 'wave' : 'down', skin: x % 2 ? C.skin1 : C.skin2, glasses: x === 990 })
  }
  b += ellipse(800, 740, 560, 110, C.wood) + ellipse(800, 730, 540, 96, C.woodLight)
  b += rect(560, 790, 24, 170, C.brown) + rect(1016, 790, 24, 170, C.brown)
  b += teapot(800, 740, 0.55, C.teal, C.gold)
  b += teacup(560, 760, 0.7) + teacup(680, 770, 0.7, C.white, C.red) + teacup(930, 770, 0.7) + teacup(1050, 760, 0.7, C.white, C.red)
  b += group('translate(420 700) rotate(-6)', notebook(120, 80))
  b += group('translate(1120 690) rotate(5)', notebook(120, 80))
  return svgDoc(defs, b)
}

function sceneBarber(): string {
  const defs = linear('wall', [
    [0, '#E6F0EE'],
    [1, '#CFE3DF'],
  ])
  let b = rect(0, 0, W, H, 'url(#wall)')
  b += rect(0, 800, W, 200, '#D9C3A0')
  for (let i = 0; i < 16; i++) b += rect(i * 100, 800, 50, 200, '#CDB38C', 0, 'opacity="0.6"')
  // mirror and shelf
  b += rect(430, 110, 460, 360, C.white, 30) + rect(448, 128, 424, 324, '#BFD9E0', 22)
  b += path('M500 420 L620 160 L680 160 L560 420 Z', C.white, 'opacity="0.45"')
  b += rect(420, 500, 480, 20, C.wood, 6)
  b += group('translate(520 470)', rect(0, 0, 26, 30, C.red, 4) + rect(40, -10, 26, 40, C.teal, 4) + rect(90, 10, 70, 12, C.ink, 4))
  b += barberPole(1480, 760, 2.2)
  b += plant(150, 800, 1.2)
  // barber chair with customer in cape
  b += rect(640, 880, 160, 20, C.slate, 8) + rect(705, 760, 30, 130, C.slate)
  b += rect(590, 600, 260, 170, '#8E3B35', 22)
  b += seated(720, 700, 1.15, { top: C.white, bottom: '#5A4B5E', hair: C.hairGrey, skin: C.skin2, glasses: true })
  b += path('M620 600 Q720 570 820 600 L860 780 L580 780 Z', C.white) + path('M650 660 L790 660', 'none', `stroke="#D6E7EA" stroke-width="6"`)
  // Master Zhang with scissors
  b += person(1030, 900, 1.35, {
    top: C.navy,
    bottom: C.ink,
    hair: C.hairDark,
    arms: 'point',
    apron: '#E9E2D4',
    flip: true,
    holding: group('rotate(30)', scissors(1.4)),
  })
  b += group('translate(760 478) scale(0.8)', rect(0, 0, 110, 16, C.gold, 4) + (() => {
    let t = ''
    for (let i = 0; i < 11; i++) t += rect(6 + i * 9.5, 14, 4, 26, C.gold, 2)
    return t
  })())
  return svgDoc(defs, b)
}

function sceneChrysanthemum(): string {
  const defs = linear('sky', [
    [0, '#F7D9A6'],
    [0.6, '#FBE9CF'],
    [1, '#FFF4E0'],
  ])
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += sun(1250, 190, 80, C.orange)
  b += path('M0 560 Q220 380 460 520 Q680 340 940 500 Q1200 360 1600 520 L1600 700 L0 700 Z', '#D8B98A', 'opacity="0.7"')
  b += path('M0 620 Q300 480 600 600 Q900 470 1200 590 Q1420 520 1600 600 L1600 720 L0 720 Z', '#C7A173', 'opacity="0.8"')
  b += rect(0, 700, W, 300, '#E3C79B')
  b += house(180, 760, 520, 290, '#F1DFC4', '#5F5E66', { windows: 2, door: C.red })
  b += lantern(250, 440, 0.7) + lantern(630, 440, 0.7)
  // volunteer handing flowers to an older resident at the door
  b += person(530, 900, 1.05, { top: '#8A5A9E', bottom: '#4B3F52', hair: C.hairGrey, bun: true, cane: true, skin: C.skin2, skirt: true })
  b += person(760, 900, 1.15, {
    top: C.red,
    bottom: C.navy,
    hair: C.hairDark,
    arms: 'forward',
    flip: true,
    holding: group('translate(-10 -30) scale(0.45)', chrysanthemum(0, -60, 60, C.yellow, C.orange) + chrysanthemum(50, -10, 50, C.white, C.gold) + line(0, 0, 20, 90, C.leaf, 10)),
  })
  // basket of Double Ninth cakes
  b += group(
    'translate(900 880)',
    `${path('M0 0 L180 0 L160 70 L20 70 Z', C.wood)}${path('M10 0 Q90 -120 170 0', 'none', `stroke="${C.brown}" stroke-width="10"`)}${rect(30, -30, 50, 32, '#F6E2B8', 4)}${rect(30, -20, 50, 8, C.pink)}${rect(95, -34, 50, 36, '#F6E2B8', 4)}${rect(95, -22, 50, 8, C.pink)}`,
  )
  b += flowerPot(1160, 930, 1.05, C.yellow, 31)
  b += flowerPot(1400, 940, 0.95, C.orange, 32)
  b += flowerPot(90, 960, 0.8, C.white, 33)
  return svgDoc(defs, b)
}

function sceneTeaTable(): string {
  const defs = linear('wall', [
    [0, '#F8E6C8'],
    [1, '#F1D2A4'],
  ])
  let b = rect(0, 0, W, H, 'url(#wall)')
  b += windowFrame(980, 90, 460, 330, '#CBE7D6')
  b += tree(1090, 420, 0.5, C.leaf, C.yellow, 10) + tree(1330, 420, 0.45, C.sage, undefined, 11)
  b += plant(200, 520, 1.3)
  b += rect(0, 520, W, 480, '#B97E4D') + rect(0, 520, W, 22, '#A0673A')
  for (let i = 0; i < 6; i++) b += line(0, 600 + i * 70, W, 590 + i * 72, '#A86B3C', 3, 'opacity="0.6"')
  b += teapot(560, 760, 1.3, C.teal, C.gold)
  b += steam(440, 560, 0.9)
  b += teacup(840, 780, 1.1, C.white, C.red) + teacup(980, 840, 1.1, C.white, C.teal) + teacup(330, 860, 1.05, C.white, C.red)
  b += steam(830, 700, 0.5) + steam(970, 760, 0.5)
  // a plate of sunflower seeds and a dish of sweets
  b += ellipse(1220, 900, 150, 40, '#F6EFE3') + ellipse(1220, 895, 120, 28, '#EADFC9')
  const r = rng(14)
  for (let i = 0; i < 40; i++) {
    const a = r() * Math.PI * 2
    const d = Math.sqrt(r())
    const sx = 1220 + Math.cos(a) * d * 100
    const sy = 895 + Math.sin(a) * d * 20
    b += ellipse(sx, sy, 9, 5, i % 2 ? '#3B3B3B' : '#5A5A5A', `transform="rotate(${f(r() * 180)} ${f(sx)} ${f(sy)})"`)
  }
  b += group('translate(1060 600) skewX(-18) scale(1 0.42)', chessBoard(0, 0, 0.8))
  return svgDoc(defs, b)
}

function sceneVitality(): string {
  const defs = linear('sky', [
    [0, '#FFE7C2'],
    [1, '#FFF4E0'],
  ])
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += bunting(0, 800, 60, 40, [C.red, C.gold, C.teal, C.orange], 12)
  b += bunting(800, 1600, 60, 40, [C.teal, C.red, C.gold, C.orange], 12)
  b += confetti(41, 80, [C.red, C.gold, C.teal, C.orange, C.rose], 420)
  b += rect(0, 760, W, 240, '#E9C98F')
  b += ellipse(800, 900, 720, 80, '#DDB877')
  // ring-toss pegs
  const pegs: [number, number][] = [
    [1060, 880],
    [1180, 840],
    [1300, 890],
    [1180, 930],
  ]
  for (const [x, y] of pegs) b += rect(x - 8, y - 90, 16, 90, C.wood, 6) + ellipse(x, y, 30, 8, C.brown)
  b += ellipse(1180, 926, 46, 13, 'none', `stroke="${C.red}" stroke-width="10"`)
  b += ellipse(1060, 850, 44, 12, 'none', `stroke="${C.teal}" stroke-width="10"`)
  b += ellipse(960, 520, 44, 14, 'none', `stroke="${C.gold}" stroke-width="10" transform="rotate(-20 960 520)"`)
  b += path('M840 600 Q900 500 950 520', 'none', `stroke="${C.greyDark}" stroke-width="4" stroke-dasharray="4 14" stroke-linecap="round"`)
  b += person(330, 920, 1.15, { top: C.red, bottom: C.navy, hair: C.hairGrey, arms: 'up', skin: C.skin2 })
  b += person(540, 930, 1.1, { top: C.gold, bottom: '#5A4B5E', hair: C.hairGrey, bun: true, arms: 'wave', skirt: true })
  b += chair(140, 810, 1.0, C.wood)
  b += seated(140, 800, 1.0, { top: C.teal, bottom: C.navy, hair: C.hairGrey, arms: 'up', glasses: true })
  b += person(770, 930, 1.15, { top: '#3E7CB1', bottom: C.ink, hair: C.hairGrey, bald: true, arms: 'point', skin: C.skin1 })
  // a trophy
  b += group('translate(1460 860)', `${rect(-50, 40, 100, 24, C.brown, 6)}${rect(-14, 0, 28, 44, C.gold)}${path('M-60 -110 L60 -110 Q60 0 0 6 Q-60 0 -60 -110 Z', C.gold)}<path d="M-60 -96 Q-104 -90 -88 -50 Q-76 -28 -46 -34" fill="none" stroke="${C.gold}" stroke-width="12"/><path d="M60 -96 Q104 -90 88 -50 Q76 -28 46 -34" fill="none" stroke="${C.gold}" stroke-width="12"/>${ellipse(-20, -76, 10, 24, C.white, 'opacity="0.35"')}`)
  return svgDoc(defs, b)
}

function sceneHealth(): string {
  const defs = linear('wall', [
    [0, '#EAF4F2'],
    [1, '#D5E8E4'],
  ])
  let b = rect(0, 0, W, H, 'url(#wall)')
  b += rect(0, 780, W, 220, '#C9B79A')
  // board with a heart and a pulse line
  b += rect(520, 90, 700, 440, C.white, 18) + rect(520, 90, 700, 440, 'none', 18, `stroke="${C.slate}" stroke-width="10"`)
  b += heart(760, 300, 2.2, C.rose)
  b += `<polyline points="860,320 930,320 960,250 1000,390 1040,200 1080,340 1110,320 1180,320" fill="none" stroke="${C.red}" stroke-width="12" stroke-linejoin="round" stroke-linecap="round"/>`
  b += rect(560, 440, 160, 14, C.sand, 7) + rect(560, 470, 240, 14, C.sand, 7)
  // doctor in a white coat
  b += person(1340, 820, 1.25, { top: C.white, bottom: C.slate, hair: C.hairDark, arms: 'point', glasses: true, flip: true, skin: C.skin1 })
  b += `<path d="M1325 530 Q1310 590 1340 600 Q1370 590 1355 530" fill="none" stroke="${C.ink}" stroke-width="5"/>` + circle(1340, 604, 10, C.slate)
  // blood pressure monitor on a side table
  b += rect(160, 640, 260, 20, C.wood, 6) + rect(180, 660, 18, 140, C.brown) + rect(382, 660, 18, 140, C.brown)
  b += rect(200, 560, 110, 80, C.white, 10) + rect(214, 574, 82, 34, '#BFE3EC', 4) + circle(255, 625, 8, C.teal)
  b += `<path d="M310 600 Q360 580 360 620 Q360 650 330 640" fill="none" stroke="${C.slate}" stroke-width="6"/>` + rect(340, 600, 60, 40, '#3E7CB1', 10)
  // audience from behind
  const tops = [C.terracotta, C.teal, '#7A5C99', C.orange, '#3E7CB1', C.red, C.sage]
  const hairs = [C.hairGrey, C.hairGrey, C.hairDark, C.hairGrey, C.hairGrey, C.hairDark, C.hairGrey]
  for (let i = 0; i < 7; i++) b += backView(150 + i * 215, 900 + (i % 2) * 20, 1.25, tops[i]!, hairs[i]!)
  return svgDoc(defs, b)
}

function sceneTraining(): string {
  const defs = linear('wall', [
    [0, '#FFF1DC'],
    [1, '#F6DDB8'],
  ])
  let b = rect(0, 0, W, H, 'url(#wall)')
  b += rect(0, 780, W, 220, '#C79A6A')
  b += rect(180, 90, 640, 420, C.white, 18) + rect(180, 90, 640, 420, 'none', 18, `stroke="${C.teal}" stroke-width="10"`)
  b += circle(360, 300, 120, '#E6F2EC') + rect(330, 210, 60, 180, C.leaf, 6) + rect(270, 270, 180, 60, C.leaf, 6)
  // hand-washing sketch: two hands and droplets
  b += rect(560, 170, 150, 36, C.slate, 18) + rect(670, 170, 36, 80, C.slate, 14) + rect(600, 150, 50, 24, C.greyDark, 8)
  const drops: [number, number][] = [
    [688, 290],
    [688, 350],
    [688, 410],
  ]
  for (const [x, y] of drops)
    b += path(`M${x} ${y - 26} Q${x + 18} ${y} ${x} ${y + 14} Q${x - 18} ${y} ${x} ${y - 26} Z`, '#6FB7D6')
  b += rect(560, 400, 90, 50, C.pink, 14) + circle(580, 385, 12, '#D6EEF5') + circle(606, 372, 16, '#D6EEF5') + circle(636, 386, 10, '#D6EEF5')
  // trainer pointing at the board
  b += person(960, 880, 1.3, { top: C.teal, bottom: C.navy, hair: C.hairDark, arms: 'point', flip: true, skin: C.skin2 })
  // first-aid kit
  b += rect(1130, 700, 220, 150, C.red, 16) + rect(1200, 680, 80, 30, C.red, 10) + rect(1222, 735, 36, 80, C.white, 4) + rect(1200, 757, 80, 36, C.white, 4)
  b += rect(1090, 850, 300, 20, C.wood, 6) + rect(1110, 870, 18, 110, C.brown) + rect(1352, 870, 18, 110, C.brown)
  // volunteers in the front row
  const tops = [C.orange, '#7A5C99', C.red, '#3E7CB1', C.sage, C.terracotta]
  for (let i = 0; i < 6; i++) b += backView(130 + i * 270, 930, 1.2, tops[i]!, i % 3 === 1 ? C.hairDark : C.hairGrey)
  return svgDoc(defs, b)
}

function sceneDumplings(): string {
  const defs = linear('bg', [
    [0, '#B8322A'],
    [1, '#8E2520'],
  ])
  let b = rect(0, 0, W, H, 'url(#bg)')
  const r = rng(51)
  for (let i = 0; i < 30; i++) b += circle(r() * W, r() * H, 30 + r() * 60, '#D9483B', 'opacity="0.25"')
  b += ellipse(800, 560, 760, 420, '#E8C48E')
  b += ellipse(800, 540, 740, 400, '#F4D7A6')
  // big plate of dumplings
  b += ellipse(560, 560, 320, 200, C.white) + ellipse(560, 560, 300, 184, '#EEF2F2') + ellipse(560, 560, 300, 184, 'none', `stroke="${C.tealLight}" stroke-width="8"`)
  const spots: [number, number, number][] = [
    [430, 490, -10],
    [560, 470, 5],
    [690, 500, 12],
    [400, 590, -5],
    [530, 580, 0],
    [660, 600, 8],
    [470, 670, -8],
    [610, 680, 4],
  ]
  for (const [x, y, rot] of spots) b += dumpling(x, y, 1.05, rot)
  // bowl of mutton soup with spring onions
  b += bowl(1110, 480, 1.2, C.white, '#F7F1E6')
  for (let i = 0; i < 18; i++) b += circle(1010 + r() * 200, 465 + r() * 30, 5 + r() * 3, C.leaf)
  for (let i = 0; i < 5; i++) b += ellipse(1050 + i * 30, 480 + (i % 2) * 10, 24, 10, '#E8D9C2')
  b += steam(1070, 380, 1.1, C.white, 0.75) + steam(480, 360, 0.9, C.white, 0.6)
  b += chopsticks(940, 760, 1.1, -12)
  // small dish of vinegar and a few raw dumplings on a floured board
  b += ellipse(1220, 770, 90, 36, C.white) + ellipse(1220, 766, 70, 24, '#5A2E1E')
  b += ellipse(280, 860, 150, 50, C.woodLight)
  b += dumpling(240, 860, 0.6, -8) + dumpling(320, 850, 0.6, 6)
  b += lantern(120, 160, 1.3) + lantern(1480, 160, 1.3)
  return svgDoc(defs, b)
}

function sceneLanterns(): string {
  const defs = linear('sky', [
    [0, '#2D3A63'],
    [0.6, '#7D5A8C'],
    [1, '#F0A26B'],
  ])
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += stars(61, 50, 300)
  b += house(40, 700, 440, 260, '#E9D2B0', '#4A4A58', { lit: true, windows: 2 })
  b += house(580, 690, 420, 240, '#F0DCBD', '#4A4A58', { lit: true, windows: 2, door: C.red })
  b += house(1110, 700, 440, 260, '#E9D2B0', '#4A4A58', { lit: true, windows: 2 })
  b += rect(0, 700, W, 300, '#7B5B4A')
  b += path('M0 760 L1600 760 L1600 1000 L0 1000 Z', '#8C6A56')
  b += lanternString(-20, 820, 120, 60, 6, 0.9)
  b += lanternString(780, 1620, 120, 60, 6, 0.9)
  // neighbours seated behind a long table of dishes
  const people: [number, string, string][] = [
    [300, C.gold, C.hairGrey],
    [480, C.teal, C.hairDark],
    [660, C.rose, C.hairGrey],
    [940, '#3E7CB1', C.hairGrey],
    [1120, C.orange, C.hairDark],
    [1300, C.sage, C.hairGrey],
  ]
  for (const [x, top, hair] of people) b += seated(x, 780, 0.85, { top, hair, arms: x === 660 || x === 1120 ? 'wave' : 'down', bun: x === 660 })
  b += rect(200, 800, 1200, 100, '#A8322A') + rect(230, 900, 20, 80, C.brown) + rect(1350, 900, 20, 80, C.brown)
  b += rect(180, 780, 1240, 30, C.red, 8)
  const dish = [C.white, '#F6EFE3']
  const foods = [C.orange, C.leaf, '#B5533C', C.gold, '#E8D9C2', C.rose]
  for (let i = 0; i < 9; i++) {
    const x = 260 + i * 135
    b += ellipse(x, 786, 48, 14, dish[i % 2]!) + ellipse(x, 780, 30, 9, foods[i % foods.length]!)
  }
  b += confetti(62, 40, [C.gold, C.yellow, C.pink], 500)
  return svgDoc(defs, b)
}

function sceneCourtyards(): string {
  const defs =
    linear('sky', [
      [0, '#BFE3EC'],
      [1, '#FFF4E0'],
    ]) + radial('core', '#FFE2A8', '#FFE2A8')
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += sun(220, 150, 70, C.gold)
  b += cloud(520, 120, 1.2) + cloud(1150, 90, 1.5)
  // commercial high-rises (left), resettlement mid-rise, work-unit brick quarters, village courtyard (right)
  b += block(40, 680, 200, 560, '#F2E1C7', 12, 3, { seed: 71, roof: C.teal })
  b += block(260, 680, 170, 500, '#E8D3B4', 11, 3, { seed: 72, roof: C.teal })
  b += block(470, 680, 260, 330, '#C9D3DA', 6, 4, { seed: 73, roof: C.slate, window: '#F4F8FA' })
  b += block(860, 680, 280, 260, '#C9785A', 4, 5, { seed: 74, roof: '#8E3B35', window: '#F3E3CC' })
  b += house(1200, 680, 340, 200, '#F1DFC4', '#5F5E66', { windows: 2, door: C.red })
  b += tree(1580, 700, 0.6, C.leaf, undefined, 75)
  b += rect(0, 680, W, 320, '#AFCB8F')
  // paths converging on the central square
  b += path('M140 1000 Q400 860 700 820 L760 860 Q420 900 260 1000 Z', '#EBD9B8')
  b += path('M1460 1000 Q1200 860 900 820 L840 860 Q1180 900 1340 1000 Z', '#EBD9B8')
  b += path('M600 680 L760 800 L840 800 L1000 680 Z', '#EBD9B8')
  b += ellipse(800, 840, 300, 90, 'url(#core)') + ellipse(800, 840, 210, 56, '#F3E1BD')
  b += tree(800, 850, 1.0, C.leaf, C.yellow, 76)
  b += heart(800, 560, 0.55, C.red)
  // neighbours walking towards the middle
  b += person(420, 950, 0.75, { top: C.red, hair: C.hairGrey, arms: 'wave' })
  b += person(560, 910, 0.7, { top: C.teal, hair: C.hairDark, ponytail: true })
  b += person(1040, 910, 0.7, { top: C.gold, hair: C.hairGrey, bun: true, skirt: true, cane: true, bottom: '#5A4B5E' })
  b += person(1200, 950, 0.75, { top: '#3E7CB1', hair: C.hairGrey, bald: true, arms: 'wave', flip: true })
  b += person(690, 880, 0.62, { top: C.orange, hair: C.hairDark, arms: 'wave' })
  b += person(910, 880, 0.62, { top: '#7A5C99', hair: C.hairGrey, flip: true })
  return svgDoc(defs, b)
}

function sceneShopfronts(): string {
  const defs = linear('sky', [
    [0, '#CDEBF0'],
    [1, '#FFF4E0'],
  ])
  let b = rect(0, 0, W, H, 'url(#sky)')
  b += cloud(120, 90, 1.1) + cloud(1200, 70, 1.3)
  b += shopfront(60, 780, 470, 560, '#F3DDBB', C.red, '#BFD9E0')
  b += shopfront(565, 780, 470, 560, '#E7EFE6', C.teal, '#F6E6C8')
  b += shopfront(1070, 780, 470, 560, '#F6E3C7', C.gold, '#D7E8D0')
  b += barberPole(500, 740, 1.5)
  b += group('translate(140 450)', scissors(2.2, C.ink))
  b += group('translate(760 420)', heart(0, 0, 1, C.rose) + ellipse(0, -4, 16, 16, C.white, 'opacity="0.5"'))
  b += group('translate(1190 420)', teacup(0, 40, 0.9, C.white, C.red))
  b += rect(0, 780, W, 220, '#D8C8AE') + rect(0, 780, W, 20, '#C2B08F')
  // a queue of neighbours
  b += person(250, 980, 0.85, { top: '#7A5C99', hair: C.hairGrey, bun: true, skirt: true, bottom: '#5A4B5E' })
  b += person(380, 980, 0.85, { top: C.orange, hair: C.hairGrey, cane: true, bald: true })
  b += person(640, 980, 0.85, { top: C.teal, hair: C.hairDark, arms: 'wave', ponytail: true })
  b += person(900, 980, 0.85, { top: C.red, hair: C.hairGrey, glasses: true, flip: true })
  b += person(1330, 980, 0.85, { top: '#3E7CB1', hair: C.hairGrey, arms: 'forward', flip: true })
  b += plant(1520, 880, 0.8) + plant(40, 880, 0.7)
  return svgDoc(defs, b)
}

// ---------------------------------------------------------------------------------- registry

type SeedImage = { alt: Localized; draw: () => Promise<Buffer> }

const img = (alt: Localized, scene: () => string): SeedImage => ({ alt, draw: () => toJpeg(scene()) })

export const seedImages: Record<string, SeedImage> = {
  'luo-shu-night': img(
    {
      zh: '插画：傍晚，一位戴眼镜的白发老人拿着钥匙站在亮着灯的老顽童之家门口，身后是楼房和一轮弯月。',
      en: 'Illustration: at dusk, a grey-haired man in glasses stands with a key outside the lit doorway of Young-at-Heart House, with apartment blocks and a crescent moon behind him.',
    },
    sceneLuoShuNight,
  ),
  'tea-rain': img(
    {
      zh: '插画：下雨天，一位年轻志愿者撑着红伞，陪拄拐杖的白发婆婆走在回家的小路上。',
      en: 'Illustration: on a rainy day, a young volunteer holds a red umbrella over a grey-haired old lady with a walking stick as they walk home along a path.',
    },
    sceneTeaRain,
  ),
  'pouring-tea': img(
    {
      zh: '插画：系着围裙的志愿者提着茶壶，给坐在椅子上的白发婆婆倒茶，桌上的茶杯冒着热气。',
      en: 'Illustration: a volunteer in an apron pours tea from a teapot for a grey-haired woman sitting in a chair; the cups on the table are steaming.',
    },
    scenePouringTea,
  ),
  mentoring: img(
    {
      zh: '插画：小区院子里，一位戴眼镜的白发志愿者拿着笔记本，给身边扎马尾的年轻人讲解，旁边是开着小黄花的桂花树。',
      en: 'Illustration: in a residential courtyard, a grey-haired volunteer in glasses shows a notebook to a young woman with a ponytail, beside osmanthus trees in yellow bloom.',
    },
    sceneMentoring,
  ),
  meeting: img(
    {
      zh: '插画：五位志愿者围坐在一张圆桌旁开会，桌上放着茶壶、茶杯和笔记本，墙上挂着日历。',
      en: 'Illustration: five volunteers sit round a table for their meeting, with a teapot, cups and notebooks on the table and a calendar on the wall.',
    },
    sceneMeeting,
  ),
  barber: img(
    {
      zh: '插画：理发师拿着剪刀，为披着白色围布、坐在理发椅上的老人理发，旁边有镜子和理发店的转灯。',
      en: 'Illustration: a barber with scissors cuts the hair of an older man sitting in a barber’s chair under a white cape, next to a mirror and a striped barber’s pole.',
    },
    sceneBarber,
  ),
  chrysanthemum: img(
    {
      zh: '插画：重阳节，志愿者在家门口把一束菊花送给拄拐杖的婆婆，门前摆着几盆黄色、橙色的菊花和一篮重阳糕。',
      en: 'Illustration: at the Double Ninth Festival, a volunteer hands a bunch of chrysanthemums to an old lady with a walking stick at her door, beside pots of yellow and orange chrysanthemums and a basket of festival cakes.',
    },
    sceneChrysanthemum,
  ),
  'tea-table': img(
    {
      zh: '插画：木桌上摆着一把青色茶壶、几只冒热气的茶杯、一盘瓜子和一副象棋，窗外是绿树。',
      en: 'Illustration: a wooden table set with a teal teapot, steaming cups, a plate of sunflower seeds and a Chinese chess board, with green trees outside the window.',
    },
    sceneTeaTable,
  ),
  vitality: img(
    {
      zh: '插画：彩旗下，几位老人举手欢呼，玩套圈游戏，旁边有一座金色奖杯。',
      en: 'Illustration: under strings of bunting, several older residents cheer and play ring toss, with a golden trophy nearby.',
    },
    sceneVitality,
  ),
  health: img(
    {
      zh: '插画：穿白大褂的医生指着画有红心和心跳曲线的展板讲课，前面坐着一排老人，旁边桌上放着血压计。',
      en: 'Illustration: a doctor in a white coat points to a board showing a heart and a pulse line while a row of older residents listens; a blood-pressure monitor sits on a side table.',
    },
    sceneHealth,
  ),
  training: img(
    {
      zh: '插画：培训老师指着画有绿色十字和洗手图示的展板，志愿者坐在下面听讲，桌上放着红色急救箱。',
      en: 'Illustration: a trainer points to a board with a green cross and a hand-washing picture as volunteers listen; a red first-aid kit sits on a table.',
    },
    sceneTraining,
  ),
  dumplings: img(
    {
      zh: '插画：冬至餐桌上，一大盘饺子、一碗撒着葱花的羊肉汤冒着热气，旁边有筷子、醋碟和红灯笼。',
      en: 'Illustration: a Winter Solstice table with a big plate of dumplings and a steaming bowl of mutton soup topped with spring onions, plus chopsticks, a dish of vinegar and red lanterns.',
    },
    sceneDumplings,
  ),
  lanterns: img(
    {
      zh: '插画：傍晚的院落里挂满红灯笼，邻居们围坐在一张长桌旁，桌上摆满了家常菜。',
      en: 'Illustration: an evening courtyard strung with red lanterns, where neighbours sit together at a long table laden with home-cooked dishes.',
    },
    sceneLanterns,
  ),
  courtyards: img(
    {
      zh: '插画：高楼、安置楼、老宿舍和农家小院围着中间的小广场和大树，几条小路通向中心，居民们从四面走来。',
      en: 'Illustration: high-rises, resettlement blocks, old work-unit quarters and a village courtyard house surround a small square with a big tree; paths lead to the centre and residents walk in from all sides.',
    },
    sceneCourtyards,
  ),
  shopfronts: img(
    {
      zh: '插画：一排挂着条纹遮阳篷的小店，有理发店、推拿馆和茶铺，门前有几位老人在排队。',
      en: 'Illustration: a row of small shops with striped awnings — a barber’s, a massage clinic and a tea shop — with a few older residents queuing outside.',
    },
    sceneShopfronts,
  ),
}

export type SeedImageKey = keyof typeof seedImages
