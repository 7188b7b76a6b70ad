import { NotFoundError } from '../api/not-found';

/** The `?page=` of a paged list: absent (or empty) is the first page; anything but a whole number from 1 names nothing. */
export const pageNumber = (value: string | null): number => {
  if (value === null || value === '') return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new NotFoundError('page');
  return Number(value);
};
