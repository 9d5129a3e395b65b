import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCalendarDate, checkInstant, checkIntegerRange } from '../../src/common/input-ranges';
import { textProblem } from '../../src/common/input-text';
import { assertRulesMatchSchema } from '../../src/graphql/input-guard.plugin';
import { ruleForCoordinate } from '../../src/graphql/input-rules';

const committed = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

describe('the input rules table', () => {
  it('names only coordinates the committed schema has', () => {
    expect(() => assertRulesMatchSchema(committed)).not.toThrow();
  });

  it('refuses to start when a rule names a field the schema lost', () => {
    const renamed = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8').replace(/\bheldOn\b/g, 'sittingDate'));
    expect(() => assertRulesMatchSchema(renamed)).toThrow(/RecordWrittenExamSittingInput\.heldOn/);
  });
});

describe('identifiers by name and type', () => {
  it.each([
    ['Query.application.id', 'String', 'identifier'],
    ['Query.noticeObjections.noticeId', 'String', 'identifier'],
    ['AssignMaterialReviewersInput.examinerIds', 'String', 'identifier'],
    ['Mutation.acceptInvitation.id', 'ID', 'identifier'],
    ['Query.searchRegister.name', 'String', undefined],
    ['Query.registeredMember.registrationNumber', 'String', undefined],
    ['BasicInformationInput.idNumber', 'String', undefined], // "idNumber" is not an identifier of a row
    ['Query.workingDaysAfter.from', 'String', 'calendarDate'],
  ])('%s (%s)', (coordinate, scalar, kind) => {
    expect(ruleForCoordinate(coordinate, scalar)?.kind).toBe(kind);
  });
});

describe('text PostgreSQL cannot store', () => {
  it.each([
    ['NUL', 'a\u0000b', true],
    ['a lone high surrogate', 'a\ud800', true],
    ['a lone low surrogate', '\udc00b', true],
    ['a surrogate pair (emoji)', '工程师👩‍💻', false],
    ['ordinary control characters', 'line\nbreak\ttab', false],
  ])('%s', (_case, value, refused) => {
    expect(textProblem(value) !== undefined).toBe(refused);
  });
});

describe('ranges', () => {
  it.each([
    ['1900-01-01', undefined], ['2100-12-31', undefined], ['1899-12-31', 'DATE_OUT_OF_RANGE'], ['2101-01-01', 'DATE_OUT_OF_RANGE'],
    ['0000-01-01', 'DATE_OUT_OF_RANGE'], ['9999-12-31', 'DATE_OUT_OF_RANGE'], ['2026-02-30', 'MALFORMED_DATE'], ['2026-1-1', 'MALFORMED_DATE'],
  ])('calendar date %s', (value, code) => {
    let thrown: unknown;
    try {
      checkCalendarDate(value, 'date');
    } catch (error) {
      thrown = (error as { extensions: { code: string } }).extensions.code;
    }
    expect(thrown).toBe(code);
  });

  it('instants stay within the same years, in China time', () => {
    expect(() => checkInstant(new Date('2100-12-31T23:59:59+08:00'), 'at')).not.toThrow();
    expect(() => checkInstant(new Date('2101-01-01T00:00:00+08:00'), 'at')).toThrow();
    expect(() => checkInstant(new Date('0000-01-01T00:00:00Z'), 'at')).toThrow();
  });

  it('integers name their bounds', () => {
    expect(() => checkIntegerRange(2147483647, 'workingDays', { min: 0, max: 60 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'NUMBER_OUT_OF_RANGE', field: 'workingDays', params: { min: 0, max: 60 } }) }));
    expect(checkIntegerRange(60, 'workingDays', { min: 0, max: 60 })).toBe(60);
  });
});
