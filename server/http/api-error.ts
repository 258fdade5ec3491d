// An answer decided while handling a request (bad input, not found), thrown so helpers can stop a route early;
// server/http/api-response.ts turns it into the error envelope.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: string[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A body's checks failed: the route's headline for its status (too large, or not usable) over every problem. */
export const refusal = (
  failed: { status: number; problems: string[] },
  headlines: { invalid: string; tooLarge: string },
): ApiError =>
  new ApiError(failed.status, failed.status === 413 ? headlines.tooLarge : headlines.invalid, failed.problems);
