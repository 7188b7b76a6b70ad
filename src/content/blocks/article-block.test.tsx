// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle, parseEntities, type Article, type ArticleVersions, type Block, type Entities } from '../schema';
import { type Lang } from '../../shared/languages';
import { i18nFor } from '../../shared/i18n/i18n';
import { ArticleBlock } from './article-block';
import { ArticleView } from '../../features/articles/components/article-view';

afterEach(cleanup);

const SEED_ID = '2023-04-27-assembly-32nd-session';
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../public');
const readPublic = (path: string): unknown => JSON.parse(readFileSync(join(PUBLIC_DIR, path), 'utf8'));

const parsedEntities = parseEntities(readPublic('entities.json'));
if (!parsedEntities.ok) throw new Error('entities.json must be valid for these tests');
const entities: Entities = parsedEntities.value;

const seedArticle = (lang: Lang): Article => {
  const parsed = parseArticle(readPublic(`articles/${SEED_ID}/${lang}.json`));
  if (!parsed.ok) throw new Error(`${lang}.json must be valid for these tests`);
  return parsed.value;
};

const renderIn = (lang: Lang, ui: ReactElement) =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <MemoryRouter>{ui}</MemoryRouter>
    </I18nextProvider>,
  );

const renderBlock = (block: Block, lang: Lang = 'kk', articleLang: Lang = 'en') =>
  renderIn(
    lang,
    <ArticleBlock block={block} entities={entities} lang={lang} articleLang={articleLang} articleId="an-article" lead={false} />,
  );

