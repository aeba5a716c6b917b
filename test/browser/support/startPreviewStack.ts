// Starts what `npm start` starts, on free ports: the real zcli apps:server over the built app and
// the preview host page. The app must already be built (`npm run build`); nothing is rebuilt here.
import { resolve } from 'node:path';
import { freePort } from '../../../preview/launch/freePort';
import { startZcliServer } from '../../../preview/launch/startZcliServer';
import { startPreviewServer } from '../../../preview/server';

export interface PreviewStack {
  hostUrl: string;
  zcliUrl: string;
  stop(): Promise<void>;
}

const DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist');

export async function startPreviewStack(appDir = process.env.PREVIEW_APP_DIR ?? DIST): Promise<PreviewStack> {
  const zcli = await startZcliServer(appDir, await freePort());
  try {
    const host = await startPreviewServer({ port: await freePort(), zcliUrl: zcli.url });
    return {
      hostUrl: host.url,
      zcliUrl: zcli.url,
      stop: async () => {
        await Promise.allSettled([host.close(), zcli.stop()]);
      },
    };
  } catch (error) {
    await zcli.stop();
    throw error;
  }
}
