/** The messengers and networks readers here use, in the order they use them. */
export const NETWORKS = ['telegram', 'whatsapp', 'vk', 'facebook', 'x', 'email'] as const;
export type Network = (typeof NETWORKS)[number];

/** Brand names are not translated. */
export const NETWORK_NAMES: Record<Exclude<Network, 'email'>, string> = {
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  vk: 'VK',
  facebook: 'Facebook',
  x: 'X',
};

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * Direct share addresses. Every value goes through URLSearchParams (or encodeURIComponent for mailto),
 * so a title with `&`, `#` or Kazakh letters cannot break the link.
 */
export const shareHref = (network: Network, url: string, title: string): string => {
  switch (network) {
    case 'telegram':
      return `https://t.me/share/url?${query({ url, text: title })}`;
    case 'whatsapp':
      return `https://wa.me/?${query({ text: `${title} ${url}` })}`;
    case 'vk':
      return `https://vk.com/share.php?${query({ url, title })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`;
    case 'x':
      return `https://x.com/intent/post?${query({ url, text: title })}`;
    case 'email':
      // mailto wants %20 for spaces, not `+`.
      return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`;
  }
};

/** The absolute address of a page (and block) on the site the reader is on. */
export const absoluteLink = (origin: string, path: string): string => new URL(path, origin).href;
