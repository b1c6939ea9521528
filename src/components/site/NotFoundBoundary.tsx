'use client'

import { isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback'
import { usePathname } from 'next/navigation'
import { Component, type ReactNode } from 'react'

type Props = { fallback: ReactNode; pathname: string; children: ReactNode }
type State = { error: unknown; pathname: string }

/**
 * In the browser, a not-found thrown under NotFoundGuard shows the same full page the server sent,
 * instead of bubbling to the segment's bare not-found boundary. Other errors go on to error.tsx;
 * navigating to another address clears the fallback.
 */
class Boundary extends Component<Props, State> {
  state: State = { error: null, pathname: this.props.pathname }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.pathname === state.pathname) return null
    return { error: null, pathname: props.pathname }
  }

  render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    if (isHTTPAccessFallbackError(error)) return this.props.fallback
    throw error
  }
}

export function NotFoundBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <Boundary fallback={fallback} pathname={usePathname()}>
      {children}
    </Boundary>
  )
}
