import type { TimelineBlock } from '../../../shared/content/schema';

/** Orders events by the instant they state; date-only values count as the start of their day. */
export const eventInstant = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

/** Timeline events in date order; events on the same instant keep the order the editor gave them. */
export const sortEvents = (events: TimelineBlock['events']): TimelineBlock['events'] =>
  events
    .map((event, index) => ({ event, index, at: eventInstant(event.date) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event }) => event);
