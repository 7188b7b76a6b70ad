import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEASURES,
  readerSettings,
  TEXT_SIZES,
  THEMES,
  type Measure,
  type ReaderSettings as Settings,
  type SettingsStore,
  type TextSize,
  type Theme,
} from '../model/settings';
import './reader-settings.css';

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}

/** A native radio group: Tab reaches the chosen option, the arrow keys choose, and each choice applies at once. */
function Choice<T extends string>({ legend, name, options, value, label, onChange }: ChoiceProps<T>) {
  return (
    <fieldset className="reader-settings-group">
      <legend>{legend}</legend>
      <div className="reader-settings-options">
        {options.map((option) => (
          <label key={option} className="reader-settings-option">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface Props {
  /** The browser's store unless a test gives its own. */
  store?: SettingsStore;
}

/**
 * Theme, text size and line width, behind a disclosure button in the header. Prerendering and hydration
 * show the defaults (the server snapshot), so the markup matches; the reader's own choice shows right
 * after hydration. The page itself already looks right before that: the before-paint script applied the choice.
 */
export function ReaderSettings({ store = readerSettings }: Props) {
  const { t } = useTranslation();
  const settings = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const [open, setOpen] = useState(false);
  const id = useId();
  const panelId = `${id}panel`;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // The panel hangs from the button's right edge; where the header has wrapped the button to the left,
  // that would push it off screen, so it hangs from the left edge instead. Measured before it is painted.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    panel.removeAttribute('data-align');
    if (panel.getBoundingClientRect().left < 0) panel.setAttribute('data-align', 'start');
  }, [open]);

  // Open: Escape closes and gives focus back to the button; a click or focus elsewhere closes.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const root = rootRef.current;
      const focusInside = root !== null && root.contains(document.activeElement);
      setOpen(false);
      if (focusInside || document.activeElement === document.body) buttonRef.current?.focus();
    };
    const onElsewhere = (event: Event) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onElsewhere);
    document.addEventListener('focusin', onElsewhere);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onElsewhere);
      document.removeEventListener('focusin', onElsewhere);
    };
  }, [open]);

  const choose =
    <K extends keyof Settings>(key: K) =>
    (value: Settings[K]) =>
      store.update({ [key]: value });

  return (
    <div className="reader-settings" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="reader-settings-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {t('settings.button')}
      </button>
      <div id={panelId} ref={panelRef} className="reader-settings-panel" hidden={!open}>
        <Choice<Theme>
          legend={t('settings.theme.legend')}
          name={`${id}theme`}
          options={THEMES}
          value={settings.theme}
          label={(theme) => t(`settings.theme.${theme}`)}
          onChange={choose('theme')}
        />
        <Choice<TextSize>
          legend={t('settings.textSize.legend')}
          name={`${id}text-size`}
          options={TEXT_SIZES}
          value={settings.textSize}
          label={(size) => t(`settings.textSize.${size}`)}
          onChange={choose('textSize')}
        />
        <Choice<Measure>
          legend={t('settings.measure.legend')}
          name={`${id}measure`}
          options={MEASURES}
          value={settings.measure}
          label={(measure) => t(`settings.measure.${measure}`)}
          onChange={choose('measure')}
        />
        <p className="reader-settings-note">{t('settings.note')}</p>
      </div>
    </div>
  );
}
