import * as v from 'valibot';
import { IsoDate, Slug, Text } from '../../fields';
import { defineBlock, type Anchor } from '../block-definition';

const TimelineEvent = v.strictObject({ id: Slug, date: IsoDate, text: Text });
const schema = v.strictObject({
  type: v.literal('timeline'),
  id: Slug,
  title: v.optional(Text),
  events: v.pipe(v.array(TimelineEvent), v.minLength(1, 'at least one event')),
});
export type TimelineBlock = v.InferOutput<typeof schema>;

/** Each event can be linked to on its own; the list itself is reached through its first event. */
export const eventAnchor = (event: TimelineBlock['events'][number], index: number): Anchor => ({
  id: event.id,
  path: ['events', index, 'id'],
  label: 'share.copyEventLink',
});

/** Dated events, shown in date order whatever order they are written in. */
export const timeline = defineBlock(schema)({
  readingText: (block) => block.events.map((event) => event.text),
  searchText: (block) => [block.title ?? '', ...block.events.map((event) => event.text)],
  mapText: (block, convert) => ({
    ...block,
    ...(block.title !== undefined && { title: convert(block.title) }),
    events: block.events.map((event) => ({ ...event, text: convert(event.text) })),
  }),
  anchors: (block) => [{ id: block.id, path: ['id'], label: null }, ...block.events.map(eventAnchor)],
  sample: {
    count: ({ random }) => (random() < 1 / 3 ? 1 : 0),
    place: 'last',
    make: ({ random, int, text, dateNear }, n) => {
      const title = random() < 0.5 ? text.heading() : undefined;
      const days = Array.from({ length: int(2, 4) }, () => int(-20, 5)).sort((a, b) => a - b);
      const events = days.map((day, i) => ({ id: `event-${i + 1}`, date: dateNear(day, random() < 0.3), text: text.sentence() }));
      return (lang) => ({
        type: 'timeline',
        id: `timeline-${n}`,
        ...(title && { title: title(lang) }),
        events: events.map((event) => ({ id: event.id, date: event.date, text: event.text(lang) })),
      });
    },
  },
  hostile: ({ label, scripts, oddities }) => [
    {
      type: 'timeline',
      id: 'hostile-timeline',
      title: `${label} ${scripts[6]}`,
      events: [
        { id: 'hostile-event-1', date: '2025-03-18', text: `${scripts[1]} ${oddities.mixed}` },
        { id: 'hostile-event-2', date: '2025-03-20T10:00:00+05:00', text: `${scripts[4]} ${oddities.emoji}` },
      ],
    },
  ],
});
