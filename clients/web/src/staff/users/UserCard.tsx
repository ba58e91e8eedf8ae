import { useState } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../format';
import type { Role, StaffUserFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { StaffSetUserRoleDocument } from '../operations';
import { roleLabels } from '../sections';
import { useAction } from '../use-action';
import type { PharmacyChoice } from '../use-pharmacy-choices';
import { StaffMembership } from './StaffMembership';

const roles = Object.keys(roleLabels) as Role[];

/** One user: their role (which an admin changes) and, for staff, the pharmacies they work for. */
export function UserCard(props: {
  api: Api;
  user: StaffUserFieldsFragment;
  pharmacies: readonly PharmacyChoice[];
  onChanged: (user: StaffUserFieldsFragment) => void;
}) {
  const { api, user } = props;
  const [role, setRole] = useState<Role>(user.role);
  const action = useAction(forbidden.users);
  const isStaffRole = user.role === 'PHARMACIST' || user.role === 'COURIER';

  const saveRole = () =>
    action.run(
      async () => (await api.call(StaffSetUserRoleDocument, { userId: user.id, role })).setUserRole,
      props.onChanged,
    );

  return (
    <li className="card" data-testid="staff-user" aria-label={user.name}>
      <div className="section-head">
        <h3>{user.name}</h3>
        <span className="status" data-testid="user-role">
          {roleLabels[user.role]}
        </span>
      </div>
      <p className="muted small">
        {user.email} · since {formatDate(user.createdAt)}
      </p>
      <div className="staff-row">
        <label className="staff-inline-label">
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={action.busy || role === user.role}
          onClick={() => void saveRole()}
        >
          Change role
        </button>
      </div>
      {role !== user.role && isStaffRole && role !== 'PHARMACIST' && role !== 'COURIER' && (
        <p className="warn small">
          As {roleLabels[role]}, {user.name} leaves every pharmacy.
        </p>
      )}
      {action.error && <Alert kind="error">{action.error}</Alert>}
      {isStaffRole && (
        <StaffMembership
          api={api}
          user={user}
          pharmacies={props.pharmacies}
          onChanged={props.onChanged}
        />
      )}
    </li>
  );
}
