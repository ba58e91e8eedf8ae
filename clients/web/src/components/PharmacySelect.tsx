import { useEffect, useState } from 'react';
import type { Api } from '../api/use-api';
import type { PharmaciesQuery } from '../gql/graphql';
import { PharmaciesDocument } from '../graphql/operations';

type Pharmacy = PharmaciesQuery['pharmacies'][number];

/** The pharmacy to review a prescription; '' leaves it to any pharmacist. */
export function PharmacySelect(props: {
  api: Api;
  value: string;
  onChange: (pharmacyId: string) => void;
}) {
  const [pharmacies, setPharmacies] = useState<Pharmacy[]>([]);
  useEffect(() => {
    let stale = false;
    // Without the list the choice stays "any pharmacy", which is still a valid upload.
    props.api
      .call(PharmaciesDocument, {})
      .then((data) => !stale && setPharmacies(data.pharmacies))
      .catch(() => {});
    return () => {
      stale = true;
    };
  }, [props.api]);

  return (
    <label>
      Pharmacy to review it
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Any pharmacy (the first free pharmacist)</option>
        {pharmacies.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}, {p.address}
          </option>
        ))}
      </select>
    </label>
  );
}
