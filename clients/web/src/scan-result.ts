import type { ScanPrescriptionMutation } from './gql/graphql';

export type ScanResult = ScanPrescriptionMutation['scanPrescription'];
type ScannedItem = ScanResult['items'][number];
export type PrescribedItem = ScannedItem & { medication: NonNullable<ScannedItem['medication']> };

/**
 * What a scan found that belongs on a prescription (prescription-only medicines), and what to
 * tell the patient, including about over-the-counter medicines it left out.
 */
export function readScan(scan: ScanResult): { items: PrescribedItem[]; message: string } {
  const matched = scan.items.filter((i): i is PrescribedItem => i.medication != null);
  const items = matched.filter((i) => i.medication.requiresPrescription);
  const otc = matched.filter((i) => !i.medication.requiresPrescription).map((i) => i.medication);
  const found =
    items.length > 0
      ? `Found ${items.length} medication${items.length > 1 ? 's' : ''}. Check the form before sending.`
      : 'No prescription-only medication could be read from the photo. Please fill the form in by hand.';
  const left =
    otc.length > 0
      ? ` ${otc.map((m) => m.name).join(', ')} ${otc.length > 1 ? 'are' : 'is'} over the counter and needs no prescription: add it to an order instead.`
      : '';
  return { items, message: found + left };
}
