// Entry point: Garden's CSS reset, then the sidebar app.
import '@zendeskgarden/css-bedrock/dist/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
