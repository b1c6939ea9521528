import { imageOf, type ImageSize } from '@/lib/content/media'
import type { Media } from '@/payload-types'

/**
 * A stored image size as a plain `<img>` with its real width and height (nothing shifts while it
 * loads) and a `srcset` of Payload's sizes of the same crop. Not Next's `Image`: that is a client
 * component, hydrated on every reading page, and its optimiser resizes on the server at request
 * time; these sizes are made once on upload (issue 14, point 15). A `priority` image (the cover)
 * loads at once with high priority and waits for no script.
 */
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
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? undefined : 'async'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}

/** The cover image of an article with its caption, when the media has one (issue 14, point 9). */
export function CoverFigure({ media, size, sizes, priority = false }: { media: number | Media | null | undefined; size: ImageSize; sizes: string; priority?: boolean }) {
  const image = imageOf(media, size)
  if (!image) return null
  return (
    <figure className="cover">
      <CoverImage media={media} size={size} sizes={sizes} priority={priority} />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  )
}
