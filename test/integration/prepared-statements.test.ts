import { DriverException } from '@mikro-orm/core';
import { executePrepared, executeVarying, numberedPlaceholders, preparedStatement } from '../../src/db/prepared-statement';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Issue 14: a request's fixed statements run prepared, on the connection and in the transaction of the request.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const READ_SETTING = preparedStatement('test_read_setting', `select current_setting('app.account_id', true) as value, $1::uuid as given`);

describe('executePrepared', () => {
  it('runs in the transaction it is given (it sees its transaction-local settings), logged like any statement', async () => {
    const em = app.orm.em.fork();
    await em.begin();
    try {
      await em.execute(`select set_config('app.account_id', 'in-this-transaction', true)`);
      app.statements.length = 0;
      const rows = await executePrepared<{ value: string; given: string }>(em, READ_SETTING, ['5b7f1c9e-3a52-4d8e-9f10-2c4b6a8d0e1f']);
      expect(rows).toEqual([{ value: 'in-this-transaction', given: '5b7f1c9e-3a52-4d8e-9f10-2c4b6a8d0e1f' }]);
      expect(app.statements).toEqual([READ_SETTING.text]);
      // A database error arrives as em.execute's would.
      await expect(executePrepared(em, READ_SETTING, ['not-a-uuid'])).rejects.toBeInstanceOf(DriverException);
    } finally {
      await em.rollback();
    }
  });

  it('refuses to run outside an open transaction', async () => {
    const em = app.orm.em.fork();
    await expect(executePrepared(em, READ_SETTING, [null])).rejects.toThrow(/needs an open transaction/);
    await em.begin();
    await em.commit();
    await expect(executePrepared(em, READ_SETTING, [null])).rejects.toThrow(/needs an open transaction/);
  });

  it('keeps one text per name', () => {
    expect(() => preparedStatement('test_read_setting', 'select 1')).toThrow(/declared twice/);
    expect(preparedStatement('test_read_setting', READ_SETTING.text)).toEqual(READ_SETTING);
  });
});

describe('numberedPlaceholders', () => {
  it('numbers the placeholders in order, leaving quoted literals and identifiers alone', () => {
    expect(numberedPlaceholders(`select "a?b", 'it''s ?' from t where x = ?::uuid and y in (?, ?)`, 3))
      .toBe(`select "a?b", 'it''s ?' from t where x = $1::uuid and y in ($2, $3)`);
  });

  it('refuses what it cannot number safely', () => {
    expect(() => numberedPlaceholders('select j ?| array[?]', 1)).toThrow(/containing \?\|/);
    expect(() => numberedPlaceholders('select ??', 0)).toThrow(/containing \?\?/);
    expect(() => numberedPlaceholders('select $1, ?', 1)).toThrow(/containing \$/);
    expect(() => numberedPlaceholders('select ? -- ?', 1)).toThrow(/containing --/);
    expect(() => numberedPlaceholders('select ?', 2)).toThrow(/1 placeholders for 2 values/);
  });
});

describe('executeVarying', () => {
  it('runs a composed statement prepared, logged with its numbered text, with the rows em.execute gives', async () => {
    const em = app.orm.em.fork();
    await em.begin();
    try {
      const sql = `select ?::int as n, ? as t, current_setting('app.account_id', true) as setting`;
      await em.execute(`select set_config('app.account_id', 'varying', true)`);
      const plain = await em.execute(sql, [7, 'seven']);
      app.statements.length = 0;
      expect(await executeVarying(em, sql, [7, 'seven'])).toEqual(plain);
      expect(await executeVarying(em, sql, [8, 'eight'])).toEqual([{ n: 8, t: 'eight', setting: 'varying' }]);
      expect(app.statements).toEqual([numberedPlaceholders(sql, 2), numberedPlaceholders(sql, 2)]);
      await expect(executeVarying(em, sql, ['x', 'y'])).rejects.toBeInstanceOf(DriverException);
    } finally {
      await em.rollback();
    }
  });
});
