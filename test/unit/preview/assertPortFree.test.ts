import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree } from '../../../preview/launch/assertPortFree';
import { freePort } from '../../../preview/launch/freePort';

let holder: Server | null = null;
afterEach(() => {
  holder?.close();
  holder = null;
});

describe('assertPortFree', () => {
  it('passes for a port nobody holds', async () => {
    await expect(assertPortFree(await freePort(), 'zcli apps:server')).resolves.toBeUndefined();
  });

  it('says which server and which option when the port is taken', async () => {
    const port = await freePort();
    holder = createServer();
    await new Promise<void>((done) => holder!.listen(port, 'localhost', done));
    await expect(assertPortFree(port, 'zcli apps:server')).rejects.toThrow(
      `Port ${port} for zcli apps:server is already in use (an earlier npm start?). Stop it, or pick another port with --zcli-port.`,
    );
  });
});
