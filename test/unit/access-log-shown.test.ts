import { ApplicationStage } from '../../src/entities/enums';
import { shownIn, type ResponsePath } from '../../src/http/shown-paths';
import { DossierReadRecorder } from '../../src/policies/dossier-reads';

/** A response path from its keys, the way graphql-js links them. */
function pathOf(...keys: Array<string | number>): ResponsePath {
  return keys.reduce<ResponsePath | undefined>((prev, key) => ({ prev, key }), undefined)!;
}

const application = { id: 'app-1', societyId: 's', applicantId: 'applicant', stage: ApplicationStage.MATERIAL_REVIEW };

describe('the access log keeps what the response actually shows', () => {
  const data = {
    application: { id: 'app-1', selfStatement: null, mobile: null, basicInformation: { name: '张伟' }, note: null },
    other: null,
  };
  const errors = [
    { message: 'loader failed', path: ['application', 'selfStatement'] },
    { message: 'non-null child failed', path: ['other', 'files', 0, 'id'] },
  ];
  const shown = shownIn(data, errors);

  it.each([
    ['a value returned', pathOf('application', 'basicInformation', 'name'), true],
    ['a value legitimately null', pathOf('application', 'note'), true],
    ['a field an error nulled', pathOf('application', 'selfStatement'), false],
    ['a field below an object an error nulled', pathOf('other', 'files', 0, 'id'), false],
    ['an object an error below it nulled', pathOf('other'), false],
    ['a field never returned', pathOf('application', 'absent'), false],
  ])('%s', (_name, path, expected) => {
    expect(shown(path)).toBe(expected);
  });

  it('logs a part when any of its reads was shown, and drops a part whose every read was nulled', () => {
    const recorder = new DossierReadRecorder('staff');
    recorder.record(application, 'dossierContent', pathOf('application', 'selfStatement'));
    recorder.record(application, 'identity', pathOf('application', 'basicInformation', 'name'));
    recorder.record(application, 'contact', pathOf('other', 'files', 0, 'id'));
    recorder.record(application, 'contact', pathOf('application', 'selfStatement'));
    // Read outside GraphQL (a file download): always shown.
    recorder.record(application, 'file:PHOTO');
    expect(recorder.entries(shown)).toEqual([{ applicationId: 'app-1', societyId: 's', readerId: 'staff', parts: ['file:PHOTO', 'identity'] }]);
    expect(recorder.entries()[0].parts).toEqual(['contact', 'dossierContent', 'file:PHOTO', 'identity']);
  });
});
