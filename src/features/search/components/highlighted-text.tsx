import { highlight } from '../model/query';

/** Text with the words that start with a query word in `<mark>`, letters and case as written. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  return <>{highlight(text, words).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
