// Photos for the test corpus: invented landscapes (sky, sun, hills) drawn as SVG and saved as JPEG by sharp,
// the same library the build makes a photo's sizes with. A few designs serve every article, so a corpus of
// any size makes (and the build's cache encodes) only these few pictures.
import sharp from 'sharp';

const PALETTES = [
  { sky: ['#8ec5ff', '#e0f0ff'], sun: '#ffd23f', hills: ['#4c8c4a', '#2f5d34'] },
  { sky: ['#ff9a76', '#ffe1a8'], sun: '#fff3b0', hills: ['#a0522d', '#6b3a20'] },
  { sky: ['#2c3e73', '#7a8cc7'], sun: '#f4f1de', hills: ['#3d405b', '#22223b'] },
  { sky: ['#b8e0d2', '#eaf4f4'], sun: '#f6bd60', hills: ['#84a59d', '#52796f'] },
  { sky: ['#cdb4db', '#ffc8dd'], sun: '#fff1e6', hills: ['#7b9e87', '#5e7d67'] },
  { sky: ['#d9ed92', '#f1faee'], sun: '#ffb703', hills: ['#8d6e63', '#5d4037'] },
] as const;

export const PHOTO_DESIGNS = PALETTES.length;
export const PHOTO_SIZE = { width: 1600, height: 1000 } as const;

const svg = (design: number): string => {
  const { sky, sun, hills } = PALETTES[design % PALETTES.length]!;
  const { width, height } = PHOTO_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="${300 + design * 170}" cy="260" r="110" fill="${sun}"/>
  <path d="M0 700 Q 400 ${520 + design * 20} 800 680 T 1600 640 V 1000 H 0 Z" fill="${hills[0]}"/>
  <path d="M0 820 Q 500 700 1000 820 T 1600 800 V 1000 H 0 Z" fill="${hills[1]}"/>
</svg>`;
};

/** One design as a JPEG file's bytes. */
export const renderPhoto = (design: number): Promise<Buffer> =>
  sharp(Buffer.from(svg(design)))
    .jpeg({ quality: 82 })
    .toBuffer();
