/** Thrown by a loader when the address names something that does not exist; the route shows not-found. */
export class NotFoundError extends Error {
  constructor(readonly what: 'page' | 'article') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}
