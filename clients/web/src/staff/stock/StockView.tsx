import { useCallback, useEffect } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import type { Role, StaffStockItemFieldsFragment } from '../../gql/graphql';
import { navigate, redirect } from '../../router';
import { forbidden } from '../forbidden';
import { StaffStockDocument } from '../operations';
import { NoPharmacy, PharmacyPicker } from '../PharmacyPicker';
import { useLoad } from '../use-load';
import { usePharmacyChoices } from '../use-pharmacy-choices';
import { AddStockForm } from './AddStockForm';
import { StockRow } from './StockRow';

/** The stock of one pharmacy (#/stock/<id>) with its recent changes, and stock-takes. */
export function StockView(props: { api: Api; role: Role; pharmacyId: string | null }) {
  const { api, pharmacyId } = props;
  const choices = usePharmacyChoices(api, props.role);
  const first = choices.data?.[0]?.id;

  useEffect(() => {
    // Stock is per pharmacy: without one chosen, show the first (no extra Back step).
    if (!pharmacyId && first) redirect('stock', first);
  }, [pharmacyId, first]);

  const load = useCallback(
    async () =>
      pharmacyId
        ? (await api.call(StaffStockDocument, { pharmacyId }, { partial: false })).pharmacy
        : null,
    [api, pharmacyId],
  );
  const stock = useLoad(load, forbidden.stock);
  const { setData } = stock;
  const replace = useCallback(
    (item: StaffStockItemFieldsFragment) =>
      setData((pharmacy) =>
        pharmacy
          ? {
              ...pharmacy,
              stock: [
                item,
                ...pharmacy.stock.filter((s) => s.medication.id !== item.medication.id),
              ],
            }
          : pharmacy,
      ),
    [setData],
  );

  if (choices.data?.length === 0 && !pharmacyId) return <NoPharmacy />;
  const items = [...(stock.data?.stock ?? [])].sort((a, b) =>
    a.medication.name.localeCompare(b.medication.name),
  );
  return (
    <section aria-labelledby="stock-heading">
      <h2 id="stock-heading">Stock{stock.data ? ` of ${stock.data.name}` : ''}</h2>
      {choices.error && <Alert kind="error">{choices.error}</Alert>}
      <div className="staff-filters">
        <PharmacyPicker
          pharmacies={choices.data ?? []}
          value={pharmacyId}
          onChange={(id) => id && navigate('stock', id)}
        />
      </div>
      {stock.error && <Alert kind="error">{stock.error}</Alert>}
      {pharmacyId && stock.loading && !stock.data && <p className="muted">Loading stock…</p>}
      {pharmacyId && !stock.loading && !stock.error && !stock.data && (
        <Alert kind="error">
          There is no such pharmacy, or its stock cannot be shown right now.
        </Alert>
      )}
      {stock.data && pharmacyId && (
        <>
          <p className="muted small">
            Available is what is on hand minus what unpaid orders hold. A stock-take sets what is on
            hand.
          </p>
          <AddStockForm api={api} pharmacyId={pharmacyId} onSet={replace} />
          {items.length === 0 && <p className="muted">This pharmacy has no stock yet.</p>}
          <ul className="staff-cards staff-stock">
            {items.map((item) => (
              <StockRow
                key={item.medication.id}
                api={api}
                pharmacyId={pharmacyId}
                item={item}
                onSet={replace}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
