import { useCallback, useState, type FormEvent } from 'react';
import type { Api } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { formatDate, prescriptionStatusLabels } from '../../format';
import { href } from '../../router';
import { forbidden } from '../forbidden';
import {
  StaffPrescriptionDocument,
  StaffRejectPrescriptionDocument,
  StaffVerifyPrescriptionDocument,
} from '../operations';
import { useAction } from '../use-action';
import { useLoad } from '../use-load';
import { PrescriptionDocumentView } from './PrescriptionDocumentView';

/** One prescription: the document beside the items, and the decision. */
export function PrescriptionReview(props: { api: Api; id: string; onDecided: () => void }) {
  const { api, id } = props;
  const load = useCallback(
    async () =>
      (await api.call(StaffPrescriptionDocument, { id }, { partial: false })).prescription,
    [api, id],
  );
  const loaded = useLoad(load, forbidden.reviewOne);
  const decision = useAction(forbidden.decide);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const prescription = loaded.data;

  const decided = (message: string) => (next: NonNullable<typeof prescription>) => {
    loaded.setData(next);
    setDone(message);
    props.onDecided();
  };
  const verify = () =>
    decision.run(
      async () => (await api.call(StaffVerifyPrescriptionDocument, { id })).verifyPrescription,
      decided('Verified: the patient can now order from it.'),
    );
  const reject = (event: FormEvent) => {
    event.preventDefault();
    void decision.run(
      async () =>
        (await api.call(StaffRejectPrescriptionDocument, { id, reason: reason.trim() }))
          .rejectPrescription,
      decided('Rejected: the patient sees your reason.'),
    );
  };

  if (loaded.error) return <Alert kind="error">{loaded.error}</Alert>;
  if (loaded.loading && !prescription) return <p className="muted">Loading the prescription…</p>;
  if (!prescription) return <Alert kind="error">There is no such prescription.</Alert>;
  const status = prescription.status;

  return (
    <article className="card review-detail" aria-label="Prescription under review">
      <a className="small" href={href('review')}>
        Back to the queue
      </a>
      <div className="section-head">
        <h2>{prescription.patient.name}</h2>
        <span className={`status status-${status.toLowerCase()}`} data-testid="prescription-status">
          {prescriptionStatusLabels[status]}
        </span>
      </div>
      <p className="muted small">
        {prescription.prescriberName} (licence {prescription.prescriberLicense}) · issued{' '}
        {formatDate(prescription.issuedAt)} · valid until {formatDate(prescription.expiresAt)} ·
        sent to {prescription.pharmacy?.name ?? 'any pharmacy'}
      </p>
      <div className="review-columns">
        <PrescriptionDocumentView document={prescription.document ?? null} />
        <div>
          <h3>Items</h3>
          <ul className="items">
            {prescription.items.map((item) => (
              <li key={item.id}>
                <span>
                  {item.medication.name}
                  {item.instructions && <span className="muted small"> · {item.instructions}</span>}
                </span>
                <span>
                  {item.quantity} pack{item.quantity === 1 ? '' : 's'}
                  {item.refills > 0 && `, ${item.refills} refill${item.refills === 1 ? '' : 's'}`}
                </span>
              </li>
            ))}
          </ul>
          {done && <Alert kind="success">{done}</Alert>}
          {decision.error && <Alert kind="error">{decision.error}</Alert>}
          {prescription.rejectionReason && <p>Rejected because: {prescription.rejectionReason}</p>}
          {prescription.verifiedBy && status !== 'SUBMITTED' && (
            <p className="muted small">Reviewed by {prescription.verifiedBy.name}</p>
          )}
          {status === 'SUBMITTED' && (
            <>
              <button
                type="button"
                className="primary"
                disabled={decision.busy}
                onClick={() => void verify()}
              >
                Verify
              </button>
              <form className="reject-form" onSubmit={reject} aria-label="Reject">
                <label>
                  Reason for rejecting
                  <textarea required value={reason} onChange={(e) => setReason(e.target.value)} />
                </label>
                <button type="submit" disabled={decision.busy || !reason.trim()}>
                  Reject
                </button>
              </form>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
