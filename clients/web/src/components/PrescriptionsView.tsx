import { useState } from 'react';
import type { Api } from '../api/use-api';
import { formatDate, prescriptionStatusLabels } from '../format';
import type { PrescriptionFieldsFragment } from '../gql/graphql';
import { canOrderFrom, draftFromPrescription, type OrderDraft } from '../order-draft';
import { Alert } from './Alert';
import { PrescriptionDocumentView } from './PrescriptionDocumentView';
import { PrescriptionForm } from './PrescriptionForm';

export function PrescriptionsView(props: {
  api: Api;
  prescriptions: PrescriptionFieldsFragment[];
  onChanged: () => Promise<void>;
  onOrder: (draft: OrderDraft) => void;
}) {
  const [adding, setAdding] = useState(false);
  const [uploaded, setUploaded] = useState(false);

  return (
    <section aria-labelledby="prescriptions-title">
      <div className="section-head">
        <h2 id="prescriptions-title">My prescriptions</h2>
        {!adding && (
          <button
            type="button"
            onClick={() => {
              setAdding(true);
              setUploaded(false);
            }}
          >
            Add a prescription
          </button>
        )}
      </div>
      {uploaded && (
        <Alert kind="success">Prescription sent. A pharmacist will review it shortly.</Alert>
      )}
      {adding && (
        <PrescriptionForm
          api={props.api}
          onCancel={() => setAdding(false)}
          onUploaded={async () => {
            setAdding(false);
            setUploaded(true);
            await props.onChanged();
          }}
        />
      )}
      {props.prescriptions.length === 0 && (
        <p className="muted">No prescriptions yet. Add one, or scan a photo of it.</p>
      )}
      <ul className="cards">
        {props.prescriptions.map((p) => (
          <li key={p.id} className="card" data-testid="prescription">
            <div className="row">
              <strong>{p.prescriberName}</strong>
              <span className={`status status-${p.status.toLowerCase()}`}>
                {prescriptionStatusLabels[p.status]}
              </span>
            </div>
            <p className="muted small">
              Issued {formatDate(p.issuedAt)} · valid until {formatDate(p.expiresAt)}
              <br />
              {p.pharmacy ? `Sent to ${p.pharmacy.name}` : 'Sent to any pharmacy'}
            </p>
            {p.document && (
              <PrescriptionDocumentView
                api={props.api}
                prescriptionId={p.id}
                contentType={p.document.contentType}
                sizeBytes={p.document.sizeBytes}
              />
            )}
            {p.rejectionReason && <Alert kind="error">Rejected: {p.rejectionReason}</Alert>}
            <ul className="items">
              {p.items.map((item) => (
                <li key={item.id}>
                  <span>{item.medication.name}</span>
                  <span className="muted small">
                    {item.remainingQuantity} of {item.quantity * (1 + item.refills)} left
                    {item.instructions ? ` · ${item.instructions}` : ''}
                  </span>
                </li>
              ))}
            </ul>
            {canOrderFrom(p) && (
              <button
                type="button"
                className="primary"
                onClick={() => props.onOrder(draftFromPrescription(p))}
              >
                Order from this prescription
              </button>
            )}
            {p.status === 'SUBMITTED' && (
              <p className="muted small">You can order once a pharmacist has verified it.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
