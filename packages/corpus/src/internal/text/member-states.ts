export { STATES } from '@black-january/un-symbols';

/** The principal organs of the United Nations and the Secretary-General's office. */
export const UN_ORGANS: readonly string[] = [
  'General Assembly',
  'Security Council',
  'Economic and Social Council',
  'Trusteeship Council',
  'International Court of Justice',
  'Human Rights Council',
];
