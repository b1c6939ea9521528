import type { Media } from '@/payload-types'
import { s3PublicUrl } from '@/lib/storage/s3Settings'

export type ImageSize = 'thumbnail' | 'card' | 'hero' | 'og'
export type SizedImage = { src: string; width: number; height: number; alt: string; srcSet?: string; caption?: string }

/** The smaller size of the same crop, offered beside a size in `srcset`. */
const SMALLER: Partial<Record<ImageSize, 'cardSmall' | 'heroSmall'>> = { card: 'cardSmall', hero: 'heroSmall' }

export const asMedia = (value: number | Media | null | undefined): Media | null =>
  value && typeof value === 'object' ? value : null

/**
 * Payload makes media URLs absolute when serverURL is set; the site serves them from its own origin.
 * Files in a public bucket keep their absolute URL: browsers fetch them from the bucket (or its CDN).
 */
export function mediaPath(url: string): string {
  if (url.startsWith('/')) return url
  const bucketUrl = s3PublicUrl()
  if (bucketUrl && url.startsWith(`${bucketUrl}/`)) return url
  return new URL(url).pathname
}

export function imageOf(value: number | Media | null | undefined, size: ImageSize): SizedImage | null {
  const media = asMedia(value)
  if (!media?.mimeType?.startsWith('image/')) return null
  const sized = media.sizes?.[size]
  const caption = media.caption || undefined
  if (sized?.url && sized.width && sized.height) {
    const smallerName = SMALLER[size]
    const smaller = smallerName ? media.sizes?.[smallerName] : undefined
    const srcSet =
      smaller?.url && smaller.width && smaller.width < sized.width
        ? `${mediaPath(smaller.url)} ${smaller.width}w, ${mediaPath(sized.url)} ${sized.width}w`
        : undefined
    return { src: mediaPath(sized.url), width: sized.width, height: sized.height, alt: media.alt ?? '', srcSet, caption }
  }
  if (media.url && media.width && media.height) {
    return { src: mediaPath(media.url), width: media.width, height: media.height, alt: media.alt ?? '', caption }
  }
  return null
}
