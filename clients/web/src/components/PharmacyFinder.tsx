import { useEffect, useRef, useState } from 'react';
import { newIdempotencyKey } from '../api/client';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import type { OrderFieldsFragment, PharmaciesNearbyQuery } from '../gql/graphql';
import { PharmaciesNearbyDocument, PlaceOrderDocument } from '../graphql/operations';
import type { OrderDraft } from '../order-draft';
import { Alert } from './Alert';

type Nearby = PharmaciesNearbyQuery['pharmaciesNearby'][number];
interface Place {
  latitude: number;
  longitude: number;
  label: string;
}

/** Where the search starts when the browser does not share its location. */
export const BERLIN_MITTE: Place = { latitude: 52.5297, longitude: 13.4013, label: 'Berlin Mitte' };

export function PharmacyFinder(props: {
  api: Api;
  draft: OrderDraft;
  defaultAddress: string;
  onPlaced: (order: OrderFieldsFragment) => void;
}) {
  const [place, setPlace] = useState<Place>(BERLIN_MITTE);
  const [nearby, setNearby] = useState<Nearby[] | null>(null);
  const [address, setAddress] = useState(props.defaultAddress);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per distinct order attempt, so a retried click cannot place the order twice.
  const attempt = useRef<{ signature: string; key: string } | null>(null);
  const medicationIds = props.draft.lines.map((l) => l.medicationId);
  const idsKey = medicationIds.join(',');

  useEffect(() => {
    let stale = false;
    setNearby(null);
    props.api
      .call(PharmaciesNearbyDocument, { ...coordinates(place), medicationIds: idsKey.split(',') })
      .then((data) => !stale && setNearby(data.pharmaciesNearby))
      .catch(
        (caught: unknown) => !stale && setMessage({ text: describeError(caught), error: true }),
      );
    return () => {
      stale = true;
    };
  }, [place, idsKey, props.api]);

  function locate() {
    if (!navigator.geolocation)
      return setMessage({ text: 'This browser cannot share a location.', error: true });
    navigator.geolocation.getCurrentPosition(
      (position) => setPlace({ ...coordinatesOf(position.coords), label: 'your location' }),
      () =>
        setMessage({
          text: `No location shared: searching near ${BERLIN_MITTE.label}.`,
          error: false,
        }),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  }

  async function orderAt(pharmacyId: string) {
    const input = {
      pharmacyId,
      prescriptionId: props.draft.prescriptionId,
      deliveryAddress: address.trim(),
      lines: props.draft.lines.map((l) => ({ medicationId: l.medicationId, quantity: l.quantity })),
    };
    const signature = JSON.stringify(input);
    if (attempt.current?.signature !== signature)
      attempt.current = { signature, key: newIdempotencyKey() };
    setBusy(true);
    setMessage(null);
    try {
      const { placeOrder } = await props.api.call(PlaceOrderDocument, {
        input,
        idempotencyKey: attempt.current.key,
      });
      attempt.current = null;
      props.onPlaced(placeOrder);
    } catch (caught) {
      setMessage({ text: describeError(caught), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card">
      <h3>Pharmacies near {place.label}</h3>
      <button type="button" onClick={locate}>
        Use my location
      </button>
      <label>
        Deliver to
        <input required value={address} onChange={(e) => setAddress(e.target.value)} />
      </label>
      {message && <Alert kind={message.error ? 'error' : 'info'}>{message.text}</Alert>}
      {nearby === null && <p className="muted">Looking for pharmacies…</p>}
      {nearby?.length === 0 && <p className="muted">No pharmacy within 25 km.</p>}
      <ul className="cards">
        {nearby?.map((n) => {
          const short = missing(n, props.draft);
          return (
            <li key={n.pharmacy.id} className="card pharmacy" data-testid="pharmacy">
              <div className="row">
                <strong>{n.pharmacy.name}</strong>
                <span className="muted small">{n.distanceKm.toFixed(1)} km</span>
              </div>
              <p className="muted small">{n.pharmacy.address}</p>
              <p className={short.length === 0 ? 'ok small' : 'warn small'}>
                {short.length === 0 ? 'Has everything in stock' : `Not enough: ${short.join(', ')}`}
              </p>
              <button
                type="button"
                className="primary"
                disabled={busy || short.length > 0 || address.trim() === ''}
                onClick={() => void orderAt(n.pharmacy.id)}
              >
                Order here
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function coordinates(place: Place) {
  return { latitude: place.latitude, longitude: place.longitude };
}

function coordinatesOf(coords: GeolocationCoordinates) {
  return { latitude: coords.latitude, longitude: coords.longitude };
}

function missing(nearby: Nearby, draft: OrderDraft): string[] {
  return draft.lines
    .filter((line) => {
      const stock = nearby.stock.find((s) => s.medication.id === line.medicationId);
      return !stock || stock.quantityAvailable < line.quantity;
    })
    .map((line) => line.name);
}
