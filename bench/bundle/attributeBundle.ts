// Rough per-package attribution of the bundle, to show where the bytes come from. It runs one
// extra in-memory build with the app's own Vite config (minus the plugin that lays out dist/, so
// dist/ is never touched), reads each chunk's rendered modules, gzips each module alone and
// splits the chunk's real gzipped size across packages in proportion. Rough by design: in the
// chunk, gzip also finds repeats across modules, and minification happens after rendering.
import { resolve } from 'node:path';
import { build, loadConfigFromFile, type PluginOption } from 'vite';
import { gzipSize } from './measureBundle';

const REPO = resolve(import.meta.dirname, '..', '..');

export interface PackageShare {
  name: string;
  renderedBytes: number;
  approxGzipBytes: number;
}

export function packageOf(moduleId: string): string {
  const id = moduleId.replace(/\\/g, '/').replace(/^\0/, '');
  const at = id.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const parts = id.slice(at + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? id);
  }
  const repo = `${REPO.replace(/\\/g, '/')}/`;
  if (id.startsWith(repo)) {
    const parts = id.slice(repo.length).split('/');
    // src/rules/rulebook/…, src/ui/panel/… by their sub-folder; translations/… by the top folder.
    const depth =
      parts[0] === 'src' ? Math.min(3, parts.length - 1) : Math.min(1, parts.length - 1);
    return `app: ${parts.slice(0, depth).join('/')}/`;
  }
  return 'bundler runtime and helpers';
}

function isLayoutPlugin(plugin: PluginOption): boolean {
  return (
    typeof plugin === 'object' &&
    plugin !== null &&
    'name' in plugin &&
    plugin.name === 'zendesk-app-layout'
  );
}

export async function attributeBundle(): Promise<PackageShare[]> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    resolve(REPO, 'vite.config.ts'),
  );
  if (!loaded) throw new Error('vite.config.ts not found');
  const plugins = ((loaded.config.plugins ?? []) as PluginOption[])
    .flat(Infinity as 1)
    .filter((plugin) => !isLayoutPlugin(plugin));
  const result = await build({
    ...loaded.config,
    configFile: false,
    plugins,
    logLevel: 'silent',
    build: { ...loaded.config.build, write: false, emptyOutDir: false },
  });

  const shares = new Map<string, PackageShare>();
  const add = (name: string, rendered: number, gzip: number) => {
    const share = shares.get(name) ?? { name, renderedBytes: 0, approxGzipBytes: 0 };
    share.renderedBytes += rendered;
    share.approxGzipBytes += gzip;
    shares.set(name, share);
  };
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    for (const item of output.output) {
      if (item.type === 'asset') {
        if (item.fileName.endsWith('.css'))
          add(`css: ${item.fileName}`, item.source.length, gzipSize(toBytes(item.source)));
        continue;
      }
      const chunkGzip = gzipSize(toBytes(item.code));
      const modules = Object.entries(item.modules).map(([id, module]) => ({
        id,
        rendered: module.renderedLength,
        alone: module.code ? gzipSize(toBytes(module.code)) : 0,
      }));
      const total = modules.reduce((sum, module) => sum + module.alone, 0) || 1;
      for (const module of modules)
        add(packageOf(module.id), module.rendered, (chunkGzip * module.alone) / total);
    }
  }
  return [...shares.values()].sort((a, b) => b.approxGzipBytes - a.approxGzipBytes);
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content) : content;
}
