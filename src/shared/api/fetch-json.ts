import type { ContentProblem, Parsed } from '../validation';
import { CodeLoadError } from './code-load-error';
import { NotFoundError } from './not-found';

/** The server answered, but not with the document (404, 500 …). */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/** The server answered with something that is not valid content (bad JSON, or JSON that fails the schema). */
export class ContentError extends Error {
  constructor(
    readonly url: string,
    readonly problems: ContentProblem[],
  ) {
    super(`${url}: ${problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')}`);
    this.name = 'ContentError';
  }
}

/** The request never got an answer (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    options?: { cause: unknown },
  ) {
    super(`${url}: network error`, options);
    this.name = 'NetworkError';
  }
}

/** Failures the interface answers with a designed page; anything else is a bug worth logging. */
export const isExpectedFailure = (error: unknown): boolean =>
  error instanceof HttpError ||
  error instanceof ContentError ||
  error instanceof NetworkError ||
  error instanceof NotFoundError ||
  error instanceof CodeLoadError;

export const isNotFound = (error: unknown): boolean => error instanceof HttpError && error.status === 404;

/** Errors that the same request cannot fix by trying again. */
export const isPermanent = (error: unknown): boolean =>
  error instanceof ContentError ||
  error instanceof NotFoundError ||
  (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429);

/** A request that takes longer than this has failed, as far as the reader is concerned. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Fetches a JSON document and validates it; the result is typed only because it passed the schema. */
export const fetchJson = async <T>(url: string, parse: (input: unknown) => Parsed<T>, signal?: AbortSignal): Promise<T> => {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let json: unknown;
  try {
    const response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
    if (!response.ok) throw new HttpError(url, response.status);
    try {
      json = await response.json();
    } catch (error) {
      if (combined.aborted) throw error;
      // A cut-off body reads as invalid JSON too.
      throw new ContentError(url, [{ path: '', message: 'expected a JSON document, received text that is not JSON' }]);
    }
  } catch (error) {
    if (error instanceof HttpError || error instanceof ContentError) throw error;
    // The caller gave up (the page was left): not a failure to show.
    if (signal?.aborted) throw error;
    throw new NetworkError(url, { cause: error });
  }
  const parsed = parse(json);
  if (!parsed.ok) throw new ContentError(url, parsed.problems);
  return parsed.value;
};
