import type { Media } from '@/payload-types'

export type ImageSize = 'thumbnail' | 'card' | 'hero' | 'og'
export type SizedImage = { src: string; width: number; height: number; alt: string }

export const asMedia = (value: number | Media | null | undefined): Media | null =>
  value && typeof value === 'object' ? value : null

/** Payload makes media URLs absolute when serverURL is set; the site serves them from its own origin. */
export function mediaPath(url: string): string {
  return url.startsWith('/') ? url : new URL(url).pathname
}

export function imageOf(value: number | Media | null | undefined, size: ImageSize): SizedImage | null {
  const media = asMedia(value)
  if (!media?.mimeType?.startsWith('image/')) return null
  const sized = media.sizes?.[size]
  if (sized?.url && sized.width && sized.height) {
    return { src: mediaPath(sized.url), width: sized.width, height: sized.height, alt: media.alt ?? '' }
  }
  if (media.url && media.width && media.height) {
    return { src: mediaPath(media.url), width: media.width, height: media.height, alt: media.alt ?? '' }
  }
  return null
}
