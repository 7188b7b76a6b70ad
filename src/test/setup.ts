import '@testing-library/jest-dom/vitest';
import { preloadAllMessages } from '../shared/i18n/load-messages';

await preloadAllMessages();
