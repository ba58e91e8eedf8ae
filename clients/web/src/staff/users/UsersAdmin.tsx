import { useCallback, useState, type FormEvent } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { Role, StaffUserFieldsFragment } from '../../gql/graphql';
import { forbidden } from '../forbidden';
import { StaffPharmaciesDocument, StaffUsersDocument } from '../operations';
import { roleLabels } from '../sections';
import { useLoad } from '../use-load';
import { usePaged } from '../use-paged';
import { UserCard } from './UserCard';

const roles = Object.keys(roleLabels) as Role[];

/** Every user, searched by name or email and filtered by role, 20 at a time. */
export function UsersAdmin(props: { api: Api }) {
  const { api } = props;
  const [draft, setDraft] = useState<{ search: string; role: Role | null }>({
    search: '',
    role: null,
  });
  const [filter, setFilter] = useState(draft);
  const fetchPage = useCallback(
    async (after: string | null) =>
      (
        await api.call(StaffUsersDocument, {
          search: filter.search.trim() || null,
          role: filter.role,
          after,
        })
      ).users,
    [api, filter],
  );
  const users = usePaged(fetchPage, forbidden.users);
  const loadPharmacies = useCallback(
    async () => (await api.call(StaffPharmaciesDocument, {})).pharmacies,
    [api],
  );
  const pharmacies = useLoad(loadPharmacies, forbidden.pharmacies);
  const { setNodes } = users;
  const replace = useCallback(
    (user: StaffUserFieldsFragment) =>
      setNodes((list) => list?.map((u) => (u.id === user.id ? user : u)) ?? list),
    [setNodes],
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft });
  };

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <form className="staff-filters" onSubmit={search} role="search" aria-label="Find users">
        <label className="staff-picker staff-grow">
          Name or email
          <input
            type="search"
            value={draft.search}
            onChange={(e) => setDraft({ ...draft, search: e.target.value })}
          />
        </label>
        <label className="staff-picker">
          Role
          <select
            value={draft.role ?? ''}
            onChange={(e) => setDraft({ ...draft, role: (e.target.value || null) as Role | null })}
          >
            <option value="">Any role</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {users.error && <Alert kind="error">{users.error}</Alert>}
      {pharmacies.error && <Alert kind="error">{pharmacies.error}</Alert>}
      {!users.nodes && !users.error && <p className="muted">Loading users…</p>}
      {users.nodes?.length === 0 && <p className="muted">Nobody matches.</p>}
      <ul className="staff-cards">
        {users.nodes?.map((user) => (
          <UserCard
            key={user.id}
            api={api}
            user={user}
            pharmacies={pharmacies.data ?? []}
            onChanged={replace}
          />
        ))}
      </ul>
      {users.hasNextPage && (
        <button type="button" disabled={users.loading} onClick={() => void users.loadMore()}>
          Show more users
        </button>
      )}
    </section>
  );
}
