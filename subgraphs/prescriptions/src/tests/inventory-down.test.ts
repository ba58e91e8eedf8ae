import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { subgraphUrls } from '@pharmacy/service';
import { errorCodeOf, prescriptionInput, user, usePrescriptions, UPLOAD } from './fixtures';

const LIST = `{ prescriptions { id } }`;

describe('when inventory cannot be asked', () => {
  const unreachable = usePrescriptions({
    config: { peers: { ...subgraphUrls({}), inventory: 'http://127.0.0.1:9/graphql' } },
  });

  it('refuses to send a prescription to a pharmacy with SERVICE_UNAVAILABLE, writing nothing', async () => {
    const patient = user('PATIENT');
    const input = prescriptionInput({ pharmacyId: uuidv7() });
    expect(errorCodeOf(await unreachable().call(patient, UPLOAD, { input }))).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect((await unreachable().call(patient, LIST)).data).toEqual({ prescriptions: [] });
    // Without a pharmacy nothing needs inventory.
    expect(
      (await unreachable().call(patient, UPLOAD, { input: prescriptionInput() })).errors,
    ).toBeUndefined();
  });
});
