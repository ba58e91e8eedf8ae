import type { Api } from '../api/use-api';
import type { OrderFieldsFragment } from '../gql/graphql';
import type { OrderDraft } from '../order-draft';
import { DraftEditor } from './DraftEditor';
import { PharmacyFinder } from './PharmacyFinder';

/** Ordering: what (with catalogue prices), then where (a pharmacy that has it); paying follows. */
export function OrderView(props: {
  api: Api;
  draft: OrderDraft;
  defaultAddress: string;
  onDraftChange: (draft: OrderDraft) => void;
  onPlaced: (order: OrderFieldsFragment) => void;
}) {
  return (
    <section aria-labelledby="order-title">
      <h2 id="order-title">Order</h2>
      <DraftEditor api={props.api} draft={props.draft} onChange={props.onDraftChange} />
      {props.draft.lines.length > 0 && (
        <PharmacyFinder
          api={props.api}
          draft={props.draft}
          defaultAddress={props.defaultAddress}
          onPlaced={props.onPlaced}
        />
      )}
    </section>
  );
}
