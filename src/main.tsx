import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openLinkInAddress } from './state/readStartup';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// Without a share link in the address this resolves at once; with one, its decoder loads first.
void openLinkInAddress().then((link) =>
  createRoot(container).render(
    <StrictMode>
      <App link={link} />
    </StrictMode>,
  ),
);
