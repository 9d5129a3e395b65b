import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from '../../src/db/embedded-postgres';

function occupyPort(): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ port, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('starting the embedded database', () => {
  it('says the port is taken instead of failing obscurely', async () => {
    const taken = await occupyPort();
    try {
      await expect(startEmbeddedPostgres({ dataDir: '/tmp/ece-never-created/data', port: taken.port, password: 'x' })).rejects.toThrow(
        new EmbeddedDatabaseError(`Port ${taken.port} is already in use: stop the other process or set EMBEDDED_PG_PORT to a free port.`),
      );
    } finally {
      await taken.close();
    }
  });

  it('says the data folder cannot be written', async () => {
    await expect(startEmbeddedPostgres({ dataDir: '/dev/null/ece/data', port: 1, password: 'x' })).rejects.toThrow(/The data folder \/dev\/null\/ece cannot be created or written/);
  });

  it('makes `npm start` explain why and exit non-zero', async () => {
    const taken = await occupyPort();
    try {
      const root = path.resolve(__dirname, '../..');
      const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', EMBEDDED_PG_PORT: String(taken.port), EMBEDDED_PG_DIR: '/tmp/ece-never-created/data', PORT: '0' },
        encoding: 'utf8',
        timeout: 60000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`[ece] cannot start: Port ${taken.port} is already in use`);
    } finally {
      await taken.close();
    }
  });
});
