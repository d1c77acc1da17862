import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installE2EHooks } from './app/e2e-hooks';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
installE2EHooks();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
