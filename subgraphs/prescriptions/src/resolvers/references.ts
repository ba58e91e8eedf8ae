/**
 * Entities other subgraphs own, as this one returns them: only their key, so the gateway asks
 * their owner for the rest.
 */
export interface UserRef {
  __typename: 'User';
  id: string;
}

export interface MedicationRef {
  __typename: 'Medication';
  id: string;
}

export const userRef = (id: string): UserRef => ({ __typename: 'User', id });

export const medicationRef = (id: string): MedicationRef => ({ __typename: 'Medication', id });

export interface PharmacyRef {
  __typename: 'Pharmacy';
  id: string;
}

export const pharmacyRef = (id: string): PharmacyRef => ({ __typename: 'Pharmacy', id });
