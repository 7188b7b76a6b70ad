import { describe, expect, it } from 'vitest';
import { docx } from './docx-fixture';
import { decideLanguage, lineLanguage } from './language';
import { readDocx } from './read-docx';
import { readHtml } from './read-html';
import { detectFormat, readSource } from './read-source';
import { decodeText, MAX_BYTES, readText, textLines } from './read-text';

const bytes = (text: string) => new TextEncoder().encode(text);
const PARAGRAPH = 'The Head of State stressed that every Kazakh citizen should put his best efforts to strengthen unity and peace.';

describe('plain text', () => {
  it('is refused in one line when it is not an article’s text', () => {
    expect(() => decodeText(new Uint8Array())).toThrow('the file is empty');
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x89]))).toThrow('not UTF-8 text');
    expect(() => decodeText(bytes('text\u0000with a NUL byte'))).toThrow('control characters');
    expect(() => decodeText(new Uint8Array(MAX_BYTES + 1).fill(0x61))).toThrow(/1\.0 MB; an article's text is under 1 MB/);
    expect(() => decodeText(bytes('  \n 12 34 \n'))).toThrow('the file has no text');
  });

  it('keeps each line a paragraph, and joins a line wrapped in the middle of a sentence', () => {
    const lines = textLines('First paragraph, which a newsroom editor wrapped at seventy\ncharacters a line.\n\nSecond.\nThird.');
    expect(lines.map((line) => line.text)).toEqual([
      'First paragraph, which a newsroom editor wrapped at seventy characters a line.',
      'Second.',
      'Third.',
    ]);
  });

  it('points each line at its place in the text it keeps', () => {
    const doc = readText(bytes('\uFEFF  Headline here\r\n\r\nA paragraph.'));
    for (const line of doc.lines) expect(doc.text.slice(line.start, line.start + line.text.length)).toBe(line.text);
  });
});

describe('web pages', () => {
  const page = `<!doctype html><html><head><title>Tokayev opens the session | News site</title><link rel="canonical" href="https://example.kz/news/1"><meta property="article:published_time" content="2024-08-08T10:00:00+05:00"></head>
    <body><nav><a href="/">Home</a> <a href="/about">About us</a></nav><main><article><h1>Tokayev opens the session</h1>
    <p>${PARAGRAPH}</p><h2>Awards for peace</h2><p>“We are all one family,” Tokayev <b>said</b>. ${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></main>
    <footer>© News site</footer><script>var tracking = 1;</script></body></html>`;

  it('finds the article: its title, headings and paragraphs, without menus, footers or scripts', () => {
    const doc = readHtml(page);
    expect(doc.lines.map((line) => [line.kind, line.text.slice(0, 30)])).toEqual([
      ['title', 'Tokayev opens the session'],
      ['line', PARAGRAPH.slice(0, 30)],
      ['heading', 'Awards for peace'],
      ['line', '“We are all one family,” Tokay'],
      ['line', PARAGRAPH.slice(0, 30)],
    ]);
    expect(doc.url).toBe('https://example.kz/news/1');
    expect(doc.date).toBe('2024-08-08');
  });

  it('refuses a page without an article, broken markup included', () => {
    expect(() => readHtml('<html><body><div><p>short<b>text')).toThrow('no article text found in the HTML page');
    expect(() => readHtml('just words, no markup at all')).toThrow('the file has no HTML markup');
  });
});

describe('Word files', () => {
  it('reads paragraphs and heading styles', async () => {
    const file = await docx([
      { text: 'Tokayev opens the session', style: 'Heading1' },
      { text: PARAGRAPH },
      { text: 'Awards for peace', style: 'Heading2' },
      { text: '«Біз бір отбасымыз», – деді Тоқаев & басқалар.' },
    ]);
    const doc = await readDocx(file);
    expect(doc.lines.map((line) => [line.kind, line.text])).toEqual([
      ['title', 'Tokayev opens the session'],
      ['line', PARAGRAPH],
      ['heading', 'Awards for peace'],
      ['line', '«Біз бір отбасымыз», – деді Тоқаев & басқалар.'],
    ]);
  });

  it('refuses a damaged file in one line', async () => {
    const file = await docx([{ text: PARAGRAPH }]);
    await expect(readDocx(file.slice(0, file.length / 2))).rejects.toThrow(/^the Word file cannot be read; it is damaged or not a \.docx/);
    await expect(readDocx(bytes('PK\u0003\u0004 not really a zip'))).rejects.toThrow('the Word file cannot be read');
  });
});

describe('formats', () => {
  it('goes by the file’s name, else by its first bytes', () => {
    expect(detectFormat('a.TXT', bytes(''))).toBe('text');
    expect(detectFormat('a.htm', bytes(''))).toBe('html');
    expect(detectFormat('a.docx', bytes(''))).toBe('docx');
    expect(detectFormat('article', bytes('<!DOCTYPE html><html>'))).toBe('html');
    expect(detectFormat('article', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('docx');
    expect(detectFormat('article', bytes('Plain words.'))).toBe('text');
  });

  it('refuses other formats, naming the ones it reads', async () => {
    await expect(readSource('a.pdf', bytes('%PDF-1.7'))).rejects.toThrow(
      'unsupported format ".pdf": import plain text (.txt), a web page (.html) or a Word file (.docx)',
    );
    await expect(readSource('a.doc', bytes('x'))).rejects.toThrow('unsupported format ".doc"; save it as .docx');
  });
});

describe('languages', () => {
  it.each([
    ['en', PARAGRAPH],
    ['kk', 'Мемлекет басшысы Қазақстан халқы Ассамблеясының сессиясында сөз сөйледі және бірлік туралы айтты.'],
    ['ru', 'Глава государства выступил на сессии Ассамблеи народа Казахстана и наградил граждан орденом «Құрмет».'],
    ['ru', 'Президент РК Касым-Жомарт Токаев присвоил звание «Қазақстанның Еңбек Ері» известному поэту и писателю.'],
  ])('tells %s', (lang, text) => {
    expect(lineLanguage(text)).toBe(lang);
  });

  it('refuses a text in two languages, and a language asked for that the text is not in', () => {
    const kazakh = 'Мемлекет басшысы Қазақстан халқы Ассамблеясының сессиясында сөз сөйледі және бірлік туралы айтты.';
    expect(() => decideLanguage([PARAGRAPH, kazakh])).toThrow(/^the text mixes languages \(\d+ % English, \d+ % Kazakh\)/);
    expect(() => decideLanguage([PARAGRAPH], 'ru')).toThrow('--lang ru was asked for, but the text is in English (100 %)');
    expect(decideLanguage([PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, 'Читайте также наши новости в Telegram'])).toBe('en');
    expect(decideLanguage(['Short.'], 'kk')).toBe('kk');
  });
});
