import { isNotFound } from './fetch-json';
import { NotFoundError } from './not-found';

/** For data whose absence means the address names nothing: a 404 becomes the not-found page. */
export const notFoundOn404 = (error: unknown): never => {
  throw isNotFound(error) ? new NotFoundError('page') : error;
};
