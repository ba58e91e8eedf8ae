/**
 * A zod error message led by the path of the field it is about, as in
 * "items.0.quantity: must be at least 1": clients show the message alone, and with several
 * items the patient needs to know which one is wrong.
 */
export const fieldMessage = (message: string) => ({
  error: (issue: { path?: PropertyKey[] }) => {
    const path = (issue.path ?? []).map(String).join('.');
    return path ? `${path}: ${message}` : message;
  },
});
