import { useCallback } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { formatTime } from '../../format';
import { href } from '../../router';
import { forbidden } from '../forbidden';
import { StaffReviewQueueDocument } from '../operations';
import { useLoad } from '../use-load';
import { PrescriptionReview } from './PrescriptionReview';

/**
 * The prescriptions waiting for review (those sent to the pharmacist's pharmacies or to none),
 * and beside them the one chosen (#/review/<id>) with its document.
 */
export function ReviewQueue(props: { api: Api; selectedId: string | null }) {
  const { api } = props;
  const load = useCallback(
    async () => (await api.call(StaffReviewQueueDocument, {})).prescriptions,
    [api],
  );
  const queue = useLoad(load, forbidden.review);

  return (
    <div className="review-layout">
      <section className="review-queue" aria-labelledby="queue-heading">
        <div className="section-head">
          <h2 id="queue-heading">Waiting for review</h2>
          <button type="button" className="link" onClick={() => void queue.reload()}>
            Refresh
          </button>
        </div>
        {queue.error && <Alert kind="error">{queue.error}</Alert>}
        {!queue.data && !queue.error && <p className="muted">Loading the queue…</p>}
        {queue.data?.length === 0 && (
          <p className="muted">No prescriptions are waiting for review.</p>
        )}
        <ul className="staff-list">
          {queue.data?.map((prescription) => (
            <li key={prescription.id}>
              <a
                className="staff-list-item"
                href={href('review', prescription.id)}
                aria-current={prescription.id === props.selectedId ? 'true' : undefined}
                data-testid="review-item"
              >
                <strong>{prescription.patient.name}</strong>
                <span>{prescription.prescriberName}</span>
                <span className="muted small">
                  {prescription.items.length} item{prescription.items.length === 1 ? '' : 's'} ·{' '}
                  {prescription.pharmacy?.name ?? 'Any pharmacy'} · sent{' '}
                  {formatTime(prescription.createdAt)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {props.selectedId ? (
        <PrescriptionReview
          key={props.selectedId}
          api={api}
          id={props.selectedId}
          onDecided={() => void queue.reload()}
        />
      ) : (
        <p className="review-empty muted">Choose a prescription to see its document and items.</p>
      )}
    </div>
  );
}
