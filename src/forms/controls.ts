/** Form controls every public form carries besides the visitor's data (`PublicForm` renders them). */
export const formControls = {
  /** Hidden from people, filled in by bots: a filled one refuses the submission. */
  honeypot: 'website',
  /** A random key per page load, set by the form's script (and kept across corrections). */
  idempotencyKey: 'idempotencyKey',
  /** The solved proof-of-work challenge (ALTCHA), set by the form's script. */
  proofOfWork: 'altcha',
} as const
