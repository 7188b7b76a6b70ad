import { describe, expect, it } from 'vitest';
import { sortEvents } from './sort-events';

describe('sortEvents', () => {
  it('orders by date and keeps the editor order for the same day', () => {
    const events = [
      { id: 'c', date: '2023-04-28', text: 'c' },
      { id: 'a', date: '2023-04-27', text: 'a' },
      { id: 'b', date: '2023-04-27', text: 'b' },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
  it('compares date-times across offsets by the instant they mean', () => {
    const events = [
      { id: 'utc-seven', date: '2023-04-27T07:00:00Z', text: '' },
      { id: 'almaty-noon', date: '2023-04-27T12:00:00+06:00', text: '' },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['almaty-noon', 'utc-seven']);
  });
});
