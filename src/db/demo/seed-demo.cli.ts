import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../config';
import { createOrmOptions } from '../orm-config';
import { prepareDatabase } from '../prepare-database';
import { seedDemoWorld } from './seed-demo';

/** `npm run seed:demo`: prepares the database like `npm start` does, then adds the demo world. */
async function run(): Promise<void> {
  const config = loadConfig();
  if (config.mode === 'production') throw new Error('the demo world has public passwords: it is never seeded in production');
  const database = await prepareDatabase(config, (line) => console.log(`[ece] ${line}`));
  try {
    const orm = await MikroORM.init(createOrmOptions(database.ownerUrl, { poolMax: 2 }));
    try {
      const { created, existing } = await seedDemoWorld(orm.em.fork());
      console.log(`[ece] demo world: ${created} accounts created, ${existing} already there`);
    } finally {
      await orm.close(true);
    }
  } finally {
    await database.stop();
  }
}

run().catch((error: unknown) => {
  console.error(`[ece] seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
