export type BridgeErrorCode =
  /** The host did not answer within the timeout: the outcome is unknown. */
  | 'TIMEOUT'
  /** The host answered `success: false`. */
  | 'REJECTED'
  /** The host answered with a `WS_Error`. */
  | 'HOST_ERROR'
  /** The bridge was destroyed while the request was pending. */
  | 'DESTROYED';

/** The one error type the bridge rejects with; `message` is safe to show to the agent. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  readonly code: BridgeErrorCode;
  /** Technical text for the toast's details (never shown as the headline). */
  readonly details: string | null;

  constructor(code: BridgeErrorCode, message: string, details: string | null = null) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export function isBridgeError(error: unknown): error is BridgeError {
  return error instanceof BridgeError;
}
