import { NotFoundBody } from '@/components/site/NotFoundBody'

export default function NotFound() {
  return <NotFoundBody />
}
