import { Alert } from '../components/Alert';
import type { PharmacyChoice } from './use-pharmacy-choices';

/** Chooses the pharmacy a screen shows; `anyLabel` offers "all of them" as the empty choice. */
export function PharmacyPicker(props: {
  pharmacies: readonly PharmacyChoice[];
  value: string | null;
  onChange: (pharmacyId: string | null) => void;
  anyLabel?: string;
  label?: string;
}) {
  return (
    <label className="staff-picker">
      {props.label ?? 'Pharmacy'}
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.value && !props.pharmacies.some((p) => p.id === props.value) && (
          <option value={props.value}>Another pharmacy</option>
        )}
        {props.pharmacies.map((pharmacy) => (
          <option key={pharmacy.id} value={pharmacy.id}>
            {pharmacy.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Said instead of a screen when a pharmacist or courier works for no pharmacy yet. */
export function NoPharmacy() {
  return (
    <Alert kind="info">You do not work for any pharmacy yet. An admin can assign you to one.</Alert>
  );
}
