import type { Api } from '../../api/use-api';
import { StaffPharmacyStaffDocument } from '../operations';

export interface Courier {
  id: string;
  name: string;
}

/**
 * The couriers of each pharmacy, asked once per pharmacy and shared by every order card of it.
 * A failed answer is forgotten, so the next card asks again.
 */
export function courierDirectory(api: Api) {
  const byPharmacy = new Map<string, Promise<Courier[]>>();
  return (pharmacyId: string): Promise<Courier[]> => {
    let found = byPharmacy.get(pharmacyId);
    if (!found) {
      found = api
        .call(StaffPharmacyStaffDocument, { id: pharmacyId })
        .then((data) => (data.pharmacy?.staff ?? []).filter((user) => user.role === 'COURIER'));
      found.catch(() => byPharmacy.delete(pharmacyId));
      byPharmacy.set(pharmacyId, found);
    }
    return found;
  };
}

export type CouriersOf = ReturnType<typeof courierDirectory>;
