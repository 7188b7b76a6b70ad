import * as v from 'valibot';
import { NamedRecipient, Slug, Text } from '../../fields';
import { defineBlock, type Anchor, type BlockProblem } from '../block-definition';

const Degree = v.picklist([1, 2, 3], 'degree 1, 2 or 3');
const AwardItem = v.strictObject({
  award: Slug,
  degree: v.optional(Degree),
  recipients: v.optional(v.array(v.union([Slug, NamedRecipient], 'a person id or { name, description }'))),
  note: v.optional(Text),
});
const schema = v.strictObject({
  type: v.literal('awards'),
  id: Slug,
  title: v.optional(Text),
  items: v.pipe(v.array(AwardItem), v.minLength(1, 'at least one award')),
});
export type AwardsBlock = v.InferOutput<typeof schema>;

export const awardsAnchor = (block: AwardsBlock): Anchor => ({ id: block.id, path: ['id'], label: 'share.copyAwardsLink' });

const unknownPerson = (id: string) => `unknown person "${id}"; add it to entities.json people or write { "name": … }`;

/** Awards given: each award by its id in entities.json, with its degree and its recipients. */
export const awards = defineBlock(schema)({
  readingText: (block) => block.items.map((item) => item.note ?? ''),
  searchText: (block) => [
    block.title ?? '',
    ...block.items.flatMap((item) => [
      item.note ?? '',
      ...(item.recipients ?? []).flatMap((recipient) =>
        typeof recipient === 'string' ? [] : [recipient.name, recipient.description ?? ''],
      ),
    ]),
  ],
  mapText: (block, convert) => ({
    ...block,
    ...(block.title !== undefined && { title: convert(block.title) }),
    items: block.items.map((item) => ({
      ...item,
      ...(item.note !== undefined && { note: convert(item.note) }),
      ...(item.recipients && {
        recipients: item.recipients.map((recipient) =>
          typeof recipient === 'string'
            ? recipient
            : {
                name: convert(recipient.name),
                ...(recipient.description !== undefined && { description: convert(recipient.description) }),
              },
        ),
      }),
    })),
  }),
  anchors: (block) => [awardsAnchor(block)],
  check: (block, { entities }) =>
    block.items.flatMap((item, i): BlockProblem[] => {
      const problems: BlockProblem[] = [];
      const award = entities.awards[item.award];
      if (!award) problems.push({ path: ['items', i, 'award'], message: `unknown award "${item.award}"; add it to entities.json awards` });
      else if (item.degree && !award.degrees?.includes(item.degree)) {
        const known = award.degrees?.length ? `its degrees: ${award.degrees.join(', ')}` : 'it has no degrees in entities.json';
        problems.push({ path: ['items', i, 'degree'], message: `"${item.award}" has no degree ${item.degree} (${known})` });
      }
      item.recipients?.forEach((recipient, r) => {
        if (typeof recipient === 'string' && !entities.people[recipient])
          problems.push({ path: ['items', i, 'recipients', r], message: unknownPerson(recipient) });
      });
      return problems;
    }),
  sample: {
    count: ({ random }) => (random() < 1 / 3 ? 1 : 0),
    place: 'late',
    make: ({ random, int, pick, pickSome, people, awards: registered, namedPerson, text }, n) => {
      const title = random() < 0.5 ? text.heading() : undefined;
      const items = pickSome(registered, int(1, 3)).map(({ id, degrees }) => {
        const degree = degrees && random() < 0.85 ? pick(degrees) : undefined;
        const recipients = Array.from({ length: int(1, 3) }, () => (random() < 0.6 ? pick(people) : namedPerson())).filter(
          (recipient, i, all) => all.indexOf(recipient) === i,
        );
        const note = random() < 0.25 ? text.note() : undefined;
        return { award: id, degree, recipients, note };
      });
      return (lang) => ({
        type: 'awards',
        id: `awards-${n}`,
        ...(title && { title: title(lang) }),
        items: items.map(({ award, degree, recipients, note }) => ({
          award,
          ...(degree !== undefined && { degree }),
          recipients: recipients.map((r) =>
            typeof r === 'string' ? r : { name: r.name(lang), ...(r.role && { description: r.role(lang) }) },
          ),
          ...(note && { note: note(lang) }),
        })),
      });
    },
  },
  hostile: ({ label, scripts, oddities, awards: [order, medal] }) => [
    {
      type: 'awards',
      id: 'hostile-awards',
      title: `${label} ${scripts[7]}`,
      items: [
        {
          award: order,
          recipients: [
            { name: `${label} ${scripts[0]}`, description: scripts[4]! },
            { name: `${label} ${scripts[2]}`, description: `${scripts[8]} ${oddities.combining}` },
          ],
          note: `${scripts[6]} ${scripts[9]}`,
        },
        { award: medal, recipients: [{ name: `${label} ${scripts[7]}` }] },
      ],
    },
  ],
});
