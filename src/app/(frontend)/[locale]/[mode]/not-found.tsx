import { NotFoundBody } from '@/components/site/NotFoundBody'
import { notFoundText } from '@/lib/i18n/notFoundText'

export default function NotFound() {
  return <NotFoundBody text={notFoundText()} />
}
