export const Role = {
  PATIENT: 'PATIENT',
  PHARMACIST: 'PHARMACIST',
  COURIER: 'COURIER',
  ADMIN: 'ADMIN',
} as const;

export type Role = (typeof Role)[keyof typeof Role];
