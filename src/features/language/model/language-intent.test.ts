// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { announceLanguageIntent, useLanguageIntent } from './language-intent';

describe('the intent to switch language', () => {
  it('runs what the mounted components prepare, with their latest props, and nothing once unmounted', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, unmount } = renderHook(({ prepare }) => useLanguageIntent(prepare), { initialProps: { prepare: first } });
    expect(first).not.toHaveBeenCalled();
    announceLanguageIntent();
    expect(first).toHaveBeenCalledTimes(1);
    rerender({ prepare: second });
    announceLanguageIntent();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    unmount();
    announceLanguageIntent();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
