// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nFor } from '../../../shared/i18n/i18n';
import type { Lang } from '../../../shared/languages';
import type { ImageBlock as Image } from './image';
import { ImageBlock } from './image-block';

afterEach(cleanup);

const photo: Image = { type: 'image', id: 'photo-1', src: 'hall.jpg', alt: 'Делегаты в зале', width: 1000, height: 625 };

const renderPhoto = (block: Image, { lead = false, lang = 'en' as Lang } = {}) =>
  render(
    <I18nextProvider i18n={i18nFor(lang)}>
      <ImageBlock
        block={block}
        entities={{ people: {}, organizations: {}, awards: {} }}
        lang={lang}
        articleLang="ru"
        articleId="an-article"
        lead={lead}
      />
    </I18nextProvider>,
  );

describe('ImageBlock', () => {
  it('shows the photo with its alt text, in every size the build made, keeping its place by its size', () => {
    const { container } = renderPhoto(photo);
    const img = screen.getByRole('img', { name: 'Делегаты в зале' });
    expect(img).toHaveAttribute('width', '1000');
    expect(img).toHaveAttribute('height', '625');
    expect(img.getAttribute('srcset')).toBe(
      '/articles/an-article/hall-480.webp 480w, /articles/an-article/hall-800.webp 800w, /articles/an-article/hall-1000.webp 1000w',
    );
    expect(img).toHaveAttribute('src', '/articles/an-article/hall-1000.webp');
    const avif = container.querySelector('source[type="image/avif"]');
    expect(avif?.getAttribute('srcset')).toBe(
      '/articles/an-article/hall-480.avif 480w, /articles/an-article/hall-800.avif 800w, /articles/an-article/hall-1000.avif 1000w',
    );
    expect(img.closest('figure')).toHaveAttribute('id', 'photo-1');
  });

  it('loads a photo further down only when the reader comes near it, and the lead photo at once', () => {
    renderPhoto(photo);
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'lazy');
    expect(screen.getByRole('img')).not.toHaveAttribute('fetchpriority');
    cleanup();
    renderPhoto(photo, { lead: true });
    expect(screen.getByRole('img')).toHaveAttribute('loading', 'eager');
    expect(screen.getByRole('img')).toHaveAttribute('fetchpriority', 'high');
  });

  it('captions the photo and credits its author in the interface language', () => {
    const { container } = renderPhoto({ ...photo, caption: 'Сессия Ассамблеи', credit: 'Акорда' }, { lang: 'kk' });
    const caption = container.querySelector('figcaption')!;
    // The figure's last child, as its content model requires.
    expect(caption.parentElement!.lastElementChild).toBe(caption);
    expect(caption).toHaveTextContent('Сессия Ассамблеи');
    expect(screen.getByText('Фото: Акорда')).toHaveAttribute('lang', 'kk');
  });

  it('has no caption when there is nothing to say', () => {
    const { container } = renderPhoto(photo);
    expect(container.querySelector('figcaption')).toBeNull();
  });
});
