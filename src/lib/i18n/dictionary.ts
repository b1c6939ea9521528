import type { zh } from './zh'

/** Strings become `string` and functions keep their parameters, so every locale must provide every key. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof T]: Widen<T[K]> }

export type Dictionary = Widen<typeof zh>
