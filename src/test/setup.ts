import '@testing-library/jest-dom/vitest';
import { registerAllMessages } from '../shared/i18n/all-messages';

registerAllMessages();
