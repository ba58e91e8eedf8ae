import { useState } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { StaffUserFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { StaffAssignStaffDocument, StaffUnassignStaffDocument } from '../operations';
import { PharmacyPicker } from '../PharmacyPicker';
import { useAction } from '../use-action';
import type { PharmacyChoice } from '../use-pharmacy-choices';

/** The pharmacies a pharmacist or courier works for: assign to one more, or take off one. */
export function StaffMembership(props: {
  api: Api;
  user: StaffUserFieldsFragment;
  pharmacies: readonly PharmacyChoice[];
  onChanged: (user: StaffUserFieldsFragment) => void;
}) {
  const { api, user } = props;
  const action = useAction(forbidden.users);
  const [chosen, setChosen] = useState<string | null>(null);
  const worksFor = new Set(user.pharmacies.map((p) => p.id));
  const others = props.pharmacies.filter((p) => !worksFor.has(p.id));

  const assign = (pharmacyId: string) =>
    action.run(
      async () =>
        (await api.call(StaffAssignStaffDocument, { userId: user.id, pharmacyId })).assignStaff,
      (next) => {
        setChosen(null);
        props.onChanged(next);
      },
    );
  const unassign = (pharmacyId: string) =>
    action.run(
      async () =>
        (await api.call(StaffUnassignStaffDocument, { userId: user.id, pharmacyId })).unassignStaff,
      props.onChanged,
    );

  return (
    <div className="staff-membership">
      <h4>Works for</h4>
      {user.pharmacies.length === 0 && <p className="muted small">No pharmacy yet.</p>}
      <ul className="staff-chips" aria-label={`Pharmacies of ${user.name}`}>
        {user.pharmacies.map((pharmacy) => (
          <li key={pharmacy.id}>
            {pharmacy.name}
            <button
              type="button"
              className="link"
              disabled={action.busy}
              aria-label={`Remove ${user.name} from ${pharmacy.name}`}
              onClick={() => void unassign(pharmacy.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div className="staff-row">
          <PharmacyPicker
            label="Assign to"
            pharmacies={others}
            value={chosen}
            anyLabel="Choose a pharmacy"
            onChange={setChosen}
          />
          <button
            type="button"
            disabled={action.busy || !chosen}
            onClick={() => chosen && void assign(chosen)}
          >
            Assign
          </button>
        </div>
      )}
      {action.error && <Alert kind="error">{action.error}</Alert>}
    </div>
  );
}
