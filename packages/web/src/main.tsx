import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './styles.css';
import { LocaleProvider } from './i18n/locale-context.tsx';
import { App } from './app.tsx';
import { SessionProvider } from './auth/session-context.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </LocaleProvider>
  </StrictMode>,
);
