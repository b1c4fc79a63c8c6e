/** The six areas of the product, in the order the navigation shows them. */
export const PRODUCT_AREAS = [
  'measures',
  'societal-picture',
  'weighing',
  'advice',
  'signals',
  'readiness',
] as const;

export type ProductArea = (typeof PRODUCT_AREAS)[number];

/** What exists of an area today; the web app states plainly what is not built yet. */
export type AreaStatus = 'available' | 'not-built';
