import { eventInstant } from '../../../shared/format/format-date';
import type { TimelineBlock } from './timeline';

/** Timeline events in date order; events on the same instant keep the order the editor gave them. */
export const sortEvents = (events: TimelineBlock['events']): TimelineBlock['events'] =>
  events
    .map((event, index) => ({ event, index, at: eventInstant(event.date) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event }) => event);
