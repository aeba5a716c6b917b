// A fixed port that is already taken must fail loudly: otherwise the preview could talk to another
// checkout's zcli server (an old `npm start`) and show someone else's build.
import { createServer } from 'node:net';

export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} for ${what} is already in use (an earlier npm start?). Stop it, or pick another port with --${what === 'zcli apps:server' ? 'zcli-port' : 'port'}.`
            : `Cannot use port ${port} for ${what}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, 'localhost', () => probe.close(() => resolve()));
  });
}
