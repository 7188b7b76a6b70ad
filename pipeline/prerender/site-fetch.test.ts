import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFetch } from './site-fetch.ts';

const dist = mkdtempSync(join(tmpdir(), 'site-fetch-'));
mkdirSync(join(dist, 'data'));
writeFileSync(join(dist, 'data/latest 1.json'), '{"page":1}');
writeFileSync(join(tmpdir(), 'outside.json'), '{}');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('siteFetch', () => {
  const fetchSite = siteFetch(dist);

  it('answers a site path with the file in the output folder', async () => {
    const response = await fetchSite('/data/latest%201.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ page: 1 });
  });

  it.each(['/data/missing.json', '/../outside.json', '/data/%2e%2e/%2e%2e/outside.json'])('answers 404 for %s', async (path) => {
    expect((await fetchSite(path)).status).toBe(404);
  });
});
