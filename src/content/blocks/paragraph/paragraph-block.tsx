import type { ParagraphBlock as Paragraph } from './paragraph';

export function ParagraphBlock({ block }: { block: Paragraph }) {
  return <p>{block.text}</p>;
}
