// The state awards of the Republic of Kazakhstan (its titles, orders and medals, and the two honorary
// titles most often named in the news), as the importer recognises them in en, kk and ru text. Names
// follow the official spelling of each language (Kazakh names keep their Kazakh letters in Russian text);
// an award the article gives that entities.json lacks is proposed to the editor with these names.
import type { Entities } from '../../src/content/schema.ts';

type AwardEntity = Entities['awards'][string];

export interface CatalogueAward extends AwardEntity {
  id: string;
  /** How the texts write it; a one-word name (Barys, «Құрмет») also needs an award word in its sentence. */
  pattern: RegExp;
  oneWord: boolean;
}

const award = (id: string, entity: AwardEntity, pattern: RegExp, oneWord = false): CatalogueAward => ({ id, ...entity, pattern, oneWord });
const names = (en: string, kk: string, ru: string) => ({ en, kk, ru });
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
/** A one-word award name: capitalised, whole, in any of its spellings. */
const word = (...spellings: string[]) => new RegExp(`${NOT_LETTER_BEFORE}(?:${spellings.join('|')})${NOT_LETTER_AFTER}`, 'u');

export const AWARD_CATALOGUE: readonly CatalogueAward[] = [
  award(
    'title-halyk-qaharmany',
    { kind: 'title', name: names('Halyk Qaharmany', '«Халық қаһарманы» атағы', 'звание «Халық қаһарманы»') },
    /Халық\s+[Ққ]аһарман|Народн\p{L}*\s+геро\p{L}*\s+Казахстана|(?:Khalyk|Halyk)\s+(?:Kaharman|Qaharman)|People['’]s\s+Hero\s+of\s+Kazakhstan/u,
  ),
  award(
    'title-enbek-eri',
    { kind: 'title', name: names('Kazakhstannyn Enbek Eri', '«Қазақстанның Еңбек Ері» атағы', 'звание «Қазақстанның Еңбек Ері»') },
    /(?:Еңбек|Енбек)\s+Ер[іи](?!\p{L})|(?:Enbek|Yenbek)\s+(?:Eri|Yeri)\b|Геро\p{L}*\s+Труда\s+Казахстана|Hero\s+of\s+Labou?r\s+of\s+Kazakhstan/u,
  ),
  award(
    'order-altyn-qyran',
    { kind: 'order', name: names('Order of Altyn Qyran', '«Алтын Қыран» ордені', 'орден «Алтын Қыран»') },
    /Алтын\s+[ҚК]ыран|Altyn\s+(?:Q|K)[yu]ran|Golden\s+Eagle/u,
  ),
  award('order-otan', { kind: 'order', name: names('Order of Otan', '«Отан» ордені', 'орден «Отан»') }, word('Otan', '[«"]Отан[»"]'), true),
  award(
    'order-barys',
    { kind: 'order', name: names('Order of Barys', '«Барыс» ордені', 'орден «Барыс»'), degrees: [1, 2, 3] },
    word('Barys', 'Барыс'),
    true,
  ),
  award(
    'order-dostyk',
    { kind: 'order', name: names('Order of Dostyk', '«Достық» ордені', 'орден «Достық»'), degrees: [1, 2] },
    word('Dostyk', 'Dostyq', 'Достық', 'Достык'),
    true,
  ),
  award(
    'order-enbek-danqy',
    { kind: 'order', name: names('Order of Enbek Danqy', '«Еңбек Даңқы» ордені', 'орден «Еңбек Даңқы»'), degrees: [1, 2, 3] },
    /(?:Еңбек|Енбек)\s+(?:Даңқы|Данкы)|Enbek\s+Dan[qk]y/u,
  ),
  award(
    'order-danq',
    { kind: 'order', name: names('Order of Danq', '«Даңқ» ордені', 'орден «Даңқ»'), degrees: [1, 2] },
    word('Danq', 'Dank', 'Даңқ', 'Данк'),
    true,
  ),
  award(
    'order-aibyn',
    { kind: 'order', name: names('Order of Aibyn', '«Айбын» ордені', 'орден «Айбын»'), degrees: [1, 2] },
    word('Aibyn', 'Айбын'),
    true,
  ),
  award(
    'order-parasat',
    { kind: 'order', name: names('Order of Parasat', '«Парасат» ордені', 'орден «Парасат»') },
    word('Parasat', 'Парасат'),
    true,
  ),
  award(
    'order-kurmet',
    { kind: 'order', name: names('Order of Kurmet', '«Құрмет» ордені', 'орден «Құрмет»') },
    word('Kurmet', 'Qurmet', 'Құрмет', 'Курмет'),
    true,
  ),
  award(
    'medal-erligi-ushin',
    { kind: 'medal', name: names('Erligi ushin medal', '«Ерлігі үшін» медалі', 'медаль «Ерлігі үшін»') },
    /Ерлігі\s+үшін|Erligi\s+ushin/iu,
  ),
  award(
    'medal-eren-enbegi-ushin',
    { kind: 'medal', name: names('Eren enbegi ushin medal', '«Ерен еңбегі үшін» медалі', 'медаль «Ерен еңбегі үшін»') },
    /Ерен\s+еңбегі\s+үшін|Eren\s+enbegi\s+ushin/iu,
  ),
  award(
    'medal-shapagat',
    { kind: 'medal', name: names('Shapagat medal', '«Шапағат» медалі', 'медаль «Шапағат»') },
    word('Shapagat', 'Shapaghat', 'Шапағат', 'Шапагат'),
    true,
  ),
  award(
    'medal-khalyk-algysy',
    { kind: 'medal', name: names('Khalyk Algysy medal', '«Халық алғысы» медалі', 'медаль «Халық алғысы»') },
    /Халық\s+алғысы|(?:Khalyk|Halyk)\s+algysy/iu,
  ),
  award(
    'title-honoured-figure',
    {
      kind: 'title',
      name: names('Honoured Figure of Kazakhstan', 'Қазақстанның еңбек сіңірген қайраткері', 'заслуженный деятель Казахстана'),
    },
    /заслуженн\p{L}+\s+деятел\p{L}*\s+(?:Республики\s+)?Казахстана|еңбек\s+сіңірген\s+қайраткері|Honou?red\s+Figures?\s+of\s+Kazakhstan/iu,
  ),
  award(
    'title-honoured-worker',
    {
      kind: 'title',
      name: names('Honoured Worker of Kazakhstan', 'Қазақстанның еңбек сіңірген қызметкері', 'заслуженный работник Казахстана'),
    },
    /заслуженн\p{L}+\s+работник\p{L}*\s+(?:Республики\s+)?Казахстана|еңбек\s+сіңірген\s+қызметкері|Honou?red\s+Workers?\s+of\s+Kazakhstan/iu,
  ),
];

/** The entry an editor copies into entities.json `awards`. */
export const awardEntity = ({ kind, name, degrees }: CatalogueAward): AwardEntity => ({ kind, name, ...(degrees && { degrees }) });
