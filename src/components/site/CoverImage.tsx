import Image from 'next/image'

import { imageOf, type ImageSize } from '@/lib/content/media'
import type { Media } from '@/payload-types'

/** A stored image size with its real width and height, so nothing shifts while it loads. */
export function CoverImage({
  media,
  size,
  sizes,
  priority = false,
  className,
}: {
  media: number | Media | null | undefined
  size: ImageSize
  sizes: string
  priority?: boolean
  className?: string
}) {
  const image = imageOf(media, size)
  if (!image) return null
  return (
    <Image
      className={className}
      src={image.src}
      width={image.width}
      height={image.height}
      alt={image.alt}
      sizes={sizes}
      priority={priority}
    />
  )
}
