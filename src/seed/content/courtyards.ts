import type { SeedCourtyard } from './types'

/**
 * Demo courtyards (院落). The names are invented for the demo; they are meant to show the mix of
 * housing found in a composite community, not to describe real estates.
 */
export const courtyards: SeedCourtyard[] = [
  {
    slug: 'guixiang-yuan',
    name: { zh: '桂香苑', en: 'Osmanthus Garden' },
    kind: 'commercial',
  },
  {
    slug: 'fulong-xinju',
    name: { zh: '伏龙新居', en: 'Fulong New Homes' },
    kind: 'resettlement',
  },
  {
    slug: 'qingshui-jiayuan',
    name: { zh: '清水家园', en: 'Qingshui Homes' },
    kind: 'resettlement',
  },
  {
    slug: 'nongjichang-sushe',
    name: { zh: '农机厂宿舍', en: 'Farm Machinery Works Quarters' },
    kind: 'work-unit',
  },
  {
    slug: 'liushuwan',
    name: { zh: '柳树湾院子', en: 'Willow Bend Courtyard' },
    kind: 'village',
  },
]
