import { shownIn, type ResponsePath } from '../../src/http/shown-paths';
import { ApplicationStage } from '../../src/entities/enums';
import { DossierReadRecorder } from '../../src/policies/dossier-reads';
import { chinaToday } from '../../src/workflow/working-day-calendar';

describe('chinaToday, asked again and again', () => {
  it('answers each instant of a run of days as a fresh Date would, back and forth across midnights in China', () => {
    const start = Date.UTC(2026, 11, 30, 12);
    const instants = Array.from({ length: 400 }, (_, at) => start + ((at * 7_919) % 97) * 3_600_000 - (at % 2) * 3_599_999);
    for (const instant of instants) expect(chinaToday(new Date(instant))).toBe(new Date(instant + 8 * 3_600_000).toISOString().slice(0, 10));
  });

  it('still refuses an invalid date', () => {
    expect(() => chinaToday(new Date(Number.NaN))).toThrow(RangeError);
  });
});

/** A response path from its keys, the way graphql-js links them. */
function pathOf(...keys: Array<string | number>): ResponsePath {
  return keys.reduce<ResponsePath | undefined>((prev, key) => ({ prev, key }), undefined)!;
}

describe('the access log of a response without errors', () => {
  const application = { id: 'app-1', societyId: 's', applicantId: 'applicant', stage: ApplicationStage.MATERIAL_REVIEW };
  const data = { application: { id: 'app-1', note: null, basicInformation: { name: '张伟' } } };

  it('keeps every part read (nothing was nulled), parts in order', () => {
    const recorder = new DossierReadRecorder('staff');
    recorder.record(application, 'procedure', pathOf('application', 'id'));
    recorder.record(application, 'identity', pathOf('application', 'basicInformation', 'name'));
    recorder.record(application, 'dossierContent', pathOf('application', 'note'));
    recorder.record(application, 'contact', pathOf('application', 'note'));
    for (const errors of [undefined, []]) {
      expect(recorder.entries(shownIn(data, errors))).toEqual([
        { applicationId: 'app-1', societyId: 's', readerId: 'staff', parts: ['contact', 'dossierContent', 'identity', 'procedure'] },
      ]);
    }
  });

  it('still walks the paths when there is no data to read them in', () => {
    const recorder = new DossierReadRecorder('staff');
    recorder.record(application, 'procedure', pathOf('application', 'id'));
    expect(recorder.entries(shownIn(null, []))).toEqual([]);
  });
});
