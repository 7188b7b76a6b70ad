// Ids from text in any of the three languages: Cyrillic (Kazakh letters included) written in Latin letters,
// then lowercase a-z, 0-9 and single hyphens, as the content format's ids are.
const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const slugify = (text: string, max = 60): string => {
  const latin = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, (mark, offset, whole: string) => (/[\u0400-\u04ff]/.test(whole[offset - 1] ?? '') ? mark : ''))
    .normalize('NFC')
    .replace(/[\u0400-\u04ff]/g, (char) => LATIN[char] ?? '')
    .replace(/[ıłđøæß]/g, (char) => ({ ı: 'i', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', ß: 'ss' })[char]!);
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') : slug;
};
