import { describe, expect, it } from 'vitest';
import {
  actorOf,
  anonymous,
  isAdmin,
  isRole,
  isSelfOr,
  isStaff,
  managedPharmacies,
  managesPharmacy,
  requireRole,
  requireService,
  requireUser,
  worksFor,
  type Caller,
} from './caller';

const patient: Caller = { kind: 'user', userId: 'p1', role: 'PATIENT', pharmacyIds: [] };
const pharmacist: Caller = { kind: 'user', userId: 'ph1', role: 'PHARMACIST', pharmacyIds: ['A'] };
const courier: Caller = { kind: 'user', userId: 'c1', role: 'COURIER', pharmacyIds: ['A'] };
const admin: Caller = { kind: 'user', userId: 'a1', role: 'ADMIN', pharmacyIds: [] };
const service: Caller = { kind: 'service', service: 'orders' };

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return 'no error';
};

describe('caller checks', () => {
  it('knows the four roles and nothing else', () => {
    expect(['PATIENT', 'PHARMACIST', 'COURIER', 'ADMIN'].every(isRole)).toBe(true);
    expect([undefined, null, 'patient', 'ROOT', '', 1].some(isRole)).toBe(false);
  });

  it('requireUser: anonymous and services are UNAUTHENTICATED', () => {
    expect(requireUser(patient)).toBe(patient);
    expect(codeOf(() => requireUser(anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireUser(service))).toBe('UNAUTHENTICATED');
  });

  it('requireRole: the wrong role is FORBIDDEN, nobody is UNAUTHENTICATED', () => {
    expect(requireRole(pharmacist, 'PHARMACIST', 'ADMIN')).toBe(pharmacist);
    expect(codeOf(() => requireRole(patient, 'PHARMACIST', 'ADMIN'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireRole(anonymous, 'PATIENT'))).toBe('UNAUTHENTICATED');
  });

  it('requireService: only services pass', () => {
    expect(codeOf(() => requireService(service))).toBe('no error');
    expect(codeOf(() => requireService(admin))).toBe('FORBIDDEN');
    expect(codeOf(() => requireService(anonymous))).toBe('FORBIDDEN');
  });

  it('isStaff, isAdmin', () => {
    expect([pharmacist, admin].every(isStaff)).toBe(true);
    expect([patient, service, anonymous].some(isStaff)).toBe(false);
    expect(isAdmin(admin)).toBe(true);
    expect([pharmacist, patient, service, anonymous].some(isAdmin)).toBe(false);
  });

  it('isSelfOr: oneself, the listed roles, and services; nobody else', () => {
    expect(isSelfOr(patient, 'p1')).toBe(true);
    expect(isSelfOr(patient, 'p2')).toBe(false);
    expect(isSelfOr(pharmacist, 'p1')).toBe(false);
    expect(isSelfOr(pharmacist, 'p1', 'PHARMACIST', 'ADMIN')).toBe(true);
    expect(isSelfOr(service, 'p1')).toBe(true);
    expect(isSelfOr(anonymous, 'p1', 'PATIENT')).toBe(false);
  });

  it('worksFor: a member of that pharmacy, whatever the role', () => {
    expect(worksFor(pharmacist, 'A')).toBe(true);
    expect(worksFor(courier, 'A')).toBe(true);
    expect(worksFor(pharmacist, 'B')).toBe(false);
    expect([admin, service, anonymous].some((caller) => worksFor(caller, 'A'))).toBe(false);
    expect(worksFor(pharmacist, null)).toBe(false);
  });

  it("managesPharmacy: services, admins and that pharmacy's pharmacists; no courier", () => {
    expect([service, admin, pharmacist].every((caller) => managesPharmacy(caller, 'A'))).toBe(true);
    expect(managesPharmacy(pharmacist, 'B')).toBe(false);
    expect([courier, patient, anonymous].some((caller) => managesPharmacy(caller, 'A'))).toBe(
      false,
    );
  });

  it('managedPharmacies: all for services and admins, their own for pharmacists, else none', () => {
    expect(managedPharmacies(service)).toBe('all');
    expect(managedPharmacies(admin)).toBe('all');
    expect(managedPharmacies(pharmacist)).toEqual(['A']);
    expect([courier, patient, anonymous].map(managedPharmacies)).toEqual([[], [], []]);
  });

  it('actorOf names a user by id and a service by name', () => {
    expect([patient, service, anonymous].map(actorOf)).toEqual([
      'p1',
      'service:orders',
      'anonymous',
    ]);
  });
});
