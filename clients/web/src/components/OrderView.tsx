import type { Api } from '../api/use-api';
import type { OrderFieldsFragment } from '../gql/graphql';
import type { OrderDraft } from '../order-draft';
import { Checkout } from './Checkout';
import { DraftEditor } from './DraftEditor';
import { PharmacyFinder } from './PharmacyFinder';

/** Ordering in three steps: what, where (a pharmacy that has it), then pay. */
export function OrderView(props: {
  api: Api;
  draft: OrderDraft;
  defaultAddress: string;
  onDraftChange: (draft: OrderDraft) => void;
  /** An order placed and waiting for payment, if any. */
  checkout: OrderFieldsFragment | null;
  onPlaced: (order: OrderFieldsFragment) => void;
  onPaid: (order: OrderFieldsFragment) => void;
  onLater: () => void;
}) {
  if (props.checkout)
    return (
      <Checkout
        api={props.api}
        order={props.checkout}
        onPaid={props.onPaid}
        onLater={props.onLater}
      />
    );
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
