import { APIError } from 'payload'

import type { Enrolment } from './state'

export type ChallengeData =
  | { twoFactor: 'code'; wrong?: boolean; recovery?: boolean }
  | { twoFactor: 'enrol'; wrong?: boolean; enrolment: Omit<Enrolment, never> }

/**
 * The answer to a right password when a second factor is still missing or wrong: 401 with what the
 * sign-in form must ask for next. Expected in every two-factor sign-in, so logged at info.
 */
export class TwoFactorChallenge extends APIError<ChallengeData> {
  constructor(message: string, data: ChallengeData) {
    super(message, 401, data, true)
    this.name = 'TwoFactorChallenge'
  }
}

export class TwoFactorTooMany extends APIError {
  constructor(message: string) {
    super(message, 429, undefined, true)
    this.name = 'TwoFactorTooMany'
  }
}

export class TwoFactorRefused extends APIError {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'TwoFactorRefused'
  }
}
