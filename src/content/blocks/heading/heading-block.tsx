import type { HeadingBlock as Heading } from './heading';

export function HeadingBlock({ block }: { block: Heading }) {
  return (
    <h2 id={block.id} tabIndex={block.id ? -1 : undefined}>
      {block.text}
    </h2>
  );
}
