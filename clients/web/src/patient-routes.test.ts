import { describe, expect, it } from 'vitest';
import { placeOf, tabOf } from './patient-routes';

describe('placeOf', () => {
  it.each([
    [[], { view: 'prescriptions' }],
    [['prescriptions'], { view: 'prescriptions' }],
    [['order'], { view: 'order' }],
    [['orders'], { view: 'orders' }],
    [['orders', 'o-1'], { view: 'order-detail', orderId: 'o-1' }],
    [['account'], { view: 'account' }],
    [['signup'], { view: 'prescriptions' }],
    [['nonsense', 'x'], { view: 'prescriptions' }],
  ])('reads #/%s', (route, place) => {
    expect(placeOf(route)).toEqual(place);
  });

  it('puts an order page under My orders', () => {
    expect(tabOf({ view: 'order-detail', orderId: 'o-1' })).toBe('orders');
    expect(tabOf({ view: 'account' })).toBe('account');
  });
});
