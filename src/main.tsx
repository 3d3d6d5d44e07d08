import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { syncSettingsToHash } from './app/url-sync';
import './app/app.css';
import { createPlayground } from './state/playground';
import { PlaygroundContext } from './state/playground-context';
import { decodeSettings } from './state/url-codec';
import { TrainingClient } from './worker/training-client';

const { settings, notices } = decodeSettings(location.hash);
// Test switch: lets WebGL run on a software rasteriser (SwiftShader in headless Chromium).
const softwareWebgl = new URLSearchParams(location.search).has('software-webgl');

// Made once, outside React: StrictMode's double effects must not start a second worker.
const playground = createPlayground(settings, (target) => {
  const client = new TrainingClient(target.receive, (reason) =>
    target.receive({ type: 'error', message: `The training worker stopped: ${reason}` }),
  );
  client.send({ type: 'init', softwareWebgl, dataUrl: new URL('data/', document.baseURI).href });
  return client;
});
syncSettingsToHash(playground.settings);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <PlaygroundContext value={playground}>
      <App linkNotices={notices} />
    </PlaygroundContext>
  </StrictMode>,
);