describe('ArticleBlock', () => {
  it('renders a paragraph as plain text, never as HTML', () => {
    const { container } = renderBlock({ type: 'paragraph', text: 'Бейбітшілік пен келісім — <b>мемлекеттік</b>\u00a0идеология.' });
    const paragraph = container.querySelector('p');
    expect(paragraph?.textContent).toBe('Бейбітшілік пен келісім — <b>мемлекеттік</b>\u00a0идеология.');
    expect(paragraph?.querySelector('b')).toBeNull();
  });

  it('renders a heading with its id as a focusable target', () => {
    renderBlock({ type: 'heading', id: 'awards-ceremony', text: 'Марапаттау рәсімі' });
    const heading = screen.getByRole('heading', { level: 2, name: 'Марапаттау рәсімі' });
    expect(heading).toHaveAttribute('id', 'awards-ceremony');
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('renders a heading without an id as a plain heading', () => {
    renderBlock({ type: 'heading', text: 'Без идентификатора' });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).not.toHaveAttribute('id');
    expect(heading).not.toHaveAttribute('tabindex');
  });

  describe('quote', () => {
    const words = 'We are all one family, and this is not merely a phrase, but rather our lived reality.';

    it.each<[Lang, string, string]>([
      ['kk', 'Қасым-Жомарт Тоқаев', 'Қазақстан Республикасының Президенті'],
      ['ru', 'Касым-Жомарт Токаев', 'Президент Республики Казахстан'],
      ['en', 'Kassym-Jomart Tokayev', 'President of the Republic of Kazakhstan'],
    ])('renders figure > blockquote + figcaption with the speaker named in the %s interface', (lang, name, role) => {
      const { container } = renderBlock({ type: 'quote', id: 'q-one-family', text: words, speaker: 'kassym-jomart-tokayev' }, lang, 'en');
      const figure = container.querySelector('figure#q-one-family');
      expect(figure).not.toBeNull();
      expect(figure!.querySelector(':scope > blockquote')).toHaveTextContent(words);
      const caption = figure!.querySelector(':scope > blockquote + figcaption');
      expect(caption).not.toBeNull();
      const speaker = within(caption as HTMLElement).getByText(name);
      const roleText = within(caption as HTMLElement).getByText(role);
      // The names are in the interface language inside an English article: marked, unless they are English.
      expect(speaker.getAttribute('lang')).toBe(lang === 'en' ? null : lang);
      expect(roleText.getAttribute('lang')).toBe(lang === 'en' ? null : lang);
    });

    it('renders an unregistered speaker as written, in the article language', () => {
      const { container } = renderBlock(
        { type: 'quote', id: 'q-teacher', text: 'Бәріміз бір отбасымыз.', speaker: { name: 'Айгүл Сәрсенова', role: 'мұғалім' } },
        'ru',
        'kk',
      );
      const caption = container.querySelector('figure > figcaption') as HTMLElement;
      expect(within(caption).getByText('Айгүл Сәрсенова')).not.toHaveAttribute('lang');
      expect(within(caption).getByText('мұғалім')).not.toHaveAttribute('lang');
      expect(caption).toHaveTextContent(/^Айгүл Сәрсеновамұғалім$/);
    });

    it('renders an unregistered speaker without a role with the name only', () => {
      const { container } = renderBlock(
        { type: 'quote', id: 'q-x', text: 'Words.', speaker: { name: 'A resident of Almaty' } },
        'kk',
        'en',
      );
      expect(container.querySelector('figcaption')).toHaveTextContent(/^A resident of Almaty$/);
      expect(container.querySelector('.quote-role')).toBeNull();
    });
  });

  describe('awards', () => {
    const awards: Block = {
      type: 'awards',
      id: 'awards',
      items: [
        { award: 'order-kurmet', recipients: [{ name: 'Representatives of diasporas' }] },
        { award: 'order-dostyk', degree: 2, recipients: ['tanzila-khashiyeva', { name: 'Aliya Bekova', description: 'teacher' }] },
        { award: 'medal-shapagat', note: 'For charity.' },
      ],
    };

    it.each<[Lang, string, string, string, string]>([
      ['kk', 'Марапаттар', '«Құрмет» ордені', '\u0406\u0406 дәрежелі «Достық» ордені', 'Танзила Хашиева'],
      ['ru', 'Награды', 'орден «Құрмет»', 'орден «Достық» II степени', 'Танзила Хашиева'],
      ['en', 'Awards', 'Order of Kurmet', 'Order of Dostyk, 2nd degree', 'Tanzila Khashiyeva'],
    ])('names each award with its degree in the %s interface', (lang, title, kurmet, dostyk, recipient) => {
      const { container } = renderBlock(awards, lang, 'en');
      const section = screen.getByRole('region', { name: title });
      expect(section).toHaveAttribute('id', 'awards');
      const names = [...container.querySelectorAll('.award-name')].map((el) => el.textContent);
      expect(names).toEqual([kurmet, dostyk, lang === 'en' ? 'Shapagat medal' : lang === 'kk' ? '«Шапағат» медалі' : 'медаль «Шапағат»']);
      const items = within(section)
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('award'));
      expect(items).toHaveLength(3);
      expect(within(items[1]!).getByText(recipient)).toBeInTheDocument();
    });

    it('writes the Kazakh degree with Cyrillic І, as the locale does', () => {
      const { container } = renderBlock(awards, 'kk', 'en');
      const dostyk = container.querySelectorAll('.award-name')[1]!.textContent!;
      expect(dostyk).toBe('ІІ дәрежелі «Достық» ордені');
      expect(dostyk).not.toMatch(/^II /);
    });

    it('lists the recipients of each award, written and registered', () => {
      const { container } = renderBlock(awards, 'kk', 'en');
      const [kurmet, dostyk, shapagat] = [...container.querySelectorAll<HTMLElement>('li.award')];
      expect(within(kurmet!).getByText('Марапатталғандар')).toBeInTheDocument();
      expect(within(kurmet!).getByText('Representatives of diasporas')).not.toHaveAttribute('lang');
      const recipients = within(dostyk!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(recipients).toEqual(['Танзила ХашиеваҚазақстанның «Вайнах» шешен-ингуш қауымдастығының мүшесі', 'Aliya Bekovateacher']);
      expect(within(dostyk!).getByText('Танзила Хашиева')).toHaveAttribute('lang', 'kk');
      expect(within(shapagat!).queryByText('Марапатталғандар')).toBeNull();
      expect(within(shapagat!).getByText('For charity.')).toHaveClass('award-note');
    });

    it('uses the title the article gives instead of the interface one', () => {
      renderBlock({ type: 'awards', id: 'awards', title: 'State awards', items: [{ award: 'medal-shapagat' }] }, 'kk', 'en');
      expect(screen.getByRole('region', { name: 'State awards' })).toBeInTheDocument();
      expect(screen.queryByText('Марапаттар')).toBeNull();
    });
  });

  describe('timeline', () => {
    const timeline: Block = {
      type: 'timeline',
      id: 'timeline',
      events: [
        { id: 'closing', date: '2023-04-28', text: 'Closing.' },
        { id: 'awards-presented', date: '2023-04-27T15:00:00+06:00', text: 'Awards presented.' },
        { id: 'opening', date: '2023-04-27', text: 'Opening.' },
      ],
    };

    it('renders an ordered list of events by date, each with <time dateTime> and the date in Kazakh', () => {
      renderBlock(timeline, 'kk', 'en');
      const section = screen.getByRole('region', { name: 'Хронология' });
      const list = within(section).getByRole('list');
      expect(list.tagName).toBe('OL');
      const events = within(list).getAllByRole('listitem');
      expect(events.map((li) => li.id)).toEqual(['opening', 'awards-presented', 'closing']);
      const times = events.map((li) => li.querySelector('time'));
      expect(times.map((time) => time?.getAttribute('datetime'))).toEqual(['2023-04-27', '2023-04-27T15:00:00+06:00', '2023-04-28']);
      expect(times.map((time) => time?.textContent)).toEqual(['2023\u00a0ж. 27 сәуір', '2023\u00a0ж. 27 сәуір', '2023\u00a0ж. 28 сәуір']);
      expect(events.map((li) => li.querySelector('p')?.textContent)).toEqual(['Opening.', 'Awards presented.', 'Closing.']);
      expect(times[0]!.parentElement).toHaveAttribute('lang', 'kk');
    });

    it.each<[Lang, string]>([
      ['ru', '27 апреля 2023\u00a0г.'],
      ['en', '27 April 2023'],
    ])('writes dates the %s way', (lang, text) => {
      const { container } = renderBlock(timeline, lang, 'en');
      expect(container.querySelector('li#opening time')?.textContent).toBe(text);
    });
  });
});

describe('ArticleView', () => {
  const versions: ArticleVersions = {
    id: SEED_ID,
    publishedAt: '2023-04-27',
    original: 'en',
    versions: ['en', 'kk', 'ru'],
    entities: { people: {}, awards: {} },
  };
  const view = (article: Article, lang: Lang) =>
    renderIn(lang, <ArticleView article={article} versions={versions} entities={entities} lang={lang} />);

  it('shows the English article in the Kazakh interface, marked as English, with a notice', () => {
    const { container } = view(seedArticle('en'), 'kk');
    const article = container.querySelector('article');
    expect(article).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('President Tokayev addresses the 32nd session');
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent('Бұл мақала қазақ тілінде қолжетімді емес. Сіз оның мына тілдегі нұсқасын оқып отырсыз: English.');
    expect(notice.closest('.version-notice')).toHaveAttribute('lang', 'kk');
    // The English version is the original: nothing says it was translated.
    expect(screen.queryByText(/аударылған/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Қазақша' })).toHaveAttribute('href', `/kk/articles/${SEED_ID}`);
    expect(screen.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', `/ru/articles/${SEED_ID}`);
  });

  it('names the speakers in Kazakh and dates in Kazakh inside the English article', () => {
    const { container } = view(seedArticle('en'), 'kk');
    expect(container.querySelector('figure#q-one-family figcaption')).toHaveTextContent('Қасым-Жомарт Тоқаев');
    expect(container.querySelector('.article-meta time')?.textContent).toBe('2023\u00a0ж. 27 сәуір');
    expect(container.querySelector('.article-meta')).toHaveAttribute('lang', 'kk');
    expect([...container.querySelectorAll('#awards .award-name')].map((el) => el.textContent)).toContain('ІІ дәрежелі «Достық» ордені');
  });

  it('says the Kazakh version was translated from English, without the not-available notice', () => {
    const { container } = view(seedArticle('kk'), 'kk');
    expect(container.querySelector('article')).toHaveAttribute('lang', 'kk');
    expect(screen.getByText('Ағылшын тілінен аударылған')).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
    expect(container.querySelector('.version-notice')).not.toHaveAttribute('lang');
  });

  it('links back to the latest articles in the interface language', () => {
    view(seedArticle('ru'), 'kk');
    expect(screen.getByRole('link', { name: 'Барлық мақалалар' })).toHaveAttribute('href', '/kk/');
  });
});
