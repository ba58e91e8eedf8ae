import { useCallback } from 'react';
import type { Api } from '../api/use-api';
import type { Role } from '../gql/graphql';
import { forbidden } from './forbidden';
import { StaffMeDocument, StaffPharmaciesDocument } from './operations';
import { useLoad } from './use-load';

export interface PharmacyChoice {
  id: string;
  name: string;
}

/** The pharmacies whose orders and stock the caller handles: an admin's all, a pharmacist's own. */
export function usePharmacyChoices(api: Api, role: Role) {
  const load = useCallback(async (): Promise<PharmacyChoice[]> => {
    if (role === 'ADMIN') return (await api.call(StaffPharmaciesDocument, {})).pharmacies;
    return (await api.call(StaffMeDocument, {})).me?.pharmacies ?? [];
  }, [api, role]);
  return useLoad(load, forbidden.myPharmacies);
}
