import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileWriter } from './file-writer.ts';

const folder = mkdtempSync(join(tmpdir(), 'file-writer-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('fileWriter', () => {
  it('writes files, making their folders', async () => {
    const write = fileWriter(folder);
    await Promise.all(Array.from({ length: 20 }, (_, i) => write(`pages/${i % 3}/${i}.html`, `<p>${i} жайлау</p>`)));
    await write('data.bin', new Uint8Array([1, 2, 3]));
    for (let i = 0; i < 20; i++) expect(readFileSync(join(folder, `pages/${i % 3}/${i}.html`), 'utf8')).toBe(`<p>${i} жайлау</p>`);
    expect([...readFileSync(join(folder, 'data.bin'))]).toEqual([1, 2, 3]);
  });

  it('fails when a file cannot be written', async () => {
    writeFileSync(join(folder, 'a-file'), '');
    await expect(fileWriter(folder)('a-file/page.html', 'x')).rejects.toThrow();
  });
});
