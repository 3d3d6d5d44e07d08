import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { createLanguageStore } from './app/language';
import { loadSavedState, saveContinuously } from './app/persistence';
import { applyTheme, readThemeChoice } from './app/theme';
import { syncLinkToHash } from './app/url-sync';
import { watchWorker } from './app/watchdog';
import { LanguageContext } from './i18n/language-context';
import { createPlayground } from './state/playground';
import { PlaygroundContext } from './state/playground-context';
import { LayoutContext } from './state/layout-context';
import { decodeLink, emptyLayout } from './state/link-codec';
import { createLayoutStore } from './state/page-layout';
import { TrainingClient } from './worker/training-client';
import type { ToWorker } from './worker/protocol';
import { defaultSettings, isSameRun } from './settings/schema';

const query = new URLSearchParams(location.search);
// Test switches: WebGL on a software rasteriser (SwiftShader in headless Chromium); hooks that force failures.
const softwareWebgl = query.has('software-webgl');
const testHooks = query.has('test-hooks');

// Before anything waits, so the page never shows in the other theme first.
applyTheme(readThemeChoice());
// A link's settings win over the saved ones; without a link, the page opens as it was left.
const link = location.hash.length > 1 ? decodeLink(location.hash) : null;
// A link that names a language opens in it; otherwise the reader's own choice.
const language = createLanguageStore(link?.language ?? null);
const saved = await loadSavedState();
const { settings, notices, hidden, openViews } = link ?? {
  settings: saved?.settings ?? defaultSettings,
  notices: [],
  ...emptyLayout,
};
const layout = createLayoutStore({ hidden, openViews });

// Made once, outside React: StrictMode's double effects must not start a second worker.
const playground = createPlayground(settings, (target) => {
  const client = new TrainingClient(target.receive, (reason) => target.reportCrash(reason));
  client.send({ type: 'init', softwareWebgl, dataUrl: new URL('data/', document.baseURI).href, testHooks });
  if (testHooks) exposeTestHooks((message) => client.send(message));
  return client;
});
if (saved?.run && isSameRun(saved.run.checkpoint.settings, settings)) playground.restore(saved.run);
else playground.prepare();
syncLinkToHash(playground.settings, layout, language);
saveContinuously(playground);
watchWorker(playground, testHooks ? Number(query.get('watchdog-ms') ?? 20_000) : 20_000);

function exposeTestHooks(send: (message: ToWorker) => void): void {
  Object.assign(window, {
    playgroundTest: {
      debug: (action: 'crash' | 'loseWebglContext' | 'hang') => send({ type: 'debug', action }),
    },
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <LanguageContext value={language}>
      <PlaygroundContext value={playground}>
        <LayoutContext value={layout}>
          <App linkNotices={notices} />
        </LayoutContext>
      </PlaygroundContext>
    </LanguageContext>
  </StrictMode>,
);
